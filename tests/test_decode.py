"""Bytes to text: byte-order marks, legacy encodings, newlines, forbidden characters."""

from __future__ import annotations

import codecs

import pytest
from conftest import seed_text

from cleanup import DecodeError, decode, prepare
from cleanup.decode import Decoded, normalize_text

PAGE = seed_text("000")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16-be"),
        (PAGE.encode("gb18030"), "gb18030"),
    ],
)
def test_encodings_are_recognised(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text == PAGE


def test_big5_page_is_recognised() -> None:
    page = "本報記者 陳明\n\n本區連續30日無新增感染個案，雖然因一宗「復發」個案及外地旅行團到訪再起變數。\n" * 3
    decoded = decode(page.encode("big5"))
    assert decoded.encoding == "big5"
    assert decoded.text == page


def test_encoding_option_overrides_detection() -> None:
    assert decode("编辑".encode("gb18030"), encoding="gb18030").text == "编辑"


@pytest.mark.parametrize("encoding", ["klingon", "base64"])
def test_encoding_that_gives_no_text_is_refused(encoding: str) -> None:
    with pytest.raises(DecodeError, match=f"unknown encoding '{encoding}'"):
        decode(b"abc", encoding=encoding)


def test_binary_data_is_refused() -> None:
    with pytest.raises(DecodeError, match="NUL byte at offset 3"):
        decode(b"abc\x00def")


def test_undecodable_bytes_name_the_offset() -> None:
    with pytest.raises(DecodeError, match="offset 2"):
        decode(b"ab\xff\xfe\xfd\xfc\x80\x80", encoding="utf-8")


def test_offset_counts_the_byte_order_mark() -> None:
    """The offset is where the byte sits in the file, so an editor's hex view finds it."""
    with pytest.raises(DecodeError, match="offset 6 "):
        decode(codecs.BOM_UTF16_LE + "记者".encode("utf-16-le") + b"\x00\xd8")


@pytest.mark.parametrize("text", ["编辑部", "杜炳勋摄", "“收益”怎么分？“红利”如何享？"])
def test_short_gbk_text_is_not_read_as_big5(text: str) -> None:
    assert decode(text.encode("gbk")).text == text


def test_text_of_another_legacy_encoding_is_refused() -> None:
    """Shift-JIS bytes also decode as GB18030, but into rare characters: refused, not guessed,
    and not called undecodable, since they do decode."""
    with pytest.raises(DecodeError) as refusal:
        decode("日本語のテキストです。".encode("shift_jis"))
    assert str(refusal.value) == "not Chinese text in a known encoding (GB18030 would give mostly rare characters); give --encoding"


def test_replacement_is_counted_not_silent() -> None:
    decoded = decode("记者".encode() + b"\xff", encoding="utf-8", replace=True)
    assert decoded.text == "记者\ufffd"
    assert decoded.replaced == 1


def test_newlines_and_invisible_characters() -> None:
    text, edits = normalize_text("第一行\r\n第二\u200b行\r第三行\f第四\x07行")
    assert text == "第一行\n第二行\n第三行\n第四行"
    assert [(edit.kind, edit.line, edit.before) for edit in edits] == [
        ("invisible-character", 2, "\u200b"),
        ("line-break", 3, "\f"),
        ("invisible-character", 4, "\x07"),
    ]


@pytest.mark.parametrize(
    ("text", "normalized", "removed"),
    [
        ("\x1b[31m强化政治担当\x1b[0m，推进", "强化政治担当，推进", ["\x1b[31m", "\x1b[0m"]),  # a coloured console's capture
        ("标题\x1b[1;32m", "标题", ["\x1b[1;32m"]),
        ("正文\x1b[", "正文[", ["\x1b"]),  # no sequence: the escape byte alone goes
    ],
)
def test_a_terminal_escape_sequence_goes_whole(text: str, normalized: str, removed: list[str]) -> None:
    clean, edits = normalize_text(text)
    assert clean == normalized
    assert [(edit.kind, edit.before) for edit in edits] == [("invisible-character", sequence) for sequence in removed]


@pytest.mark.parametrize("separator", ["\f", "\v", "\x85", "\u2028", "\u2029"])
def test_line_breaks_an_editor_does_not_count_are_logged(separator: str) -> None:
    """`sed -n 3p` shows 第三行 only while no such break comes before it: the log says where the count shifts."""
    text, edits = normalize_text(f"第一行\n第二行{separator}第三行\r\n第四行\r第五行\n")
    assert text == "第一行\n第二行\n第三行\n第四行\n第五行\n"
    assert [(edit.kind, edit.line, edit.before, edit.after) for edit in edits] == [("line-break", 2, separator, "\n")]


@pytest.mark.parametrize(
    ("text", "normalized", "variants"),
    [
        ("本报北京4月21\u2f47电", "本报北京4月21日电", ["\u2f47"]),  # a Kangxi radical for 日
        ("\u2f08民\u2f47报", "人民日报", ["\u2f08", "\u2f47"]),
        ("\uf900", "豈", ["\uf900"]),  # a compatibility ideograph
        ("\ufa0e", "\ufa0e", []),  # a compatibility-block ideograph that is a character of its own
        ("人民日报", "人民日报", []),
    ],
)
def test_radicals_and_compatibility_ideographs_become_the_characters_they_stand_for(text: str, normalized: str, variants: list[str]) -> None:
    result, edits = normalize_text(text)
    assert result == normalized
    assert [(edit.kind, edit.before) for edit in edits] == [("glyph-variant", variant) for variant in variants]


@pytest.mark.parametrize(
    ("text", "normalized", "spaces"),
    [
        ("436\u00a0个党支部", "436 个党支部", ["\u00a0"]),  # a no-break space
        ("減排又賺錢\u2002村民笑開顏", "減排又賺錢 村民笑開顏", ["\u2002"]),  # an en space
        ("減排又賺錢\t村民笑開顏", "減排又賺錢 村民笑開顏", ["\t"]),  # a tab inside a line
        ("\t今年以来", "\t今年以来", []),  # a tab opening a line is an indent (cleanup.indents)
        ("今年\u3000以来", "今年\u3000以来", []),  # an ideographic space is a character's width
    ],
)
def test_spaces_of_other_widths_and_tabs_inside_a_line_become_spaces(text: str, normalized: str, spaces: list[str]) -> None:
    result, edits = normalize_text(text)
    assert result == normalized
    assert [(edit.kind, edit.before) for edit in edits] == [("space-variant", space) for space in spaces]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("\uf06e本报记者 刘裕国", "■本报记者 刘裕国"),  # a symbol font's mark as a private-use character
        ("…阅读盛宴。\uf06e邵志远 摄", "…阅读盛宴。■邵志远 摄"),
        ("\uf06e周文涛", "■周文涛"),
        ("香港\uf06e字的写法", "香港\uf06e字的写法"),  # a private-use character inside text stays
        ("\uf06e字的写法，见下文。", "\uf06e字的写法，见下文。"),
    ],
)
def test_a_private_use_character_standing_for_the_byline_mark(text: str, marked: str) -> None:
    result, edits = normalize_text(text)
    assert result == marked
    assert [edit.kind for edit in edits] == (["mark-glyph"] if marked != text else [])


