"""Invariants on pages generated from real text: nothing lost, repairs settle, valid output, same bytes.

Generated pages print real article texts (../shared/corpus, read at test time) and the
articles of the seed pages the way extractors leave them: wrapped at a drawn column width,
blank lines where a column jumps, headline blocks before or after their bodies, bylines,
banners repeated, half-width punctuation and stray spaces.
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import regex
from conftest import SHARED, seed_paths, wrapped
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cleanup import DEFAULT, Config, Edit, clean, decode, fix_text
from layout import Article, reconstruct, to_json, to_newsml
from layout.cli import app
from layout.errors import ExitCode
from layout.validate import validate_bytes

CORPUS_FILES = ("rmrb_2017_pages.json", "hkcnews_zh_hant.json")
HAN_OR_DIGIT = regex.compile(r"[\p{Han}0-9]")
# Characters XML 1.0 forbids, C1 controls, carriage returns and zero-width marks: none may reach the output.
NOT_IN_OUTPUT = regex.compile("[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u200b-\u200d\u2060\ufeff]")
ARTICLE_FIELDS = ("kicker", "headline", "subheadline", "byline", "dateline", "jump_line", "credit")
BANNERS = ("乡村振兴先锋", "专题访谈", "喜迎党的十九大", "奋力拼抢争 冲刺四季度·专题访谈")
# What a page prints between its articles, as blocks of lines: a photo's caption with its
# credit, a data box (figures, each over the line that explains it), a section banner, a
# box's title, a jump line, a sponsor's line. Their order against the texts is where stages
# meet: a caption taken out right over a data box once stopped the page.
INTERLUDES = (
    ("图为村民在田间劳作。■记者 李华 摄",),
    ("3.2万亩", "", "截至4月8日，全县已完成春播面积3.2万亩", "", "12.5万户", "", "截至4月9日，全县已有12.5万户农户领取补贴"),
    ("改革开放再出发",),
    ("核心阅读",),
    ("（下转2版）",),
    ("要闻 某某日报社 主办",),
)
HALF_WIDTH = {"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"}
SPACES = (" ", "\u3000", "\u00a0", "\t")
# A few seconds per property: enough pages to vary every layout choice, few enough for a fast suite.
PROPERTY = settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ---------------------------------------------------------------- conservation
def han_and_digits(text: str) -> Counter[str]:
    return Counter(HAN_OR_DIGIT.findall(text))


def removed_by_edits(edits: Iterable[Edit]) -> Counter[str]:
    """What the logged repairs took out (a collapsed banner, a doubled character)."""
    removed: Counter[str] = Counter()
    for edit in edits:
        removed.update(han_and_digits(edit.before))
        removed.subtract(han_and_digits(edit.after))
    return removed


def output_texts(document: dict[str, Any]) -> list[str]:
    """Every text field of the JSON output; the page number and section a header printed
    live in the page's meta."""
    texts = [document["page"]["number"] or "", document["page"]["section"] or ""]
    texts += [piece["text"] for piece in document["furniture"]]
    for article in document["articles"]:
        texts += [article[field] for field in ARTICLE_FIELDS if article[field]]
        for part in article["body"]:  # a paragraph's or intertitle's text, a table's cells
            texts += [cell for row in part["table"] for cell in row] if "table" in part else list(part.values())
    return texts


def lost_characters(source: str | bytes, config: Config = DEFAULT) -> Counter[str]:
    """Han characters and digits of the input that neither the output nor a logged edit accounts for."""
    text = decode(source).text if isinstance(source, bytes) else source
    page = reconstruct(source, config=config)
    expected = han_and_digits(text)
    expected.subtract(removed_by_edits(page.edits))
    found = han_and_digits("".join(output_texts(json.loads(to_json(page)))))
    return expected - found


# ---------------------------------------------------------------- stories and pages
@dataclass(frozen=True)
class Story:
    """An article as printed: its title lines, byline line and paragraphs (dateline in front)."""

    titles: tuple[str, ...]
    byline: str | None
    paragraphs: tuple[str, ...]


