"""A dump far longer than a page (an archive in one file) cut into windows at blank lines.

Every stage holds its page whole: the lines, their units, the paragraphs. For a page that
is a few hundred kilobytes at most; for a dump of thousands of pages it grows with the
dump. Cut into windows of `Config.window_chars` at blank lines, such a dump costs the
memory of one window plus what is made of it (`clean`, `layout.reconstruct`). A cut may
part a paragraph or an article that runs across it; nothing is lost.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanup.cues import PAGE_DATE

# A page header on a line of its own ("4 2017年4月22日 星期六 人民日报 政治"), after a line break.
_PAGE_HEADER = regex.compile(r"(?<=\n)[ \t\u3000]*(?:" + PAGE_DATE.pattern.removeprefix("^").removesuffix("$") + r")(?=\n|$)", regex.MULTILINE)


def windows(text: str, size: int) -> Iterator[tuple[int, str]]:
    """The text in windows of at most `size` characters, each with the number of its first
    line: cut before the last page header in the window's second half (a dated line, where
    one page of an archive ends and the next begins), else after its last blank line, else
    after its last line break, else (one line longer than the window) at the window's end.

    >>> list(windows("甲乙\\n丙丁\\n\\n戊己\\n庚辛\\n", 8))
    [(1, '甲乙\\n丙丁\\n'), (3, '\\n戊己\\n庚辛\\n')]
    >>> list(windows("甲乙丙丁戊己庚辛壬癸子丑\\n\\n寅卯辰巳\\n3 2023年12月17日 星期日\\n午未申酉\\n", 38))
    [(1, '甲乙丙丁戊己庚辛壬癸子丑\\n\\n寅卯辰巳\\n'), (4, '3 2023年12月17日 星期日\\n午未申酉\\n')]
    >>> list(windows("甲乙丙丁戊己庚辛", 3))
    [(1, '甲乙丙'), (1, '丁戊己'), (1, '庚辛')]
    """
    start, line = 0, 1
    while start < len(text):
        end = len(text) if len(text) - start <= size else _cut(text, start, start + size)
        window = text[start:end]
        yield line, window
        line += window.count("\n")
        start = end


def _cut(text: str, start: int, limit: int) -> int:
    half = start + max(1, (limit - start) // 2)  # never at the window's start: no window is empty
    headers = [match.start() for match in _PAGE_HEADER.finditer(text, half, limit)]
    if headers:
        return headers[-1]
    blank = text.rfind("\n\n", half, limit)
    if blank >= 0:
        return blank + 1
    newline = text.rfind("\n", half, limit)
    return newline + 1 if newline >= 0 else limit
