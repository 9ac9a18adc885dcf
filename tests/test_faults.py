"""Faults found by fuzzing, each kept as a regression test, and the fuzzing itself.

Inputs that once crashed or lost text live in tests/fuzz_corpus/ and are replayed on
every run; the property at the end mutates seed pages (cuts, repeats, stray marks, joined
lines, other encodings) and asks for valid NewsML-G2 or one documented input error, with
every Han character and digit of the input in the output or in a logged edit.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, seed_paths
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cli import NEWSDUMP
from test_properties import assert_clean_newsml, lost_characters
from typer.testing import CliRunner

from cleanup import DecodeError, InputError, NewsdumpError, decode
from layout import reconstruct, to_newsml
from layout.cli import app
from layout.errors import ExitCode

CORPUS = ROOT / "tests" / "fuzz_corpus"
SEED = seed_paths()[0]


def run_newsdump(*arguments: str, env: dict[str, str] | None = None, **options) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSDUMP, *arguments], capture_output=True, env={**os.environ, **(env or {})}, check=False, **options)


def one_error_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8")
    assert text.startswith("newsdump: error: ") and text.count("\n") == 1, text
    return text


# ---------------------------------------------------------------- 1. stdout cut short
def big_page(tmp_path: Path) -> Path:
    path = tmp_path / "big.txt"
    path.write_text(SEED.read_text("utf-8") * 30, "utf-8")
    return path


@pytest.mark.parametrize("unbuffered", ["", "1"])
def test_a_reader_that_stops_early_is_an_output_error(tmp_path, unbuffered: str) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    process = subprocess.Popen([*NEWSDUMP, "convert", str(big_page(tmp_path))], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    process.stdout.read(10)
    process.stdout.close()  # like `| head -c 10`
    stderr = process.stderr.read()
    assert process.wait() == ExitCode.OUTPUT
    assert "standard output" in one_error_line(stderr)


def test_a_non_blocking_stdout_receives_every_byte(tmp_path) -> None:
    import fcntl

    source = big_page(tmp_path)
    expected = run_newsdump("convert", str(source)).stdout
    reading, writing = os.pipe()
    fcntl.fcntl(writing, fcntl.F_SETFL, fcntl.fcntl(writing, fcntl.F_GETFL) | os.O_NONBLOCK)
    process = subprocess.Popen([*NEWSDUMP, "convert", str(source)], stdout=writing, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    os.close(writing)
    time.sleep(1)  # let the pipe fill while nobody reads
    received = b"".join(iter(lambda: os.read(reading, 1 << 16), b""))
    os.close(reading)
    assert process.wait() == 0
    assert received == expected


# ---------------------------------------------------------------- 2. text lost without an edit
@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("■水管年久缺维护，难免出故障。■张志强 摄", "水管年久缺维护，难免出故障。", "张志强"),
        ("■ 水管年久缺维护，难免出故障（新华社记者 张志强 摄）", "水管年久缺维护，难免出故障", "新华社记者 张志强"),
    ],
)
def test_a_caption_before_its_credit_is_kept(text: str, caption: str, credit: str) -> None:
    (photo,) = reconstruct(text).articles
    assert photo.kind == "photo" and photo.credit == credit
    assert caption in photo.body[0].text
    assert not lost_characters(text)


# ---------------------------------------------------------------- replayed corpus (2, 3, 7)
@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda path: path.stem)
def test_inputs_that_once_failed_now_convert_whole(path: Path) -> None:
    data = path.read_bytes()
    assert_clean_newsml(to_newsml(reconstruct(data, path.name)))
    assert not lost_characters(data)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.bin")), ids=lambda path: path.stem)
def test_inputs_that_are_no_dump_raise_one_input_error(path: Path) -> None:
    with pytest.raises(InputError):
        reconstruct(path.read_bytes(), path.name)


# ---------------------------------------------------------------- 4. long names
def test_an_output_name_as_long_as_the_file_system_allows(tmp_path) -> None:
    output = tmp_path / ("页" * 80 + "x" * 4 + ".xml")  # 244 bytes of the 255 a name may take
    assert len(output.name.encode()) == 248
    result = CliRunner().invoke(app, ["convert", str(SEED), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert output.read_bytes() and [path.name for path in tmp_path.iterdir()] == [output.name]


# ---------------------------------------------------------------- 5. exit codes and messages
needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")


@needs_dev_full
@pytest.mark.parametrize("arguments", [["--help"], ["convert", "--help"], ["--version"], ["validate", str(ROOT / "golden" / "000_83a71d8bdb8e7ffb.xml")]])
def test_a_full_stdout_is_an_output_error_for_every_command(arguments: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run([*NEWSDUMP, *arguments], stdout=full, stderr=subprocess.PIPE, check=False)
    assert result.returncode == ExitCode.OUTPUT
    assert "No space left" in one_error_line(result.stderr)


@pytest.mark.parametrize("name", ["two\nlines.txt", "red\x1b[31m.txt"])
def test_control_characters_in_a_name_are_shown_escaped(tmp_path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xff\xfe\x00")
    line = one_error_line(run_newsdump("convert", str(path)).stderr)
    assert "\x1b" not in line and repr(name)[1:-1] in line


@pytest.mark.parametrize(("sent", "code", "said"), [(signal.SIGINT, ExitCode.INTERRUPTED, "interrupted"), (signal.SIGTERM, ExitCode.TERMINATED, "terminated")])
def test_an_interrupt_is_one_line_its_own_code_and_leaves_no_file(tmp_path, sent: signal.Signals, code: ExitCode, said: str) -> None:
    source = tmp_path / "huge.txt"
    source.write_text(SEED.read_text("utf-8") * 300, "utf-8")
    output = tmp_path / "out" / "page.xml"
    output.parent.mkdir()
    process = subprocess.Popen([*NEWSDUMP, "convert", str(source), "-o", str(output)], stderr=subprocess.PIPE)
    _wait_for_its_handlers(process)
    time.sleep(1)
    process.send_signal(sent)
    stderr = process.communicate()[1]
    assert process.returncode == code
    assert said in one_error_line(stderr)
    assert list(output.parent.iterdir()) == []


# A signal while the modules load may reach the handler anywhere: in plain code, in a
# finalizer (where a raised exception is ignored) or in an extension's initialisation (where it
# becomes an ImportError); the command stops all the same, with its line and code.
_WHILE_LOADING = {
    "plain code": "os.kill(os.getpid(), SENT); time.sleep(5)",
    "a finalizer": "class Held:\n    def __del__(self):\n        os.kill(os.getpid(), SENT); time.sleep(5)\nHeld()",
}


@pytest.mark.parametrize("where", list(_WHILE_LOADING))
@pytest.mark.parametrize(("sent", "code", "said"), [(signal.SIGINT, ExitCode.INTERRUPTED, "interrupted"), (signal.SIGTERM, ExitCode.TERMINATED, "terminated")])
def test_a_signal_while_the_modules_load_is_one_line_and_its_own_code(where: str, sent: signal.Signals, code: ExitCode, said: str) -> None:
    """Before `layout.cli.run` installs its handlers the entry point's own stop the command."""
    script = "\n".join(
        [
            "import os, time",
            "from newsdump.__main__ import _stop_on_signals_while_loading",
            f"SENT = {int(sent)}",
            "_stop_on_signals_while_loading()",
            _WHILE_LOADING[where],
            "print('went on')",
        ]
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=False, timeout=60)
    assert (done.returncode, done.stdout) == (code, b"")
    assert said in one_error_line(done.stderr)


