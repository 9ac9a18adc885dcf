"""What a line's last marks say about its sentence (`cleanup.marks`): the answers every
join and break decision starts from, case by case."""

from __future__ import annotations

import pytest

from cleanup.marks import (
    bracket_balance,
    clearly_unfinished,
    closes_what_it_did_not_open,
    ends_sentence,
)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("机关建设为主抓手。", True),  # a full stop
        ("这是为什么？", True),
        ("好！", True),
        ("记者问：", True),  # a colon before a quotation or a list ends the line's sentence
        ("“我拍的。”", True),  # a closing quote after a sentence mark
        ("（刘志勇 杨启林）", True),  # a sign-off in brackets
        ("（下转2版）", True),  # a jump line
        ("机关建设为主抓手。  ", True),  # trailing spaces do not count
        ("建设“让", False),  # a quote opened
        ("他说“很好”", False),  # a closing quote after no sentence mark: the sentence goes on
        ("强化政治担当，", False),
        ("推进经济全球化", False),
        ("", False),
        ("   ", False),
    ],
)
def test_ends_sentence(line: str, ends: bool) -> None:
    assert ends_sentence(line) is ends


@pytest.mark.parametrize(
    ("line", "unfinished"),
    [
        ("强化政治担当，", True),  # a comma
        ("工业、农业、", True),  # an enumeration comma
        ("坚持“支部建在", True),  # a quote still open
        ("《中华人民共和国", True),  # a title bracket still open
        ("（记者 张", True),  # a bracket still open
        ("推进经济全球化", False),  # no mark: the words must decide
        ("机关建设为主抓手。", False),
        ("“我拍的。”", False),  # opened and closed
        ("查明", False),
    ],
)
def test_clearly_unfinished(line: str, unfinished: bool) -> None:
    assert clearly_unfinished(line) is unfinished


@pytest.mark.parametrize(
    ("line", "continues"),
    [
        ("非”问题成为当前整治工作中的重点", True),  # closes a quote opened on a line above
        ("办公系统）中增加公开", True),
        ("》的作者", True),
        ("“扫黄打非”案件", False),  # opened and closed on the line
        ("案件成为当前", False),
        ("“扫黄打", False),  # opens one: that is the other way round
    ],
)
def test_closes_what_it_did_not_open(line: str, continues: bool) -> None:
    assert closes_what_it_did_not_open(line) is continues


def test_bracket_balance_counts_each_kind_apart() -> None:
    still_open, unopened = bracket_balance("“（一）”」《")
    assert {kind: count for kind, count in still_open.items() if count} == {"《": 1}
    assert {kind: count for kind, count in unopened.items() if count} == {"「": 1}
