"""Inside a headline block: which title is the main headline (主题), which the kicker, which a banner.

Print gives the main headline the biggest type, so in a dump it is the title
wrapped onto more lines, or printed as two halves ("强化政治担当 聚焦核心任务"),
or carrying a column tag ("…（聚焦基层一线）") or a "——" subheadline. A
kicker (引题) is a short label (金乡县, 质检总局) or says who spoke (…时强调).
A campaign banner sits at the outer edge of the block and shares hardly any
words with the article. These traits, with where each title stands in the
block and how many words it shares with the article, are weighed by a fitted
linear model; where it is a close call the article's notes say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from cleanup import fix_text
from cleanup.config import DEFAULT, Config
from cleanup.cues import (
    ADMIN_ENDINGS,
    CAMPAIGN_BANNER,
    COLUMN_TAG,
    PLACE_ENDINGS,
    SPEECH_VERBS,
    alternation,
)
from cleanup.cut_sentences import ends_on_a_modifier, opens_on_a_particle
from cleanup.lexicon import ends_on_link
from cleanup.marks import clearly_unfinished
from cleanup.script import in_simplified, to_simplified
from cleanup.segment import dictionary
from cleanup.surnames import names_a_place_or_body
from layout.classify import Piece
from layout.words import pairs_of

SUBHEADLINE = regex.compile(r"^\s*(?:——|—|--)+\s*")
_TAG = regex.compile(rf"{COLUMN_TAG.pattern}\s*$")
_SPEECH_END = regex.compile(rf"(?:{alternation(SPEECH_VERBS)})\s*$")
# "某某在某地调研时强调": a name, where or with whom, and what the speaker did.
_WHOLE_SPEECH_CREDIT = regex.compile(rf"^\p{{Han}}{{2,4}}[在同]\p{{Han}}.*(?:{alternation(SPEECH_VERBS)})\s*$")
# "湖北老河口市…", "天津自贸区…", "公安部…": a place or a body opens the title.
_PLACE_START = regex.compile(rf"^\p{{Han}}{{1,6}}?[{ADMIN_ENDINGS}]")
_COMMA = regex.compile(r"[，,]")
_WHITESPACE = regex.compile(r"\s")
_EXCLAIM = regex.compile(r"[！？!?]")
_QUOTES = regex.compile(r"[“「《]")
NAMED_LEAD = regex.compile(r"^\p{Han}{1,6}[：:]")


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


def credits_a_speech(text: str) -> bool:
    """"…时强调": the kicker that says who spoke, over the headline that says what."""
    return bool(_SPEECH_END.search(text))


def credits_a_speech_whole(text: str) -> bool:
    """A kicker that says who spoke, from the speaker's name to the verb: a title of its own,
    whatever stands over it.

    >>> credits_a_speech_whole("王某在某省调研时强调"), credits_a_speech_whole("青山县秋收工作总结表彰会强调")
    (True, False)
    """
    return bool(_WHOLE_SPEECH_CREDIT.match(text.strip()))


def is_label(text: str, config: Config = DEFAULT) -> bool:
    """A name rather than a phrase: a few characters, or a short place or body ("金乡县", "质检总局")."""
    return len(text) <= config.label_any_chars or (len(text) <= config.label_named_chars and text[-1] in PLACE_ENDINGS)


def is_slogan(unit: TitleUnit, config: Config = DEFAULT) -> bool:
    """One short line and nothing else, or one that names a campaign (`_campaign_banner`): a
    campaign banner rather than a headline without body."""
    if unit.lines != 1 or unit.subs or has_column_tag(unit):
        return False
    return len(unit.text.strip()) <= config.slogan_max_chars or bool(CAMPAIGN_BANNER.match(unit.text))


def leads_in(text: str) -> bool:
    """A title that ends on a dash or a colon leads into the title after it, its headline
    ("从业20年来，盖起百栋“放心楼房”，王建国——" | "讲诚信 不吃亏（守望）").

    >>> [leads_in(text) for text in ("种了三十年地，老李说——", "王振民：", "讲诚信 不吃亏")]
    [True, True, False]
    """
    return text.rstrip().endswith(("——", "—", "：", ":"))


def has_column_tag(unit: TitleUnit) -> bool:
    return ends_with_column_tag(unit.text)


def without_column_tag(text: str) -> str:
    """The title's own words: a column tag names the column, not the article's subject.

    >>> without_column_tag("河长巡河记（下基层，脚步不停歇）"), without_column_tag("（话说新农村）")
    ('河长巡河记', '（话说新农村）')
    """
    return _TAG.sub("", text).strip() or text


def ends_with_column_tag(text: str) -> bool:
    """"…（聚焦基层一线）": a column tag printed after a headline, which closes it."""
    return bool(_TAG.search(text))


def title_traits(unit: TitleUnit, config: Config = DEFAULT) -> dict[str, float]:
    lines = [line.text.strip() for line in unit.main.lines]
    compact = _WHITESPACE.sub("", unit.text)
    parts = " ".join(lines).split()
    return {
        "names_a_place_first": float(bool(_PLACE_START.match(compact))),
        "is_label": float(is_label(compact, config)),
        "credits_a_speech": float(credits_a_speech(compact)),
        "column_tag": float(has_column_tag(unit)),
        "has_comma": float(bool(_COMMA.search(compact))),
        # "党建“联”盟 青春“合”力": halves set apart by a space on one line, the paired shape of a headline.
        "spaced_halves": float(any(len(line.split()) > 1 for line in lines)),
        "three_or_more_parts": float(len(parts) >= 3),
        "length_in_tens": len(compact) / 10,
        "exclaims_or_asks": float(bool(_EXCLAIM.search(compact))),
        "big_type": float(len(lines) > 1 and max(map(len, lines)) <= config.big_type_chars),
        "names_then_colon": float(bool(NAMED_LEAD.match(compact))),
        "extra_lines": float(min(len(lines) - 1, 2)),
        "has_quotes": float(bool(_QUOTES.search(compact))),
    }


def role_features(inward: list[TitleUnit], index: int, article_text: str, body_side: str, config: Config = DEFAULT, blank_lines: bool = False) -> dict[str, float]:
    """The named signals of one title of a headline block: its traits, where it stands (counted
    from the body), how long it runs beside the others, and how many words it shares with the
    article; where `blank_lines` part the titles, the traits of the titles printed beside it
    (`_neighbour_traits`): without them, the titles are parts a run of lines was cut into."""
    unit = inward[index]
    lengths = [len(other.text) for other in inward]
    features = {name: value for name, value in title_traits(unit, config).items() if value}
    # Print order runs kicker, headline, deck whichever side the body is on.
    printed = index if body_side == "before" else len(inward) - 1 - index
    longest = len(inward) > 1 and len(unit.text) == max(lengths)
    flags = {
        f"titles={len(inward)}": True,
        "printed_first": len(inward) > 1 and printed == 0,
        "printed_last": len(inward) > 1 and printed == len(inward) - 1,
        "outermost": index == len(inward) - 1 and len(inward) > 1,
        "has_deck": bool(unit.subs),
        "leads_in": leads_in(unit.text),
        "longest": longest,
        "shortest": len(inward) > 1 and len(unit.text) == min(lengths),
        f"shares={_share_step(overlap(unit.text, article_text), config)}": bool(article_text),
        "no_body": not article_text,
        # Above a teaser (a headline without body) the outer line is more often the page's banner.
        "no_body&outermost": not article_text and index == len(inward) - 1 and len(inward) > 1,
    }
    features.update({name: 1.0 for name, present in flags.items() if present})
    if blank_lines:
        features.update(_neighbour_traits(inward, printed, body_side, config))
    return features


def _neighbour_traits(inward: list[TitleUnit], printed: int, body_side: str, config: Config = DEFAULT) -> dict[str, float]:
    """The traits of the titles printed right over and right under one title, each named for
    its side ("under:names_a_place_first"), and whether the title runs longer than each: a
    kicker and a deck share their traits, so which of two titles is the main headline shows
    in what sits beside it as much as in itself.

    >>> from cleanup import Line
    >>> def unit(number, text):
    ...     return TitleUnit(Piece("title", [Line(number, text)], None))
    >>> block = [unit(1, "一座跨江大桥建成通车"), unit(2, "某县，出行更方便")]
    >>> sorted(_neighbour_traits(block, 0, "before"))
    ['longer_than_under', 'under:has_comma', 'under:length_in_tens', 'under:names_a_place_first']
    >>> sorted(_neighbour_traits(block, 1, "before"))
    ['over:length_in_tens']
    """
    in_print = inward if body_side == "before" else inward[::-1]
    unit, features = in_print[printed], {}
    for side, at in (("over", printed - 1), ("under", printed + 1)):
        if 0 <= at < len(in_print):
            other = in_print[at]
            features.update({f"{side}:{name}": value for name, value in title_traits(other, config).items() if value})
            if len(_WHITESPACE.sub("", unit.text)) > len(_WHITESPACE.sub("", other.text)):
                features[f"longer_than_{side}"] = 1.0
    return features


def _share_step(value: float, config: Config) -> str:
    return "none" if value == 0 else "low" if value < config.banner_overlap else "some" if value < 0.6 else "most"


def overlap(title: str, article_text: str) -> float:
    """Share of the title's Han character pairs that the article's text also contains; a title
    set letter-spaced ("安 徽") is read as its word.

    >>> overlap("安 徽", "安徽省政府出台实施细则")
    1.0
    """
    pairs = _title_pairs(title)
    return sum(pair in article_text for pair in pairs) / len(pairs) if pairs else 0.0


def _title_pairs(title: str) -> set[str]:
    """The title's Han character pairs, a letter-spaced title ("安 徽") read as its word."""
    tokens = title.split()
    return pairs_of("".join(tokens) if len(tokens) > 1 and all(len(token) == 1 for token in tokens) else title)


