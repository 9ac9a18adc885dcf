"""The `newsdump` command: a thin layer over `layout` and `cleanup`.

Every failure the user can act on is one line on stderr and a documented exit code
(see layout.errors.ExitCode); a traceback only with --debug.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import date
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from cleanup import (
    TARGETS,
    DecodeError,
    Edit,
    clean,
    converted_with_edits,
    decode,
    detect_script,
    script_converter,
)
from cleanup.by_column import read_by_column
from cleanup.decode import text_codec
from cleanup.explain import explain as explain_edits
from layout import Page, reconstruct, to_json, to_jsonl, transcribe
from layout.batch import (
    Job,
    Outcome,
    Rendered,
    Settings,
    Summary,
    default_workers,
    failure_line,
    run_batch,
)
from layout.confidence import BY_COLUMN, SIDE_BY_SIDE
from layout.console import (
    StdoutError,
    printable,
    progress_bar,
    say,
    say_error,
    say_on_stderr,
    write_stdout,
)
from layout.errors import (
    ExitCode,
    InputError,
    InternalError,
    NewsdumpError,
    OutputError,
    UsageError,
    exit_code,
)
from layout.files import (
    INTERRUPTED,
    FolderPath,
    Source,
    output_option,
    output_paths,
    resolve_inputs,
    single_input,
    write_atomically,
)
from layout.newsml import newsml_pieces
from layout.pdf import PdfPage, is_pdf
from layout.review import REVIEW_LIST, latest_reviews, page_review, review_csv
from layout.validate import validate_file

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode="markdown",
    help="Turn raw text dumps of Chinese newspaper pages into NewsML-G2 2.35 XML (NITF 3.6 bodies) or JSON.\n\n"
    "Exit codes: 0 done, 1 invalid XML (validate), 2 usage, 3 unreadable input, 4 output not written, 5 internal error, "
    "130 interrupted (Ctrl-C), 143 terminated (SIGTERM).",
)


class OutputFormat(str, Enum):
    newsml = "newsml"
    json = "json"
    jsonl = "jsonl"


ScriptChoice = Enum("ScriptChoice", {target: target for target in TARGETS}, type=str)
SCRIPT_HELP = (
    "Write the text in this script, converted with OpenCC after the lines are rejoined: keep (as printed), "
    "hans (simplified), hant (traditional), tw (Taiwan usage), hk (Hong Kong usage). Each change is a logged edit "
    "and the language tag follows (zh-Hans, zh-Hant, zh-Hant-TW, zh-Hant-HK)."
)


SUFFIXES = {OutputFormat.newsml: ".xml", OutputFormat.json: ".json", OutputFormat.jsonl: ".jsonl"}
REPORT_INDEX = "index.html"
_debug = False


def _version(show: bool) -> None:
    if show:
        # Imported only when asked: it slows every start-up.
        from importlib.metadata import version

        say(f"newsdump {version('newsdump')}")
        raise typer.Exit()


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show the full traceback when something fails.")] = False,
    show_version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    global _debug
    _debug = debug


def _fail(message: str, code: ExitCode) -> None:
    say_error(message)
    raise typer.Exit(int(code))


def _guarded(work: Callable[[], None]) -> None:
    """Run a command body: known failures become one line and an exit code."""
    try:
        work()
    except NewsdumpError as error:
        if _debug:
            raise
        _fail(str(error), exit_code(error))
    except (typer.Exit, typer.Abort):
        raise
    except Exception as error:  # the last line of defence, reported as a bug
        if _debug:
            raise
        _fail(_bug_line(error, "report it"), ExitCode.INTERNAL)


def _bug_line(error: Exception, report: str) -> str:
    return f"internal error: {type(error).__name__}: {error} (rerun with --debug and {report})"


@contextmanager
def _bugs_named(name: str) -> Iterator[None]:
    """A bug met on one dump names that dump: in a run over an archive, the report needs it."""
    try:
        yield
    except NewsdumpError:
        raise
    except Exception as error:  # any bug, reported with the input that shows it
        if _debug:
            raise
        raise InternalError(f"{name}: {_bug_line(error, 'report it with this file')}") from error


def _for_each(sources: list[Source], work: Callable[[Source], ExitCode | None]) -> None:
    """Work through every input even when some fail: an archive's broken files must not stop
    the rest. Each failure is one line; the exit code is that of the most serious one,
    counting the codes `work` returns for inputs it judged without failing (an invalid file)."""
    worst = ExitCode.OK
    for source in sources:
        try:
            with _bugs_named(source.name):
                worst = max(worst, work(source) or ExitCode.OK)
        except StdoutError:
            raise  # every later input would fail the same way
        except NewsdumpError as error:
            if _debug:
                raise
            say_error(str(error))
            worst = max(worst, exit_code(error))
    if worst:
        raise typer.Exit(int(worst))


def _check_encoding(encoding: str | None) -> None:
    """A misspelt --encoding is the caller's mistake, not each dump's: said once, before any is read."""
    if not encoding:
        return
    try:
        text_codec(encoding)
    except LookupError:
        raise UsageError(f"--encoding: unknown encoding {encoding!r} (give a text encoding such as utf-8, gb18030 or big5)") from None


def _checked_date(value: str | None) -> str | None:
    """--date as given, once it is known to be a real calendar date."""
    if value is None:
        return None
    try:
        if len(value) == len("YYYY-MM-DD") and value[4] == value[7] == "-":
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise UsageError(f"--date: {value!r} is not a date written YYYY-MM-DD")


def _text_of(source: Source, encoding: str | None, replace: bool, max_size: int | None = None) -> str:
    read = _input_of(source, encoding, replace, max_size)
    return read if isinstance(read, str) else read.text


def _input_of(source: Source, encoding: str | None, replace: bool, max_size: int | None = None) -> str | PdfPage:
    """The dump's text as decoded, or a PDF page as read (its text and what its type sizes say)."""
    data = source.read(max_size)
    if is_pdf(data):
        from layout.pdf import read_pdf

        return read_pdf(data, source.name)
    try:
        decoded = decode(data, encoding, replace)
    except DecodeError as error:
        raise InputError(f"{source.name}: {error}") from None
    if decoded.replaced:
        say_on_stderr(f"newsdump: warning: {source.name}: {decoded.replaced} undecodable bytes replaced by U+FFFD")
    return decoded.text


