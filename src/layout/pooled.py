"""Headlines an extractor printed together after the page's text, put back over their articles.

Some extractors (pypdfium2) print a page's body text first and all its headlines after it,
one title line after another. Read in place, they look like one headline block of the last
article and a row of banners, and every other article has no headline. A headline shares
words with its own article, so each title line after the last paragraph goes to the
headless article whose text holds most of its character pairs (at least
`Config.banner_overlap`). Of the lines an article gets, the last is its headline and those
before it its kicker, but a headline printed over two lines or more is one title; a title its
column tag closes ends a headline block, so an article takes one and no title after it. A line that finds no article stays where it was: nothing is dropped.
The pooled lines are first read as titles: a headline the extractor cut where a word runs
on ("…推动经" | "济全球化…") is one title, a "——" deck goes under the title before it, and
two titles printed on one line, the first closed by its column tag ("…（大家手笔） …") or each
leading to an article of its own, are two; a title that reaches no article alone but shares a
word with the one placed on the line before it goes with that one (a kicker, then its headline).
An extractor that cut a headline into short lines keeps a quote open across them together
(`cleanup.unbroken`).
Only a page with several headless articles and several title lines after its text is read
so; on others the headline block after the last body is that article's own.

Anywhere on the page, titles set aside as banners beside another article's headline go to
a headless article when most of their pairs are in its text (`Config.stray_title_overlap`,
`place_stray_titles`): a page read in an order that set a headline away from its text. A title
printed right over the article's first line needs only `Config.banner_overlap` of them.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from cleanup import DEFAULT, Config, Line, Prepared
from cleanup.cues import COLUMN_LABEL, COLUMN_TAG
from cleanup.lexicon import word_bridges
from cleanup.shapes import printed_as_banner
from layout.model import Article, BodyPart, Furniture, LineRole, Span
from layout.title_runs import wraps_on_for_sure
from layout.title_spaces import between_title_lines
from layout.titles import SUBHEADLINE, ends_with_column_tag, overlap, without_column_tag
from layout.words import common_pairs, pairs_of

# A title closed by its column tag ("（大家手笔）"), and another title after it on the same line.
_TAGGED_THEN_MORE = regex.compile(rf"(?<={COLUMN_TAG.pattern})\s+(?=\S)")

# A part of a title line: up to a space, or to a closing quote or bracket with more after it.
_SIDE_BY_SIDE_PART = regex.compile(r"\S+?(?:[”」』》）](?=[^\s\p{P}])|(?=\s)|$)")

TITLE_ROLES = ("headline", "kicker", "subheadline")


class _Pooled(NamedTuple):
    """A title line printed after the page's text, and the piece it was read into."""

    text: str
    line: int
    source: Article | Furniture
    deck: bool = False  # read as a "——" subheadline (its dashes already gone)


@dataclass
class _Title:
    """One title among the pooled lines: its text, the lines it stands on, the pieces it was
    read from, and the "——" deck printed under it."""

    text: str
    first: int
    last: int
    sources: list[Article | Furniture] = field(default_factory=list)
    deck: str | None = None


