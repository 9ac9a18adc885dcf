"""Where one title ends and the next begins in a run of title lines that no blank line parts.

A dump without blank lines prints a kicker, its headline and a banner as one run of
short lines ("青山产业园建成投用两周年" | "入园企业新增订单超过三成"), and a headline wrapped
onto two lines looks the same ("青山小学将开展" | "四项课外实践活动"). Between two lines of
the run the signals that hold for any text are weighed: how long each line is and
whether the next runs wider (a wrap fills its first line), how the upper line ends (a
comma or a speaker's verb ends a kicker, a column tag closes a headline), whether a word
runs across the join, and whether the upper line is a place or a body by name. A linear
model weighs them (``layout/title_breaks.json``, fitted by ``scripts/train_layout.py``);
a run is parted only where the model is sure (`Config.title_break_min`), since a headline
cut in two is worse than a kicker left on it. A page that prints a paragraph to a line wrapped
no title, so there a run is parted at every line that does not stop on a clause mark or inside
a word. The few title lines such a dump prints after a
long block's text, which the unwrapper sets apart one by one, are joined the other way
round: only where the model is sure they are one title (`Config.title_join_max`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby, pairwise

import regex

from cleanup.config import DEFAULT, Config
from cleanup.cues import CAMPAIGN_BANNER, COLUMN_TAG
from cleanup.lexicon import ends_on_a_count, word_bridges
from cleanup.lines import Line
from cleanup.marks import clearly_unfinished
from cleanup.script import in_simplified
from cleanup.shapes import REPORTER_TITLE, is_unmarked_byline, opens_on_a_bullet
from cleanup.surnames import names_a_place_or_body
from layout.classify import Piece
from layout.title_spaces import about_as_long
from layout.titles import (
    credits_a_speech,
    credits_a_speech_whole,
    ends_with_column_tag,
)

APART = "apart"
# A half of words alone: Han characters, with the quotation marks that set a word off.
_HAN_ONLY = regex.compile(r"[\p{Han}“”‘’]+")
_QUOTES = regex.compile(r"[“”‘’]")
_SPACED = regex.compile(r"\S\s+\S")
_LENGTHS = (3, 6, 10, 15)


def _length(text: str) -> str:
    return next((f"<={cut}" for cut in _LENGTHS if len(text) <= cut), f">{_LENGTHS[-1]}")


def title_break_features(upper: Sequence[Line], lower: Sequence[Line], config: Config = DEFAULT) -> dict[str, float]:
    """The named signals between the title lines `upper` and the line under them, `lower[0]`
    (`lower` runs to the end of the run)."""
    up, low = upper[-1].text.strip(), lower[0].text.strip()
    width_step = "grows" if lower[0].width >= upper[-1].width + 2 else "shrinks" if upper[-1].width >= lower[0].width + 2 else "same"
    signals = [
        "bias",
        f"up_len{_length(up)}",
        f"low_len{_length(low)}",
        f"width={width_step}",
        f"up_lines={min(len(upper), 3)}",
        f"low_lines={min(len(lower), 3)}",
    ]
    upper_text = "".join(line.text.strip() for line in upper)
    flags = {
        "up_ends_comma": up.endswith(("，", ",")),
        "up_credits_speech": credits_a_speech(upper_text),
        "up_ends_dash": up.endswith("——"),
        "up_ends_colon": up.endswith(("：", ":")),
        "up_ends_stop": up.endswith(("？", "！", "?", "!", "。")),
        "up_column_tag": ends_with_column_tag(up),
        "low_opens_bracket": low.startswith(("（", "(")),
        "word_runs_across": word_bridges(up, low, config.bridge_context, least_used=config.title_bridge_frequency),
        "up_names_place": len(upper) == 1 and names_a_place_or_body(upper_text),
        "up_inner_comma": "，" in up[:-1],
        "low_comma": "，" in low,
        "up_spaced": " " in up,
        "low_spaced": " " in low,
        "up_unfinished": clearly_unfinished(up),
    }
    return {name: 1.0 for name in signals + [name for name, present in flags.items() if present]}


def runs_to_part(pieces: Sequence[Piece], config: Config = DEFAULT) -> set[int]:
    """The indexes of the title pieces whose run may be parted: in a block long enough to have
    lost its blank lines (`Config.unbroken_block_lines`), or in a page that prints none at all
    (`Config.unbroken_page_lines`: a paragraph to a line gives a page few lines), a run of
    title pieces no longer than one headline block (`Config.title_max_lines`). A longer run
    is a page's headlines printed together after its text, which `layout.pooled` reads line
    by line."""
    blocks: list[list[int]] = []
    for index, piece in enumerate(pieces):
        if piece.unit.opens_block or not blocks:
            blocks.append([])
        blocks[-1].append(index)
    parted: set[int] = set()
    for block in blocks:
        lines = sum(len(pieces[index].lines) for index in block)
        if lines < (config.unbroken_page_lines if len(blocks) == 1 else config.unbroken_block_lines):
            continue
        runs = [list(run) for is_title, run in groupby(block, key=lambda index: pieces[index].kind == "title") if is_title]
        parted.update(index for run in runs if sum(len(pieces[index].lines) for index in run) <= config.title_max_lines for index in run)
    return parted


# A headline printed in two spaced halves ("减排又赚钱 村民笑开颜") is a title of its own, above
# or below: in simplified text. A Hong Kong headline runs on over several spaced parts, cut
# into lines ("政府收緊法援 刑事案…" | "大狀一年只可接…"), so there a space closes nothing.
_SPACED_HALVES = ("up_spaced", "low_spaced")


def starts_new_title(upper: Sequence[Line], lower: Sequence[Line], config: Config = DEFAULT, flat: bool = False) -> bool:
    """Is `lower[0]` the first line of another title than the lines above it, for sure? On a
    `flat` page, one that prints a paragraph to a line, it is unless the upper line stops on a
    clause mark or inside a word: no line there was wrapped, a title's no more than a
    paragraph's (on the tune pages so printed, 340 of the 362 joints in such runs part two
    titles; the 22 others are headlines the layout wrapped, some where a clause or word runs on),
    or where the lower line closes a kicker the upper began (`_closes_a_wrapped_kicker`: a
    kicker too long for a line wraps there too). Elsewhere a headline's second half that opens
    its column tag goes on from the first (`_tagged_second_half`). A line that is nothing but a
    column tag closes the title above it ("一辈子守着这片林" | "（全国劳动模范）")."""
    if COLUMN_TAG.fullmatch(lower[0].text.strip()):
        return False
    if turns_to_another_title(upper[-1].text, lower[0].text, config):
        return True
    if _closes_a_wrapped_kicker(upper[-1], lower[0]) or not flat and _tagged_second_half(upper[-1], lower[0], config):
        return False
    up, low = upper[-1].text.strip(), lower[0].text.strip()
    if flat and not clearly_unfinished(up) and not ends_on_a_count(up) and not word_bridges(up, low, config.bridge_context, least_used=config.title_bridge_frequency):
        return True
    features = title_break_features(upper, lower, config)
    spaced = in_simplified(upper[-1].text + lower[0].text) and any(name in features for name in _SPACED_HALVES)
    return spaced or config.title_breaks().probabilities(features)[APART] >= config.title_break_min


def _closes_a_wrapped_kicker(upper: Line, lower: Line) -> bool:
    """The line under a title line ends the kicker that line began: on a dash, under a line no
    narrower, whose wrap filled it ("…某某保护区管理局党委" | "原书记、局长王某——"; a banner or a
    title over a one-line kicker is shorter than it, or a headline in spaced halves, whole), or on
    a speaker's verb where only the two lines together say who spoke ("王某在某部调研并主持召开座谈会"
    | "时强调").

    >>> _closes_a_wrapped_kicker(Line(1, "某某自然保护区管理局党委"), Line(2, "原书记王某——"))
    True
    >>> _closes_a_wrapped_kicker(Line(1, "新春走基层"), Line(2, "某县第一书记王某某讲述脱贫故事——"))
    False
    >>> _closes_a_wrapped_kicker(Line(1, "奋进新征程 建功新时代"), Line(2, "专访某某——"))
    False
    >>> _closes_a_wrapped_kicker(Line(1, "王某在某部调研并主持召开座谈会"), Line(2, "时强调"))
    True
    """
    up, low = upper.text.strip(), lower.text.strip()
    if low.endswith("——"):
        return upper.width >= lower.width and not up.startswith("——") and not _SPACED.search(up)
    return credits_a_speech_whole(up + low) and not credits_a_speech(up)


def _tagged_second_half(upper: Line, lower: Line, config: Config = DEFAULT) -> bool:
    """A headline printed in two halves, the second opening its column tag's bracket
    ("小山村变了样" | "老院子换新颜（某某故事）"): two phrases about as long
    (`Config.halves_max_difference`), of words alone (a space, a mark or a figure may part a
    kicker from its headline: "一窗式受理 全过程督办" | "某地审批提了速（…）"), and a tag closes a
    headline whole.

    >>> _tagged_second_half(Line(1, "小山村变了样"), Line(2, "老院子换新颜（某某故事）"))
    True
    >>> _tagged_second_half(Line(1, "某某县"), Line(2, "老院子换新颜（某某故事）"))
    False

    Quotation marks are part of the words they set off, and a half is as long as its words
    ("“苦日子”变“好日子”" | "山村产业兴（某某故事）"):

    >>> _tagged_second_half(Line(1, "“苦日子”变“好日子”"), Line(2, "山村产业兴旺（某某故事）"))
    True
    """
    up, low = upper.text.strip(), lower.text.strip()
    half = low.split("（", 1)[0].split("(", 1)[0]
    if half == low or not _HAN_ONLY.fullmatch(up + half):
        return False
    return about_as_long(_QUOTES.sub("", up), _QUOTES.sub("", half), config)


def wraps_on_for_sure(upper: Sequence[Line], lower: Sequence[Line], config: Config = DEFAULT) -> bool:
    """Is `lower[0]` surely the rest of the title above it (the run's signals' chance of two
    titles below `Config.title_join_max`)? Asked of title lines an extractor printed one by one
    after the text, where a headline's two lines and two headlines look alike."""
    if turns_to_another_title(upper[-1].text, lower[0].text, config):
        return False
    return config.title_breaks().probabilities(title_break_features(upper, lower, config))[APART] < config.title_join_max


