"""Titles an extractor set inside a sentence of running text (`cleanup.interposed`)."""

from __future__ import annotations

import pytest

from cleanup import Block, Line, prepare
from cleanup.interposed import interposed_titles
from layout import reconstruct

BEFORE = [
    "出于对这位建筑师的敬重和生日祝福，青石",
    "美术馆、青石市档案馆合办了一场图片展，",
    "展厅里的灯光、墙上的图板都透露着用心。",
    "一九三七年，王明远出生于青石，早年在江",
    "南、上海、青石生活，他也逐渐感受并",
]
AFTER = [
    "珍视生活与建筑的联系。正是这份珍视，王",
    "明远在五十多年的建筑创作生涯中主持设计",
    "了中小学、医院、图书馆、文化馆、体育馆",
    "和住宅等多类建筑，作品遍及省内各地，获",
    "得建筑界、设计界各种荣誉二十多项。",
]
HEADLINE_BLOCK = ["裝修工人認兩度非法聚集", "官指坦白交代案情判社會服務", "法院同意押後再訊，控方須交代", "證據並索取被告背景報告"]
NEW_PARAGRAPH = ["近日，一则报道引发关注。", *AFTER[1:]]


def blocks(*texts: list[str]) -> list[Block]:
    return [Block(tuple(Line(10 * index + offset, line) for offset, line in enumerate(lines))) for index, lines in enumerate(texts)]


@pytest.mark.parametrize(
    ("before", "title", "after", "set_aside"),
    [
        (BEFORE, "王老，家乡有你", AFTER, True),  # the sentence runs on across it
        (BEFORE[:-1] + ["南、上海、青石生活，他也逐渐感受到了。"], "王老，家乡有你", AFTER, False),  # the text before was done
        (HEADLINE_BLOCK, "法庭內外", AFTER, False),  # a headline block before: a banner among titles
        (BEFORE, "发展之计", NEW_PARAGRAPH, False),  # a paragraph opens after it
        (BEFORE, "之策，绝非谋求长久发展之计", AFTER, False),  # it leans on the text before: prose
        (BEFORE, "一撇一捺——", AFTER, False),  # it leads on into what follows
    ],
)
def test_a_title_set_inside_a_sentence_is_set_aside(before: list[str], title: str, after: list[str], set_aside: bool) -> None:
    assert (10 in interposed_titles(blocks(before, [title], after), frozenset())) is set_aside


def dump(title: str) -> str:
    return "\n".join(["■李华", "", *BEFORE, "", title, "", *AFTER]) + "\n"


def test_the_text_joins_around_a_set_aside_title_and_the_title_heads_its_article() -> None:
    prepared = prepare(dump("王老，家乡有你"))
    assert prepared.set_aside == {9}
    assert any("也逐渐感受并珍视生活" in unit.text for unit in prepared.units)
    (article,) = [article for article in reconstruct(dump("王老，家乡有你")).articles if article.kind == "article"]
    assert (article.headline, article.byline.text) == ("王老，家乡有你", "李华")
