"""The newsdump command: outputs, formats, and one-line errors with their exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest
from conftest import ROOT, SEEDS, load_script, seed_paths
from typer.testing import CliRunner

from layout import reconstruct
from layout.cli import app
from layout.errors import ExitCode
from layout.validate import validate_file

runner = CliRunner()
SEED = seed_paths()[0]
NEWSDUMP = [sys.executable, "-m", "newsdump"]


def run(*arguments: str, stdin: bytes | None = None):
    return runner.invoke(app, list(arguments), input=stdin)


def run_process(*arguments: str, hash_seed: str = "0", stdout: int | IO[bytes] = subprocess.PIPE) -> subprocess.CompletedProcess:
    """The command in a process of its own: for what CliRunner cannot show (a real stdout, hash seeds)."""
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
    return subprocess.run([*NEWSDUMP, *arguments], stdout=stdout, stderr=subprocess.PIPE, env=environment, timeout=300, check=False)


def test_convert_to_file_gives_valid_newsml(tmp_path) -> None:
    output = tmp_path / "page.xml"
    result = run("convert", str(SEED), "-o", str(output))
    assert result.exit_code == 0, result.output
    assert validate_file(output) == []


def test_convert_to_stdout_and_json(tmp_path) -> None:
    result = run("convert", str(SEED), "--format", "json")
    assert result.exit_code == 0
    page = json.loads(result.stdout)
    assert page["articles"][0]["headline"] == "强化政治担当 聚焦核心任务"


def test_newsroom_style_wraps_paragraphs_in_a_block_and_stays_valid(tmp_path) -> None:
    output = tmp_path / "page.xml"
    result = run("convert", str(SEED), "--newsroom", "-o", str(output))
    assert result.exit_code == 0, result.output
    assert validate_file(output) == []
    data = output.read_text(encoding="utf-8")
    assert "<block>" in data and data.count("<block>") == data.count("<body.content>")
    plain = run("convert", str(SEED)).stdout
    assert "<block>" not in plain


def test_newsroom_style_with_json_is_refused_on_one_line() -> None:
    result = run("convert", str(SEED), "--newsroom", "--format", "json")
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == "newsdump: error: --newsroom shapes the XML: it does nothing with --format json\n"


def test_convert_reads_stdin() -> None:
    result = run("convert", "-", stdin=SEED.read_bytes())
    assert result.exit_code == 0
    assert result.stdout.startswith("<?xml")


def test_convert_a_folder_needs_an_output_folder(tmp_path) -> None:
    refused = run("convert", str(SEEDS))
    assert refused.exit_code == ExitCode.USAGE
    assert refused.stderr == "newsdump: error: several dumps (or a folder) need -o FOLDER for their outputs\n"
    result = run("convert", str(SEEDS), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert sorted(path.name for path in (tmp_path / "out").glob("*.xml")) == [f"{seed.stem}.xml" for seed in seed_paths()]


@pytest.mark.parametrize(("output_format", "name"), [("newsml", f"{SEED.stem}.xml"), ("json", f"{SEED.stem}.json")])
def test_one_dump_into_an_existing_folder_is_named_after_it(tmp_path, output_format: str, name: str) -> None:
    result = run("convert", str(SEED), "-o", str(tmp_path), "--format", output_format)
    assert result.exit_code == 0, result.output
    assert [path.name for path in tmp_path.iterdir()] == [name]
    again = run("convert", str(SEED), "-o", str(tmp_path), "--format", output_format)
    assert again.exit_code == ExitCode.OUTPUT
    assert again.stderr == f"newsdump: error: {tmp_path / name}: already exists (use --force to overwrite)\n"


@pytest.mark.parametrize(("command", "name"), [("clean", f"{SEED.stem}.txt"), ("report", f"{SEED.stem}.html")])
def test_clean_and_report_into_an_existing_folder_name_their_output_after_the_dump(tmp_path, command: str, name: str) -> None:
    result = run(command, str(SEED), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert [path.name for path in tmp_path.iterdir()] == [name]


def test_an_output_in_a_folder_never_replaces_its_input(tmp_path) -> None:
    dump = tmp_path / "page.txt"
    dump.write_bytes(SEED.read_bytes())
    result = run("clean", str(dump), "-o", str(tmp_path), "--force")
    assert result.exit_code == ExitCode.OUTPUT
    assert result.stderr == f"newsdump: error: {dump}: is the input itself (give another folder or a file name)\n"
    assert dump.read_bytes() == SEED.read_bytes()


@pytest.mark.parametrize("command", ["convert", "clean", "report"])
def test_an_output_named_as_its_input_never_replaces_it(tmp_path, command: str) -> None:
    dump = tmp_path / "page.txt"
    dump.write_bytes(SEED.read_bytes())
    result = run(command, str(dump), "-o", str(dump), "--force")
    assert result.exit_code == ExitCode.OUTPUT
    assert result.stderr == f"newsdump: error: {dump}: is the input itself (give another folder or a file name)\n"
    assert dump.read_bytes() == SEED.read_bytes()


def test_a_closed_standard_output_is_one_line_not_a_traceback(tmp_path) -> None:
    """`newsdump … >&-`: Python starts with no sys.stdout at all."""
    closed = [sys.executable, "-c", "import os, sys; os.close(1); from layout.cli import run; sys.stdout = None; run()"]
    written = subprocess.run([*closed, "convert", str(SEED), "-o", str(tmp_path / "page.xml")], capture_output=False, stderr=subprocess.PIPE, timeout=300, check=False)
    assert (written.returncode, written.stderr) == (0, b"")
    assert (tmp_path / "page.xml").read_bytes().startswith(b"<?xml")
    to_stdout = subprocess.run([*closed, "clean", str(SEED)], stderr=subprocess.PIPE, timeout=300, check=False)
    assert (to_stdout.returncode, to_stdout.stderr) == (ExitCode.OUTPUT, b"newsdump: error: standard output is closed\n")


def test_a_closed_standard_input_is_an_input_error() -> None:
    closed = [sys.executable, "-c", "import os, sys; os.close(0); from layout.cli import run; sys.stdin = None; run()"]
    result = subprocess.run([*closed, "convert", "-"], capture_output=True, timeout=300, check=False)
    assert (result.returncode, result.stderr) == (ExitCode.INPUT, b"newsdump: error: <stdin>: standard input is closed\n")


@pytest.mark.parametrize(("command", "suffix"), [("convert", ".xml"), ("clean", ".txt"), ("report", ".html")])
def test_an_output_named_with_a_trailing_slash_is_a_folder_made_for_it(tmp_path, command: str, suffix: str) -> None:
    """"-o out/" names a folder, as `cp page.txt out/` does: never a file called "out"."""
    result = run(command, str(SEED), "-o", f"{tmp_path / 'made' / 'out'}/")
    assert result.exit_code == 0, result.stderr
    assert [path.name for path in (tmp_path / "made" / "out").iterdir()] == [SEED.stem + suffix]


def test_several_dumps_without_an_output_folder_are_a_usage_error() -> None:
    result = run("convert", *map(str, seed_paths()[:2]))
    assert result.exit_code == ExitCode.USAGE
    assert "need -o FOLDER" in result.stderr


@pytest.mark.parametrize("encoding", ["klingon", "base64"])
def test_unknown_encoding_is_said_once_before_any_dump_is_read(tmp_path, encoding: str) -> None:
    """base64 is a codec Python knows, but not one that gives text."""
    result = run("convert", str(SEEDS), "missing.txt", "-o", str(tmp_path / "out"), "--encoding", encoding)
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.splitlines() == [f"newsdump: error: --encoding: unknown encoding {encoding!r} (give a text encoding such as utf-8, gb18030 or big5)"]
    assert not (tmp_path / "out").exists()


def test_existing_output_needs_force(tmp_path) -> None:
    output = tmp_path / "page.xml"
    output.write_text("keep me")
    result = run("convert", str(SEED), "-o", str(output))
    assert result.exit_code == ExitCode.OUTPUT
    assert "already exists" in result.stderr
    assert output.read_text() == "keep me"
    assert run("convert", str(SEED), "-o", str(output), "--force").exit_code == 0
    assert output.read_bytes().startswith(b"<?xml")


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (["convert", "missing.txt"], ExitCode.INPUT, "missing.txt: no such file"),
        (["convert", "", "-o", "out"], ExitCode.INPUT, "an empty name is no file or folder"),
        (["clean", str(SEED), "--encoding", "klingon"], ExitCode.USAGE, "unknown encoding 'klingon'"),
        (["convert", str(SEED), "--format", "pdf"], ExitCode.USAGE, ""),
    ],
)
def test_errors_are_one_line_with_an_exit_code(arguments, code, message) -> None:
    result = run(*arguments)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["convert", str(SEED), "--jobs", "0"], "newsdump: error: Invalid value for '--jobs' / '-j': 0 is not in the range x>=1. (see: newsdump convert --help)"),
        (["convert"], "newsdump: error: Missing argument 'DUMP...'. (see: newsdump convert --help)"),
        (["conver", str(SEED)], "newsdump: error: No such command 'conver'. Did you mean 'convert'? (see: newsdump --help)"),
    ],
)
def test_usage_errors_are_one_line_that_names_the_help(arguments: list[str], message: str) -> None:
    result = run_process(*arguments)
    assert (result.returncode, result.stderr.decode()) == (ExitCode.USAGE, message + "\n")


@pytest.mark.parametrize("content", ["", "\n\n  \n"])
def test_a_dump_with_no_text_converts_to_an_empty_page_with_a_warning(tmp_path, content: str) -> None:
    dump = tmp_path / "empty.txt"
    dump.write_text(content)
    result = run("convert", str(dump), "-o", str(tmp_path / "empty.xml"))
    assert result.exit_code == 0
    assert result.stderr == f"newsdump: warning: {dump}: no text in it: the output is an empty page\n"
    assert validate_file(tmp_path / "empty.xml") == []


def test_binary_input_is_refused(tmp_path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run("convert", str(binary), "-o", str(tmp_path / "out.xml"))
    assert result.exit_code == ExitCode.INPUT
    assert "not a text dump" in result.stderr
    assert not (tmp_path / "out.xml").exists()


def test_unwritable_output_leaves_nothing(tmp_path) -> None:
    result = run("convert", str(SEED), "-o", str(tmp_path / "no" / "such" / "folder" / "page.xml"))
    assert result.exit_code == ExitCode.OUTPUT
    assert "does not exist" in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_standard_output_is_an_output_error() -> None:
    with open("/dev/full", "wb") as full:
        result = run_process("convert", str(SEED), stdout=full)
    assert result.returncode == ExitCode.OUTPUT
    assert result.stderr.decode() == "newsdump: error: standard output: cannot write: No space left on device\n"


def test_processes_with_different_hash_seeds_write_the_same_bytes(tmp_path) -> None:
    """Nothing may depend on set or dict order that changes between runs (or on the clock)."""
    for hash_seed in ("1", "2"):
        assert run_process("convert", str(SEEDS), "-o", str(tmp_path / hash_seed), hash_seed=hash_seed).returncode == 0
    first, second = (sorted((tmp_path / hash_seed).glob("*.xml")) for hash_seed in ("1", "2"))
    assert [path.read_bytes() for path in first] == [path.read_bytes() for path in second]


def test_clean_prints_paragraphs_and_explains() -> None:
    result = run("clean", str(SEED), "--explain")
    assert result.exit_code == 0
    assert "近年来，市直机关各级党组织和广大党员干部在市委的坚强领导下" in result.stdout
    lines = result.stderr.splitlines()
    assert lines[0] == "line 1  banner-repeat  …制造强市建设··[专题访谈专题访谈→专题访谈]"
    assert "line 61  stray-space  436[ →]个党支部被评为“…" in lines
    numbers = [int(line.split()[1]) for line in lines[:-1]]
    assert numbers == sorted(numbers)
    assert lines[-1] == f"{len(lines) - 1} edits: 4 stray-space, 2 banner-repeat"


def test_validate_reports_invalid_files(tmp_path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"/>')
    result = run("validate", str(bad))
    assert result.exit_code == ExitCode.INVALID
    assert "bad.xml: line" in result.stdout


def test_validate_goes_on_past_an_unreadable_file(tmp_path) -> None:
    good = tmp_path / "good.xml"
    assert run("convert", str(SEED), "-o", str(good)).exit_code == 0
    bad = tmp_path / "bad.xml"
    bad.write_text('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"/>')
    missing = tmp_path / "missing.xml"
    result = run("validate", str(good), str(missing), str(bad), str(good))
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr == f"newsdump: error: {missing}: cannot read: No such file or directory\n"
    assert result.stdout.count(f"{good}: valid\n") == 2
    assert f"{bad}: line" in result.stdout


@pytest.mark.parametrize(
    ("command", "names"),
    [
        ("convert", ["DUMP...", "--output", "FILE|FOLDER", "--format", "FORMAT", "--encoding", "NAME"]),
        ("clean", ["DUMP ", "--output", "FILE", "--encoding", "NAME"]),
        ("validate", ["FILE..."]),
    ],
)
def test_help_names_values_for_the_user_not_python_types(command: str, names: list[str]) -> None:
    """typer's own panels: arguments and options named by what the user gives, several
    values marked "...", never a Python annotation (list[str], Path | None)."""
    result = run(command, "--help")
    assert result.exit_code == 0
    assert all(name in result.stdout for name in names), result.stdout
    assert not re.search(r"list\[|Path \||\| None", result.stdout), result.stdout


STUB_SCORER = """
def read_items(path):
    return []