def intertitles_parted(lines: Sequence[Line], column: float, config: Config = DEFAULT) -> list[list[Line]]:
    """The lines of an in-body title parted into the intertitles they print. An intertitle is
    set narrower than the `column` and wraps greedily, like the text, so a line that runs wider
    than the one above it (`Config.intertitle_wrap_growth`) but short of the column by more
    than an indent (`Config.indent`) shows the upper line was not filled by a wrap: a feature
    story prints two intertitles one over the other ("为建好美丽青山村做贡献" | "近年来每年新种树苗180万株"),
    and a dump without blank lines leaves nothing else between them. A line as wide as the
    column is text: a lead paragraph read as a title grows from its first line by the lost indent. Not
    where the upper line leads into the lower (a clause mark, an open bracket, a word across the
    join), nor in traditional text, where an intertitle prints its spaced halves a line each
    ("啟動程序" | "關店時刪除顧客資料"). A reporter's title opening a line ("本报记者", the names
    on it or under it) credits the section the intertitle above it heads: a part of its own.
    A line that opens on a list's bullet (`cleanup.shapes.opens_on_a_bullet`) opens a part in
    either script: each entry of a list printed as a title run is a paragraph of its own.

    >>> [len(part) for part in intertitles_parted([Line(1, "风格成熟："), Line(2, "《“英雄”交响曲》")], 34)]
    [1, 1]
    >>> [len(part) for part in intertitles_parted([Line(1, "以政治建设为统领，大力创"), Line(2, "建模范机关")], 34)]
    [2]
    >>> [len(part) for part in intertitles_parted([Line(1, "村里的集市年味浓"), Line(2, "本报记者"), Line(3, "王明")], 34)]
    [1, 2]
    >>> [len(part) for part in intertitles_parted([Line(1, "走近小镇上的"), Line(2, "摄影爱好者")], 34)]
    [2]
    """
    simplified = in_simplified("".join(line.text for line in lines))
    parts = [[lines[0]]]
    for upper, lower in pairwise(lines):
        if _opens_an_entry(upper, lower) or simplified and _opens_a_part(upper, lower, column, config):
            parts.append([lower])
        else:
            parts[-1].append(lower)
    return parts


