"""Failure classes the command line maps to exit codes, each with a one-line message.

All of them are `cleanup.NewsdumpError`s, the family the library raises too.
"""

from __future__ import annotations

from enum import IntEnum

from cleanup.errors import InputError, NewsdumpError

__all__ = ["ExitCode", "InputError", "InternalError", "NewsdumpError", "OutputError", "UsageError", "exit_code"]


class ExitCode(IntEnum):
    OK = 0
    INVALID = 1  # `validate`: a file is not valid NewsML-G2
    USAGE = 2  # bad options or arguments (typer's own code for usage errors)
    INPUT = 3  # an input cannot be read or is not a text dump
    OUTPUT = 4  # an output cannot be written, or exists and --force was not given
    INTERNAL = 5  # a bug: please report it with the input
    INTERRUPTED = 130  # Ctrl-C (SIGINT): stopped, no partial output left
    TERMINATED = 143  # SIGTERM: stopped, no partial output left


class UsageError(NewsdumpError):
    """Arguments that cannot work together, found before any input is read or output written."""


class OutputError(NewsdumpError):
    """An output cannot be written, or exists and --force was not given."""


class InternalError(NewsdumpError):
    """A bug met while working on one input: the line names the input to send with the report."""


def exit_code(error: NewsdumpError) -> ExitCode:
    """The documented exit code of an error (an unknown kind counts as a bug)."""
    for kind, code in ((UsageError, ExitCode.USAGE), (InputError, ExitCode.INPUT), (OutputError, ExitCode.OUTPUT)):
        if isinstance(error, kind):
            return code
    return ExitCode.INTERNAL
