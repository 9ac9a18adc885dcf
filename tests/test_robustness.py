"""Broken dumps from decades of extractors: valid NewsML-G2 out, or one clear line and its exit code.

One test per kind of input the archives hold; every conversion that succeeds must
validate against both schemas and carry no character XML (or a reader) cannot use.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import threading
from pathlib import Path

import pytest
from conftest import seed_text
from test_properties import assert_clean_newsml, lost_characters, output_texts
from typer.testing import CliRunner, Result

import layout.cli
import layout.newsml
from cleanup import to_traditional
from layout.cli import app
from layout.errors import ExitCode

runner = CliRunner()
PAGE = seed_text("000")
# OpenCC writes a few forms Big5 lacks (爲, 衆); the page is printed without them.
BIG5_PAGE = to_traditional(PAGE).encode("big5", errors="ignore")
C0_CONTROLS = [chr(code) for code in [*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F]]
C1_CONTROLS = [chr(code) for code in range(0x80, 0xA0) if code != 0x85]  # U+0085 is a newline
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def run(*arguments: str | Path) -> Result:
    return runner.invoke(app, [str(argument) for argument in arguments])


def seed_file(folder: Path) -> Path:
    source = folder / "page.txt"
    source.write_text(PAGE, "utf-8")
    return source


def convert(folder: Path, data: bytes, *options: str, suffix: str = ".xml") -> tuple[Result, Path]:
    """Write `data` as folder/page.txt and convert it to folder/page<suffix>."""
    folder.mkdir(parents=True, exist_ok=True)
    source, output = folder / "page.txt", folder / f"page{suffix}"
    source.write_bytes(data)
    return run("convert", source, "-o", output, *options), output


def converted_newsml(folder: Path, data: bytes, *options: str) -> bytes:
    """The NewsML-G2 of a conversion that must succeed, checked valid and clean."""
    result, output = convert(folder, data, *options)
    assert result.exit_code == 0, result.stderr
    assert_clean_newsml(output.read_bytes())
    return output.read_bytes()


def converted_json(folder: Path, data: bytes, *options: str) -> dict:
    """The JSON page of a conversion that must succeed, without its source path (it names the folder)."""
    result, output = convert(folder, data, *options, "--format", "json", suffix=".json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(output.read_text("utf-8"))
    del document["source"]
    return document


def without_line_breaks(document: dict) -> tuple[dict, list[dict]]:
    """The document without its "line-break" edits, and those edits."""
    breaks = [edit for edit in document["edits"] if edit["kind"] == "line-break"]
    return {**document, "edits": [edit for edit in document["edits"] if edit not in breaks]}, breaks


def assert_one_line_error(result: Result, code: ExitCode, *named: str) -> None:
    """The documented code, one line on stderr that names what failed, no traceback."""
    assert result.exit_code == code, result.output
    assert result.stderr.startswith("newsdump: error: ")
    assert result.stderr.count("\n") == 1
    assert all(name in result.stderr for name in named), result.stderr
    assert "Traceback" not in result.stderr


def leftovers(folder: Path, *expected: str) -> list[str]:
    """Files in `folder` other than the expected ones (a half-written output, a temporary file)."""
    return sorted(path.name for path in folder.iterdir() if path.name not in expected)


def spread(text: str, inserts: list[str]) -> str:
    """`inserts` placed at evenly spaced points of `text`."""
    step = len(text) // (len(inserts) + 1)
    pieces = [text[index * step : (index + 1) * step] for index in range(len(inserts))]
    return "".join(piece + insert for piece, insert in zip(pieces, inserts)) + text[len(inserts) * step :]


# ---------------------------------------------------------------- encodings
@pytest.mark.parametrize(
    ("data", "text"),
    [
        (PAGE.encode("utf-8"), PAGE),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), PAGE),
        (codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"), PAGE),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), PAGE),
        (PAGE.encode("gb18030"), PAGE),
        (PAGE.encode("gbk"), PAGE),
        (BIG5_PAGE, BIG5_PAGE.decode("big5")),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "gb18030", "gbk", "big5"],
)
def test_every_encoding_reads_like_utf8(tmp_path, data: bytes, text: str) -> None:
    assert converted_json(tmp_path / "encoded", data) == converted_json(tmp_path / "utf-8", text.encode("utf-8"))
    converted_newsml(tmp_path / "encoded", data)


def test_encoding_option_overrides_detection(tmp_path) -> None:
    data = "春天来了，花开了。".encode("gbk")
    detected = converted_json(tmp_path / "detected", data)
    named = converted_json(tmp_path / "named", data, "--encoding", "big5")
    assert "".join(output_texts(detected)) == "春天来了，花开了。"
    assert "".join(output_texts(named)) == data.decode("big5")


def test_encoding_option_reads_utf16_without_a_mark(tmp_path) -> None:
    """UTF-16 without a byte-order mark is full of NUL bytes: only a named encoding reads it."""
    data = PAGE.encode("utf-16-le")
    assert_one_line_error(convert(tmp_path / "detected", data)[0], ExitCode.INPUT, "page.txt", "without a byte-order mark; give --encoding utf-16-le")
    assert converted_json(tmp_path / "named", data, "--encoding", "utf-16-le") == converted_json(tmp_path / "utf-8", PAGE.encode())


def test_undecodable_byte_stops_with_file_and_offset(tmp_path) -> None:
    head = PAGE[:40].encode("utf-8")
    result, output = convert(tmp_path, head + b"\xff" + PAGE[40:].encode("utf-8"))
    assert_one_line_error(result, ExitCode.INPUT, "page.txt", f"byte 0xff at offset {len(head)}")
    assert not output.exists()


def test_undecodable_byte_is_replaced_only_on_request_and_with_a_warning(tmp_path) -> None:
    result, output = convert(tmp_path, PAGE[:40].encode("utf-8") + b"\xff" + PAGE[40:].encode("utf-8"), "--replace")
    assert result.exit_code == 0
    assert "warning: " in result.stderr and "page.txt" in result.stderr and "U+FFFD" in result.stderr
    assert "\ufffd" in output.read_text("utf-8")
    assert_clean_newsml(output.read_bytes())


def test_text_in_no_known_encoding_is_refused_not_guessed(tmp_path) -> None:
    """Shift-JIS decodes as GB18030 too, into characters no Chinese text is made of."""
    result, _ = convert(tmp_path, "日本語のテキストです。東京都は晴れています。".encode("shift_jis"))
    assert_one_line_error(result, ExitCode.INPUT, "page.txt: not Chinese text in a known encoding (GB18030 would give mostly rare characters); give --encoding")


# ---------------------------------------------------------------- newlines, spaces, invisible characters
@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\x85"], ids=["crlf", "cr", "line-separator", "nel"])
def test_newline_conventions_read_alike(tmp_path, newline: str) -> None:
    """Alike but for the log: a line break an editor does not count is an edit, so the shift shows."""
    data = PAGE.replace("\n", newline).encode("utf-8")
    document, breaks = without_line_breaks(converted_json(tmp_path / "other", data))
    assert document == converted_json(tmp_path / "lf", PAGE.encode("utf-8"))
    expected = [] if "\r" in newline else [(number, newline) for number in range(1, PAGE.count("\n") + 1)]
    assert [(edit["line"], edit["before"]) for edit in breaks] == expected


def test_form_feed_between_pages_reads_as_a_page_break(tmp_path) -> None:
    """pdftotext opens each page after the first with a form feed."""
    first, second = PAGE.strip(), seed_text("002").strip()
    with_form_feed, breaks = without_line_breaks(converted_json(tmp_path / "form-feed", f"{first}\n\f{second}\n".encode()))
    with_blank_line = converted_json(tmp_path / "blank-line", f"{first}\n\n{second}\n".encode())
    assert with_form_feed == with_blank_line
    assert breaks == [{"kind": "line-break", "line": first.count("\n") + 2, "before": "\f", "after": "\n"}]


@pytest.mark.parametrize("unwanted", [C0_CONTROLS, C1_CONTROLS, ZERO_WIDTH], ids=["c0", "c1", "zero-width"])
def test_control_and_zero_width_characters_are_dropped_and_logged(tmp_path, unwanted: list[str]) -> None:
    data = spread(PAGE, unwanted).encode("utf-8")
    document = converted_json(tmp_path / "odd", data)
    plain = converted_json(tmp_path / "plain", PAGE.encode("utf-8"))
    assert (document["articles"], document["furniture"]) == (plain["articles"], plain["furniture"])
    assert sorted(edit["before"] for edit in document["edits"] if edit["kind"] == "invisible-character") == sorted(unwanted)
    converted_newsml(tmp_path / "odd", data)


def test_tabs_ideographic_and_no_break_spaces(tmp_path) -> None:
    indented = "\n".join("\u3000\u3000" + line if line.endswith("。") else line for line in PAGE.split("\n"))
    data = indented.replace("■本报通讯员 ", "■本报通讯员\t").replace(" ", "\u00a0").encode("utf-8")
    converted_newsml(tmp_path, data)
    assert lost_characters(data) == {}


def test_tab_inside_a_one_line_field(tmp_path) -> None:
    """A photo credit (NewsML-G2 creditline) may hold no tab: the schema wants one line of text."""
    caption = "今年，某镇新建的蛋鸡产业园带动周边乡镇1.2万余人稳定增收。"
    converted_newsml(tmp_path, f"{caption}\n\n■张\t志强 摄\n".encode())


# ---------------------------------------------------------------- pages with little or nothing on them
@pytest.mark.parametrize("text", ["", " \n\t\n\u3000\u3000\n\r\n\f"], ids=["empty", "whitespace"])
def test_empty_dump_gives_an_empty_page(tmp_path, text: str) -> None:
    document = converted_json(tmp_path, text.encode("utf-8"))
    assert (document["articles"], document["furniture"]) == ([], [])
    assert b"<newsItem" not in converted_newsml(tmp_path, text.encode("utf-8"))


def test_banners_only_dump_keeps_them_as_furniture(tmp_path) -> None:
    data = ("乡村振兴先锋" * 3 + "\n\n专题访谈专题访谈\n").encode("utf-8")
    document = converted_json(tmp_path, data)
    assert document["articles"] == []
    assert [(piece["text"], piece["role"]) for piece in document["furniture"]] == [("乡村振兴先锋", "banner"), ("专题访谈", "banner")]
    assert b'role="ndrole:banner"' in converted_newsml(tmp_path, data)


def test_english_dump_keeps_every_word(tmp_path) -> None:
    text = "Harbour Closed\n\nThe harbour will close at 10:30 on Monday, the port\nauthority said; ferries (all 12 of them) stop.\n"
    document = converted_json(tmp_path, text.encode("utf-8"))
    assert sorted(" ".join(output_texts(document)).split()) == sorted(text.split())
    converted_newsml(tmp_path, text.encode("utf-8"))


def test_binary_file_is_refused(tmp_path) -> None:
    result, output = convert(tmp_path, PAGE[:30].encode("utf-8") + b"\x00\x01\x02" + PAGE[30:].encode("utf-8"))
    assert_one_line_error(result, ExitCode.INPUT, "page.txt", "not a text dump", f"offset {len(PAGE[:30].encode())}")
    assert not output.exists()


def test_long_single_line_converts_whole(tmp_path) -> None:
    """The dump of an extractor that dropped every newline (the benchmark times 5 MB of it)."""
    line = PAGE.replace("\n", "") * 8
    converted_newsml(tmp_path, line.encode("utf-8"))
    assert lost_characters(line) == {}


# ---------------------------------------------------------------- paths
def test_unreadable_file_is_an_input_error(tmp_path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode")
    source = tmp_path / "page.txt"
    source.write_text(PAGE)
    source.chmod(0)
    assert_one_line_error(run("convert", source), ExitCode.INPUT, "page.txt", "permission denied")


def test_read_refused_by_the_system_is_an_input_error(tmp_path, monkeypatch) -> None:
    """What chmod 000 does to a user who is not root, simulated: tests may run as root."""

    def refused(_path: Path, *_arguments, **_options):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    source = seed_file(tmp_path)
    monkeypatch.setattr(Path, "open", refused)
    assert_one_line_error(run("convert", source), ExitCode.INPUT, "page.txt", "permission denied")


@pytest.mark.parametrize("command", ["clean", "validate"])
def test_folder_where_a_file_is_expected(tmp_path, command: str) -> None:
    assert_one_line_error(run(command, tmp_path), ExitCode.INPUT, str(tmp_path), "directory")


def test_output_into_a_path_that_cannot_hold_files(tmp_path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("a file, not a folder")
    result = run("convert", seed_file(tmp_path), "-o", blocker / "page.xml")
    assert_one_line_error(result, ExitCode.OUTPUT, "page.xml", "cannot write")


def test_output_into_a_read_only_folder(tmp_path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "read-only"
    folder.mkdir(mode=0o555)
    assert_one_line_error(run("convert", seed_file(tmp_path), "-o", folder / "page.xml"), ExitCode.OUTPUT, "permission denied")


def test_output_that_is_a_folder(tmp_path) -> None:
    """A folder standing where the output would go (in the folder -o names) is never replaced."""
    (tmp_path / "page.xml").mkdir()
    for options in ([], ["--force"]):
        assert_one_line_error(run("convert", seed_file(tmp_path), "-o", tmp_path, *options), ExitCode.OUTPUT, "is a directory")


def test_existing_output_in_an_output_folder_needs_force(tmp_path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(PAGE)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "page.xml").write_text("keep me")
    refused = run("convert", tmp_path / "in", "-o", tmp_path / "out")
    assert refused.exit_code == ExitCode.OUTPUT
    error, summary = refused.stderr.splitlines()
    assert "page.xml" in error and "--force" in error and "1 failed" in summary
    assert (tmp_path / "out" / "page.xml").read_text() == "keep me"
    assert run("convert", tmp_path / "in", "-o", tmp_path / "out", "--force").exit_code == 0
    assert_clean_newsml((tmp_path / "out" / "page.xml").read_bytes())


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_dumps_that_would_share_an_output_are_refused_before_any_is_written(tmp_path, force: list[str]) -> None:
    """x.txt in two folders both become out/x.xml: the second would overwrite the first."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        seed_file(tmp_path / folder).rename(tmp_path / folder / "x.txt")
    result = run("convert", tmp_path / "a", tmp_path / "b", "-o", tmp_path / "out", *force)
    assert_one_line_error(result, ExitCode.USAGE, str(tmp_path / "out" / "x.xml"), str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"))
    assert not (tmp_path / "out").exists()


def test_output_to_a_pipe_is_written_not_replaced(tmp_path) -> None:
    """A named pipe (like /dev/stdout) must stay a pipe: renaming a file over it would replace it."""
    pipe = tmp_path / "page.xml"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = run("convert", seed_file(tmp_path), "-o", pipe)
    reader.join(timeout=10)
    assert result.exit_code == 0 and pipe.is_fifo()
    assert_clean_newsml(received[0])


# ---------------------------------------------------------------- errors and atomic writes
def _crash(*_arguments: object, **_keywords: object) -> None:
    raise RuntimeError("simulated bug")


def test_internal_error_is_one_line_and_a_traceback_only_with_debug(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(layout.cli, "reconstruct", _crash)
    result = run("convert", seed_file(tmp_path))
    assert_one_line_error(result, ExitCode.INTERNAL, "page.txt: internal error: RuntimeError: simulated bug", "--debug")
    assert isinstance(run("--debug", "convert", tmp_path / "page.txt").exception, RuntimeError)


def test_broken_dumps_do_not_stop_the_rest_of_an_archive(tmp_path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for name, data in [("a.txt", PAGE.encode()), ("b.txt", b"\x00binary"), ("c.txt", b"\xff\xfe\xfd"), ("d.txt", PAGE.encode())]:
        (archive / name).write_bytes(data)
    result = run("convert", archive, "-o", tmp_path / "out")
    assert result.exit_code == ExitCode.INPUT
    errors = [line.removeprefix("newsdump: error: ").split(": ")[0] for line in result.stderr.splitlines() if line.startswith("newsdump: error: ")]
    assert sorted(errors) == [str(archive / "b.txt"), str(archive / "c.txt")]  # in the order they finish
    assert result.stderr.splitlines()[-1].startswith("newsdump: 2 converted, 0 skipped, 2 failed")
    assert sorted(path.name for path in (tmp_path / "out").glob("*.xml")) == ["a.xml", "d.xml"]


def test_usage_error_has_its_own_exit_code() -> None:
    assert run("convert", "--no-such-option", "page.txt").exit_code == ExitCode.USAGE


def _disk_full(_descriptor: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_failed_write_leaves_no_partial_file(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(os, "fsync", _disk_full)
    result = run("convert", seed_file(tmp_path), "-o", tmp_path / "page.xml")
    assert_one_line_error(result, ExitCode.OUTPUT, "page.xml", "No space left on device")
    assert leftovers(tmp_path, "page.txt") == []


def test_failed_overwrite_keeps_the_old_file(tmp_path, monkeypatch) -> None:
    (tmp_path / "page.xml").write_text("previous run")
    monkeypatch.setattr(os, "fsync", _disk_full)
    assert run("convert", seed_file(tmp_path), "-o", tmp_path / "page.xml", "--force").exit_code == ExitCode.OUTPUT
    assert (tmp_path / "page.xml").read_text() == "previous run"
    assert leftovers(tmp_path, "page.txt", "page.xml") == []


def test_interrupted_write_leaves_no_partial_file(tmp_path, monkeypatch) -> None:
    def interrupted(_descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    run("convert", seed_file(tmp_path), "-o", tmp_path / "page.xml")
    assert leftovers(tmp_path, "page.txt") == []


def test_written_output_is_readable_like_any_new_file(tmp_path) -> None:
    """The temporary file starts private (0600); the result gets the mode the umask gives."""
    mask = os.umask(0o022)
    try:
        run("convert", seed_file(tmp_path), "-o", tmp_path / "page.xml")
    finally:
        os.umask(mask)
    assert (tmp_path / "page.xml").stat().st_mode & 0o777 == 0o644


def test_a_bug_midway_through_a_streamed_output_leaves_no_file(tmp_path, monkeypatch) -> None:
    """The NewsML is written item by item: a failure after the first items are on disk
    still leaves no output, and names the dump."""
    built: list[object] = []

    def second_item_fails(*arguments: object) -> object:
        if built:
            raise RuntimeError("simulated bug")
        built.append(arguments)
        return real(*arguments)

    real = layout.newsml._news_item
    monkeypatch.setattr(layout.newsml, "_news_item", second_item_fails)
    output = tmp_path / "page.xml"
    result = run("convert", seed_file(tmp_path), "-o", output)
    assert_one_line_error(result, ExitCode.INTERNAL, "page.txt: internal error: RuntimeError: simulated bug", "--debug")
    assert built and sorted(path.name for path in tmp_path.iterdir()) == ["page.txt"]
