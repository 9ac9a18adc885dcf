"""Runs of title lines without blank lines: where one title gives way to the next (`layout.title_runs`)."""

from __future__ import annotations

import dataclasses

import pytest

from cleanup import prepare
from cleanup.config import DEFAULT
from cleanup.lines import Line
from layout.classify import banner_lines, classify_all
from layout.pieces import tidy
from layout.title_runs import runs_to_part, starts_new_title, title_break_features


def lines(*texts: str, first: int = 1) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=first)]


# (lines above, line under them, another title?)
BREAKS = [
    # a kicker that ends on a clause, over a headline set in two spaced halves
    (["宁波有个光伏村，家家装有光伏板，户户发电可上网"], "减排又赚钱 村民笑开颜", True),
    # a headline wrapped at a phrase: one title
    (["携手推进"], "经济全球化", False),
    (["风景更美"], "“钱景”更好", False),
    # a column tag on its own line closes the headline above it, and belongs to it
    (["好种子为啥难求？"], "（话说新农村）", False),
    # a word runs across the join ("去年" | "8月"): one headline (known close: not sure enough to part)
    (["李宇軒、陳梓華去年"], "8月認串謀勾結外國勢力", False),
    # a column tag closes the headline, a dash the kicker: whatever follows is another title
    (["一步一景看古城（文化之旅）"], "城南老街博物馆", True),
    (["从业二十年来，守着一方小小药铺，王大夫——"], "医者仁心 不负乡亲", True),
    # a headline in two spaced halves is a title of its own in simplified text, not in a Hong
    # Kong headline that runs on over several spaced parts
    (["省足球联赛第五轮战罢"], "主队两连胜 客队遭逆转", True),
    (["市政府收緊資助 小型球會明年起"], "只可申請一次", False),
]


@pytest.mark.parametrize(("upper", "lower", "apart"), BREAKS)
def test_where_a_run_of_titles_turns_to_another_title(upper: list[str], lower: str, apart: bool) -> None:
    assert starts_new_title(lines(*upper), lines(lower, first=len(upper) + 1)) is apart


def test_the_signals_are_named_for_what_they_read() -> None:
    features = title_break_features(lines("一窗式受理 全过程督办"), lines("江阴行政审批提了速", first=2))
    assert {"up_spaced", "up_len<=15", "low_len<=10", "up_lines=1", "low_lines=1"} <= set(features)
    assert "word_runs_across" not in features
    assert "word_runs_across" in title_break_features(lines("深入学习贯彻中央国"), lines("家机关工委精神", first=2))


# A page without blank lines: a long block of text, a kicker over its headline, more text.
PROSE = "据介绍，这一平台汇集了全省各地的信息资源，群众办事更加方便快捷。"
RUN = ["宁波有个光伏村，家家装有光伏板，户户发电可上网", "减排又赚钱 村民笑开颜"]


def unbroken_page(run: list[str]) -> str:
    return "\n".join([PROSE] * 40 + run + ["■本报记者 王珂"] + [PROSE] * 30) + "\n"


def title_texts(page: str, config=DEFAULT) -> list[str]:
    prepared = prepare(page, config=config)
    return [piece.text for piece in tidy(classify_all(prepared.units, banner_lines(prepared.edits)), config) if piece.kind == "title"]


def test_a_run_in_a_block_without_blank_lines_is_parted_where_the_model_is_sure() -> None:
    run = [RUN[0], RUN[1].replace(" ", "")]  # no spaced halves, which part a run outright
    assert title_texts(unbroken_page(run), dataclasses.replace(DEFAULT, title_break_min=0.5)) == run
    never = dataclasses.replace(DEFAULT, title_break_min=2.0)
    assert title_texts(unbroken_page(run), never) == ["".join(run)]
    assert title_texts(unbroken_page(RUN), never) == RUN


def test_a_run_in_a_short_block_or_a_long_run_is_left_whole() -> None:
    short = "\n".join([PROSE] * 3 + RUN + ["■本报记者 王珂"] + [PROSE] * 3) + "\n"
    assert title_texts(short) == ["".join(RUN)]  # blank lines would part a kicker from its headline
    prepared = prepare(unbroken_page(RUN * 5))
    pieces = classify_all(prepared.units, banner_lines(prepared.edits))
    titles = {index for index, piece in enumerate(pieces) if piece.kind == "title"}
    assert titles and not titles & runs_to_part(pieces)  # ten title lines: headlines pooled after the text
