"""Converting an archive: every core, a progress bar, a summary, and runs that resume.

Each worker process converts whole dumps and keeps its dictionaries loaded from one dump
to the next, so start-up is paid once per core, not once per page. A dump's failure is
one line (and, with `--failures`, one JSON line) and never stops the others.

Resuming: every output a run writes is recorded in the output folder's journal
(`.newsdump-journal`, one line per output: the settings that made it and its path),
by the worker that wrote it, just before the output moves into place. A
rerun skips an output that is in the journal with the same settings (newsdump version,
format, encoding options) and is newer than its input, and redoes one in the journal
whose input or settings changed; a file newsdump did not make is refused as before,
unless `--force`, and so is one that appears while the run writes. Temporary files a killed run left behind (their
names carry the process id) are removed when the next run starts.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from layout.errors import ExitCode, NewsdumpError, UsageError, exit_code
from layout.files import TEMPORARY_PREFIX, Source, write_atomically
from layout.review import PageReview, log_review

JOURNAL = ".newsdump-journal"


@dataclass(frozen=True)
class Settings:
    """What shapes an output besides its input: the same settings give the same bytes."""

    output_format: str
    encoding: str | None
    replace: bool
    max_size: int
    script: str = "keep"
    report: bool = False
    issued: str | None = None  # --date
    newsroom: bool = False  # --newsroom

    @property
    def key(self) -> str:
        fields = [_installed_version(), self.output_format, self.encoding or "", str(self.replace), str(self.max_size), self.script]
        fields += [str(self.report), self.issued or "", str(self.newsroom)]
        return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()[:16]


@cache
def _installed_version() -> str:
    """Read once: the package metadata is parsed on each call, about as long as converting a page."""
    # Imported here, not at start-up, for the same reason.
    from importlib.metadata import version

    return version("newsdump")


@dataclass(frozen=True)
class Job:
    source: Source
    destination: Path


@dataclass
class Outcome:
    name: str
    status: str  # "converted", "skipped" or "failed"
    error: str = ""
    code: ExitCode = ExitCode.OK


@dataclass(frozen=True)
class Rendered:
    """A converted dump: the output's bytes, what the review list needs of the page, and
    its HTML report when one was asked for (written beside the output, as NAME.html)."""

    data: bytes | Iterable[bytes]
    review: PageReview | None = None
    report: bytes | None = None


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(outcome.status == status for outcome in self.outcomes)

    @property
    def worst(self) -> ExitCode:
        return max((outcome.code for outcome in self.outcomes), default=ExitCode.OK)

    def line(self) -> str:
        converted = self.count("converted")
        rate = converted / self.seconds if self.seconds > 0 else 0.0
        return (
            f"newsdump: {converted} converted, {self.count('skipped')} skipped, {self.count('failed')} failed"
            f" in {self.seconds:.1f} s ({rate:.0f} pages/s)"
        )


# ---------------------------------------------------------------- resuming
class Journal:
    """The outputs completed in one output folder, with the settings that made each."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / JOURNAL
        self.made_by: dict[str, str] = {}
        try:
            lines = self.path.read_text("utf-8").splitlines()
        except (FileNotFoundError, UnicodeDecodeError):
            lines = []
        for line in lines:
            key, _, name = line.partition("\t")
            if name:
                self.made_by[name] = key

    def up_to_date(self, job: Job, settings: Settings) -> bool:
        """Made by a run with these settings, and newer than its input."""
        name = str(job.destination)
        if self.made_by.get(name) != settings.key or job.source.path is None:
            return False
        try:
            return job.destination.stat().st_mtime >= job.source.path.stat().st_mtime
        except OSError:
            return False

    def made(self, job: Job) -> bool:
        """Written by an earlier run into this folder: replacing it destroys nothing of the user's."""
        return str(job.destination) in self.made_by



@dataclass(frozen=True)
class Ledger:
    """What a worker writes down for each output just before it moves into place: its
    journal line and its review entries. Recorded first, moved second, so a run killed
    in between leaves a journal entry for a missing output (redone next time), never an
    output in place that the journal does not know (refused as not ours)."""

    folder: Path
    key: str

    def record(self, job: Job, review: PageReview | None) -> None:
        if review is not None:
            log_review(self.folder, review)
        # One short line appended with O_APPEND: concurrent runs never interleave inside it.
        with (self.folder / JOURNAL).open("a", encoding="utf-8") as stream:
            stream.write(f"{self.key}\t{job.destination}\n")


