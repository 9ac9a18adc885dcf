"""Byline and credit marks an extractor dropped, given back (`cleanup.lost_marks`)."""

from __future__ import annotations

import pytest
from conftest import seed_paths

from cleanup.lost_marks import marks_given_back, marks_lost, names_a_person
from cleanup.surnames import names_alone
from layout import reconstruct


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("周文涛", True),
        ("赵鹏 林蔚", True),
        ("樊小杰 孔令华", True),  # one of them opens with a common surname
        ("贺 勇", True),  # a two-character name printed wide
        ("欧阳文华", True),
        ("斯雄", False),  # no common surname: a short title has that shape too
        ("开秧门", False),
        ("减排又赚钱 村民笑开颜", False),  # a headline's halves
        ("李明。", False),
        ("王浩等五人", False),
    ],
)
def test_names_alone_need_a_names_shape_and_a_common_surname(text: str, names: bool) -> None:
    assert names_alone(text) is names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("本报记者 刘洪超摄", True),
        ("邵志远 摄", True),  # before 摄 a name's shape is enough
        ("吴德明 摄影报道", True),
        ("记者 林勵", True),
        ("本报评论员", True),  # the paper's own voice signs an editorial
        ("春日即景", False),
        ("金乡县", False),  # a place named alone over a headline: its kicker
        ("曲阜市", False),
        ("江南春 摄影大赛", False),  # four characters after a single surname are no name
        ("尚法求雄 盛世气象", False),
        ("记者 勞東來", True),  # after a title, a name's shape is enough
        ("记者手记", False),  # ... not a word the dictionary holds: a column's name
        ("記者觀察", False),
        ("人民视觉 摄", True),  # an agency credits a photo
        pytest.param("高考 冲刺", False, marks=pytest.mark.xfail(reason="two short words, one opening with a surname's character")),
    ],
)
def test_a_person_is_named_by_names_after_a_title_or_before_the_photo_mark(text: str, person: bool) -> None:
    assert names_a_person(text) is person


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("□编辑 王珂 视觉 李明\n\n周文涛\n\n正文。", True),  # the editors' line keeps its own mark
        ("□编辑 王珂\n\n■周文涛\n\n正文。", False),
        ("正文。■王明 摄", False),
        ("正文。", True),
    ],
)
def test_a_page_lost_its_marks_when_no_byline_or_credit_has_one(text: str, lost: bool) -> None:
    assert marks_lost(text) is lost


def test_marks_come_back_only_on_lines_alone_and_credits_closing_a_caption() -> None:
    text = "周文涛\n\n一段正文，王浩说。\n王浩\n\n图为村民在播种。邵志远 摄\n\n黎嘉欣 攝 城市脈搏"
    given, edits = marks_given_back(text, first_line=10)
    assert given.split("\n") == ["■周文涛", "", "一段正文，王浩说。", "王浩", "", "图为村民在播种。■邵志远 摄", "", "■黎嘉欣 攝 城市脈搏"]
    assert [(edit.kind, edit.line) for edit in edits] == [("mark-restored", 10), ("mark-restored", 15), ("mark-restored", 17)]


def test_a_line_of_names_closing_with_the_photo_mark_is_a_credit_wherever_it_stands() -> None:
    given, _ = marks_given_back("图为村民在播种。\n\n邵志远 摄\n 喜迎党的十九大\n\n王浩\n正文。")
    assert given.split("\n") == ["图为村民在播种。", "", "■邵志远 摄", " 喜迎党的十九大", "", "王浩", "正文。"]  # a name not alone stays


def test_a_credit_wrapped_after_its_reporters_title_stays_as_printed() -> None:
    """As on a page that kept its marks, where such a credit is printed without one: the photo
    story it closes stays whole, the credit its last paragraph."""
    text = "图为登山爱好者登顶。\n\n新华社记者\n王明摄\n\n攀登"
    assert marks_given_back(text, first_line=10) == (text, [])


def test_a_page_with_its_marks_is_left_alone() -> None:
    text = "■周文涛\n\n正文。\n\n王浩\n"
    assert marks_given_back(text) == (text, [])


@pytest.mark.parametrize("path", seed_paths()[:4], ids=lambda path: path.name[:3])
def test_a_seed_whose_marks_were_lost_reads_its_bylines_and_credits_as_with_them(path) -> None:
    dump = path.read_text("utf-8")
    marked, lost = reconstruct(dump, "page.txt"), reconstruct(dump.replace("■", ""), "page.txt")
    fields = lambda page: [(article.headline, article.byline and article.byline.text, article.credit) for article in page.articles]
    assert fields(lost) == fields(marked)
