"""Titles an extractor set inside a sentence of running text (`cleanup.interposed`)."""

from __future__ import annotations

import pytest

from cleanup import Block, Line, prepare
from cleanup.interposed import interposed_titles
from layout import reconstruct

BEFORE = [
    "基于对伟大建筑师的敬仰和生日贺礼，苏州",
    "美术馆、苏州市名人馆主办了一场文献展，",
    "广场上的导旗、门口的广告都蕴含着设计。",
    "一九一七年，贝聿铭出生于广州，早年在香",
    "港、上海、苏州生活，他也逐渐感受并",
]
AFTER = [
    "珍惜生活与建筑的关系。正是这份珍惜，贝",
    "聿铭在六十多年的建筑创作生涯中主持设计",
    "了大使馆、博物馆、图书馆、音乐厅、教堂",
    "和住宅等多类建筑，项目遍及世界各地，获",
    "得建筑界、学术界社会荣誉四十多项。",
]
HEADLINE_BLOCK = ["紮鐵工人認兩度非法集結", "官指和盤托出案情判勞教中心", "法院同意押後再訊，控方須交代", "證據並索取被告背景報告"]
NEW_PARAGRAPH = ["近日，一则报道引发关注。", *AFTER[1:]]


def blocks(*texts: list[str]) -> list[Block]:
    return [Block(tuple(Line(10 * index + offset, line) for offset, line in enumerate(lines))) for index, lines in enumerate(texts)]


@pytest.mark.parametrize(
    ("before", "title", "after", "set_aside"),
    [
        (BEFORE, "贝老，世界有你", AFTER, True),  # the sentence runs on across it
        (BEFORE[:-1] + ["港、上海、苏州生活，他也逐渐感受到了。"], "贝老，世界有你", AFTER, False),  # the text before was done
        (HEADLINE_BLOCK, "法庭內外", AFTER, False),  # a headline block before: a banner among titles
        (BEFORE, "发展之计", NEW_PARAGRAPH, False),  # a paragraph opens after it
        (BEFORE, "之举，决非谋求长远发展之计", AFTER, False),  # it leans on the text before: prose
        (BEFORE, "一撇一捺——", AFTER, False),  # it leads on into what follows
    ],
)
def test_a_title_set_inside_a_sentence_is_set_aside(before: list[str], title: str, after: list[str], set_aside: bool) -> None:
    assert (10 in interposed_titles(blocks(before, [title], after), frozenset())) is set_aside


def dump(title: str) -> str:
    return "\n".join(["■冯翼", "", *BEFORE, "", title, "", *AFTER]) + "\n"


def test_the_text_joins_around_a_set_aside_title_and_the_title_heads_its_article() -> None:
    prepared = prepare(dump("贝老，世界有你"))
    assert prepared.set_aside == {9}
    assert any("也逐渐感受并珍惜生活" in unit.text for unit in prepared.units)
    (article,) = [article for article in reconstruct(dump("贝老，世界有你")).articles if article.kind == "article"]
    assert (article.headline, article.byline.text) == ("贝老，世界有你", "冯翼")