def _story(
    titles: tuple[str | None, str | None, str | None],
    byline: str | None,
    dateline: str | None,
    paragraphs: list[str],
    credit: str | None,
) -> Story:
    """Print an annotated article again: kicker, headline and "——" subheadline lines, "■" byline,
    the dateline run into the first paragraph, a photo credit after the text."""
    kicker, headline, subheadline = titles
    title_lines = [title for title in (kicker, headline) if title] + ([f"——{subheadline}"] if subheadline else [])
    paragraphs = paragraphs[:4]
    if dateline and paragraphs:
        paragraphs[0] = dateline + paragraphs[0]
    if credit:
        paragraphs.append(f"■{credit} 摄")
    return Story(tuple(title_lines), f"■{byline}" if byline else None, tuple(paragraphs))


def _corpus_story(article: dict[str, Any]) -> Story:
    titles = (article.get("kicker"), article.get("headline"), article.get("subheadline"))
    paragraphs = [text for part in article["body"] for text in part.values()]
    return _story(titles, article.get("byline"), article.get("dateline"), paragraphs, article.get("credit"))


def _seed_story(article: Article) -> Story:
    titles = (article.kicker, article.headline, article.subheadline)
    byline = article.byline.text if article.byline else None
    dateline = article.dateline.text if article.dateline else None
    return _story(titles, byline, dateline, [part.text for part in article.body], article.credit)


@cache
def _stories() -> tuple[Story, ...]:
    corpus = [json.loads((SHARED / "corpus" / name).read_text("utf-8")) for name in CORPUS_FILES]
    articles = [article for page in corpus[0]["pages"] for article in page["articles"]] + corpus[1]["articles"]
    seeds = [article for path in seed_paths() for article in reconstruct(path.read_bytes()).articles if article.body]
    return tuple(map(_corpus_story, articles)) + tuple(map(_seed_story, seeds))


def stories() -> tuple[Story, ...]:
    """Corpus articles and the seed pages' articles; tests that print them skip without ../shared."""
    if not all((SHARED / "corpus" / name).exists() for name in CORPUS_FILES):
        pytest.skip(f"{SHARED / 'corpus'} is not available")
    return _stories()


def printed(story: Story, width: int, headline_first: bool) -> list[str]:
    body = ([story.byline, ""] if story.byline else []) + [line for text in story.paragraphs for line in wrapped(text, width)]
    if not story.titles:
        return body
    titles = list(story.titles)
    return titles + [""] + body if headline_first else body + [""] + titles


def roughened(line: str, noise: random.Random) -> list[str]:
    """What extractors do to a line: a blank line before it (column jump), a half-width mark, a stray space."""
    if noise.random() < 0.1:
        mark = noise.choice(list(HALF_WIDTH))
        line = line.replace(mark, HALF_WIDTH[mark], 1)
    if noise.random() < 0.1 and line:
        cut = noise.randrange(len(line))
        line = line[:cut] + noise.choice(SPACES) + line[cut:]
    return ["", line] if noise.random() < 0.05 else [line]


@st.composite
def page_dumps(draw: st.DrawFn) -> str:
    chosen = draw(st.lists(st.sampled_from(stories()), min_size=1, max_size=3))
    width = draw(st.integers(min_value=6, max_value=40))
    headline_first = draw(st.booleans())
    noise = draw(st.randoms(use_true_random=False))
    lines: list[str] = []
    if draw(st.booleans()):
        lines += [draw(st.sampled_from(BANNERS)) * draw(st.integers(min_value=1, max_value=4)), ""]
    for story in chosen:
        for interlude in draw(st.lists(st.sampled_from(INTERLUDES), max_size=2)):
            lines += [*interlude, ""]
        lines += printed(story, width, headline_first) + [""]
    return "\n".join(rough for line in lines for rough in roughened(line, noise))


chinese_text = st.text(
    st.one_of(
        st.sampled_from(list("中文的党老干部高本报记者讯电摄下转版■——年月日，。、：；？！（）“”《》,.:;!?()\"' \u3000\u00a0\t12ab\n")),
        st.characters(codec="utf-8"),
    ),
    max_size=200,
)
# Short runs of marks of both widths, spaces and a little text: where one repair can feed another.
punctuated_text = st.text(st.sampled_from(list("中文党员,:;!?()，：；！？（）“”、。《》 \u30001a")), max_size=12)
# Repairs of a short text take a millisecond: this property can afford many more examples.
MANY = settings(max_examples=200, deadline=None)