@dataclass
class Roles:
    main: TitleUnit | None
    kicker: TitleUnit | None
    banners: list[TitleUnit]
    notes: list[str]


def set_aside_banners(
    units: list[TitleUnit], article_text: str, body_side: str, config: Config = DEFAULT, blank_lines: bool = False
) -> tuple[list[TitleUnit], list[TitleUnit]]:
    """The titles that may head the article, from the body outwards, and the banners at the block's outer edge.

    `body_side` is "before" when the block follows its body (headlines printed
    after the text) and "after" when the body follows the block; the outer end
    is the one away from the body, where banners sit. Where `blank_lines` part the
    dump's blocks, a banner stands in a block of its own: no line is peeled off a title
    (`_peel_banner_line`), whose lines are one headline wrapped.
    """
    inward = list(units) if body_side == "before" else list(reversed(units))
    banners: list[TitleUnit] = []
    if not article_text and len(inward) > 1 and _campaign_banner(units[0]):
        banners.append(units[0])  # over a headline whose text is on another page: the top line is the outer edge
        inward.remove(units[0])
    if inward and article_text and not blank_lines:
        peeled = _peel_banner_line(inward[-1], article_text, body_side, config)
        if peeled:
            inward[-1:] = peeled
    while (
        len(inward) > 1
        and (
            _campaign_banner(inward[-1])
            or article_text
            and not any(map(_campaign_banner, banners))
            and _reads_as_banner(inward[-1], article_text, config)
            and not _spaced_part_under(inward[-1], article_text, body_side, blank_lines, config)
            and not _names_only(inward[:-1])
            and not (body_side == "before" and len(inward) == 2 and kicker_over_headline(inward[0], inward[1], article_text, config))
            and not (body_side == "before" and leads_into(inward[-2], inward[-1]))
            or body_side == "before"
            and (_after_a_deck(inward) or article_text and _label_below(inward, config) and not _kicker_above(inward, article_text, config))
            and not _spaced_part_under(inward[-1], article_text, body_side, blank_lines, config)
        )
        or len(inward) > config.titles_per_article + 1
        and not _spaced_part_under(inward[-1], article_text, body_side, blank_lines, config)
    ):
        banners.append(inward.pop())
    if article_text and len(inward) > 1:
        banners += _another_articles_headlines(inward, article_text, config)
        inward = [unit for unit in inward if unit not in banners]
    return inward, banners


