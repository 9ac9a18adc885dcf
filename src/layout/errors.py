"""Failure classes the command line maps to exit codes, each with a one-line message."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INVALID = 1  # `validate`: a file is not valid NewsML-G2
    USAGE = 2  # bad options or arguments (typer's own code for usage errors)
    INPUT = 3  # an input cannot be read or is not a text dump
    OUTPUT = 4  # an output cannot be written, or exists and --force was not given
    INTERNAL = 5  # a bug: please report it with the input


class NewsdumpError(Exception):
    """An error the user can act on; `str(error)` is the one line shown."""

    exit_code = ExitCode.INTERNAL


class UsageError(NewsdumpError):
    """Arguments that cannot work together, found before any input is read or output written."""

    exit_code = ExitCode.USAGE


class InputError(NewsdumpError):
    exit_code = ExitCode.INPUT


class OutputError(NewsdumpError):
    exit_code = ExitCode.OUTPUT


class InternalError(NewsdumpError):
    """A bug met while working on one input: the line names the input to send with the report."""

    exit_code = ExitCode.INTERNAL