def _emit(data: bytes | Iterable[bytes], destination: Path | None, force: bool) -> None:
    if destination is None or str(destination) == "-":
        write_stdout(data if isinstance(data, bytes) else b"".join(data))  # whole, or nothing on a failure
    else:
        write_atomically(destination, data, force)


ENCODING_HELP = "Read the input in this encoding (utf-8, gb18030, big5, utf-16 …) instead of detecting it."
REPLACE_HELP = "Replace undecodable bytes with U+FFFD (with a warning) instead of stopping."
FORCE_HELP = "Overwrite output files that already exist."


JOBS_HELP = "Worker processes for a batch (default: every core); 1 converts in this process."
FAILURES_HELP = "Also write each failure as a JSON line (input, error, exit_code) to this file."
MAX_SIZE_HELP = (
    "Refuse a dump larger than this many megabytes (exit 3) instead of reading it. "
    "A dump far longer than a page is rebuilt 100,000 characters at a time and costs about seven times its size in memory."
)
DEFAULT_MAX_MB = 64


@app.command()
def convert(
    inputs: Annotated[
        list[str],
        typer.Argument(metavar="DUMP...", help="Page dumps or PDF pages: files, folders (searched with their subfolders for *.txt and *.pdf), @LIST files naming one input per line (# opens a comment line), or - for stdin.", show_default=False),
    ],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="FILE|FOLDER", parser=output_option, help="Output file for one input (- or none: stdout; a folder that exists, or one ending in /: NAME.xml in it); a folder for several."),
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", metavar="FORMAT", help="newsml: NewsML-G2 XML; json: the same page as JSON; jsonl: one JSON line per article, with its page's fields.")] = OutputFormat.newsml,
    encoding: Annotated[str | None, typer.Option("--encoding", metavar="NAME", help=ENCODING_HELP)] = None,
    replace: Annotated[bool, typer.Option("--replace", help=REPLACE_HELP)] = False,
    force: Annotated[bool, typer.Option("--force", help=FORCE_HELP)] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", metavar="N", min=1, help=JOBS_HELP, show_default=False)] = None,
    failures: Annotated[Path | None, typer.Option("--failures", metavar="FILE", help=FAILURES_HELP)] = None,
    max_size: Annotated[int, typer.Option("--max-size", metavar="MB", min=1, help=MAX_SIZE_HELP)] = DEFAULT_MAX_MB,
    script: Annotated[ScriptChoice, typer.Option("--script", metavar="SCRIPT", help=SCRIPT_HELP)] = ScriptChoice.keep,
    report: Annotated[bool, typer.Option("--report", help=BATCH_REPORT_HELP)] = False,
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", help=SCHEDULER_HELP)] = None,
    page_date: Annotated[str | None, typer.Option("--date", metavar="YYYY-MM-DD", help=DATE_HELP)] = None,
    newsroom: Annotated[bool, typer.Option("--newsroom", help=NEWSROOM_HELP)] = False,
) -> None:
    """Convert page dumps to NewsML-G2 (or JSON).

    One input goes to -o FILE (NAME.xml in it if FILE is a folder) or stdout. Several
    inputs (or a folder) need -o FOLDER: each dump becomes NAME.xml or NAME.json there,
    a folder's subfolders mirrored,
    converted on every core with a progress bar on a terminal and one summary line at
    the end; FOLDER/review.csv lists its pages and articles by confidence, worst first,
    with the reasons and source lines to check. A dump that fails is reported on one line and the others are still
    converted; the exit code is then that of the most serious failure. Run it again
    after an interruption and it goes on where it stopped: outputs already made with
    the same settings are skipped (--force redoes them). Examples:

        newsdump convert seeds/000_83a71d8bdb8e7ffb.txt -o page.xml

        newsdump convert archive/ -o out/ --format json --failures failed.jsonl
    """

    def work() -> None:
        _check_encoding(encoding)
        if newsroom and output_format != OutputFormat.newsml:
            raise UsageError(f"--newsroom shapes the XML: it does nothing with --format {output_format.value}")
        sources = resolve_inputs(inputs)
        settings = Settings(
            output_format.value, encoding, replace, max_size * MEGABYTE, script.value, report, _checked_date(page_date), newsroom
        )
        if _is_single(inputs, sources) and not scheduler:
            destination = _into_folder(output, sources[0], SUFFIXES[output_format])
            _for_each(sources, lambda source: _emit(_convert_source(source, settings), destination, force))
            return
        _convert_batch(sources, output, settings, force, jobs or default_workers(), failures, scheduler)

    _guarded(work)


