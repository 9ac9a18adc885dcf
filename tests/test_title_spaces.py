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
    ],
)
def test_a_space_only_between_halves(left: str, right: str, article_text: str, space: str) -> None:
    assert between_title_lines(left, right, article_text, DEFAULT) == space