def remove_abandoned_temporaries(folder: Path) -> int:
    """Temporary outputs of runs that are no longer alive; a live run's are left alone."""
    removed = 0
    for path in folder.rglob(f"{TEMPORARY_PREFIX}*.tmp"):
        pid = path.name[len(TEMPORARY_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    """A process that runs: a killed worker that nobody has reaped yet (a zombie, which a
    container without an init process may keep for ever) writes nothing more."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False  # no /proc (not Linux) or already gone: os.kill said it runs
    return status[status.rfind(")") + 2 : status.rfind(")") + 3] == "Z"


# ---------------------------------------------------------------- the work
Convert = Callable[[Job], Rendered]


def convert_job(job: Job, convert: Convert, force: bool, ledger: Ledger) -> Outcome:
    """One dump to its output, recorded in the ledger; a failure becomes the outcome's one line."""
    try:
        rendered = convert(job)
        if rendered.report is not None:  # the report is newsdump's own: a rerun replaces it
            write_atomically(job.destination.with_suffix(".html"), rendered.report, force=True)
        write_atomically(job.destination, rendered.data, force, before_move=lambda: ledger.record(job, rendered.review))
    except NewsdumpError as error:
        return Outcome(job.source.name, "failed", str(error), exit_code(error))
    except Exception as error:  # noqa: BLE001 - a bug in writing: named with the input, the batch goes on
        message = f"{job.source.name}: internal error: {type(error).__name__}: {error} (rerun with --debug and report it with this file)"
        return Outcome(job.source.name, "failed", message, ExitCode.INTERNAL)
    return Outcome(job.source.name, "converted")


def run_batch(
    jobs: list[Job],
    convert: Convert,
    settings: Settings,
    *,
    force: bool,
    workers: int,
    folder: Path,
    report: Callable[[Outcome], None],
    progress: Callable[[int, int], None] | None = None,
    scheduler: str | None = None,
) -> Summary:
    """Convert every job, on `workers` processes (1: in this one) or on the Dask cluster
    whose scheduler is at `scheduler`, skipping finished ones."""
    start = time.perf_counter()
    remove_abandoned_temporaries(folder)
    journal = Journal(folder)
    summary = Summary()
    pending: list[Job] = []
    for job in jobs:
        if not force and journal.up_to_date(job, settings):
            summary.outcomes.append(Outcome(job.source.name, "skipped"))
        else:
            pending.append(job)
    done = len(summary.outcomes)

    def finish(outcome: Outcome) -> None:
        nonlocal done
        summary.outcomes.append(outcome)
        report(outcome)
        done += 1
        if progress:
            progress(done, len(jobs))

    # An output an earlier run made (its input changed since, or the settings did) is redone.
    replaceable = {job for job in pending if force or journal.made(job)}
    ledger = Ledger(folder, settings.key)
    if scheduler:
        outcomes = on_cluster(pending, convert, replaceable, scheduler, ledger)
    elif workers <= 1 or len(pending) <= 1:
        outcomes = (convert_job(job, convert, job in replaceable, ledger) for job in pending)
    else:
        outcomes = _in_parallel(pending, convert, replaceable, workers, ledger)
    for outcome in outcomes:
        finish(outcome)
    summary.seconds = time.perf_counter() - start
    return summary


def _in_parallel(jobs: list[Job], convert: Convert, replaceable: set[Job], workers: int, ledger: Ledger) -> Iterable[Outcome]:
    """Outcomes as they finish, with a bounded number of jobs in flight (memory stays flat).
    Jobs travel in small bundles: a future per page costs the parent process as much CPU as
    a sixth of a worker's, taken from the workers on a machine with few cores."""
    # Imported here: multiprocessing costs every start-up time, and one page needs no pool.
    from concurrent.futures import ProcessPoolExecutor

    size = max(1, min(BUNDLE, len(jobs) // (workers * 8)))
    bundles = (jobs[start : start + size] for start in range(0, len(jobs), size))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        running: set[Future] = set()

        def submit_next() -> None:
            bundle = next(bundles, None)
            if bundle is not None:
                running.add(pool.submit(_convert_bundle, [(job, job in replaceable) for job in bundle], convert, ledger))

        for _ in range(workers * 4):
            submit_next()
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                running.remove(future)
                yield from future.result()
                submit_next()


BUNDLE = 8  # the most jobs one worker takes at a time


def _convert_bundle(bundle: list[tuple[Job, bool]], convert: Convert, ledger: Ledger) -> list[Outcome]:
    return [convert_job(job, convert, force, ledger) for job, force in bundle]


def on_cluster(jobs: list[Job], convert: Convert, replaceable: set[Job], scheduler: str, ledger: Ledger) -> Iterable[Outcome]:
    """The same jobs on an existing Dask distributed cluster: each worker converts whole dumps
    and writes the outputs itself, so the inputs and the output folder must be at the same
    paths on every worker (a shared file system). A bounded number of jobs is in flight."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise UsageError("--scheduler needs Dask distributed: pip install 'newsdump[dask]'") from None
    try:
        client = Client(scheduler, timeout=CLUSTER_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise UsageError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({error})") from None
    with client:
        queue = iter(jobs)
        window = max(sum(client.nthreads().values()), 1) * 4
        first = [client.submit(convert_job, job, convert, job in replaceable, ledger, pure=False) for job in itertools.islice(queue, window)]
        futures = as_completed(first, loop=client.loop)
        for future in futures:
            yield future.result()
            job = next(queue, None)
            if job is not None:
                futures.add(client.submit(convert_job, job, convert, job in replaceable, ledger, pure=False))


CLUSTER_TIMEOUT = "10s"


def failure_line(outcome: Outcome) -> str:
    return json.dumps({"input": outcome.name, "error": outcome.error, "exit_code": int(outcome.code)}, ensure_ascii=False)


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every system
        return os.cpu_count() or 1


def stderr_is_terminal() -> bool:
    return sys.stderr is not None and sys.stderr.isatty()