def score_page(truth, items):
    return {"article_f1": 1}

def summarize(rows):
    return {"pages": len(rows)}

def truth_items(truth):
    return []

def match(truths, items):
    return []
"""


@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
def test_evaluate_names_the_pages_that_failed_and_exits_non_zero(tmp_path, as_json: bool) -> None:
    """A page that fails to convert is left out of the summary, so the run must say so."""
    (tmp_path / "score.py").write_text(STUB_SCORER)
    (tmp_path / "good.json").write_text(json.dumps({"source": str(SEED)}))
    (tmp_path / "broken.json").write_text(json.dumps({"source": "missing.txt"}))
    command = [sys.executable, str(ROOT / "scripts" / "evaluate.py"), str(tmp_path), "--scorer", str(tmp_path / "score.py")]
    result = subprocess.run([*command, *(["--json"] if as_json else [])], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 1, result.stderr
    if as_json:
        assert json.loads(result.stdout)["errors"] == 1
    else:
        assert 'summary {"pages": 1, "confidence_auc": null, "title_spaces_off": "0/0"}' in result.stdout
        assert "errors: 1 of 2 pages failed to convert and are not in the summary: broken" in result.stdout


@pytest.mark.parametrize(("annotated", "counted"), [("小土豆 新希望", (1, 0)), ("小土豆新希望", (1, 1)), ("大土豆", (0, 0))])
def test_evaluate_counts_titles_whose_spaces_differ_from_the_annotation(annotated: str, counted: tuple[int, int]) -> None:
    """The scorer reads titles without spaces: the space between a headline's halves is counted apart."""
    evaluate = load_script("evaluate")
    page = reconstruct("小土豆\n新希望\n\n本报北京3月24日电 本地土豆丰收。\n")
    assert evaluate.title_spaces({"articles": [{"headline": annotated}]}, page) == counted


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("newsdump ")