def place_pooled_headlines(
    articles: list[Article], furniture: list[Furniture], config: Config = DEFAULT, banners: frozenset[int] = frozenset()
) -> tuple[list[Article], list[Furniture]]:
    """Give the page's headless articles the title lines printed after all its text; the
    articles (less the headline blocks without body whose titles all went back to theirs) and
    the furniture (less the lines so placed, plus the titles given up and not placed again).
    `banners` are lines the print shows to be banners (a title repeated across the page)."""
    body_end = max((part.span.last for article in articles for part in article.body), default=0)
    takers = {id(article) for article in articles if _took_from_pool(article, body_end)}
    candidates = [
        article
        for article in articles
        if article.kind == "article" and article.body and (not article.headline or id(article) in takers or _unrelated_headline(article, config))
    ]
    pool = _pooled_lines(articles, furniture, body_end, banners)
    headless = len([article for article in candidates if not article.headline])
    if not body_end or headless < 2 or len(pool) < config.trailing_title_lines:
        return articles, furniture  # a page whose last headline block follows its body, as many do
    texts = {id(article): "".join(part.text for part in article.body) for article in candidates}
    # Words most of the articles share (the page's subject) tell none of them apart.
    common = common_pairs(texts.values(), config.pooled_common_share)

    def best_for(words: str, among: list[Article] = candidates) -> Article:
        return max(among, key=lambda article: (_distinct_overlap(words, texts[id(article)], common), overlap(words, texts[id(article)])))

    placements: list[_Placement] = []
    previous: tuple[_Title, Article] | None = None
    for pooled in _read_titles(pool):
        for title in _side_by_side(pooled, best_for, texts, config):
            words = without_column_tag(title.text) + (title.deck or "")
            best = best_for(words)
            share = overlap(words, texts[id(best)])
            if share < config.banner_overlap:
                # under the title placed on the line before, some of its words in that article: its headline
                if previous is None or previous[0].last != title.first - 1 or not overlap(words, texts[id(previous[1])]):
                    previous = None
                    placements.append(_Placement(title))
                    continue
                best = previous[1]
            placements.append(_Placement(title, candidates.index(best), share))
            previous = title, best
    _one_tagged_headline_each(placements, candidates, best_for, texts, config)
    _uncross(placements, [texts[id(article)] for article in candidates], config)
    _keep_in_print_order(placements, config)
    _fill_gaps(placements, len(candidates))
    placed: dict[int, list[_Title]] = {}
    for placement in placements:
        if placement.article is not None:
            placed.setdefault(id(candidates[placement.article]), []).append(placement.title)
    placed_lines = {line for titles in placed.values() for title in titles for line in range(title.first, title.last + 1)}
    used = {id(source) for titles in placed.values() for title in titles for source in title.sources}
    given_up: list[Furniture] = []
    released: set[int] = set()
    for article in articles:
        if id(article) in takers and id(article) in used:
            given_up += [piece for piece in _release_titles(article) if piece.span.first not in placed_lines]
            released.add(id(article))
    for article in candidates:
        if id(article) in placed:
            if id(article) not in takers:
                given_up += _release_titles(article)
            elif id(article) not in released:  # a taker given other titles: its own are not lost
                given_up += [piece for piece in _release_titles(article) if piece.span.first not in placed_lines]
            _set_titles(article, placed[id(article)], config)
    # A headline block without body gave its titles up; its byline goes with them.
    receiver = {id(source): article for article in candidates for title in placed.get(id(article), []) for source in title.sources}
    kept = []
    for article in articles:
        if article.body or article.headline or article.kind != "article":
            kept.append(article)
        else:
            given_up += _hand_on_byline(article, receiver.get(id(article)))
    return kept, [piece for piece in furniture if id(piece) not in used] + given_up


@dataclass
class _Placement:
    """A pooled title and the headless article it went to (its index in print order, None
    for none), with the share of its character pairs that article's text holds."""

    title: _Title
    article: int | None = None
    share: float = 0.0
    refused: bool = False  # its words led it to an article that a tagged title closed: a headline still


