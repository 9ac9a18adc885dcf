"""What the command says: one line per message on stderr, output on stdout whole or not at
all, and a progress bar on a terminal.

A file name may hold a newline or an escape sequence; it is shown escaped, never passed to
the terminal. A pipe or terminal that takes part of a write has not taken the output.
"""

from __future__ import annotations

import errno
import io
import os
import select
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer

from layout.batch import stderr_is_terminal
from layout.errors import OutputError


def say_error(message: str) -> None:
    say_on_stderr(f"newsdump: error: {message}")


def say_on_stderr(line: str) -> None:
    """One line, whatever the file names in it hold: a newline or an escape sequence in a
    name is shown escaped, never passed to the terminal."""
    try:
        typer.echo(printable(line), err=True)
    except OSError:
        pass  # stderr itself is gone: the exit code still tells


def printable(text: str) -> str:
    r"""
    >>> printable("a\nb\x1b[31m")
    'a\\nb\\x1b[31m'
    """
    return "".join(
        repr(ch)[1:-1] if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text
    )


def say(line: str) -> None:
    """A line of the command's own output on stdout."""
    write_stdout((line + "\n").encode("utf-8"))


class StdoutError(OutputError):
    """Standard output is gone or full: no later input can be written there either."""


def write_stdout(data: bytes) -> None:
    """All of `data` on stdout, or an error: a write the pipe or the terminal took only part of
    (unbuffered or non-blocking stdout) is never success."""
    if sys.stdout is None:
        raise StdoutError("standard output is closed")
    try:
        sys.stdout.flush()
        write_all(sys.stdout.buffer, data)
    except OSError as error:
        raise StdoutError(f"standard output: cannot write: {error.strerror or error}") from None


def write_all(stream: io.RawIOBase | io.BufferedIOBase, data: bytes) -> None:
    try:
        descriptor = stream.fileno()
    except (AttributeError, io.UnsupportedOperation):  # an in-memory stream takes everything at once
        stream.write(data)
        stream.flush()
        return
    stream.flush()
    view = memoryview(data)
    while view:
        try:
            written = os.write(descriptor, view)
        except BlockingIOError:
            select.select([], [descriptor], [])  # a non-blocking pipe is full: wait until it drains
            continue
        if not written:
            raise OSError(errno.EIO, "the output accepted no bytes")
        view = view[written:]


def _pages_per_second_column():
    from rich.progress import ProgressColumn
    from rich.text import Text

    class PagesPerSecond(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.0f} pages/s" if speed else "")

    return PagesPerSecond()


@contextmanager
def progress_bar(total: int) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar (pages, pages/s, time left) on a terminal; nothing otherwise."""
    if not stderr_is_terminal():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TimeRemainingColumn,
    )

    with Progress(BarColumn(), MofNCompleteColumn(), _pages_per_second_column(), TimeRemainingColumn(), console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("convert", total=total)
        yield lambda done, _total: progress.update(task, completed=done)
