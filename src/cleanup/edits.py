"""The record of every repair, so a run can explain itself and prove nothing vanished."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """One repair: what kind, on which source line, the text before and after.

    `before` and `after` are the smallest pieces that changed (a doubled banner,
    a comma, a space), not whole lines, so the log stays readable.
    """

    kind: str
    line: int
    before: str
    after: str