def _wait_for_its_handlers(process: subprocess.Popen, patience: float = 60) -> None:
    """Until the command catches SIGTERM (Linux lists the signals a process catches): its entry
    point does so from its first moment, and a signal sent before would find Python's defaults."""
    status = Path(f"/proc/{process.pid}/status")
    deadline = time.monotonic() + patience
    while status.exists() and time.monotonic() < deadline:
        caught = next((line.split()[1] for line in status.read_text().splitlines() if line.startswith("SigCgt:")), "0")
        if int(caught, 16) >> (signal.SIGTERM - 1) & 1:
            return
        time.sleep(0.05)
    if not status.exists():
        time.sleep(2)  # no /proc to ask: give it the time an idle machine needs


def test_an_interrupt_whose_exception_was_lost_still_stops_the_write(tmp_path) -> None:
    """Python only prints a KeyboardInterrupt raised in a finalizer: the interrupt is remembered too."""
    from layout.files import INTERRUPTED, write_atomically

    INTERRUPTED.set()
    try:
        with pytest.raises(KeyboardInterrupt):
            write_atomically(tmp_path / "page.xml", b"<x/>", force=False)
    finally:
        INTERRUPTED.clear()
    assert list(tmp_path.iterdir()) == []


def test_a_signal_lost_in_a_finalizer_prints_no_traceback(capsys) -> None:
    """Python reports what a finalizer raises on stderr, traceback and all: the command keeps a
    lost Ctrl-C to itself (it is remembered) and reports anything else as Python does."""
    from layout.cli import _quiet_about_lost_signals

    class Dying:
        def __init__(self, error: BaseException) -> None:
            self.error = error

        def __del__(self) -> None:
            raise self.error

    before = sys.unraisablehook
    sys.unraisablehook = _quiet_about_lost_signals
    try:
        Dying(KeyboardInterrupt())
        assert capsys.readouterr().err == ""
        Dying(ValueError("a bug"))
        assert "ValueError: a bug" in capsys.readouterr().err
    finally:
        sys.unraisablehook = before


