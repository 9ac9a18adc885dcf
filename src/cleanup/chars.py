"""Character classes shared by the repairs: Chinese marks, brackets and spaces."""

from __future__ import annotations

# Full-width and CJK punctuation that sits in Chinese text.
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕—…·～￥"
OPENING = "“‘（《〈【「『〔"
CLOSING = "”’）》〉】」』〕"
# Marks inside or at the end of a sentence, never printed with a space beside them.
INNER_MARKS = "，。、；：？！…—·～"
# Spaces a dump may carry: ASCII, ideographic (U+3000), no-break (U+00A0).
SPACES = "[ \u3000\u00a0]"
# Unicode's Han script (what the `regex` module calls \p{Han}) as the body of a character class
# for the standard library's `re`, which has no script classes and searches such patterns
# several times faster: radicals, 々, 〇, Hangzhou numerals, the unified ideographs and their
# extensions, the compatibility ideographs.
HAN = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6\U00020000-\U0002a6df\U0002a700-\U0002b81e"
    "\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a\U00031350-\U00033479"
)
