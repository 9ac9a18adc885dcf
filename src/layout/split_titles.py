"""A headline cut in two by the title reader, put back together.

A headline printed over several lines of unequal width ("部署进一步分片分批推进春耕工作" |
"优化服务加快农机" | "下田科学种植") may be read as two titles: the first heads the text above
it, and the rest, with the deck under it, makes an article of its own with no text at all. An
article needs a text; on a page that parts its units by blank lines, titles printed right
under another article's headline, with no blank line between and nothing of their own under
them, are the rest of that headline, unless a column tag closed it ("…（远望台）").
"""

from __future__ import annotations

from cleanup import DEFAULT, Config
from cleanup.shapes import closed_by_a_column_tag
from layout.model import Article, LineRole, Span
from layout.title_spaces import between_title_lines


def rejoin_split_headlines(articles: list[Article], config: Config = DEFAULT) -> list[Article]:
    """The articles, each bodiless one printed right under the headline of the one before it
    folded into that headline (its deck becoming that article's subheadline where it has none)."""
    kept: list[Article] = []
    for article in articles:
        above = kept[-1] if kept else None
        if above is not None and _rest_of_the_headline_above(article, above):
            _fold(article, above, config)
        else:
            kept.append(article)
    return kept


def _rest_of_the_headline_above(article: Article, above: Article) -> bool:
    if article.kind != "article" or article.body or article.byline or article.dateline or article.kicker or not article.headline or article.span is None:
        return False
    if above.kind != "article" or not above.headline or not above.body or closed_by_a_column_tag(above.headline):
        return False  # a column tag closes its headline: a title under it is another
    return any(role.role == "headline" and role.span.last + 1 == article.span.first for role in above.line_roles)


def _fold(article: Article, above: Article, config: Config) -> None:
    text = "".join(part.text for part in above.body)
    above.headline = f"{above.headline}{between_title_lines(above.headline or '', article.headline or '', text, config)}{article.headline}"
    if article.subheadline and not above.subheadline:
        above.subheadline = article.subheadline
    upper = next(role for role in above.line_roles if role.role == "headline")
    lower = next(role for role in article.line_roles if role.role == "headline")
    above.line_roles[above.line_roles.index(upper)] = LineRole("headline", Span(upper.span.first, lower.span.last))
    above.line_roles.extend(role for role in article.line_roles if role.role == "subheadline")
    if above.span is not None and article.span is not None:
        above.span = Span(min(above.span.first, article.span.first), max(above.span.last, article.span.last))
    above.notes.append(f"title {article.headline!r} printed under its headline was read as its rest")
