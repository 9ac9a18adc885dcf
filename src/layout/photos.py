"""Photos: the article a caption illustrates, and a headline for each photo.

A printed caption has no headline of its own, and which article it belongs to is shown
by where it stands. A link is made only where the page makes it clear: the caption
stands next to the article and shares a run of characters with it (a person with what
they did, a place with its event). A caption that shares only stock phrases with its
neighbours ("高质量发展") is a photo on its own.
"""

from __future__ import annotations

import regex

from cleanup import DEFAULT, Config
from layout.model import Article

_NOT_HAN = regex.compile(r"[^\p{Han}]+")
_SENTENCE_END = regex.compile(r"(?<=[。！？!?])")
_CLAUSE_END = regex.compile(r"(?<=[，；：,;:])")


def _han(text: str) -> str:
    return _NOT_HAN.sub("", text)


def _article_text(article: Article) -> str:
    return _han("".join([article.headline or "", *(part.text for part in article.body)]))


def shares_run(caption: str, text: str, length: int) -> bool:
    """Whether the two (Han-only) texts share `length` consecutive characters.

    >>> shares_run("被打青年郑仲恒今早出庭作证", "案件开审郑仲恒今早出庭", 6)
    True
    >>> shares_run("推动高质量发展", "坚持高质量发展道路", 6)
    False
    """
    # The caption's few runs each searched in the text (in C), not the long text cut into all of its runs
    return any(caption[start : start + length] in text for start in range(len(caption) - length + 1))


def link_photos(articles: list[Article], config: Config = DEFAULT) -> None:
    """Set each photo's `illustrates` to the number (1-based, as the items are numbered) of
    the article printed next to it that its caption shares a run of characters with: the
    one before it, else the one after it."""
    for index, photo in enumerate(articles):
        if photo.kind != "photo":
            continue
        caption = _han("".join(part.text for part in photo.body))
        beside = [number for number in (index, index + 2) if 0 < number <= len(articles) and articles[number - 1].kind == "article"]
        photo.illustrates = next(
            (number for number in beside if shares_run(caption, _article_text(articles[number - 1]), config.photo_link_chars)), None
        )


def photo_headline(photo: Article, articles: list[Article], config: Config = DEFAULT) -> str | None:
    """A photo's headline: the headline of the article it illustrates, else its caption's
    first sentence, cut after a clause when that is long.

    >>> from layout.model import BodyPart, Span
    >>> photo = Article("photo", body=[BodyPart("p", "图为交流会现场，嘉宾在发言。新的一年。", Span(1, 1))])
    >>> photo_headline(photo, [photo])
    '图为交流会现场，嘉宾在发言。'
    """
    if photo.illustrates and articles[photo.illustrates - 1].headline:
        return articles[photo.illustrates - 1].headline
    text = photo.body[0].text.strip() if photo.body else ""
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(sentence) <= config.photo_headline_chars:
        return sentence or None
    clauses = _CLAUSE_END.split(sentence)
    cut = ""
    for clause in clauses:
        if len(cut) + len(clause) > config.photo_headline_chars:
            break
        cut += clause
    return (cut or sentence[: config.photo_headline_chars]).rstrip("，；：,;:") or None
