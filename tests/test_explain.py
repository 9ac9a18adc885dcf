"""The repair log in line order, each repair in the context of its source line."""

from __future__ import annotations

import pytest

from cleanup.edits import Edit
from cleanup.explain import explain


@pytest.mark.parametrize(
    ("edit", "line", "shown"),
    [
        (Edit("ascii-punctuation", 1, ",", "，"), "他说,好", "他说[,→，]好"),
        (Edit("stray-space", 1, " ", ""), "共有436 个党支部被评为先进", "共有436[ →]个党支部被评为先…"),
        (Edit("banner-repeat", 1, "先锋先锋", "先锋"), "乡村振兴先锋先锋", "乡村振兴[先锋先锋→先锋]"),
        # context is cut with an ellipsis on the side that goes on
        (Edit("ascii-punctuation", 1, ";", "；"), "一二三四五六七八九十;一二三四五六七八九十", "…三四五六七八九十[;→；]一二三四五六七八…"),
        # a change no longer found on its line (made after lines were joined) is shown alone
        (Edit("doubling", 4, "老老", "老"), "干部", "[老老→老]"),
        (Edit("empty-subheadline", 4, "", ""), "——", "[→]"),
    ],
)
def test_each_repair_is_shown_inside_its_line(edit: Edit, line: str, shown: str) -> None:
    assert explain([edit], line if edit.line == 1 else "\n" * (edit.line - 1) + line)[0] == f"line {edit.line}  {edit.kind}  {shown}"


def test_repeated_changes_on_one_line_point_at_successive_places() -> None:
    source = "前 10 个月"
    shown = explain([Edit("stray-space", 1, " ", ""), Edit("stray-space", 1, " ", "")], source)
    assert shown[:2] == ["line 1  stray-space  前[ →]10 个月", "line 1  stray-space  前 10[ →]个月"]


def test_edits_come_in_line_order_with_totals_by_kind_last() -> None:
    edits = [Edit("b", 3, "c", "C"), Edit("a", 1, "a", "A"), Edit("b", 2, "b", "B")]
    shown = explain(edits, "a\nb\nc")
    assert [line.split()[1] for line in shown[:3]] == ["1", "2", "3"]
    assert shown[-1] == "3 edits: 2 b, 1 a"
    assert explain([], "text") == ["0 edits"]