MEGABYTE = 1 << 20
NEWSROOM_HELP = (
    "Shape the XML the way newsroom systems (Superdesk's NewsML-G2 and NITF parsers) ingest it: paragraphs inside "
    "one NITF `<block>`, reporters named only in the dateline also in `<by>`, each photo's headline in contentMeta. "
    "Without it, `<by>` is the byline as printed and paragraphs sit directly under body.content."
)
DATE_HELP = (
    "The page's date when it prints none (a date in the file name, 20231217 or 2023-12-17, is used otherwise); "
    "a printed date always wins, and the output says where the date came from."
)
SCHEDULER_HELP = (
    "Run the batch on an existing Dask distributed cluster (tcp://HOST:PORT; needs newsdump[dask] there and here). "
    "Its workers read the inputs and write the outputs themselves: give paths they all see."
)
BATCH_REPORT_HELP = "With -o FOLDER: also write each page's HTML report beside its output, and FOLDER/index.html listing the pages worst first."


def _page_of(source: Source, settings: Settings) -> tuple[Page, str | PdfPage]:
    """One dump rebuilt (in the script asked for), and its text as decoded (a PDF: as read)."""
    read = _input_of(source, settings.encoding, settings.replace, settings.max_size)
    issued = date.fromisoformat(settings.issued) if settings.issued else None
    page = reconstruct(read, source.name, issued=issued)
    for reason in (SIDE_BY_SIDE, BY_COLUMN):
        if page.confidence is not None and reason in page.confidence.reasons:
            say_on_stderr(f"newsdump: warning: {source.name}: {reason}")
    if not page.articles and not page.furniture:
        say_on_stderr(f"newsdump: warning: {source.name}: no text in it: the output is an empty page")
    return transcribe(page, settings.script), read


def _output_bytes(page: Page, settings: Settings) -> bytes | Iterable[bytes]:
    """The output, NewsML in pieces as it is built (`newsml_pieces`): a dump of thousands of
    articles is never whole in memory as XML."""
    if settings.output_format == OutputFormat.newsml.value:
        return newsml_pieces(page, newsroom=settings.newsroom)
    return (to_jsonl(page) if settings.output_format == OutputFormat.jsonl.value else to_json(page)).encode()


