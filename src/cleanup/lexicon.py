"""Word boundaries from a dictionary (jieba's), for the repairs that must tell words apart.

jieba loads its dictionary (about a second) on first use only, so pages that
never need a word boundary never pay for it. Traditional text is looked up in
simplified form, since the dictionary is simplified.
"""

from __future__ import annotations

import logging
import os
from contextlib import suppress
from functools import cache
from pathlib import Path

import regex

from cleanup.cues import LINKING_WORDS
from cleanup.script import to_simplified

# A line ending in a bare number ("共有9" | "家企业", "新华社广州4月21" | "日电") was cut.
_BARE_NUMBER_END = regex.compile(r"\d$")
_NUMBER_END = regex.compile(r"\d[年月]?$|\d[.,]$")
_NUMBER_START = regex.compile(r"\d")


# Where the dictionary's prepared form is kept between runs (jieba would use a file shared
# by every user in /tmp): NEWSDUMP_CACHE, else the user's own cache folder.
CACHE_VARIABLE = "NEWSDUMP_CACHE"


def cache_folder() -> Path:
    configured = os.environ.get(CACHE_VARIABLE)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsdump"


@cache
def _segmenter():
    import jieba

    tokenizer = jieba.Tokenizer()
    folder = cache_folder()
    with suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    tokenizer.tmp_dir = str(folder)
    # A cache that cannot be written costs a second per run, not a traceback on stderr.
    jieba_log = logging.getLogger("jieba")
    jieba_log.setLevel(logging.CRITICAL)
    try:
        tokenizer.initialize()
    finally:
        jieba_log.setLevel(logging.WARNING)  # its progress notes are not the user's business
    return tokenizer


@cache
def _short_word_tags() -> dict[str, str]:
    """Part of speech of every one- and two-character word in the dictionary (jieba's tags:
    "v" verb, "n" noun...), read from its word list on first need only."""
    with _segmenter().get_dict_file() as entries:  # lines of "word frequency tag"
        rows = [entry.decode("utf-8").split() for entry in entries]
    return {row[0]: row[2] for row in rows if len(row) == 3 and len(row[0]) <= 2}


def word_tag(word: str) -> str | None:
    return _short_word_tags().get(to_simplified(word))


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each dictionary word in the text's best segmentation."""
    spans, start = [], 0
    for token in _segmenter().lcut(to_simplified(text), HMM=False):
        spans.append((start, start + len(token)))
        start += len(token)
    return spans


def word_bridges(left: str, right: str, context: int = 3) -> bool:
    """Does a word or a number run across the join of `left` and `right` ("中央国" + "家机关",
    "2016年9月" + "15日")?"""
    if _BARE_NUMBER_END.search(left) or _NUMBER_END.search(left) and _NUMBER_START.match(right):
        return True
    before, after = left[-context:], right[:context]
    cut = len(before)
    return any(start < cut < end for start, end in token_spans(before + after))


def ends_on_link(text: str, context: int = 6) -> bool:
    """Does the text stop on a word that joins it to what follows ("…由物业公司与",
    "…主要是由于")? A title or a finished clause never does; "反对" and "参与" are
    words of their own and do not count.

    >>> ends_on_link("由物业公司与"), ends_on_link("坚决反对")
    (True, False)
    """
    tail = to_simplified(text.strip()[-context:])
    spans = token_spans(tail)
    return bool(spans) and tail[spans[-1][0] :] in LINKING_WORDS