# ---------------------------------------------------------------- conservation
@pytest.mark.parametrize("path", seed_paths(), ids=lambda path: path.stem)
def test_seed_pages_lose_no_han_character_or_digit(path: Path) -> None:
    assert lost_characters(path.read_bytes()) == Counter()


def test_dumps_from_real_extractors_lose_no_han_character_or_digit() -> None:
    """The typeset pages' dumps (pypdfium2 pools headlines and bylines after the text) from
    ../shared/devset-pdf, where they are."""
    dumps = sorted((SHARED / "devset-pdf").glob("*.txt"))
    if not dumps:
        pytest.skip("../shared/devset-pdf is not here")
    losses = {path.stem: lost for path in dumps if (lost := lost_characters(path.read_bytes()))}
    assert losses == {}


@PROPERTY
@given(page_dumps())
def test_generated_pages_lose_no_han_character_or_digit(dump: str) -> None:
    assert lost_characters(dump) == Counter()


# Two pages at a time, so fewer of them: each example is a small archive.
WINDOWED = settings(PROPERTY, max_examples=25, suppress_health_check=[*PROPERTY.suppress_health_check, HealthCheck.large_base_example])


# Found by the property below: a headless article whose headline the pool gave it was given
# another pooled title, and its own (the pooled line that opens on "今年夏季") went nowhere.
POOL_REGRESSION = (
    '\n ”战略平台；采用\n\n“管委会+指挥部\n\n +平台公司”模式\n\n 开辟城市建设新路\n\n径；青年创新创业\n\n 发展高地推'
    '动粤港\n\n 澳深度合作。\n\n\n\n\n 本报北京\n\n 4月21日电\n\n   （记者倪\n\n弋）近日，公\n\n安部决定从2\n\n01'
    '7年4月\n\n中旬至党的十\n\n九大闭幕，在\n\n 全国集中开展\n\n 夏季消防检查\n\n，采取全国“\n\n规定动作”与\n\n地方“自'
    '选动\n\n作”相结合，\n\n确保火灾形势\n\n稳定，坚决遏\n\n 制重特大火灾\n\n ,努力为党的\n\n十九大等重大\n\n活动创造良好'
    '\n\n 的消防安全环\n\n境。\n\n今年夏季\n\n消防检查将重\n\n 点开展社会火\n\n灾防范工作，\n\n包括强化人员\n\n密集场所消防'
    '\n\n检查、加强易\n\n燃易爆单位消\n\n防治理、开展\n\n文物古建筑消\n\n 防检查、推进\n\n消防安全社区\n\n创建、开展电\n'
)


def test_a_headline_the_pool_replaces_stays_on_the_page() -> None:
    assert lost_characters(POOL_REGRESSION) == Counter()


# Found by the windowed property below: a line under a photo credit, in the credit's block,
# went with the mark and the 摄 the credit gives up.
CREDIT_REGRESSION = " 者奉献一场阅\n\n 读盛宴。\n\n 邵志远摄\n （新华社发）\n"


def test_a_line_under_a_photo_credit_stays_with_it() -> None:
    assert lost_characters(CREDIT_REGRESSION) == Counter()


# Found by the mutated pages of `test_faults`: an article holding two jump lines kept only the last.
@pytest.mark.parametrize(
    "dump",
    [
        "市委坚持以党的政治建设为统领，履行全面从严治党主体责任，（下转2版C）\n\n今年以来，金乡县推动园区党建提质增效，（下转2版D）\n\n标题一\n",
        "市委坚持以党的政治建设为统领。\n\n服务群众的点点滴滴……（下转2版C）\n\n服务群众的点点滴滴……（下转2版C）\n\n标题一\n",
        "市委坚持以党的政治建设为统领。\n\n服务群众的点点滴滴……（下转2版C）\n（下转2版D）\n\n标题一\n",
    ],
)
def test_an_earlier_jump_line_in_one_article_stays_in_its_text(dump: str) -> None:
    assert lost_characters(dump) == Counter()


@WINDOWED
@given(page_dumps(), page_dumps(), st.integers(200, 4000))
def test_a_dump_rebuilt_in_windows_loses_no_han_character_or_digit(first: str, second: str, window: int) -> None:
    assert lost_characters(first + "\n\n" + second, dataclasses.replace(DEFAULT, window_chars=window)) == Counter()


