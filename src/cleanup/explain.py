"""The repair log as a reader wants it: in line order, each repair in its context, totals last.

An edit knows its kind, its source line and the smallest piece that changed; shown
alone ("',' -> '，'") it says little, so each is shown inside a few characters of
its source line.
"""

from __future__ import annotations

from collections import Counter

from cleanup.edits import Edit

CONTEXT_CHARS = 8


def surroundings(edit: Edit, line_text: str, context: int = CONTEXT_CHARS, after: int = 0) -> tuple[str, str]:
    """The few characters of the source line before and after the change (its first place at
    or past `after`), "" when the change is no longer on its line (made after lines were joined).

    >>> surroundings(Edit("ascii-punctuation", 3, ",", "，"), "推动经济社会高质量发展,取得新成效")
    ('…济社会高质量发展', '取得新成效')
    """
    at = _find(edit, line_text, after)
    if at < 0:
        return "", ""
    start, end = max(0, at - context), at + len(edit.before)
    head = ("…" if start else "") + line_text[start:at]
    tail = line_text[end : end + context] + ("…" if end + context < len(line_text) else "")
    return head, tail


def explain(edits: list[Edit], source: str, context: int = CONTEXT_CHARS) -> list[str]:
    """One line per edit in source-line order, then the totals by kind.

    >>> for line in explain([Edit("b", 2, "x", "y"), Edit("a", 1, " ", "")], "甲 乙\\n丙x丁"):
    ...     print(line)
    line 1  a  甲[ →]乙
    line 2  b  丙[x→y]丁
    2 edits: 1 a, 1 b
    """
    ordered = sorted(edits, key=lambda edit: edit.line)
    out = [
        f"line {edit.line}  {edit.kind}  {head}[{edit.before}→{edit.after}]{tail}"
        for edit, (head, tail) in zip(ordered, edits_in_context(ordered, source, context))
    ]
    totals = Counter(edit.kind for edit in ordered)
    summary = ", ".join(f"{count} {kind}" for kind, count in sorted(totals.items(), key=lambda item: (-item[1], item[0])))
    out.append(f"{len(ordered)} edits" + (f": {summary}" if summary else ""))
    return out


def edits_in_context(edits: list[Edit], source: str, context: int = CONTEXT_CHARS) -> list[tuple[str, str]]:
    """The surroundings of each edit; repeated changes on one line point at successive places."""
    lines = source.splitlines()
    seen: dict[tuple[int, str], int] = {}  # where the same change on the same line was last found
    out = []
    for edit in edits:
        text = _line(lines, edit.line)
        start = seen.get((edit.line, edit.before), -1) + 1
        seen[edit.line, edit.before] = _find(edit, text, start)
        out.append(surroundings(edit, text, context, start))
    return out


def _find(edit: Edit, line_text: str, after: int) -> int:
    if not edit.before:
        return -1
    at = line_text.find(edit.before, after)
    return at if at >= 0 else line_text.find(edit.before)


def _line(lines: list[str], number: int) -> str:
    return lines[number - 1] if 0 < number <= len(lines) else ""