# ---------------------------------------------------------------- 6. the dictionary
def test_the_dictionary_needs_no_cache_and_says_nothing(tmp_path) -> None:
    """The word list is mapped from the package: nothing is written, even where nothing can be."""
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    result = run_newsdump("clean", str(SEED), env={"HOME": str(not_a_folder), "TMPDIR": str(not_a_folder), "XDG_CACHE_HOME": str(not_a_folder)})
    assert result.returncode == 0 and result.stderr == b""
    assert result.stdout


# ---------------------------------------------------------------- 7. one exception family
def test_the_library_raises_one_documented_family() -> None:
    with pytest.raises(NewsdumpError) as raised:
        reconstruct(b"\x00\x01\x02binary")
    assert isinstance(raised.value, InputError) and isinstance(raised.value, ValueError)
    assert issubclass(DecodeError, InputError)


@pytest.mark.parametrize(("text", "codec"), [("日报", "utf-16-le"), ("社会", "utf-16-le"), ("北京", "utf-16-be"), ("ab", "utf-16-le")])
def test_unmarked_utf16_is_refused_not_read_as_garbage(text: str, codec: str) -> None:
    with pytest.raises(DecodeError, match=f"--encoding {codec}"):
        decode(text.encode(codec))
    assert decode(text.encode(codec), codec).text == text


# ---------------------------------------------------------------- the fuzzing itself
MARKS = ["■", "——", "—", "摄", "（", "）", "\n", "\n\n", " ", "本报讯", "（下转2版）", "图为", "记者 "]
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16"]


@st.composite
def mutated_pages(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from(seed_paths())).read_text("utf-8")
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(text)))
        end = min(len(text), start + draw(st.integers(0, 400)))
        operation = draw(st.sampled_from(["cut", "repeat", "insert", "join"]))
        if operation == "cut":
            text = text[:start] + text[end:]
        elif operation == "repeat":
            text = text[:end] + text[start:end] + text[end:]
        elif operation == "insert":
            text = text[:start] + draw(st.sampled_from(MARKS)) + text[start:]
        else:
            text = text[:start] + text[start:end].replace("\n", "") + text[end:]
    return text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_pages())
def test_mutated_pages_give_valid_newsml_and_lose_nothing_or_one_input_error(data: bytes) -> None:
    try:
        page = reconstruct(data)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert_clean_newsml(to_newsml(page))
    assert not lost_characters(data)