def _one_tagged_headline_each(
    placements: list[_Placement], candidates: list[Article], best_for: Callable[[str, list[Article]], Article], texts: dict[int, str], config: Config
) -> None:
    """A title its column tag closes ("乡土视野下的青山剪纸（艺坛走笔）") is a whole headline, and
    an article has one. Where two went to the same article, it keeps the one that would lose most
    elsewhere; the other goes to the article its words lead to next among those without one, or
    back to its place."""

    def tagged(placement: _Placement) -> bool:
        return placement.article is not None and ends_with_column_tag(placement.title.text)

    def elsewhere(placement: _Placement) -> tuple[int | None, float]:
        holders = {p.article for p in placements if tagged(p)}
        free = [article for at, article in enumerate(candidates) if at not in holders]
        words = without_column_tag(placement.title.text) + (placement.title.deck or "")
        best = best_for(words, free) if free else None
        share = overlap(words, texts[id(best)]) if best is not None else 0.0
        return (candidates.index(best), share) if best is not None and share >= config.banner_overlap else (None, 0.0)

    for index in range(len(candidates)):
        taken = [p for p in placements if tagged(p) and p.article == index]
        if len(taken) >= 2:
            moves = {id(p): elsewhere(p) for p in taken}
            kept = max(taken, key=lambda p: p.share - moves[id(p)][1])
            for extra in taken:
                if extra is not kept:
                    extra.article, extra.share = moves[id(extra)]
    # The tag closes the headline block: a title printed after it is no headline of its article.
    for at, placement in enumerate(placements):
        if tagged(placement):
            for later in placements[at + 1 :]:
                if later.article == placement.article and not tagged(later):
                    later.article, later.share, later.refused = None, 0.0, True


def _uncross(placements: list[_Placement], texts: list[str], config: Config) -> None:
    """Two titles printed one after the other whose words led them to each other's article in
    the wrong order (a page of one subject, where every title shares words with every text) are
    swapped back into print order, when each still finds its share of words in the other text."""
    placed = [placement for placement in placements if placement.article is not None]
    for first, second in itertools.pairwise(placed):
        if first.article <= second.article:
            continue
        first_there = overlap(without_column_tag(first.title.text), texts[second.article])
        second_there = overlap(without_column_tag(second.title.text), texts[first.article])
        if min(first_there, second_there) >= config.banner_overlap:
            first.article, second.article = second.article, first.article
            first.share, second.share = first_there, second_there


def _neighbours(placements: list[_Placement], at: int) -> tuple[_Placement | None, _Placement | None]:
    """The nearest placed titles before and after the one at `at`."""
    before = next((p for p in reversed(placements[:at]) if p.article is not None), None)
    after = next((p for p in placements[at + 1 :] if p.article is not None), None)
    return before, after


def _keep_in_print_order(placements: list[_Placement], config: Config) -> None:
    """An extractor prints the pooled headlines in the order of their articles' text. A title
    whose few shared words ("生态美如画" in a text on "生态养鱼") lead it back before the titles
    around it, or on past them, while those two keep the order, is taken back: a word or two in
    common is chance there. A title whose words clearly lead out of order stays."""
    for at, placement in enumerate(placements):
        if placement.article is None or placement.share >= config.stray_title_overlap:
            continue
        before, after = _neighbours(placements, at)
        if before is None or after is None or before.article > after.article:
            continue
        if not before.article <= placement.article <= after.article:
            placement.article = None


def _fill_gaps(placements: list[_Placement], articles: int) -> None:
    """A title that shares no word with any text ("水美鱼肥" over a photo story on a fish farm)
    goes by print order: between two placed titles whose articles leave one headless article
    between them, to that article; where they leave none, to the article of the title printed
    on the next line, as its kicker. A headline a tagged title refused, printed after the last
    placed one, goes to the one headless article after that one's (of `articles`); a slogan
    there stays a banner."""
    for at, placement in enumerate(placements):
        if placement.article is not None:
            continue
        before, after = _neighbours(placements, at)
        if after is None and not placement.refused:
            continue
        end = articles if after is None else after.article
        if before is None or before.article >= end:
            continue
        taken = {p.article for p in placements}
        free = [index for index in range(before.article + 1, end) if index not in taken]
        if len(free) == 1:
            placement.article = free[0]
        elif not free and after is not None and placement.title.last + 1 == after.title.first and not printed_as_banner(placement.title.text):
            placement.article = after.article


def _hand_on_byline(emptied: Article, receiver: Article | None) -> list[Furniture]:
    """The byline printed with a pooled headline goes to the article the headline went to, if
    that one has none; otherwise it stays on the page as residue: nothing is dropped."""
    roles = [role for role in emptied.line_roles if role.role == "byline"]
    if emptied.byline is None or not roles:
        return []
    if receiver is not None and receiver.byline is None:
        receiver.byline = emptied.byline
        receiver.line_roles.extend(roles)
        return []
    return [Furniture(emptied.byline.text, "residue", Span(roles[0].span.first, roles[-1].span.last))]