def leads_into(upper: TitleUnit, lower: TitleUnit) -> bool:
    """A kicker that ends on a dash leads into the title printed right under it, its headline,
    however few of the text's words that shares: that title is no banner while the kicker stays.

    >>> from cleanup import Line
    >>> unit = lambda number, text: TitleUnit(Piece("title", [Line(number, text)], None))
    >>> leads_into(unit(1, "某企业签下一份大合同——"), unit(2, "沙海里的合作故事"))
    True
    >>> leads_into(unit(1, "沙海里的合作故事"), unit(2, "新春走基层"))
    False
    """
    return upper.text.strip().endswith("——") and not lower.text.strip().endswith("——")


def _spaced_part_under(unit: TitleUnit, article_text: str, body_side: str, blank_lines: bool, config: Config) -> bool:
    """Under a Hong Kong headline printed after its text, in a dump without blank lines, a
    line that is no section's label (`_section_label`), or that shares the text's words as a
    label does not (`Config.banner_overlap`, as `_peel_banner_line` weighs it: "男子認罪"), is
    the headline's last spaced part. The text tells a Hong Kong page: a simplified page may set
    a title in the old script."""
    return (
        not blank_lines
        and body_side == "before"
        and not in_simplified(unit.text)
        and not (article_text and in_simplified(article_text))
        and (not _section_label(unit.text, config) or bool(article_text) and overlap(unit.text, article_text) >= config.banner_overlap)
    )