def _page_report(page: Page, read: str | PdfPage, name: str) -> bytes:
    """The HTML report (a PDF's with the page drawn; a dump read column by column shows the
    lines so read, which its line numbers count), its builder imported only when a report is
    asked for (start-up stays short)."""
    from layout.report import page_report

    if not isinstance(read, str):
        return page_report(page, read.text, name, read.drawings)
    by_column = page.confidence is not None and BY_COLUMN in page.confidence.reasons
    return page_report(page, by_column and read_by_column(read) or read, name)


def _convert_source(source: Source, settings: Settings) -> bytes | Iterable[bytes]:
    with _bugs_named(source.name):
        return _output_bytes(_page_of(source, settings)[0], settings)


def _convert_job(job: Job, settings: Settings, folder: Path) -> Rendered:
    """A batch's dump: its output bytes, its review entries and, on request, its report
    (run in worker processes: a module-level function)."""
    with _bugs_named(job.source.name):
        page, read = _page_of(job.source, settings)
        report = _page_report(page, read, job.source.name) if settings.report else None
        review = page_review(page, job.source.name, os.path.relpath(job.destination, folder))
        return Rendered(_output_bytes(page, settings), review, report)


def _into_folder(output: Path | None, source: Source, suffix: str) -> Path | None:
    """One input with -o naming a folder that exists (or one to make: "out/"): its output goes
    in there, named after it (stdin: page), as `cp` puts a file into a folder; never over the
    input itself, --force or not."""
    if output is None or str(output) == "-":
        return output
    if isinstance(output, FolderPath):
        _ensure_folder(output)
    destination = output / f"{source.path.stem if source.path else 'page'}{suffix}" if output.is_dir() else output
    if source.path and destination.resolve() == source.path.resolve():
        raise OutputError(f"{destination}: is the input itself (give another folder or a file name)")
    return destination


def _is_single(inputs: list[str], sources: list[Source]) -> bool:
    return len(sources) == 1 and not any(Path(item).is_dir() or item.startswith("@") for item in inputs)


def _convert_batch(
    sources: list[Source],
    output: Path | None,
    settings: Settings,
    force: bool,
    workers: int,
    failures: Path | None,
    scheduler: str | None,
) -> None:
    if output is None or str(output) == "-":
        raise UsageError("several dumps (or a folder) need -o FOLDER for their outputs")
    paths = output_paths(sources, output, SUFFIXES[OutputFormat(settings.output_format)])
    jobs = [Job(source, path) for source, path in zip(sources, paths)]
    with _folders_made([output, *sorted({path.parent for path in paths})]):
        summary = _run_jobs(jobs, output, settings, force, workers, failures, scheduler)
    review_list = output / REVIEW_LIST
    write_atomically(review_list, review_csv(latest_reviews(output)), force=True)
    if settings.report:
        from layout.report import index_report

        write_atomically(output / REPORT_INDEX, index_report(latest_reviews(output)), force=True)
    say_on_stderr(f"{summary.line()}; review list, worst first: {review_list}")
    if summary.worst:
        raise typer.Exit(int(summary.worst))


def _run_jobs(
    jobs: list[Job], output: Path, settings: Settings, force: bool, workers: int, failures: Path | None, scheduler: str | None
) -> Summary:
    failure_log = _open_failures(failures)
    try:
        with progress_bar(len(jobs)) as advance:

            def report(outcome: Outcome) -> None:
                if outcome.status == "failed":
                    say_error(outcome.error)
                    if failure_log:
                        failure_log.write(failure_line(outcome) + "\n")
                        failure_log.flush()

            convert = partial(_convert_job, settings=settings, folder=output)
            return run_batch(
                jobs, convert, settings, force=force, workers=workers, folder=output, report=report, progress=advance, scheduler=scheduler
            )
    finally:
        if failure_log:
            failure_log.close()