def _opens_an_entry(upper: Line, lower: Line) -> bool:
    """Does `lower` open a list's entry (`cleanup.shapes.opens_on_a_bullet`)? Not a "•" right
    under a word that runs on into it: the dot of a transliterated name the wrap carried down
    ("对话美国作家约翰" | "•史密斯"), unless the line above is an entry itself or ends on a mark
    ("活动安排：" | "•每周六开放").

    >>> [_opens_an_entry(Line(1, upper), Line(2, lower)) for upper, lower in (("对话作家约翰", "•史密斯"), ("活动安排：", "•每周六开放"), ("•每周六开放", "•免费入场"), ("对话作家约翰", "⚫每周六开放"))]
    [False, True, True, True]
    """
    if not opens_on_a_bullet(lower.text):
        return False
    up = upper.text.strip()
    return not lower.text.lstrip().startswith("•") or opens_on_a_bullet(up) or not regex.match(r"\p{Han}", up[-1:])


def _opens_a_part(upper: Line, lower: Line, column: float, config: Config) -> bool:
    """Does `lower` open a part of its own under `upper` (see `intertitles_parted`)?"""
    up, low = upper.text.strip(), lower.text.strip()
    if (REPORTER_TITLE.fullmatch(low) or is_unmarked_byline(low)) and not REPORTER_TITLE.match(up):
        return True  # a section's credit under its intertitle ("本报记者" alone, its names under it), not "摄影爱好者"
    grows = upper.width + config.intertitle_wrap_growth <= lower.width < column - config.indent
    return grows and not clearly_unfinished(up) and not word_bridges(up, low, config.bridge_context, least_used=config.title_bridge_frequency)


