"""Headlines an extractor printed together after the page's text, put back over their articles.

Some extractors (pypdfium2) print a page's body text first and all its headlines after it,
one title line after another. Read in place, they look like one headline block of the last
article and a row of banners, and every other article has no headline. A headline shares
words with its own article, so each title line after the last paragraph goes to the
headless article whose text holds most of its character pairs (at least
`Config.banner_overlap`). Of the lines an article gets, the last is its headline and those
before it its kicker. A line that finds no article stays where it was: nothing is dropped.
Only a page with several headless articles and several title lines after its text is read
so; on others the headline block after the last body is that article's own.

Anywhere on the page, titles set aside as banners beside another article's headline go to
a headless article when most of their pairs are in its text (`Config.stray_title_overlap`,
`place_stray_titles`): a page read in an order that set a headline away from its text.
"""

from __future__ import annotations

from cleanup import DEFAULT, Config
from layout.model import Article, Furniture, LineRole, Span
from layout.titles import overlap

_TITLE_ROLES = ("headline", "kicker", "subheadline")


def place_pooled_headlines(
    articles: list[Article], furniture: list[Furniture], config: Config = DEFAULT
) -> tuple[list[Article], list[Furniture]]:
    """Give the page's headless articles the title lines printed after all its text; the
    articles (less the headline blocks without body whose titles all went back to theirs) and
    the furniture (less the lines so placed, plus the titles given up and not placed again)."""
    body_end = max((part.span.last for article in articles for part in article.body), default=0)
    takers = {id(article) for article in articles if _took_from_pool(article, body_end)}
    candidates = [
        article
        for article in articles
        if article.kind == "article" and article.body and (not article.headline or id(article) in takers or _unrelated_headline(article, config))
    ]
    pool = _pooled_lines(articles, furniture, body_end)
    headless = len([article for article in candidates if not article.headline])
    if not body_end or headless < 2 or len(pool) < config.trailing_title_lines:
        return articles, furniture  # a page whose last headline block follows its body, as many do
    texts = {id(article): "".join(part.text for part in article.body) for article in candidates}
    placed: dict[int, list[tuple[str, int, Article | Furniture]]] = {}
    for text, line, source in pool:
        best = max(candidates, key=lambda article: overlap(text, texts[id(article)]))
        if overlap(text, texts[id(best)]) >= config.banner_overlap:
            placed.setdefault(id(best), []).append((text, line, source))
    placed_lines = {line for lines in placed.values() for _, line, _ in lines}
    used = {id(source) for lines in placed.values() for _, _, source in lines}
    given_up: list[Furniture] = []
    for article in articles:
        if id(article) in takers and id(article) in used:
            given_up += [piece for piece in _release_titles(article) if piece.span.first not in placed_lines]
    for article in candidates:
        if id(article) in placed:
            if id(article) not in takers:
                given_up += _release_titles(article)
            _set_titles(article, placed[id(article)])
    kept = [article for article in articles if article.body or article.headline or article.kind != "article"]
    return kept, [piece for piece in furniture if id(piece) not in used] + given_up


def _took_from_pool(article: Article, body_end: int) -> bool:
    """An article whose whole headline block stands after the page's last paragraph (one
    with no body of its own too: a headline block read as a teaser)."""
    roles = [role for role in article.line_roles if role.role in _TITLE_ROLES]
    return article.kind == "article" and bool(roles) and all(role.span.first > body_end for role in roles)


def _set_titles(article: Article, lines: list[tuple[str, int, Article | Furniture]]) -> None:
    """The last line an article gets is its headline, the ones before it its kicker."""
    *kicker, (headline, line, _) = lines
    article.headline = headline
    article.line_roles.append(LineRole("headline", Span(line, line)))
    if kicker:
        article.kicker = "".join(text for text, _, _ in kicker)
        article.line_roles.append(LineRole("kicker", Span(kicker[0][1], kicker[-1][1])))
    article.notes.append("headline printed with the page's others after its text")


def _pooled_lines(articles: list[Article], furniture: list[Furniture], body_end: int) -> list[tuple[str, int, Article | Furniture]]:
    """The title lines after the last paragraph, in printed order: banners, and the headline
    block the last article took from them."""
    found: list[tuple[str, int, Article | Furniture]] = [
        (piece.text, piece.span.first, piece) for piece in furniture if piece.role == "banner" and piece.span.first > body_end
    ]
    for article in articles:
        if _took_from_pool(article, body_end):
            roles = [role for role in article.line_roles if role.role in _TITLE_ROLES]
            found += [(getattr(article, role.role), role.span.first, article) for role in roles if getattr(article, role.role)]
    return sorted(found, key=lambda entry: entry[1])


def _unrelated_headline(article: Article, config: Config) -> bool:
    """A headline that shares hardly any words with its article: a banner standing where the
    pooled headline belongs ("守正创新 砥砺前行")."""
    text = "".join(part.text for part in article.body)
    return bool(article.headline) and overlap(article.headline, text) < config.banner_overlap


def _release_titles(article: Article) -> list[Furniture]:
    """The article gives its headline block up (it is placed again); its titles as banners,
    for the caller to keep those that are not."""
    released = [
        Furniture(getattr(article, role.role), "banner", role.span)
        for role in article.line_roles
        if role.role in _TITLE_ROLES and getattr(article, role.role)
    ]
    article.headline = article.kicker = article.subheadline = None
    article.line_roles = [role for role in article.line_roles if role.role not in _TITLE_ROLES]
    return released


def place_stray_titles(articles: list[Article], furniture: list[Furniture], config: Config = DEFAULT) -> list[Furniture]:
    """Give each headless article the banners whose pairs its text mostly holds, in printed
    order (the last its headline, those before its kicker); the furniture less those placed."""
    headless = [article for article in articles if article.kind == "article" and article.body and not article.headline]
    if not headless:
        return furniture
    texts = {id(article): "".join(part.text for part in article.body) for article in headless}
    placed: dict[int, list[tuple[str, int, Article | Furniture]]] = {}
    for piece in furniture:
        if piece.role != "banner":
            continue
        best = max(headless, key=lambda article: overlap(piece.text, texts[id(article)]))
        if overlap(piece.text, texts[id(best)]) >= config.stray_title_overlap:
            placed.setdefault(id(best), []).append((piece.text, piece.span.first, piece))
    for article in headless:
        if id(article) in placed:
            _set_titles(article, placed[id(article)][-config.titles_per_article :])
    used = {id(source) for lines in placed.values() for _, _, source in lines[-config.titles_per_article :]}
    return [piece for piece in furniture if id(piece) not in used]
