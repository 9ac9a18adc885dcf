"""Half-width marks in Chinese text and stray spaces (snippets from the seed pages)."""

from __future__ import annotations

import pytest

from cleanup import fix_and_explain, fix_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("今年以来,金乡县以创新实施", "今年以来，金乡县以创新实施"),
        ("本报金乡讯(通讯员 李坦 孙虎玉)今年以来", "本报金乡讯（通讯员 李坦 孙虎玉）今年以来"),
        ("依托“钉钉”APP,做好第一书记考勤", "依托“钉钉”APP，做好第一书记考勤"),
        ("邹城:探索基层党建带团建新模式", "邹城：探索基层党建带团建新模式"),
        ("主题党日活动;开展", "主题党日活动；开展"),
        ("严查!(政策解读)", "严查！（政策解读）"),
        ("共建美丽城市(现场评论·小康生活(12))", "共建美丽城市（现场评论·小康生活（12））"),
        ("谁能做到?我们", "谁能做到？我们"),
        ('他说,"好"', "他说，“好”"),
        ('"中国梦"与"世界梦"', "“中国梦”与“世界梦”"),
        ('发展"AI"产业', "发展“AI”产业"),  # a Latin word alone in Chinese text: Chinese quotes
        # a colon between Latin words with no space after it, in Chinese text: a Chinese colon
        ("即“全面、可核查”原则(CVID:complete, verifiable)", "即“全面、可核查”原则（CVID：complete, verifiable）"),
        # a mark after a bracket that holds Chinese, at the end of the text
        ("水稻改种优质稻米面积),", "水稻改种优质稻米面积），"),
        ("有否提及新條例(而非個別個案)?", "有否提及新條例（而非個別個案）？"),
        # a mark that ends the text, where a jump line ("(下转6版)") followed it
        ("全县地区生产总值增长6.7%,", "全县地区生产总值增长6.7%，"),
        ("陳大文1985年加入政府任職AO,", "陳大文1985年加入政府任職AO，"),  # a comma ends no English phrase
        # a mark after a percent sign parts no digits: a number ended there
        ("这一比例是66%,14日更是达到了77%", "这一比例是66%，14日更是达到了77%"),
        ("占检查总数的63%; 4月13日", "占检查总数的63%；4月13日"),
        ("增幅分别为5%,10%", "增幅分别为5%，10%"),
    ],
)
def test_half_width_marks_in_chinese_become_full_width(raw: str, clean: str) -> None:
    assert fix_text(raw) == clean


@pytest.mark.parametrize(
    "kept",
    [
        "电子信箱 jnrbs@126.com",
        "帮助“链主”企业制定3-5年发展规划",
        "形成“1+10+N”的基本工作框架",
        "累计帮助182家企业申请补贴401.85万元",
        "全程10:30开始",
        "他说 I love China!",  # a mark after a Latin word ends an English phrase
        "共1,000余人",
        "Growth of 5%, 10% and 15%",  # no Chinese in the text: English as printed
        "http://www.example.com/a?b=1",
        'He said "hi" at 10:30',
        "Note: the CVID:complete rule",  # no Chinese: English as printed
        "访问 https://example.com 或 ftp://x.org",  # a URL scheme's colon
        "模板用 std::vector 实现",  # a double colon
        'a 12" record',
        '英文书名为"The Art of War: A New Reading"。',  # an English phrase quoted as printed
    ],
)
def test_ascii_kept_in_numbers_mail_codes(kept: str) -> None:
    assert fix_text(kept) == kept


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("核心任务 ，强化政治担当", "核心任务，强化政治担当"),
        ("436 个党支部被评为", "436个党支部被评为"),
        ("2023 年以来", "2023年以来"),
        ("今年前 10 个月", "今年前10个月"),
        ("（通讯员 李坦 ）", "（通讯员 李坦）"),
    ],
)
def test_stray_spaces_removed(raw: str, clean: str) -> None:
    assert fix_text(raw) == clean


@pytest.mark.parametrize(
    "kept",
    ["“E心向党 网聚济宁”", "本报邹城讯（通讯员 朱璐 袁虎）", "兖州“党员教育+” 探索党员教育培训新路径", "市政协主席会议召开 张继民主持并讲话"],
)
def test_spaces_between_han_kept(kept: str) -> None:
    assert fix_text(kept) == kept


def test_every_repair_is_explained() -> None:
    text, edits = fix_and_explain("核心任务 ，436 个,完成")
    assert text == "核心任务，436个，完成"
    assert sorted((edit.kind, edit.before, edit.after) for edit in edits) == [
        ("full-width-punctuation", ",", "，"),
        ("stray-space", " ", ""),
        ("stray-space", " ", ""),
    ]


def test_brackets_convert_as_a_pair() -> None:
    assert fix_text("管理办法(试行)》") == "管理办法（试行）》"
    assert fix_text("f(x) = 1") == "f(x) = 1"
