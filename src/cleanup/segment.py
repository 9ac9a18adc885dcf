"""Words in Chinese text, found the way jieba finds them, from a dictionary mapped from disk.

The dictionary is jieba's word list (frequencies and parts of speech) stored as a marisa
trie (`words.marisa`, built by ``scripts/build_dictionary.py``): the operating system maps
it in milliseconds, where reading jieba's own list costs a second and 70 MB per process.
The segmentation is jieba's precise mode without its HMM: the path through the sentence's
word graph with the highest product of word frequencies.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from math import log
from pathlib import Path

_FOLDER = Path(__file__).parent
# jieba's own patterns, with the standard library's semantics: blocks of Han, Latin and
# digits are segmented, anything else is split into characters and whitespace runs.
_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile("(\r\n|\\s)")
_LATIN_OR_DIGIT = re.compile("[a-zA-Z0-9]")
CACHED_LOOKUPS = 1 << 16


class Dictionary:
    """Words with their frequency and part of speech."""

    def __init__(self, trie, meta: dict) -> None:
        self._trie = trie
        self.total = meta["total"]
        self._log_total = log(self.total)
        self._tags = meta["tags"]
        # Text repeats its common words: the lookups a page asks again are kept, within bounds.
        self.frequency = lru_cache(maxsize=CACHED_LOOKUPS)(self._frequency)
        self.tag = lru_cache(maxsize=CACHED_LOOKUPS)(self._tag)

    def _frequency(self, word: str) -> int:
        records = self._trie.get(word)
        return records[0][0] if records else 0

    def _tag(self, word: str) -> str | None:
        """The word's part of speech (`tag`, kept): a line's last one or two characters are asked again and again."""
        records = self._trie.get(word)
        return self._tags[records[0][1]] or None if records else None

    def words(self, text: str) -> list[str]:
        """The words of `text` in order, as jieba's lcut(text, HMM=False) gives them."""
        words: list[str] = []
        for block in _BLOCK.split(text):
            if not block:
                continue
            if _BLOCK.match(block):
                words.extend(self._best_path(block))
            else:
                for piece in _SKIP.split(block):
                    words.extend([piece] if _SKIP.match(piece) else list(piece))
        return words

    def _graph(self, sentence: str) -> list[list[int]]:
        """For each position, the ends of the dictionary words starting there (itself at least):
        one trie walk per position gives every word that is a prefix of the rest."""
        return [[start + len(word) - 1 for word in self._trie.prefixes(sentence[start:])] or [start] for start in range(len(sentence))]

    def log_chance(self, sentence: str) -> float:
        """The natural log of the chance of the sentence's likeliest reading, word by word
        (every word's frequency over the dictionary's total): how well it reads.

        >>> dictionary().log_chance("室外健身器材") > dictionary().log_chance("室外健身器器材")
        True
        """
        return self._route(sentence)[0][0]

    def _route(self, sentence: str) -> list[tuple[float, int]]:
        """For each position, the log chance of the best reading of the rest and where its first word ends."""
        graph = self._graph(sentence)
        length = len(sentence)
        route: list[tuple[float, int]] = [(0.0, 0)] * (length + 1)
        for start in range(length - 1, -1, -1):
            route[start] = max(
                (log(self.frequency(sentence[start : end + 1]) or 1) - self._log_total + route[end + 1][0], end) for end in graph[start]
            )
        return route

    def _best_path(self, sentence: str) -> list[str]:
        route = self._route(sentence)
        length = len(sentence)
        words, latin, position = [], "", 0
        while position < length:
            end = route[position][1] + 1
            word = sentence[position:end]
            if _LATIN_OR_DIGIT.match(word) and len(word) == 1:
                latin += word  # single Latin letters and digits run together into one token
            else:
                if latin:
                    words.append(latin)
                    latin = ""
                words.append(word)
            position = end
        if latin:
            words.append(latin)
        return words


@cache
def dictionary() -> Dictionary:
    import marisa_trie

    trie = marisa_trie.RecordTrie("<IB")
    trie.mmap(str(_FOLDER / "words.marisa"))
    return Dictionary(trie, json.loads((_FOLDER / "words.json").read_text("utf-8")))