def turns_to_another_title(upper: str, lower: str, config: Config = DEFAULT) -> bool:
    """The line `upper` closes a title (`closes_a_title`), or one of the two names a campaign
    (`cleanup.cues.CAMPAIGN_BANNER`, "…进行时"): a section banner of its own, over or under the
    title it touches; or `lower` says who spoke, from the name to the verb
    (`layout.titles.credits_a_speech_whole`): the kicker under a headline printed after its text.
    On the pages read without blank lines, each of the 20 such lines under a title starts another.

    >>> turns_to_another_title("脱贫攻坚进行时", "山村开秧门"), turns_to_another_title("携手推进", "经济全球化")
    (True, False)
    >>> turns_to_another_title("法治化智能化水平", "王某在某省调研时强调")
    True
    """
    closes = closes_a_title(upper, config) and not glosses_a_wrapped_kicker(upper, lower)
    return closes or any(CAMPAIGN_BANNER.match(text) for text in (upper, lower)) or credits_a_speech_whole(lower)


def glosses_a_wrapped_kicker(upper: str, lower: str) -> bool:
    """The bracket that ends `upper` glosses a name inside a kicker, not a column tag closing a
    headline: the line under it closes a kicker on a dash and is no longer than it, the wrap of
    one kicker ("一封发自某国（某城）" | "某部队官兵的来信——"). A column tag names a headline's column;
    no annotated kicker carries one, so a kicker's wrap goes on past the bracket.

    >>> glosses_a_wrapped_kicker("一封发自某国（某城）", "某部队官兵的来信——")
    True
    >>> glosses_a_wrapped_kicker("山村的春天（新春走基层）", "某县第一书记王某某讲述他的驻村故事——")
    False

    A gloss is a name, with no mark inside: a bracket that holds a dash or a dot is a column's
    title ("（心系群众——来自基层的故事）"), which closes the headline over a kicker printed under it.

    >>> glosses_a_wrapped_kicker("山村换新颜 日子节节高（心系群众——来自基层的故事）", "某省某县某村——")
    False
    """
    up, low = upper.strip(), lower.strip()
    gloss = _LAST_BRACKET.search(up)
    return bool(gloss) and not _MARK.search(gloss[1]) and ends_with_column_tag(up) and low.endswith("——") and not low.startswith("——") and len(low) <= len(up)


_LAST_BRACKET = regex.compile(r"[（(]([^（()）]*)[）)]$")
_MARK = regex.compile(r"\p{P}")


def closes_a_title(text: str, config: Config = DEFAULT) -> bool:
    """A dash closes a kicker ("…王建国——"), a column tag a headline ("…（华夏博物之旅）"), and a
    speaker's verb a kicker that says who spoke where (`Config.speech_credit_chars`): on the
    tune pages without blank lines, 31 runs of titles go on after such a verb, every time with
    another title; no annotated title of ../shared goes on after one.

    >>> closes_a_title("从业20年来，盖起百栋“放心楼房”，王建国——"), closes_a_title("青山再管小额贷款风")
    (True, False)
    >>> closes_a_title("李华在防汛抗旱工作专题会上强调"), closes_a_title("李华会见")
    (True, False)
    """
    text = text.strip()
    return text.endswith("——") or ends_with_column_tag(text) or len(text) >= config.speech_credit_chars and credits_a_speech(text)