def _took_from_pool(article: Article, body_end: int) -> bool:
    """An article whose whole headline block stands after the page's last paragraph (one
    with no body of its own too: a headline block read as a teaser)."""
    roles = [role for role in article.line_roles if role.role in TITLE_ROLES]
    return article.kind == "article" and bool(roles) and all(role.span.first > body_end for role in roles)


def _set_titles(article: Article, titles: list[_Title], config: Config = DEFAULT) -> None:
    """The last title an article gets is its headline (its deck the subheadline), the ones before
    it its kicker, once the lines of one headline are joined (`_headline_wrapped`)."""
    *kicker, headline = _headline_wrapped(titles, "".join(part.text for part in article.body), config)
    article.headline = headline.text
    article.line_roles.append(LineRole("headline", Span(headline.first, headline.last if headline.deck is None else headline.last - 1)))
    if headline.deck is not None:
        article.subheadline = SUBHEADLINE.sub("", headline.deck)
        article.line_roles.append(LineRole("subheadline", Span(headline.last, headline.last)))
    if kicker:
        article.kicker = "".join(title.text + (title.deck or "") for title in kicker)
        article.line_roles.append(LineRole("kicker", Span(kicker[0].first, kicker[-1].last)))
    article.notes.append("headline printed with the page's others after its text")


def _headline_wrapped(titles: list[_Title], article_text: str, config: Config) -> list[_Title]:
    """The titles an article got, with the lines of its headline that the extractor printed one
    by one joined. Of three or more titles printed one under another, all but the first: an
    article has one kicker, printed over its headline ("西部某省" | "推荐代表全覆盖" | "发扬民主共
    参与"). Of two, where the title run's signals are sure they are one title ("乡村美如画" |
    "白鹭来做客", "某某会见" | "外宾一行", `layout.title_runs.wraps_on_for_sure`). A space is
    kept between halves (`layout.title_spaces`)."""
    if len(titles) < 2 or not all(_printed_under(upper, lower) for upper, lower in itertools.pairwise(titles)):
        return titles
    if len(titles) > 2:
        return [titles[0], functools.reduce(lambda upper, lower: _one_title(upper, lower, article_text, config), titles[1:])]
    upper, lower = titles
    if wraps_on_for_sure([Line(upper.last, upper.text)], [Line(lower.first, lower.text)], config):
        return [_one_title(upper, lower, article_text, config)]
    return titles


def _printed_under(upper: _Title, lower: _Title) -> bool:
    """Is `lower` printed on the line right under `upper`, with no deck between?"""
    return upper.deck is None and upper.last + 1 == lower.first


def _one_title(upper: _Title, lower: _Title, article_text: str, config: Config) -> _Title:
    text = upper.text + between_title_lines(upper.text, lower.text, article_text, config) + lower.text
    return _Title(text, upper.first, lower.last, upper.sources + lower.sources, lower.deck)


def _read_titles(pool: list[_Pooled]) -> list[_Title]:
    """The pooled lines as titles: two on one line after a column tag split, a line a word
    runs on into joined to it, a "——" deck put under the title before it."""
    titles: list[_Title] = []
    for text, line, source, deck in pool:
        for index, part in enumerate(_TAGGED_THEN_MORE.split(text)):
            before = titles[-1] if titles else None
            if before is not None and before.deck is None and _decks(before, part, line, source, deck):
                before.deck, before.last = part, line
            elif before is not None and index == 0 and before.deck is None and before.last == line - 1 and _runs_on(before.text, part):
                before.text, before.last = before.text + part, line
            else:
                titles.append(_Title(part, line, line))
            if all(known is not source for known in titles[-1].sources):
                titles[-1].sources.append(source)
    return titles