def _another_articles_headlines(inward: list[TitleUnit], article_text: str, config: Config) -> list[TitleUnit]:
    """A column tag closes a headline, and an article has one: of two headlines so closed in one
    block (a page read in an order that stacked two headline blocks), the one that shares hardly
    any words with the text while the other does heads another article, wherever it stands."""
    tagged = [unit for unit in inward if has_column_tag(unit)]
    if len(tagged) < 2:
        return []
    shares = {id(unit): overlap(without_column_tag(unit.text), article_text) for unit in tagged}
    if not any(share >= config.banner_overlap for share in shares.values()):
        return []
    return [unit for unit in tagged if shares[id(unit)] < config.banner_overlap]


def assign_roles(units: list[TitleUnit], article_text: str, body_side: str, config: Config = DEFAULT, lede: str = "", blank_lines: bool = False) -> Roles:
    """Set aside the banners, then pick the main headline and at most one kicker beside it.

    Each title's chance of being the main headline or the kicker comes from the
    fitted weights (`Config.roles`): where blank lines part the blocks, each title is read
    with the titles printed beside it, but for a block with no text under it (a headline
    whose text is on another page), where a section's banner stands over the headline as a
    kicker would and no words shared with the text tell them apart; a title that says who spoke,
    from the name to the verb (`credits_a_speech_whole`, "某某在湖南调研时强调"), heads no article
    beside a title that says what was said, above it or under it (beside the headline, it is the
    kicker); a close call between
    two titles side by side goes to the one that repeats fewer of the `lede`'s words
    (`_repeats_less_of_the_lede`). Titles beyond the main headline and its kicker go to
    the page as banners, but for a kicker's or the main headline's first line a dump without
    blank lines parted from it (`kicker_wrapped_above`: right over it, of the article's words).
    There, titles in traditional script one under the other are the parts of one headline
    (`_one_spaced_headline`).
    """
    inward, banners = set_aside_banners(units, article_text, body_side, config, blank_lines)
    if not inward:
        return Roles(None, None, banners, [])
    if not blank_lines and _one_spaced_headline(inward, article_text):
        # one headline printed a part to a line: its parts in print order
        printed = sorted((line for unit in inward for line in unit.main.lines), key=lambda line: line.number)
        return Roles(TitleUnit(Piece("title", printed, inward[0].main.unit)), None, banners, [])
    beside = blank_lines and bool(article_text)
    model = config.roles(beside)
    chances = [model.probabilities(role_features(inward, index, article_text, body_side, config, beside)) for index in range(len(inward))]
    candidates = [i for i, unit in enumerate(inward) if not credits_a_speech_whole(unit.text)] or list(range(len(inward)))
    main_index = max(candidates, key=lambda i: (chances[i]["main"], -i))
    mains = [chance["main"] if i in candidates else 0.0 for i, chance in enumerate(chances)]
    rival = _repeats_less_of_the_lede(inward, mains, main_index, lede, article_text, config)
    if rival is None:
        notes = _close_call(inward, mains, main_index, config)
        neighbours = [i for i in (main_index - 1, main_index + 1) if 0 <= i < len(inward) and chances[i]["kicker"] > chances[i]["other"]]
        kicker_index = max(neighbours, key=lambda i: chances[i]["kicker"]) if neighbours else None
    else:
        chosen, passed = fix_text(inward[rival].text), fix_text(inward[main_index].text)
        notes = [f"main headline is a judgment call: chosen {chosen!r} over {passed!r}, which repeats more of the first paragraph"]
        kicker_index, main_index = main_index, rival
    banners += [unit for i, unit in enumerate(inward) if i not in (main_index, kicker_index)]
    kicker = inward[kicker_index] if kicker_index is not None else None
    if kicker is not None and not blank_lines and kicker_index == (main_index + 1 if body_side == "after" else main_index - 1):
        # a kicker printed over its headline, the block before or after its text: the banner
        # line right over it may be its first line
        kicker = _with_its_first_line(kicker, banners, article_text, config)
    main = inward[main_index]
    if not blank_lines:
        # the headline's first line a dump without blank lines parted from it ("某部门敦促停止借" | "所谓…")
        main = _with_its_first_line(main, banners, article_text, config)
    return Roles(main, kicker, banners, notes)