@contextmanager
def _folders_made(folders: list[Path]) -> Iterator[None]:
    """The output folders, made where missing; a batch that fails before anything lands in
    them (a scheduler out of reach) takes those it made away again, leaving no empty tree."""
    missing = sorted({folder for wanted in folders for folder in (wanted, *wanted.parents) if not folder.exists()}, key=lambda folder: len(folder.parts), reverse=True)
    for folder in folders:
        _ensure_folder(folder)
    try:
        yield
    except BaseException:
        for folder in missing:
            with suppress(OSError):
                folder.rmdir()  # only an empty one goes
        raise


def _open_failures(path: Path | None):
    if path is None:
        return None
    try:
        return path.open("w", encoding="utf-8")
    except OSError as error:
        raise OutputError(f"{path}: cannot write the failure report: {error.strerror}") from None


def _ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{folder}: exists and is not a folder") from None
    except OSError as error:
        raise OutputError(f"{folder}: cannot create folder: {error.strerror}") from None


@app.command(name="clean")
def clean_command(
    source: Annotated[str, typer.Argument(metavar="DUMP", help="A page dump, or - for stdin.", show_default=False)],
    output: Annotated[Path | None, typer.Option("-o", "--output", metavar="FILE", parser=output_option, help="Output file (a folder that exists, or one ending in /: NAME.txt in it); stdout when left out.")] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Also list every repair on stderr, in line order and in its context ([before→after]), with totals by kind.")
    ] = False,
    encoding: Annotated[str | None, typer.Option("--encoding", metavar="NAME", help=ENCODING_HELP)] = None,
    replace: Annotated[bool, typer.Option("--replace", help=REPLACE_HELP)] = False,
    force: Annotated[bool, typer.Option("--force", help=FORCE_HELP)] = False,
    script: Annotated[ScriptChoice, typer.Option("--script", metavar="SCRIPT", help=SCRIPT_HELP)] = ScriptChoice.keep,
) -> None:
    """Print a dump's text as clean paragraphs, one per line (no article structure).

    Wrapped lines are rejoined, repeated banners collapsed, half-width punctuation
    in Chinese text made full-width and stray spaces removed; a dump printed with its
    columns side by side on each line is read column by column first.
    """

    def clean_one(item: Source) -> None:
        source_text = _text_of(item, encoding, replace)
        cleaned = clean(source_text)
        paragraphs, edits = _in_script([(p.text, p.first_line) for p in cleaned.paragraphs], script.value)
        _emit("".join(paragraph + "\n" for paragraph in paragraphs).encode("utf-8"), _into_folder(output, item, ".txt"), force)
        if explain:  # in the lines the edits number: a dump read column by column, as so read
            for line in explain_edits(cleaned.edits + edits, read_by_column(source_text) or source_text):
                say_on_stderr(line)

    def work() -> None:
        _check_encoding(encoding)
        _for_each([single_input(source)], clean_one)

    _guarded(work)


def _in_script(paragraphs: list[tuple[str, int]], target: str) -> tuple[list[str], list[Edit]]:
    """Clean paragraphs (text, first source line) written in the target script, with the edits."""
    texts = [text for text, _ in paragraphs]
    convert = script_converter(detect_script("".join(texts)), target)
    if convert is None:
        return texts, []
    converted = [converted_with_edits(text, convert, line, f"script-{target}") for text, line in paragraphs]
    return [text for text, _ in converted], [edit for _, changes in converted for edit in changes]


@app.command(name="report")
def report_command(
    source: Annotated[str, typer.Argument(metavar="DUMP", help="A page dump or PDF, or - for stdin.", show_default=False)],
    output: Annotated[Path | None, typer.Option("-o", "--output", metavar="FILE", parser=output_option, help="The HTML file (a folder that exists, or one ending in /: NAME.html in it); stdout when left out.")] = None,
    encoding: Annotated[str | None, typer.Option("--encoding", metavar="NAME", help=ENCODING_HELP)] = None,
    replace: Annotated[bool, typer.Option("--replace", help=REPLACE_HELP)] = False,
    force: Annotated[bool, typer.Option("--force", help=FORCE_HELP)] = False,
    script: Annotated[ScriptChoice, typer.Option("--script", metavar="SCRIPT", help=SCRIPT_HELP)] = ScriptChoice.keep,
    page_date: Annotated[str | None, typer.Option("--date", metavar="YYYY-MM-DD", help=DATE_HELP)] = None,
) -> None:
    """Show how a page was rebuilt, as one self-contained HTML file to open in a browser.

    The dump's lines on the left, each tinted by what it became (headline, body,
    byline, furniture …); the rebuilt articles on the right with their confidence
    and doubts (click one to see its source lines); every repair below, in context.
    A PDF's report also draws the page, every line where it was printed and tinted
    alike (click one to see its article). No network needed. For a whole batch:
    convert FOLDER -o OUT --report. Example:

        newsdump report seeds/000_83a71d8bdb8e7ffb.txt -o page.html
    """

    def report_one(item: Source) -> None:
        settings = Settings(OutputFormat.newsml.value, encoding, replace, DEFAULT_MAX_MB * MEGABYTE, script.value, issued=page_date)
        page, read = _page_of(item, settings)
        _emit(_page_report(page, read, item.name), _into_folder(output, item, ".html"), force)

    def work() -> None:
        _check_encoding(encoding)
        _checked_date(page_date)
        _for_each([single_input(source)], report_one)

    _guarded(work)