def test_crlf_dump_reads_like_lf_dump() -> None:
    assert prepare(PAGE.replace("\n", "\r\n")).units == prepare(PAGE).units


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_long_unmarked_utf16_page_is_still_told_from_utf8(codec: str) -> None:
    """The UTF-16 reading is skipped only for long UTF-8 without NUL; a whole page in UTF-16
    without its byte-order mark (ASCII digits in it put NULs there) is still named."""
    with pytest.raises(DecodeError, match=codec.upper()):
        decode(PAGE.encode(codec))


@pytest.mark.parametrize("text", ["。。。！！\n", "“”\n", "——\n", "■■\n"])
def test_a_short_dump_of_marks_alone_is_utf8_not_utf16(text: str) -> None:
    """Marks give no everyday Han to weigh the readings by; their UTF-8 sequences decide."""
    assert decode(text.encode()) == Decoded(text, "utf-8")


@pytest.mark.parametrize("text", ["杉胃", "部械", "找臃"])
def test_two_everyday_characters_in_unmarked_utf16_are_not_read_as_utf8_letters(text: str) -> None:
    """Their UTF-16-LE bytes are valid UTF-8 too ("IgÀ", "萰h", "~bÁ"): no dump of marks alone."""
    with pytest.raises(DecodeError, match="UTF-16-LE"):
        decode(text.encode("utf-16-le"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("第1版 要闻\n记者 张贺\n".encode("utf-16-le"), "UTF-16-LE without a byte-order mark"),
        ("第1版 要闻\n记者 张贺\n".encode("utf-16-be"), "UTF-16-BE without a byte-order mark"),
        # NULs on one side only by chance: read as UTF-16 it is no script a page is written in
        (b"abc\x00def\n" * 10, r"binary data \(NUL byte at offset 3\)"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\x00" * 8, "binary data"),
    ],
)
def test_nul_bytes_name_utf16_only_where_it_reads_as_text(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        decode(data)
