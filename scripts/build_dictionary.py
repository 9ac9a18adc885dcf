"""Build the word dictionary the package ships (src/cleanup/words.marisa) from jieba's.

    python scripts/build_dictionary.py          # needs the `train` extra (jieba)

The package segments text the way jieba does (its dictionary, its maximum-probability
path, no HMM), but reading jieba's word list costs a second and 70 MB per process.
This writes the same list as a marisa trie, which the package maps from disk in
milliseconds: each word with its frequency and part of speech, and the total frequency.
Rebuild it only when jieba's dictionary changes; tests compare the two segmenters.
"""

from __future__ import annotations

import json
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "src" / "cleanup"


def main() -> None:
    import jieba
    import marisa_trie

    entries: dict[str, tuple[int, int]] = {}  # a word listed twice keeps its last line, as in jieba
    tags: dict[str, int] = {"": 0}
    total = 0
    with jieba.Tokenizer().get_dict_file() as source:  # "word frequency tag" per line
        for raw in source:
            word, frequency, *rest = raw.decode("utf-8").split()
            tag = tags.setdefault(rest[0] if rest else "", len(tags))
            entries[word] = (int(frequency), tag)
            total += int(frequency)
    marisa_trie.RecordTrie("<IB", entries.items()).save(str(TARGET / "words.marisa"))
    meta = {
        "source": f"jieba {jieba.__version__} dict.txt (MIT licence, https://github.com/fxsjy/jieba)",
        "words": len(entries),
        "total": total,
        "tags": sorted(tags, key=tags.get),
    }
    (TARGET / "words.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(entries)} words, total frequency {total}, written to {TARGET / 'words.marisa'}")


if __name__ == "__main__":
    main()
