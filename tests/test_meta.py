"""The printed conventions: datelines, page headers, editor lines, jump lines, credits, bylines."""

from __future__ import annotations

import pytest

from cleanup.cues import JUMP_LINE, match_dateline
from layout.meta import (
    CREDIT,
    is_sign_off,
    parse_dateline,
    parse_page_header,
    persons,
    split_editor_line,
    sponsor_section,
)
from layout.names import split_glued


@pytest.mark.parametrize(
    ("text", "dateline", "place", "month", "reporters"),
    [
        ("本报济宁11月26日讯（记者 王大明）今天上午", "本报济宁11月26日讯（记者 王大明）", "济宁", 11, ["王大明"]),
        ("本报邹城讯（通讯员 李华 张强）近日，国网", "本报邹城讯（通讯员 李华 张强）", "邹城", None, ["李华", "张强"]),
        ("本报金乡讯(通讯员 陈平 赵国强)今年以来", "本报金乡讯(通讯员 陈平 赵国强)", "金乡", None, ["陈平", "赵国强"]),
        ("新华社北京11月21日电 11月21日，国家主席", "新华社北京11月21日电", "北京", 11, []),
        ("本报北京4月21日电（王明远、李华）市统计局", "本报北京4月21日电（王明远、李华）", "北京", 4, ["王明远", "李华"]),
        ("本報香港電 政府消息", "本報香港電", "香港", None, []),
    ],
)
def test_datelines(text: str, dateline: str, place: str, month: int | None, reporters: list[str]) -> None:
    match = match_dateline(text)
    assert match and match.group(0).strip() == dateline
    parsed = parse_dateline(match, dateline)
    assert (parsed.place, parsed.month, parsed.reporters) == (place, month, reporters)


@pytest.mark.parametrize("text", ["本报记者 王大明", "本报评论员", "本报讯员工", "新华社记者 王建威 摄"])
def test_not_datelines(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    ("line", "parsed"),
    [
        ("32023 年12月17日 星期日", ("2023-12-17", "3", "2023 年12月17日 星期日", None)),
        ("2017年3月25日 星期六", ("2017-03-25", None, "2017年3月25日 星期六", None)),
        ("12 2017年4月23日 星期日 经济", ("2017-04-23", "12", "2017年4月23日 星期日", "经济")),
        (
            "14 2017年4月23日 星期日 □编辑 贺震 电子信箱 rmrbjj@163.com 政治",
            ("2017-04-23", "14", "2017年4月23日 星期日 □编辑 贺震 电子信箱 rmrbjj@163.com", "政治"),
        ),
        ("2017年11月18日，市里召开了一次很长很长的会议", None),  # a date opening a sentence
    ],
)
def test_page_header_number_date_and_section(line: str, parsed: tuple | None) -> None:
    header = parse_page_header(line)
    assert (header and (header.date, header.number, header.text, header.section)) == parsed


def test_section_printed_after_the_mailbox() -> None:
    line = "□编辑 谷常浩 视觉 黄遵峰 校对 毕永梅 电子信箱 jnrbs@126.com 党的建设"
    assert split_editor_line(line) == ("□编辑 谷常浩 视觉 黄遵峰 校对 毕永梅 电子信箱 jnrbs@126.com", "党的建设")


def test_section_in_the_sponsor_line() -> None:
    assert sponsor_section("党的建设 中共济宁市委组织部 济宁市党的建设学会 济宁日报社 主办") == "党的建设"
    assert sponsor_section("港聞 眾新聞 編輯部 主辦") == "港聞"


@pytest.mark.parametrize(("text", "page"), [("着力培养政治上的“明白人”，（下转2版）", "2版"), ("点点滴滴……（下转2版C）", "2版C"), ("（下轉7版C）", "7版C")])
def test_jump_lines(text: str, page: str) -> None:
    assert JUMP_LINE.search(text).group("page") == page


def test_photo_credit_at_the_end_of_a_caption() -> None:
    match = CREDIT.search("图为交流会现场。■记者 刘项清 通讯员 李勇 摄")
    assert match.group("who") == "记者 刘项清 通讯员 李勇"
    assert CREDIT.search("■本报记者 李舸 摄影报道") is None


def test_names_in_a_byline_without_their_titles() -> None:
    assert persons("本报记者 孙逊 本报通讯员 张美荣 王宜轩") == ["孙逊", "张美荣", "王宜轩"]
    assert persons("记者王明远、李华") == ["王明远", "李华"]
    assert persons("本报驻巴西记者 李明 本报驻阿根廷记者 周文") == ["李明", "周文"]


@pytest.mark.parametrize(
    ("run", "names"),
    [
        # Split: exactly one way to read two or more names.
        ("李超张培龙", ["李超", "张培龙"]),
        ("王宜轩孙逊", ["王宜轩", "孙逊"]),
        ("王大明陈雷", ["王大明", "陈雷"]),
        ("欧阳文华李勇", ["欧阳文华", "李勇"]),
        ("張美榮陳大文", ["張美榮", "陳大文"]),
        # Kept: one name, or more than one way to read the run.
        ("王宜轩", ["王宜轩"]),
        ("欧阳文华", ["欧阳文华"]),
        ("司马南", ["司马南"]),
        ("李王明张", ["李王明张"]),
        ("张林王杨华", ["张林王杨华"]),
        ("阿不都热合曼", ["阿不都热合曼"]),
    ],
)
def test_glued_names_split_only_when_certain(run: str, names: list[str]) -> None:
    assert split_glued(run) == names


def test_a_sign_off_with_glued_names_is_still_a_sign_off() -> None:
    assert is_sign_off("（李超张培龙）")


@pytest.mark.parametrize(
    ("text", "signs_off"),
    [
        ("（本报记者王明采访整理）", True),  # who compiled the interview above, title and all
        ("（本报记者 王明 李华整理）", True),
        ("（记者王明采写）", True),
        ("（本系列评论到此结束）", False),  # a note, no one's name
        ("（记者手记）", False),  # a column's label: a title, then no name
        ("（通讯员供图）", False),
    ],
)
def test_a_sign_off_may_give_the_reporters_title_and_what_they_did(text: str, signs_off: bool) -> None:
    assert is_sign_off(text) is signs_off
