"""Inside a headline block: which title is the main headline (主题), which the kicker, which a banner.

Print gives the main headline the biggest type, so in a dump it is the title
wrapped onto more lines, or printed as two halves ("强化政治担当 聚焦核心任务"),
or carrying a column tag ("…（关注改革最后一公里）") or a "——" subheadline. A
kicker (引题) is a short label (金乡县, 质检总局) or says who spoke (…时强调).
A campaign banner sits at the outer edge of the block and shares hardly any
words with the article. Where the text cannot decide, the score picks the
reading most often right and says so in the article's notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from cleanup import fix_text
from cleanup.cues import (
    ADMIN_ENDINGS,
    COLUMN_TAG,
    PLACE_ENDINGS,
    SPEECH_VERBS,
    alternation,
)
from layout.classify import Piece
from layout.words import pairs_of

SUBHEADLINE = regex.compile(r"^\s*(?:——|—|--)+\s*")
_TAG = regex.compile(rf"{COLUMN_TAG.pattern}\s*$")
_SPEECH_END = regex.compile(rf"(?:{alternation(SPEECH_VERBS)})\s*$")
_PLACE_START = regex.compile(rf"^\p{{Han}}{{1,4}}[{ADMIN_ENDINGS}]")
_COMMA = regex.compile(r"[，,]")
_EXCLAIM = regex.compile(r"[！？!?]")
_QUOTES = regex.compile(r"[“「《]")
BIG_TYPE_CHARS = 10
_NAMED_LEAD = regex.compile(r"^\p{Han}{1,6}[：:]")
SLOGAN_MAX_CHARS = 8
# A line printed under a headline as its deck runs at least this long; a shorter one is a label.
DECK_MIN_CHARS = 8
LABEL_ANY = 4
LABEL_NAMED = 6
# Below this share of its character pairs found in the article, an outer title is a banner.
BANNER_OVERLAP = 0.25
# Without a body, a title must weigh this much less than the headline to read as its kicker.
CLEAR_KICKER = 2.0
# An article carries a main headline and at most one kicker; titles beyond them are banners.
TITLES_PER_ARTICLE = 2
# A main headline chosen by less than this weight is reported as a judgment call.
CLOSE_CALL = 1.0


@dataclass
class TitleUnit:
    """One title of a headline block, with the "——" lines printed under it."""

    main: Piece
    subs: list[Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.main.text

    @property
    def lines(self) -> int:
        return len(self.main.lines)


def is_subheadline(piece: Piece) -> bool:
    return bool(SUBHEADLINE.match(piece.lines[0].text))


def title_units(pieces: list[Piece]) -> list[TitleUnit]:
    units: list[TitleUnit] = []
    for piece in pieces:
        if is_subheadline(piece) and units:
            units[-1].subs.append(piece)
        else:
            units.append(TitleUnit(piece))
    return units


def is_label(text: str) -> bool:
    """A name rather than a phrase: a few characters, or a short place or body ("金乡县", "质检总局")."""
    return len(text) <= LABEL_ANY or (len(text) <= LABEL_NAMED and text[-1] in PLACE_ENDINGS)


def is_slogan(unit: TitleUnit) -> bool:
    """One short line and nothing else: a campaign banner rather than a headline without body."""
    return unit.lines == 1 and not unit.subs and not has_column_tag(unit) and len(unit.text.strip()) <= SLOGAN_MAX_CHARS


def has_column_tag(unit: TitleUnit) -> bool:
    """"…（关注改革最后一公里）": a column tag printed after a headline."""
    return bool(_TAG.search(unit.text))


# How much each trait of a title speaks for the main headline (positive) or for a
# kicker (negative). Weighed on the headline blocks of the development pages and
# the annotated seed pages (39 of 41 distinct headline/kicker pairs right when
# each pair is left out of the weighing in turn); a "——" subheadline decides outright.
MAIN_HEADLINE_WEIGHTS = {
    "names_a_place_first": -3.0,  # 福建省闽侯县试水…, 环保部回应…, 国办印发《意见》
    "is_label": -2.8,  # 四川, 质检总局, 金乡县
    "credits_a_speech": -2.3,  # 李克强在山东考察时强调, 张红旗出席会议并讲话
    "column_tag": 2.1,  # …（关注改革最后一公里）
    "has_comma": -1.9,  # 河南原阳县宏达集团23年持续扶贫，累计带动…
    "three_or_more_parts": -1.4,  # 谁负责 谁落实 谁反馈
    "length_in_tens": 1.2,
    "exclaims_or_asks": 1.1,  # 违法占用耕地，严查！
    "big_type": 0.9,  # several lines of at most ten characters
    "names_then_colon": 0.9,  # 邹城：探索…
    "extra_lines": 0.4,
    "has_quotes": 0.2,
}
SUBHEADLINE_WEIGHT = 3.0


def title_traits(unit: TitleUnit) -> dict[str, float]:
    lines = [line.text.strip() for line in unit.main.lines]
    compact = regex.sub(r"\s", "", unit.text)
    parts = " ".join(lines).split()
    return {
        "names_a_place_first": float(bool(_PLACE_START.match(compact))),
        "is_label": float(is_label(compact)),
        "credits_a_speech": float(bool(_SPEECH_END.search(compact))),
        "column_tag": float(has_column_tag(unit)),
        "has_comma": float(bool(_COMMA.search(compact))),
        "three_or_more_parts": float(len(parts) >= 3),
        "length_in_tens": len(compact) / 10,
        "exclaims_or_asks": float(bool(_EXCLAIM.search(compact))),
        "big_type": float(len(lines) > 1 and max(map(len, lines)) <= BIG_TYPE_CHARS),
        "names_then_colon": float(bool(_NAMED_LEAD.match(compact))),
        "extra_lines": float(min(len(lines) - 1, 2)),
        "has_quotes": float(bool(_QUOTES.search(compact))),
    }


def main_score(unit: TitleUnit) -> float:
    """How much a title looks like the main headline rather than a kicker."""
    traits = title_traits(unit)
    score = sum(MAIN_HEADLINE_WEIGHTS[name] * value for name, value in traits.items())
    return score + (SUBHEADLINE_WEIGHT if unit.subs else 0.0)


def overlap(title: str, article_text: str) -> float:
    """Share of the title's Han character pairs that the article's text also contains."""
    pairs = pairs_of(title)
    return sum(pair in article_text for pair in pairs) / len(pairs) if pairs else 0.0


@dataclass
class Roles:
    main: TitleUnit | None
    kicker: TitleUnit | None
    banners: list[TitleUnit]
    notes: list[str]


def assign_roles(units: list[TitleUnit], article_text: str, body_side: str) -> Roles:
    """Set aside the banners at the block's outer edge, then pick the main headline and one kicker.

    `body_side` is "before" when the block follows its body (headlines printed
    after the text) and "after" when the body follows the block; the outer end
    is the one away from the body, where banners sit. Titles beyond the main
    headline and its kicker go to the page as banners too.
    """
    inward = list(units) if body_side == "before" else list(reversed(units))
    banners: list[TitleUnit] = []
    while (
        len(inward) > 1
        and (article_text and _reads_as_banner(inward[-1], article_text) or body_side == "before" and _label_below(inward))
        or len(inward) > TITLES_PER_ARTICLE
    ):
        banners.append(inward.pop())
    if not inward:
        return Roles(None, None, banners, [])
    scores = [main_score(unit) for unit in inward]
    main_index = max(range(len(inward)), key=lambda i: (scores[i], -i))
    notes = _close_call(inward, scores, main_index)
    neighbours = [i for i in (main_index - 1, main_index + 1) if 0 <= i < len(inward)]
    if not article_text:
        # No body to share words with: only a title that reads as a kicker (a label, a
        # speaker, a place) is one; another of about the headline's weight is a banner.
        neighbours = [i for i in neighbours if scores[main_index] - scores[i] >= CLEAR_KICKER]
    kicker_index = min(neighbours, key=lambda i: -scores[i]) if neighbours else None
    banners += [unit for i, unit in enumerate(inward) if i not in (main_index, kicker_index)]
    kicker = inward[kicker_index] if kicker_index is not None else None
    return Roles(inward[main_index], kicker, banners, notes)


def _label_below(inward: list[TitleUnit]) -> bool:
    """A short label printed below a longer headline: a kicker stands above its headline,
    and a deck below it is a phrase, so this is the next article's section banner."""
    last, before = inward[-1], inward[-2]
    label = last.lines == 1 and not last.subs and len(last.text.strip()) < DECK_MIN_CHARS
    return label and (bool(before.subs) or len(before.text) > len(last.text))


def _reads_as_banner(unit: TitleUnit, article_text: str) -> bool:
    """A title with no headline marks that shares hardly any words with the article."""
    if unit.subs or has_column_tag(unit):
        return False
    return overlap(unit.text, article_text) < BANNER_OVERLAP


def _close_call(units: list[TitleUnit], scores: list[float], main_index: int) -> list[str]:
    """Say so when another title came close to being the main headline."""
    runners_up = [i for i in range(len(units)) if i != main_index and scores[main_index] - scores[i] < CLOSE_CALL]
    return [
        f"main headline is a judgment call: chosen {fix_text(units[main_index].text)!r} over {fix_text(units[i].text)!r} "
        f"(weights {scores[main_index]:.1f} vs {scores[i]:.1f})"
        for i in runners_up
    ]
