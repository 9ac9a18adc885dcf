"""Words found the way jieba finds them (`cleanup.segment`), from the dictionary the package ships."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import seed_paths
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup.segment import dictionary

WORDS = [
    ("中央国家机关", ["中央", "国家机关"]),
    ("离退休老老干部", ["离退休", "老", "老干部"]),
    ("人人肩上担担子", ["人人", "肩上", "担", "担子"]),
    ("2016年9月15日", ["2016", "年", "9", "月", "15", "日"]),
    ("APP下载 扫码", ["APP", "下载", " ", "扫", "码"]),
    ("，。", ["，", "。"]),
    ("", []),
]


@pytest.mark.parametrize(("text", "words"), WORDS)
def test_words(text: str, words: list[str]) -> None:
    assert dictionary().words(text) == words


def test_parts_of_speech() -> None:
    assert (dictionary().tag("担"), dictionary().tag("担子"), dictionary().tag("担担")) == ("v", "n", None)


@cache
def jieba_tokenizer():
    jieba = pytest.importorskip("jieba", reason="jieba (the train extra) is the reference")
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def test_the_seed_pages_segment_as_jieba_segments_them() -> None:
    tokenizer = jieba_tokenizer()
    for path in seed_paths():
        for line in path.read_text("utf-8").splitlines():
            assert dictionary().words(line) == tokenizer.lcut(line, HMM=False)


ALPHABET = list("中文的党老干部高本报记者讯电摄下转版■——年月日，。、：；？！（）“”《》,.:;!?()\"' 12abXY+#&._%-") + ["\u3000", "\u00a0", "\t", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.sampled_from(ALPHABET), st.characters(codec="utf-8")), max_size=20))
def test_any_text_segments_as_jieba_segments_it(text: str) -> None:
    assert dictionary().words(text) == jieba_tokenizer().lcut(text, HMM=False)
