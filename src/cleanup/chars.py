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