@PROPERTY
@given(chinese_text)
def test_arbitrary_text_loses_no_han_character_or_digit(text: str) -> None:
    assert lost_characters(text) == Counter()


def test_page_number_of_a_repeated_header_is_kept() -> None:
    assert lost_characters("32023年12月17日 星期日\n\n42023年12月18日 星期一\n") == Counter()


# ---------------------------------------------------------------- idempotence
def seed_paragraphs(path: Path) -> list[str]:
    return [paragraph.text for paragraph in clean(path.read_bytes()).paragraphs]


@pytest.mark.parametrize("path", seed_paths(), ids=lambda path: path.stem)
def test_fixing_fixed_seed_text_changes_nothing(path: Path) -> None:
    fixed = [fix_text(paragraph) for paragraph in seed_paragraphs(path)]
    assert [fix_text(paragraph) for paragraph in fixed] == fixed


@MANY
@given(st.one_of(punctuated_text, chinese_text).filter(lambda text: not regex.search(r"(\p{Han})\1\1", text)))
def test_fixing_fixed_text_changes_nothing(text: str) -> None:
    fixed = fix_text(text)
    assert fix_text(fixed) == fixed


def test_fixing_a_tripled_character_settles_at_once() -> None:
    fixed = fix_text("离退休老老老干部")
    assert fix_text(fixed) == fixed


def cleaned_again(paragraphs: list[str]) -> list[str]:
    """Clean paragraphs printed one per line with a blank line between, cleaned once more."""
    return [paragraph.text for paragraph in clean("\n\n".join(paragraphs)).paragraphs]


@st.composite
def finished_paragraphs(draw: st.DrawFn) -> list[str]:
    """Clean paragraphs of stories that end a sentence, as `clean` gives them."""
    paragraphs = [text for story in stories() for text in story.paragraphs if text.endswith(("。", "！", "？", "”"))]
    chosen = draw(st.lists(st.sampled_from(paragraphs), min_size=1, max_size=6))
    return [paragraph.text for paragraph in clean("\n\n".join(chosen)).paragraphs]


@PROPERTY
@given(finished_paragraphs())
def test_cleaning_clean_paragraphs_gives_them_back(paragraphs: list[str]) -> None:
    assert cleaned_again(paragraphs) == paragraphs


@pytest.mark.parametrize("path", seed_paths(), ids=lambda path: path.stem)
def test_cleaning_clean_seed_paragraphs_gives_them_back(path: Path) -> None:
    paragraphs = seed_paragraphs(path)
    assert cleaned_again(paragraphs) == paragraphs


# ---------------------------------------------------------------- valid output, or a clean refusal
def assert_clean_newsml(data: bytes) -> None:
    assert validate_bytes(data) == []
    assert not NOT_IN_OUTPUT.search(data.decode("utf-8"))


@PROPERTY
@given(page_dumps())
def test_generated_pages_give_valid_newsml(dump: str) -> None:
    assert_clean_newsml(to_newsml(reconstruct(dump)))


@PROPERTY
@given(st.text(max_size=300))
def test_any_text_gives_valid_newsml(text: str) -> None:
    assert_clean_newsml(to_newsml(reconstruct(text)))


@PROPERTY
@given(st.one_of(st.binary(max_size=300), chinese_text.map(str.encode), chinese_text.map(lambda text: text.encode("gb18030"))))
def test_any_bytes_give_valid_newsml_or_one_input_error(data: bytes) -> None:
    result = CliRunner().invoke(app, ["convert", "-"], input=data)
    if result.exit_code == 0:
        assert_clean_newsml(result.stdout_bytes)
    else:
        assert result.exit_code == ExitCode.INPUT
        assert result.stderr.startswith("newsdump: error: <stdin>: ")
        assert result.stderr.count("\n") == 1


# ---------------------------------------------------------------- determinism
@PROPERTY
@given(page_dumps())
def test_two_conversions_give_the_same_bytes(dump: str) -> None:
    assert to_newsml(reconstruct(dump)) == to_newsml(reconstruct(dump))
    assert to_json(reconstruct(dump)) == to_json(reconstruct(dump))