def _with_its_first_line(title: TitleUnit, banners: list[TitleUnit], article_text: str, config: Config) -> TitleUnit:
    """The title with the banner right over it joined as its first line, where that banner is a
    line the wrap took from it (`kicker_wrapped_above`); the banner leaves `banners`."""
    head = next((unit for unit in banners if unit.main.lines[-1].number + 1 == title.main.lines[0].number), None)
    if head is None or not kicker_wrapped_above(head, article_text, config, title.text):
        return title
    banners.remove(head)
    return TitleUnit(Piece("title", head.main.lines + title.main.lines, head.main.unit), title.subs)


def _one_spaced_headline(inward: list[TitleUnit], article_text: str = "") -> bool:
    """Titles in traditional script over a text in traditional script (a simplified page may set
    its titles in the old script), on lines one under the other, none with a deck nor closing on
    a kicker's dash ("——"): a Hong
    Kong headline printed a spaced part to a line ("某男子駕車衝紅燈" | "涉危險駕駛被捕" |
    "判罰款3000元"), which a dump without blank lines parts into titles. A Hong Kong headline
    has no kicker nor deck; its section's label is set aside as a banner before. A line that
    opens on a story tag ("【…】") opens another headline: an extractor may print a page's
    headlines one under the other.

    >>> from cleanup import Line
    >>> def unit(number, text):
    ...     return TitleUnit(Piece("title", [Line(number, text)], None))
    >>> _one_spaced_headline([unit(1, "某男子駕車衝紅燈"), unit(2, "涉危險駕駛被捕")])
    True
    >>> _one_spaced_headline([unit(1, "某男子驾车闯红灯"), unit(2, "涉危险驾驶被捕")]), _one_spaced_headline([unit(1, "某男子駕車衝紅燈"), unit(3, "涉危險駕駛被捕")])
    (False, False)
    >>> _one_spaced_headline([unit(1, "某男子駕車衝紅燈"), unit(2, "【某案】涉危險駕駛被捕")])
    False
    >>> _one_spaced_headline([unit(1, "某縣推出便民舉措——"), unit(2, "辦事不再跑斷腿")]), _one_spaced_headline([unit(1, "辦事不再跑斷腿"), unit(2, "某縣推出便民舉措")], "某县推出便民举措。")
    (False, False)
    """
    lines = sorted((line for unit in inward for line in unit.main.lines), key=lambda line: line.number)
    numbers = [line.number for line in lines]
    text = "".join(unit.text for unit in inward)
    if len(inward) < 2 or any(unit.subs for unit in inward) or in_simplified(text) or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return False
    if article_text and in_simplified(article_text) or any(unit.text.rstrip().endswith("——") for unit in inward):
        return False
    return not any(line.text.lstrip().startswith("【") for line in lines[1:])


