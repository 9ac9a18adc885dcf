"""Pooled headline blocks given their bylines and the stories an extractor ran together.

An extractor that prints a page's headlines together after its text (`layout.pooled`)
prints each block as print sets it: kicker, headline, deck, then the byline. Read in place,
a byline seems to head the block below it; it goes back under the titles right above it.

Such an extractor leaves nothing between two stories either: when one story's last
paragraph and the next one's first are set in the same measure, the two read as one
article, and the second story's headline block stands after the text with no body. A
headline shares words with its own story, so that text is found again: in the article
whose text holds most of the headline's pairs, the cut goes where the text stops holding
its own headline's words and starts holding the new one's. Between the last paragraph that
still holds the first and the first that holds the second, the cut goes where the words
change most from the paragraphs before to the paragraphs after (the idea of TextTiling).
Only a paragraph that ends a sentence closes a story. Headline blocks printed in the text's
order (as such extractors print them) are taken in that order, so three stories run
together come apart at two cuts.

Only a page with several headline blocks after its text (`Config.pooled_headline_blocks`)
is read so, and only where several of them head no text is any text cut.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanup import DEFAULT, Config
from cleanup.marks import ends_sentence
from layout.model import Article, BodyPart, Span
from layout.pooled import TITLE_ROLES
from layout.titles import overlap
from layout.words import pairs_of, share


def split_run_together(articles: list[Article], config: Config = DEFAULT) -> list[Article]:
    """Give the bylines after the page's text to the titles above them, and each headline
    block there with no body of its own the story it heads, cut from the article that ran it
    in; the articles in reading order."""
    body_end = max((part.span.last for article in articles for part in article.body), default=0)
    blocks_after_text = [article for article in articles if article.kind == "article" and _titled_after(article, body_end)]
    if len(blocks_after_text) < config.pooled_headline_blocks:
        return articles  # at most the last article's headline block after the text: no pooled headlines
    articles = _bylines_under_their_titles(articles, body_end)
    headless_blocks = [article for article in blocks_after_text if not article.body and article.headline]
    if len(headless_blocks) < config.pooled_headline_blocks:
        return articles
    cut_any = False
    for block in headless_blocks:
        words = _title_words(block)
        holders = [article for article in articles if article.kind == "article" and len(article.body) > 1]
        holder = max(holders, key=lambda article: overlap(words, _text(article.body)), default=None)
        cut = _cut(holder, words, config) if holder is not None else None
        if cut is not None:
            _hand_over(holder, block, cut)
            cut_any = True
    return sorted(articles, key=_first_text_line) if cut_any else articles


def _bylines_under_their_titles(articles: list[Article], body_end: int) -> list[Article]:
    """A byline after the text goes with the titles printed right above it, as print sets a
    byline under its headline. An article left with nothing is gone: its byline went on."""
    title_ends = {max(role.span.last for role in article.line_roles if role.role in TITLE_ROLES): article for article in articles if _titled_after(article, body_end)}
    for article in articles:
        roles = [role for role in article.line_roles if role.role == "byline"]
        if article.byline is None or not roles or roles[0].span.first <= body_end:
            continue
        above = title_ends.get(roles[0].span.first - 1)
        if above is None or above is article or above.byline is not None:
            continue
        above.byline, article.byline = article.byline, None
        above.line_roles.extend(roles)
        article.line_roles = [role for role in article.line_roles if role not in roles]
        above.span = _span_of(above)
        article.span = _span_of(article) if article.body or article.line_roles else article.span
    return [article for article in articles if article.body or article.line_roles or article.kind != "article"]


def _cut(holder: Article, words: str, config: Config) -> int | None:
    """Where in the holder's body the story headed by `words` begins; None where no cut
    leaves that story most of the headline's words (`Config.banner_overlap`) and the text
    before it fewer of them than the text after."""
    own = _title_words(holder)
    body = holder.body
    best: tuple[float, float, int] | None = None
    for index in range(1, len(body)):
        if body[index].kind != "p" or not ends_sentence(body[index - 1].text):
            continue
        before, after = _text(body[:index]), _text(body[index:])
        theirs = overlap(words, after) - overlap(words, before)
        if overlap(words, after) < config.banner_overlap or theirs <= 0:
            continue
        ours = overlap(own, before) - overlap(own, after) if own else 0.0
        change = 1.0 - _window_share(body, index, config.run_together_window)
        candidate = (round(theirs + ours, 6), change, index)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else None


def _window_share(body: Sequence[BodyPart], index: int, window: int) -> float:
    """How much of the pairs of the paragraphs after `index` the ones before hold (a few of each)."""
    before = pairs_of(_text(body[max(0, index - window) : index]))
    after = pairs_of(_text(body[index : index + window]))
    return share(after, before)


def _hand_over(holder: Article, block: Article, cut: int) -> None:
    """The holder's paragraphs from `cut` on, and the jump line or credit printed among them,
    go to the headline block."""
    moved = holder.body[cut:]
    holder.body, block.body = holder.body[:cut], moved
    start = moved[0].span.first
    for field in ("jump_line", "credit"):
        roles = [role for role in holder.line_roles if role.role == _ROLE_OF[field] and role.span.first >= start]
        if roles and getattr(holder, field):
            setattr(block, field, getattr(holder, field))
            setattr(holder, field, None)
            holder.line_roles = [role for role in holder.line_roles if role not in roles]
            block.line_roles.extend(roles)
    for article in (holder, block):
        article.span = _span_of(article)
    block.notes.append("text cut from the article before, where the words of its headline printed after the page's text begin")


_ROLE_OF = {"jump_line": "jump", "credit": "credit"}


def _title_words(article: Article) -> str:
    return "".join(text for text in (article.kicker, article.headline, article.subheadline) if text)


def _text(body: Sequence[BodyPart]) -> str:
    return "".join(part.text for part in body)


def _titled_after(article: Article, body_end: int) -> bool:
    """Does the article's headline block stand after the page's last paragraph?"""
    titles = [role for role in article.line_roles if role.role in TITLE_ROLES]
    return bool(titles) and all(role.span.first > body_end for role in titles)


def _first_line(article: Article) -> int:
    return article.span.first if article.span else 0


def _first_text_line(article: Article) -> int:
    return article.body[0].span.first if article.body else _first_line(article)


def _span_of(article: Article) -> Span:
    spans = [part.span for part in article.body] + [role.span for role in article.line_roles]
    return Span(min(span.first for span in spans), max(span.last for span in spans))
