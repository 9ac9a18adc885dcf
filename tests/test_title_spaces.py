"""The space between two title lines: a headline's halves keep one, a wrapped phrase none."""

from __future__ import annotations

import pytest

from cleanup.config import DEFAULT
from layout.title_spaces import between_title_lines


@pytest.mark.parametrize(
    ("left", "right", "article_text", "space"),
    [
        ("减排又赚钱", "村民笑开颜", "", " "),  # two halves of about one length
        ("加强空间探索", "开展创新合作", "", " "),
        ("治安形势渐见好转", "分析：警力下沉见成效", "", " "),  # who speaks opens the second half
        ("跑步有讲究", "巧练更开心（我运动", "", " "),  # the column tag is no part of its half
        ("（我运动", "我快乐）", "", " "),  # a tag wrapped inside its brackets, weighed on its own words
        ("全县再控住房信贷风", "险", "", ""),  # a word runs across the join
        ("抓好基层工作的", "着力点", "", ""),  # the left line stops on a particle
        ("推进改革，", "激发活力", "", ""),  # punctuation meets the join
        ("古镇老街换新颜（走基", "层）", "", ""),  # inside the column tag
        ("加强空间探索", "与创新合作", "双方将加强空间探索与创新合作。", ""),  # the article prints it unbroken
        ("全省已发布", "19份操作指南", "", ""),  # the right line opens on the count of what the left began
        ("空间站将开展", "四项太空实验", "", ""),
        ("一手抓防控", "一手抓发展", "", " "),  # parallel halves, each opening on its number
        ("【本地新闻】", "新增公交线路", "", ""),  # a label runs on into its headline
        ("两位市长一同", "出席开幕典礼", "", ""),  # the left line stops on an adverb, short of its verb
        ("兩位市長分別", "會見外國客人", "", ""),  # ... in traditional characters too
        ("志愿者在高原牧区", "开展免费义诊", "", ""),  # a preposition and no verb: the verb is below
        ("为了孩子", "为了明天", "", " "),  # parallel halves, each opening on the same word
        ("在基层扎根", "为群众服务", "", " "),  # parallel halves, each opening on a preposition
        ("王强：稳步推进", "久久为功（人物）", "", " "),  # who is named leads the half in, no part of its length
        ("主场2:1胜对手", "客场3:0横扫强敌", "", " "),  # the colon of a score leads nothing in
    ],
)
def test_a_space_only_between_halves(left: str, right: str, article_text: str, space: str) -> None:
    assert between_title_lines(left, right, article_text, DEFAULT) == space