def kicker_wrapped_above(head: TitleUnit, article_text: str, config: Config = DEFAULT, kicker_text: str = "") -> bool:
    """Is the title line `head`, printed right over the kicker of a headline printed under it,
    the kicker's first line? A page that prints a paragraph to a line parts every title line
    from the next, yet wraps a long kicker too ("某省某县" | "推出十项便民举措——"): a section's
    banner over it names a campaign or shares few of the article's words, while the kicker's
    first line shares most (`Config.kicker_wrap_share`) and closes nothing (no dash, column
    tag, stop or deck). On the February, tune and held-out pages without blank lines, each of
    the 18 lines so placed with that share is a line of the kicker; the banners there share a
    third of their pairs at most. `assign_roles` asks the same of the line left over right over
    the main headline: a headline wrapped at a phrase is parted as a kicker is (on the held-out
    pages without blank lines, 3 headlines so parted are whole again, and none lost). Where
    the headlines follow their text it holds as well (Hong Kong headlines, printed a part to a
    line, are whole before: `_one_spaced_headline`): 5 kickers whole again on the tune and
    held-out pages, none lost.

    >>> from cleanup import Line
    >>> def unit(number, text):
    ...     return TitleUnit(Piece("title", [Line(number, text)], None))
    >>> text = "某省某县日前推出十项便民举措，群众办事更方便。"
    >>> kicker_wrapped_above(unit(1, "某省某县"), text)
    True
    >>> kicker_wrapped_above(unit(1, "脱贫攻坚进行时"), text)
    False
    >>> kicker_wrapped_above(unit(1, "砥砺奋进的五年"), text)
    False

    A banner naming the topic repeats the kicker's own words; the kicker's first line goes on
    into the second and does not repeat it (less than `Config.kicker_wrap_share` of its pairs):

    >>> kicker_wrapped_above(unit(1, "便民举措"), text, DEFAULT, "推出十项便民举措——")
    False
    """
    last = head.text.strip()
    if head.subs or _campaign_banner(head) or has_column_tag(head) or last.endswith(("——", "。", "！", "？", "!", "?")):
        return False
    if kicker_text and overlap(head.text, kicker_text) >= config.kicker_wrap_share:
        return False  # a topic's banner over the kicker, repeating its words
    return overlap(head.text, article_text) >= config.kicker_wrap_share


def _peel_banner_line(unit: TitleUnit, article_text: str, body_side: str, config: Config) -> list[TitleUnit] | None:
    """The outermost title run together with a banner line ("喜迎党的十九大" | "四川" | "将投66亿…",
    as a dump without blank lines prints them): its outer line names a campaign, or shares hardly
    any words with the article while the rest does; the two as units, the outer one last."""
    lines = unit.main.lines
    if len(lines) < 2 or unit.subs:
        return None
    edge, rest = (lines[0], lines[1:]) if body_side == "after" else (lines[-1], lines[:-1])
    campaign = bool(CAMPAIGN_BANNER.match(edge.text))
    if len(lines) <= len(unit.main.unit.lines) and not campaign:
        return None  # one unit: the lines of one printed title, unless its outer line names a campaign
    joint, below = (edge, rest[0]) if body_side == "after" else (rest[-1], edge)
    if clearly_unfinished(joint.text.rstrip()) or joint.text.rstrip().endswith(("：", ":")) or opens_on_a_particle(below.text) or _leans_on_the_next(joint.text):
        return None  # the title runs on across the joint ("…念舊友：再唔見面，" | "我會好後悔好難過", "對今日總統" | "之爭…")
    if _TAG.search(edge.text):
        return None  # a column tag closes the title
    if body_side == "before" and not campaign and not in_simplified(unit.text) and not in_simplified(article_text) and not _section_label(edge.text, config):
        return None  # a Hong Kong headline printed a part to a line, its last part no label
    if not campaign and _paired_halves(edge.text, (rest[0] if body_side == "after" else rest[-1]).text, config):
        return None
    if not pairs_of(edge.text):
        return None  # no two Han characters together ("14日", the wrap of "…家居隔離" | "14日"): no banner, and no words to weigh
    rest_text = "".join(line.text.strip() for line in rest)
    if not campaign and (overlap(edge.text, article_text) >= config.banner_overlap or overlap(rest_text, article_text) < config.banner_overlap):
        return None
    return [TitleUnit(Piece("title", list(rest), unit.main.unit)), TitleUnit(Piece("title", [edge], unit.main.unit))]


def _leans_on_the_next(text: str) -> bool:
    """The line ends on a word that ties it to the next: a linking word (`ends_on_link`, "…使")
    or the particle 的 (`ends_on_a_modifier`). A title wrapped over several lines runs on
    across it ("努力办好身边实事使" | "全县父老乡亲的" | "日子越过越好"), and no section banner
    stands under such a line.

    >>> _leans_on_the_next("让群众的"), _leans_on_the_next("推动乡村产业发展使"), _leans_on_the_next("乡村振兴见成效")
    (True, True, False)
    """
    return ends_on_link(text) or ends_on_a_modifier(text)


