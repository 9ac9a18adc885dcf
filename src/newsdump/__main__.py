"""`newsdump ...` and `python -m newsdump ...`: the command, stoppable while its modules load.

Loading the command's modules (the word dictionary, lxml, typer) takes a few tenths of a
second, before `layout.cli.run` can install its own handlers. A Ctrl-C or SIGTERM in that
time would find Python's defaults: a traceback for the one, a silent death for the other.
Nothing is written yet, so stopping is all there is to do, with the command's own line and
exit code (128 plus the signal's number, as `layout.errors.ExitCode` has them).

The process ends at once (`os._exit`), not by an exception: while modules load, the handler
may run inside a finalizer (`__del__`, where Python ignores what it raises and the command
went on to exit 0) or inside an extension's initialisation (which turns it into an
ImportError and its traceback).
"""

from __future__ import annotations

import os
import signal
import sys


def main() -> None:
    _stop_on_signals_while_loading()
    from layout.cli import run

    run()


def _stop_on_signals_while_loading() -> None:
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)


def _stop(signum: int, frame: object) -> None:
    said = "interrupted" if signum == signal.SIGINT else "terminated"
    try:
        print(f"newsdump: error: {said}", file=sys.stderr, flush=True)
    except (OSError, ValueError, AttributeError):
        pass  # stderr itself is gone: the exit code still tells
    os._exit(128 + signum)


if __name__ == "__main__":
    main()
