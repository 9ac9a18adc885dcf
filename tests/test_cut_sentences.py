"""The words on either side of a blank line (`cleanup.cut_sentences`), case by case."""

from __future__ import annotations

import pytest

from cleanup import cut_sentences as words


@pytest.mark.parametrize(
    ("text", "ending"),
    [
        ("会议在北京召开。", "stop"),
        ("他说：“我们一定能做到。”", "stop"),  # the stop inside a closing quote
        ("主要内容如下：", "colon"),
        ("发展冷链物流（政策解读）", "bracket"),
        ("今年以来，全县新建学校十所，", "clause"),
        ("他在信中写道：“我们", "open"),  # a quotation left open
        ("由物业公司与", "link"),
        ("全县新建学校十所", "word"),
    ],
)
def test_how_a_line_ends(text: str, ending: str) -> None:
    assert words.line_ending(text) == ending


@pytest.mark.parametrize(
    ("head", "leans"),
    [
        ("的生活越来越好，", True),  # a particle binds to the words before the blank
        ("和孩子们一起来了", True),  # a joining conjunction
        ("和谐社区建设有序推进", False),  # a word that begins with a particle's character
        ("目前，全县已有三十个村", False),
    ],
)
def test_a_line_that_opens_on_a_particle(head: str, leans: bool) -> None:
    assert words.opens_on_a_particle(head) is leans


@pytest.mark.parametrize(
    ("head", "inside"),
    [
        ("村。作为土生土长的干部", True),  # a sentence of one character: the rest of one begun
        ("，全县已有三十个村通了公交", True),  # a clause mark an extractor set apart
        ("目前，全县已有三十个村", False),  # a sentence of its own opens the paragraph
        ("咚！咚！咚！", False),  # a cry said again and again
    ],
)
def test_a_line_that_opens_inside_a_sentence(head: str, inside: bool) -> None:
    assert words.opens_inside_a_sentence(head) is inside


@pytest.mark.parametrize(
    ("tail", "head", "cut"),
    [
        ("工程早在2019", "年5月开工，", True),  # a number and its unit
        ("全县不到40", "个，现在已有", True),
        ("根据《条例》第", "12条，", True),  # the ordinal's "第" before its number
        ("他家是书香门第", "三代人都当老师", False),  # "门第": a word's end
        ("第二十二届", "年会开幕", False),  # no number at the line's end
    ],
)
def test_a_number_parted_from_its_unit(tail: str, head: str, cut: bool) -> None:
    assert words.parts_a_number_from_its_unit(tail, head) is cut


@pytest.mark.parametrize(
    ("text", "left_open"),
    [
        ("展出青铜器、陶器、古钱币等", True),  # the noun that gathers the list is still to come
        ("推进城乡教育均等", False),  # "均等" is a word
        ("水、电、路等等", False),
    ],
)
def test_a_list_left_open(text: str, left_open: bool) -> None:
    assert words.ends_an_open_list(text) is left_open


@pytest.mark.parametrize(
    ("tail", "head", "goes_on"),
    [
        ("获得金杯奖、省级优质工程", "银奖、省级优质样板工程", True),  # one more item, and its comma
        ("获得金杯奖、省级优质工程", "二、省级优质样板工程", False),  # a list's entry opens on its number
        ("获得国家优质工程", "银奖、省级优质样板工程", False),  # no list before the blank
    ],
)
def test_a_list_the_column_cut(tail: str, head: str, goes_on: bool) -> None:
    assert words.continues_a_list(tail, head) is goes_on


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("县委、县政府等6部门21日上午", True),  # a day's part comes before what happened
        ("案发时间：2014年9月28日", False),  # a title may end on a date
    ],
)
def test_a_time_of_day_before_what_happened(text: str, cut: bool) -> None:
    assert words.ends_on_a_time_of_day(text) is cut


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("目前，参加试点的各个街道", True),  # a time word set off by a comma
        ("局长说，今年开始，在全省", True),  # a speaker's clause
        ("在封建社会，士大夫受", True),  # a phrase of place set off by its only mark
        ("图为村民正在", True),  # a caption's opening
        ("老张，家乡想念你", False),  # a title opens on what it is about
        ("以创新为引领，大力推进产业升级", False),  # the frame of a slogan's first half
        ("目前，参加试点的街道已有十个。", False),  # the sentence ends: nothing was cut
    ],
)
def test_a_line_that_opens_a_sentence_and_stops_on_a_word(text: str, opens: bool) -> None:
    assert words.opens_a_sentence_unfinished(text) is opens


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("不少研究乡土文学的学者都认为，王明远", True),
        ("新厂建成后招收了一批本地青年，其中包括", True),
        ("的王明远离开故乡青山县前往省城，期待", True),
        ("加强日常巡查，变事后为事前", False),  # clauses in balance: a title
        ("建设推动县域经济发展更有活力、更加协调、更可持续", False),  # a list's last item, as long as the one before
        ("江北青石东城区淘汰落后产能，搭建转型平台", False),  # a deck: the last clause is half the first
        ("王明远的诗清淡朴素，有的充满哲理……", False),  # the sentence ends
        ("不少研究乡土文学的学者都认为，", False),  # a clause mark ends it: a question for the model
        ("王部长说今年开始在全国", False),  # one clause: nothing to compare
        # known failure: a title may end in a short clause too
        pytest.param("探访大河沿岸生态保护修复第一线，之三", False, marks=pytest.mark.xfail(strict=True, reason="a series number after a title reads as cut")),
    ],
)
def test_a_clause_the_column_cut(text: str, cut: bool) -> None:
    assert words.ends_on_a_cut_clause(text) is cut