def _section_label(text: str, config: Config) -> bool:
    """A Hong Kong section's label under the headline a page prints after its text: a name of
    Han characters alone, no longer than `Config.label_any_chars` ("法庭內外"). A Hong Kong
    headline is printed a spaced part to a line, so its last part ("判罰款3000元", "擬在某地建
    度假村") ends the headline: on the February, tune and held-out pages without blank lines,
    the 23 labels peeled off a traditional headline printed after its text are all so short,
    while 4 of the 6 headline parts peeled were longer or held a figure.

    >>> _section_label("法庭內外", DEFAULT), _section_label("判罰款3000元", DEFAULT), _section_label("擬在某地建度假村", DEFAULT)
    (True, False, False)
    """
    return bool(_HAN_ONLY.fullmatch(text.strip())) and len(text.strip()) <= config.label_any_chars


_HAN_ONLY = regex.compile(r"\p{Han}+")


def _paired_halves(edge: str, beside: str, config: Config) -> bool:
    """Two short lines of about one length in simplified text: the paired halves a headline
    is printed in ("小土豆" | "新希望", "减排又赚钱" | "村民笑开颜"), not a section banner beside a
    title (a slogan, "砥砺奋进的五年", runs longer). Hong Kong section labels ("法庭內外") are as
    short as a half.

    >>> _paired_halves("新希望", "小土豆", DEFAULT), _paired_halves("砥砺奋进的五年", "等收储制度改革", DEFAULT)
    (True, False)
    """
    lengths = (len("".join(edge.split())), len("".join(beside.split())))
    text = edge + beside
    return max(lengths) <= config.paired_half_chars and max(lengths) - min(lengths) <= 1 and to_simplified(text) == text


def _after_a_deck(inward: list[TitleUnit]) -> bool:
    """A title printed after the deck of the headline before it: a kicker stands above its
    headline and the deck closes the headline block, so this is the page's next line of
    print, a section banner ("…（学习贯彻…精神）" | "——…论述" | "喜迎全运盛会")."""
    return bool(inward[-2].subs)


def _label_below(inward: list[TitleUnit], config: Config) -> bool:
    """A short label printed below a longer headline: a kicker stands above its headline,
    and a deck below it is a phrase, so this is the next article's section banner. Asked only
    where the article's text is here: a headline printed alone (its text on another page,
    often the page's last lines) ends on its own wrapped line or short headline."""
    last, before = inward[-1], inward[-2]
    label = last.lines == 1 and not last.subs and len(last.text.strip()) < config.deck_min_chars
    return label and (bool(before.subs) or len(before.text) > len(last.text))


def _kicker_above(inward: list[TitleUnit], article_text: str, config: Config) -> bool:
    """The short title at the outer edge is the headline and the longer one before it its
    kicker: a phrase with a comma in it, no deck under it and no speaker's colon, as a
    headline quoting someone has ("江东青山县兴农集团20年持续帮扶，累计带动1万余人增收" |
    "荒村不荒了"), and the short one shares words with the article; or, without the comma,
    the short one is longer than a label and shares many of its words with the article
    (`Config.headline_below_share`: "某县发展特色产业带动增收" | "小山村有大奔头"), where a section's
    label ("法庭內外") is a name and a banner shares few."""
    last, before = inward[-1], inward[-2]
    shared = overlap(last.text, article_text)
    headline = shared >= config.headline_below_share and len(last.text.strip()) > config.label_any_chars
    phrase = (bool(_COMMA.search(before.text)) or headline) and not NAMED_LEAD.search(before.text) and "：" not in before.text
    return not before.subs and phrase and shared >= config.banner_overlap


def _campaign_banner(unit: TitleUnit) -> bool:
    """A line of its own at the block's outer edge, past another title, that names a campaign as
    a section banner does ("深入学习贯彻…精神", "…进行时"): the page's, with or without a text
    to weigh it against (a headline whose article is on another page)."""
    return unit.lines == 1 and not unit.subs and bool(CAMPAIGN_BANNER.match(unit.text))