def _side_by_side(title: _Title, best_for: Callable[[str], Article], texts: dict[int, str], config: Config) -> list[_Title]:
    """Two headlines printed side by side on one line ("开秧门 携手推进…", "探访“爱书人的圣地”2016城市…"):
    cut at a space or after a closing quote, the parts whose words lead to different articles
    are two titles. The halves of one headline ("携手推进乡村振兴 共同开创…") lead to the same
    article and stay one."""
    if title.last - title.first != (title.deck is not None):
        return [title]  # a title the wrap carried over two lines is one title
    groups: list[tuple[int, int, int | None]] = []  # start, end and the article its words lead to
    for match in _SIDE_BY_SIDE_PART.finditer(title.text):
        best = best_for(match.group())
        owner = id(best) if overlap(match.group(), texts[id(best)]) >= config.stray_title_overlap else None
        if groups and (owner is None or owner == groups[-1][2]):
            groups[-1] = (groups[-1][0], match.end(), groups[-1][2])
        else:
            groups.append((match.start(), match.end(), owner))
    if len(groups) < 2 or any(owner is None for _, _, owner in groups):
        return [title]
    for start, end, owner in groups:
        if any(overlap(title.text[start:end], texts[other]) >= config.banner_overlap for _, _, other in groups if other != owner):
            return [title]  # words the other article holds too: one title after all
    split = [_Title(title.text[start:end].strip(), title.first, title.first, list(title.sources)) for start, end, _ in groups]
    split[-1].deck, split[-1].last = title.deck, title.last
    return split


def _runs_on(title: str, line: str) -> bool:
    """The line under a title goes on with it: a word runs across ("…推动经" | "济全球化…"), or
    the wrap left a single character ("…使上军人这股" | "劲"), which no title is alone."""
    return word_bridges(title, line) or len(line.strip()) == 1


def _pooled_lines(articles: list[Article], furniture: list[Furniture], body_end: int, banners: frozenset[int]) -> list[_Pooled]:
    """The title lines after the last paragraph, in printed order: banners (but those the
    print shows to be banners: repeated, or a column's "·" label), and the headline block the
    last article took from them."""
    found: list[_Pooled] = [
        _Pooled(piece.text, piece.span.first, piece)
        for piece in furniture
        if piece.role == "banner" and piece.span.first > body_end and piece.span.first not in banners and not COLUMN_LABEL.match(piece.text)
    ]
    for article in articles:
        if _took_from_pool(article, body_end):
            roles = [role for role in article.line_roles if role.role in TITLE_ROLES]
            found += [
                _Pooled(getattr(article, role.role), role.span.first, article, role.role == "subheadline")
                for role in roles
                if getattr(article, role.role)
            ]
    return sorted(found, key=lambda entry: entry.line)


def _distinct_overlap(title: str, text: str, common: frozenset[str]) -> float:
    """The share of the title's pairs, less those most articles of the page share, that `text` holds."""
    pairs = pairs_of(title) - common
    return sum(pair in text for pair in pairs) / len(pairs) if pairs else 0.0


def _decks(title: _Title, text: str, line: int, source: Article | Furniture, read_as_deck: bool) -> bool:
    """Is the line the "——" deck under `title`: read so in the same headline block, or
    printed with its dashes on the next line?"""
    if read_as_deck:
        return any(known is source for known in title.sources)
    return bool(SUBHEADLINE.match(text)) and title.last == line - 1


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
        if role.role in TITLE_ROLES and getattr(article, role.role)
    ]
    article.headline = article.kicker = article.subheadline = None
    article.line_roles = [role for role in article.line_roles if role.role not in TITLE_ROLES]
    return released


def set_aside_titles(prepared: Prepared) -> list[Furniture]:
    """The titles the cleanup found set inside a sentence (`cleanup.interposed`), as banners
    for `place_stray_titles` to give to the article they cut."""
    by_number = {line.number: line for line in prepared.lines}
    return [Furniture(by_number[number].text.strip(), "banner", Span(number, number)) for number in sorted(prepared.set_aside)]