@app.command(name="validate")
def validate_command(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="NewsML-G2 files to check.", show_default=False)],
) -> None:
    """Check NewsML-G2 files against the official NewsML-G2 2.35 and NITF 3.6 schemas.

    Prints "FILE: valid" or one line per problem; a file that cannot be read is
    reported on one line and the others are still checked. Exits 1 when any file
    is invalid, 3 when one cannot be read (the more serious wins).
    """

    def check_one(source: Source) -> ExitCode:
        try:
            errors = validate_file(source.path)
        except OSError as error:
            raise InputError(f"{source.name}: cannot read: {error.strerror}") from None
        for line in errors or ["valid"]:
            say(printable(f"{source.name}: {line}"))
        return ExitCode.INVALID if errors else ExitCode.OK

    _guarded(lambda: _for_each([Source(str(path), path) for path in files], check_one))


class _Terminated(BaseException):
    """SIGTERM, raised where the process is, so that a temporary output file is removed."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


def _interrupt(signum: int, frame: object) -> None:
    """Ctrl-C: remembered as well as raised, since a KeyboardInterrupt can be lost (`INTERRUPTED`)."""
    INTERRUPTED.set()
    raise KeyboardInterrupt


def _quiet_about_lost_signals(unraisable: sys.UnraisableHookArgs) -> None:
    """A signal's exception raised inside a finalizer is lost: Python would print it with its
    traceback, under the command's one line. Ctrl-C is remembered (`_interrupt`); anything else
    is reported as Python reports it."""
    if not isinstance(unraisable.exc_value, (KeyboardInterrupt, _Terminated)):
        sys.__unraisablehook__(unraisable)


def run() -> None:
    """The console entry point: every way the command can end is one line on stderr and a
    documented exit code, an interrupt included, and never a traceback."""
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGINT, _interrupt)
    sys.unraisablehook = _quiet_about_lost_signals
    try:
        code = app(prog_name="newsdump", standalone_mode=False)
        if INTERRUPTED.is_set():
            code = ExitCode.INTERRUPTED  # the exception was lost on the way, not the interrupt
    except (KeyboardInterrupt, typer.Abort):
        code = ExitCode.INTERRUPTED
    except typer.TyperException as error:  # usage errors: typer's own message and code, on one line
        say_error(_one_line_usage_error(error))
        code = error.exit_code
    except NewsdumpError as error:  # met outside a command (--version to a full stdout)
        say_error(str(error))
        code = exit_code(error)
    except _Terminated:
        say_error("terminated")
        code = ExitCode.TERMINATED
    except OSError as error:  # help or usage text that stdout would not take
        say_error(f"standard output: cannot write: {error.strerror or error}")
        code = ExitCode.OUTPUT
    if code == ExitCode.INTERRUPTED:
        say_error("interrupted")
    _leave(int(code or 0))


def _one_line_usage_error(error: typer.TyperException) -> str:
    """"--jobs: 0 is not in the range x>=1 (newsdump convert --help)": typer's message, and the
    help that explains it, where typer would print the usage over three more lines."""
    context = getattr(error, "ctx", None)
    return error.format_message() + (f" (see: {context.command_path} --help)" if context is not None else "")


def _leave(code: int) -> None:
    """Exit without the interpreter's own complaint about a stdout that has gone away (or was
    never open: `newsdump … >&-`)."""
    if sys.stdout is None:
        sys.exit(code)
    try:
        sys.stdout.flush()
    except (OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(code)