def test_a_dump_with_its_columns_side_by_side_converts_with_a_warning(tmp_path) -> None:
    left = ["今年以来，市直机关各级党组织", "和广大党员干部在市委的坚强领", "导下，注重发挥机关党建的表率", "作用，深入学习贯彻全会精神。"] * 3
    right = ["市委坚持以党的政治建设为统领，", "履行全面从严治党主体责任，高度", "重视机关党的建设，定期召开会议", "研究部署机关党建工作。"] * 3
    dump = tmp_path / "layout.txt"
    dump.write_text("\n".join(f"{first}          {second}" for first, second in zip(left, right)), "utf-8")
    result = run_process("convert", str(dump), "-o", str(tmp_path / "layout.xml"))
    assert result.returncode == 0
    assert b"warning" in result.stderr and b"side by side" in result.stderr
    assert (tmp_path / "layout.xml").exists()


def test_a_dump_with_columns_side_by_side_is_read_by_column_and_warned_about(tmp_path) -> None:
    left = ["今年以来，市直机关各级党组织", "和广大党员干部在市委的坚强领", "导下，注重发挥机关党建的表率", "作用，深入学习贯彻全会精神。"] * 3
    right = ["市委坚持以党的政治建设为统领，", "履行全面从严治党主体责任，高度", "重视机关党的建设，定期召开会议", "研究部署机关党建工作。"] * 3
    dump = tmp_path / "layout.txt"
    dump.write_text("\n".join(f"{first}          {second}" for first, second in zip(left, right, strict=True)), "utf-8")
    result = run("report", str(dump), "-o", str(tmp_path / "layout.html"))
    assert result.exit_code == 0, result.output
    assert "read column by column" in result.stderr
    # the report shows the lines as read, which the articles' line numbers count
    html = (tmp_path / "layout.html").read_text("utf-8")
    assert html.index(left[-1]) < html.index(right[0])
    # and `clean` reads it so too: the left column's text, then the right one's
    cleaned = run("clean", str(dump))
    assert cleaned.exit_code == 0, cleaned.output
    assert "".join(cleaned.stdout.split()) == "".join(left + right)