def place_stray_titles(
    articles: list[Article], furniture: list[Furniture], config: Config = DEFAULT, interposed: frozenset[int] = frozenset()
) -> list[Furniture]:
    """Give each headless article the banners whose pairs its text mostly holds, in printed
    order (the last its headline, those before its kicker); the furniture less those placed.
    `interposed` are the lines of titles set inside a sentence (`cleanup.interposed`): such a
    title heads the headless article whose text runs around it."""
    headless = [article for article in articles if article.kind == "article" and article.body and not article.headline]
    if not headless:
        return furniture
    texts = {id(article): "".join(part.text for part in article.body) for article in headless}
    placed: dict[int, list[_Title]] = {}
    for piece in furniture:
        if piece.role != "banner":
            continue
        words = without_column_tag(piece.text)
        best = max(headless, key=lambda article: overlap(words, texts[id(article)]))
        # A title printed right over the article's first line needs fewer of its words there;
        # one set inside a sentence of its text needs none.
        above = best.span is not None and piece.span.last + 1 == best.span.first and not printed_as_banner(piece.text)
        inside = [article for article in headless if piece.span.first in interposed and article.span is not None and article.span.first < piece.span.first < article.span.last]
        if inside:
            best = inside[0]
        if inside or overlap(words, texts[id(best)]) >= (config.banner_overlap if above else config.stray_title_overlap):
            placed.setdefault(id(best), []).append(_Title(piece.text, piece.span.first, piece.span.first, [piece]))
    for article in headless:
        if id(article) in placed:
            _set_titles(article, placed[id(article)][-config.titles_per_article :], config)
    used = {id(source) for titles in placed.values() for title in titles[-config.titles_per_article :] for source in title.sources}
    return [piece for piece in furniture if id(piece) not in used]


def lead_with_stray_intertitles(articles: list[Article], furniture: list[Furniture], config: Config = DEFAULT) -> list[Furniture]:
    """Banners printed right over the first line of an article whose headline follows its text,
    from the first that shares nearly all its words with that text (`Config.intertitle_overlap`)
    on, open the article as intertitles: a feature's first intertitle, and a writer's place and
    name under it ("“点单式”服务让村民舒心" | "江东青山 王明" | "在“点单式”流行的今天…"), read as
    banners beside the headline or the photo credit above them. A series banner shares fewer
    ("喜迎党的十九大") and stays one; a headline its column tag closes, a text its dateline opens
    or a "■" lede has no intertitle over it. The furniture less those placed."""
    banners = sorted((piece for piece in furniture if piece.role == "banner"), key=lambda piece: piece.span.first)
    used: set[int] = set()
    for article in articles:
        if article.kind != "article" or not article.headline or article.dateline or not article.body or article.span is None or article.body[0].span.first != article.span.first:
            continue
        run = _printed_right_over(banners, article.span.first)
        text = "".join(part.text for part in article.body)
        while run and overlap(without_column_tag(run[0].text), text) < config.intertitle_overlap:
            run.pop(0)
        if run and not run[0].text.startswith("■") and without_column_tag(run[0].text) == run[0].text:
            article.body[:0] = [BodyPart("h", piece.text, piece.span) for piece in run]
            article.span = Span(run[0].span.first, article.span.last)
            article.notes.extend(f"title {piece.text!r} set aside as a banner over its text opens it as an intertitle" for piece in run)
            used.update(id(piece) for piece in run)
    return [piece for piece in furniture if id(piece) not in used]


def _printed_right_over(pieces: list[Furniture], line: int) -> list[Furniture]:
    """The pieces printed one under another right over `line`, a blank line apart at most."""
    run: list[Furniture] = []
    for piece in reversed(pieces):
        if piece.span.last >= line:
            continue
        if piece.span.last < line - 2:
            break
        run.insert(0, piece)
        line = piece.span.first
    return run