def _reads_as_banner(unit: TitleUnit, article_text: str, config: Config) -> bool:
    """A title with no headline marks that shares hardly any words with the article, or only
    words any text uses (no pair rarer than `Config.generic_pair_frequency`: a campaign's
    slogan shares "发展" with most articles). A place or a body by name is a kicker's label
    ("央行" over a text that says "中国人民银行") and is left to the role model. Not asked inside a
    campaign's banner set aside at the edge ("…指数报告发布" | "排出十个发展快的县城" | "喜迎…"):
    the campaign is the block's slogan, and no second one is stacked on it."""
    if unit.subs or has_column_tag(unit) or unit.lines == 1 and names_a_place_or_body(unit.text):
        return False
    if overlap(unit.text, article_text) < config.banner_overlap:
        return True
    words = dictionary()
    return not any(pair in article_text and words.frequency(to_simplified(pair)) < config.generic_pair_frequency for pair in _title_pairs(unit.text))


def _names_only(units: list[TitleUnit]) -> bool:
    """Titles that are each a place or a body by name, the labels of kickers ("金乡县"): a
    headline block needs a headline beside them, so the title past them that reads as a banner
    ("激活红色引擎 赋能园区高质量发展", whose words any text on industrial parks uses) is it."""
    return all(unit.lines == 1 and not unit.subs and names_a_place_or_body(unit.text) for unit in units)


def kicker_over_headline(upper: TitleUnit, lower: TitleUnit, article_text: str, config: Config = DEFAULT) -> bool:
    """Weighed as one block printed after its text (`role_features`), does `upper` surely read as
    a kicker (`Config.lone_kicker`) and `lower` as the main headline (`Config.lone_kicker_main`)?
    A kicker ("某省依托社会企业，做好…就业") heads no article by itself: the title printed after it
    is its headline, however few words that shares with the text ("托起彩虹桥 铺就回家路"), not a
    banner, nor a headline whose text is on another page. A kicker says more than its headline:
    a title shorter than the one after it is a headline, whatever the model reads ("某山记" over
    a section's banner). Each title is read on its own, with the weights fitted so
    (`Config.roles` without blank lines)."""
    if len("".join(upper.text.split())) <= len("".join(lower.text.split())):
        return False
    pair = [upper, lower]
    above, below = (config.roles().probabilities(role_features(pair, index, article_text, "before", config)) for index in range(2))
    return above["kicker"] >= config.lone_kicker and below["main"] >= config.lone_kicker_main


def _repeats_less_of_the_lede(
    inward: list[TitleUnit], mains: list[float], main_index: int, lede: str, article_text: str, config: Config
) -> int | None:
    """The title beside the chosen main headline that should head the article instead: one whose
    chance came within `Config.close_call` of it and that repeats fewer of the first paragraph's
    character pairs. The kicker states the news the lede opens with ("某省出台意见" over "…划出
    硬杠杠"), the headline says it in its own words: on the pages laid out from the tune and the
    new texts, four kickers in five share more of the lede than their headline. The rival must
    not read as a banner (`_reads_as_banner`): a slogan beside the headline shares none of the
    article's words, or only those any text uses; nor say who spoke (`credits_a_speech_whole`,
    "王某在某省调研时强调"), the kicker over what was said, however few words of the lede it repeats.

    A close call only: where the chances are far apart, the titles' own shapes decide."""
    if not lede:
        return None
    rivals = [i for i in (main_index - 1, main_index + 1) if 0 <= i < len(inward) and mains[main_index] - mains[i] < config.close_call]
    if not rivals:
        return None
    rival = max(rivals, key=lambda i: mains[i])
    if _reads_as_banner(inward[rival], article_text, config) or credits_a_speech_whole(inward[rival].text):
        return None
    return rival if overlap(inward[rival].text, lede) < overlap(inward[main_index].text, lede) else None


def _close_call(units: list[TitleUnit], chances: list[float], main_index: int, config: Config) -> list[str]:
    """Say so when another title came close to being the main headline."""
    runners_up = [i for i in range(len(units)) if i != main_index and chances[main_index] - chances[i] < config.close_call]
    return [
        f"main headline is a judgment call: chosen {fix_text(units[main_index].text)!r} over {fix_text(units[i].text)!r} "
        f"(chances {chances[main_index]:.2f} vs {chances[i]:.2f})"
        for i in runners_up
    ]
