"""Dumps that kept the print's paragraph indents (`cleanup.indents`)."""

from __future__ import annotations

import pytest
from conftest import seed_paths

from cleanup import Line, clean
from cleanup.indents import indent_cells, kept_indents, without_indents
from layout import reconstruct

INDENT = "\u3000\u3000"


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # two ideographic spaces before each paragraph, none before a title or a wrapped line
        (["标题", INDENT + "第一段，", "接着写。", INDENT + "第二段。", INDENT + "第三段。"], [2, 4, 5]),
        # four spaces, on a page set in from a margin of two
        (["  标题", "      第一段，", "  接着写。", "      第二段。", "      第三段。"], [2, 4, 5]),
        (["\t第一段。", "\t第二段。", "\t第三段。"], []),  # every line alike: a margin, not an indent
        ([" 创新驱动·专题报道", "正文第一句。", " 另一行", "正文。"], []),  # a single space is no indent
        ([INDENT + "第一段。", "正文。", INDENT + "第二段。"], []),  # too few to be the dump's habit
        (["正文。", " " * 12 + "居中的标题", "正文。", " " * 12 + "标题", "正文", " " * 12 + "题"], []),  # centred titles
    ],
)
def test_a_dump_keeps_its_indents_when_several_lines_open_with_one(lines: list[str], kept: list[int]) -> None:
    numbered = [Line(number, text) for number, text in enumerate(lines, start=1)]
    assert sorted(kept_indents(numbered)) == kept


@pytest.mark.parametrize(("text", "cells"), [(INDENT + "正文", 4), ("    正文", 4), ("\t正文", 4), (" 正文", 1), ("正文", 0)])
def test_indent_cells(text: str, cells: int) -> None:
    assert indent_cells(text) == cells


def test_the_margin_and_the_indents_go_and_a_single_space_stays() -> None:
    lines = [Line(1, "  标题"), Line(2, "      第一段，"), Line(3, "   另一行"), Line(4, "  " + " " * 10 + "居中")]
    kept = without_indents(lines, frozenset({2}))
    assert [line.text for line in kept] == ["标题", "第一段，", " 另一行", "居中"]


# A column without blank lines, whose second paragraph opens under a full line that ends a
# sentence: the width cannot tell it, the indent does.
WRAPPED = [
    "近年来，市直机关各级党组织和广大党",
    "员干部在市委的坚强领导下，注重发挥机关",
    "党建的表率和风向标作用，深入学习贯彻。",
    "市委坚持以党的政治建设为统领，履行全",
    "面从严治党主体责任，高度重视机关党的建",
    "设，定期召开市委常委会会议，听取汇报。",
    "市级领导以上率下，带头以普通党员身份参",
    "加双重组织生活，作出了表率和示范。",
]


def test_an_indented_line_opens_a_paragraph_that_widths_cannot_tell() -> None:
    plain = [paragraph.text for paragraph in clean("\n".join(WRAPPED)).paragraphs]
    marked = "\n".join(INDENT + line if index in (0, 3, 6) else line for index, line in enumerate(WRAPPED))
    indented = [paragraph.text for paragraph in clean(marked).paragraphs]
    assert len(plain) < 3
    assert [text[:4] for text in indented] == ["近年来，", "市委坚持", "市级领导"]


def _indented_where_read(dump: str) -> str:
    """The dump with an indent before each line that its plain reading opens a paragraph with."""
    starts = {part.span.first for article in reconstruct(dump, "page.txt").articles for part in article.body if part.kind == "p"}
    return "\n".join(INDENT + line if number in starts else line for number, line in enumerate(dump.split("\n"), start=1))


@pytest.mark.parametrize("path", seed_paths(), ids=lambda path: path.name[:3])
def test_a_seed_with_its_paragraphs_indented_reads_as_without(path) -> None:
    """Headlines, bylines and every paragraph come out the same when the extractor kept the
    indents the plain reading found."""
    dump = path.read_text("utf-8")
    assert _fields(_indented_where_read(dump)) == _fields(dump)


def _fields(dump: str) -> list[tuple[str | None, str | None, list[str]]]:
    page = reconstruct(dump, "page.txt")
    return [(article.headline, article.byline and article.byline.text, [part.text for part in article.body]) for article in page.articles]


def _centred_where_read(dump: str) -> str:
    """The dump with every line of each headline its plain reading found set in with spaces."""
    lines = {
        number
        for article in reconstruct(dump, "page.txt").articles
        for role in article.line_roles
        if role.role == "headline"
        for number in range(role.span.first, role.span.last + 1)
    }
    return "\n".join(" " * 12 + line if number in lines else line for number, line in enumerate(dump.split("\n"), start=1))


@pytest.mark.parametrize("path", seed_paths(), ids=lambda path: path.name[:3])
def test_a_seed_with_its_headlines_centred_with_spaces_reads_as_without(path) -> None:
    """A layout-keeping extractor centres a title with spaces: no indent, and no width of the line."""
    dump = path.read_text("utf-8")
    centred = _centred_where_read(dump)
    assert centred != dump
    assert _fields(centred) == _fields(dump)


@pytest.mark.parametrize("margin", [" ", "  ", "\u00a0\u00a0", "\t"], ids=["one space", "two spaces", "two nbsp", "tab"])
@pytest.mark.parametrize("path", seed_paths()[:2], ids=lambda path: path.name[:3])
def test_a_seed_set_in_from_a_margin_reads_as_without(path, margin: str) -> None:
    """An extractor that pads every line with the same whitespace sets no indent anywhere."""
    dump = path.read_text("utf-8")
    padded = "\n".join(margin + line if line.strip() else line for line in dump.split("\n"))
    assert _fields(padded) == _fields(dump)
