"""Page -> one NewsML-G2 2.35 newsMessage, with one NITF 3.6 document per article.

The shape follows CONTRACT.md: a packageItem for the page (its furniture and meta
included), then one newsItem per article or photo caption in reading order.

Decisions a receiver may need to know:

* Dates. ``header/sent`` and ``itemMeta/versionCreated`` say when this conversion was
  made: the time given by the ``SOURCE_DATE_EPOCH`` environment variable (seconds since
  1970, the reproducible-builds convention: set it and the same dump always gives the
  same bytes), else the clock. The page's date (`layout.dates`: printed, given, or from
  the file name) is ``firstCreated`` of every item at 00:00 China Standard Time and
  ``contentCreated`` of the page; a story's date is its ``contentCreated``. Dates that are
  not known are left out (``contentCreated`` is a bare date: no time of day is printed).
* Guids. ``urn:newsdump:page:<16 hex digits of a sha256 over the page's text without
  whitespace>`` for the page, ``<page guid>:item:<nn>`` (1-based, reading order) for its
  items (`layout.ids`; the JSON gives the same ids).
* Roles. Our own schemes, declared in each item's inline catalog: ``ndhl`` headline roles
  (kicker, subheadline), ``ndrole`` furniture roles (the Furniture.role values), ``ndgrp``
  the page group, ``ndpage`` page properties (date, number, section), ``ndq`` how far to
  trust the item.
* Notes. Each article note (judgment calls, an inferred year, where the page date came
  from) is an ``itemMeta/edNote[@role="ndq:note"]``.
* Confidence. Every item (the page included) carries
  ``contentMeta/contentMetaExtProperty[@rel="ndq:confidence"]/@value``, the chance in [0, 1]
  that the reconstruction is right (`layout.confidence`), and one
  ``itemMeta/edNote[@role="ndq:doubt"]`` per reason it is not higher.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from functools import cache, partial
from typing import NamedTuple, TypeVar

from lxml import etree
from lxml.etree import _Element

from layout.dates import issue_date
from layout.errors import UsageError
from layout.ids import item_guid, page_guid
from layout.language import language_tag
from layout.meta import credits
from layout.model import (
    Article,
    BodyPart,
    Confidence,
    CreditRole,
    Dateline,
    Page,
    PageMeta,
)
from layout.photos import photo_headline

NAR = "http://iptc.org/std/nar/2006-10-01/"
NITF = "http://iptc.org/std/NITF/2006-10-18/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# xs:language, the type of every language attribute NewsML-G2 writes.
_LANGUAGE_TAG = re.compile(r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*")


class _Node(NamedTuple):
    """An element to be written: its qualified tag, its namespace, its attributes, and its content
    in order (text, and the elements inside it)."""

    tag: str
    namespace: str
    attributes: dict[str, str]
    content: list[str | _Node]


class _Maker:
    """Makes `_Node`s as lxml's ElementMaker makes elements (``G2.headline(text, role=...)``:
    keyword attributes first, then those of any dict among the children, text where it falls),
    for `_element` to write as one tree. lxml's builder makes each element a document of its own,
    with its namespace, and moves it into its parent: that cost more than all the rest of the
    writing."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace

    def __call__(self, tag: str, *children: str | _Node | dict[str, str], **attributes: str) -> _Node:
        content: list[str | _Node] = []
        for child in children:
            if isinstance(child, dict):
                attributes.update(child)
            else:
                content.append(child)
        return _Node(f"{{{self.namespace}}}{tag}", self.namespace, attributes, content)

    def __getattr__(self, tag: str) -> Callable[..., _Node]:
        make = partial(self, tag)
        setattr(self, tag, make)  # kept: asked again by every item
        return make


G2 = _Maker(NAR)
N = _Maker(NITF)

IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
NITF_CONTENTTYPE = "application/nitf+xml"
NEWSITEM_CONTENTTYPE = "application/vnd.iptc.g2.newsitem+xml"
PROVIDER = "newsdump"
CHINA_STANDARD_TIME = timezone(timedelta(hours=8))
UNTITLED_PAGE = "未署名版面"

QUALITY_SCHEME = {"ndq": "urn:newsdump:cv:quality:"}
PACKAGE_SCHEMES = {
    "ndgrp": "urn:newsdump:cv:group-role:",
    "ndrole": "urn:newsdump:cv:furniture-role:",
    "ndpage": "urn:newsdump:cv:page-property:",
    **QUALITY_SCHEME,
}
# Creator roles: IPTC's Content Production Party Role NewsCodes where they have the role
# (a reporter is the content's author), our own scheme where they do not (photographer).
CREATOR_ROLES: dict[str, str] = {
    "reporter": "cpprole:author",
    "correspondent": "cpprole:correspondent",
    "editor": "cpprole:editor",
    "photographer": "ndcr:photographer",
}
NEWS_ITEM_SCHEMES = {
    "ndhl": "urn:newsdump:cv:headline-role:",
    "ndrel": "urn:newsdump:cv:item-relation:",
    "cpprole": "http://cv.iptc.org/newscodes/contentprodpartyrole/",
    "ndcr": "urn:newsdump:cv:creator-role:",
    **QUALITY_SCHEME,
}

# The complements of XML 1.0's Char production, written as the few ranges left out:
# a class over the allowed ranges costs the regular-expression compiler ten times longer.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS_AND_TABS = re.compile("[\t\n\r]")
_UNSAFE = re.compile("[\x00-\x1f\ud800-\udfff\ufffe\uffff]")  # what xml_safe changes

T = TypeVar("T")


@dataclass(frozen=True)
class _Context:
    """What every item of one page repeats: the page guid, meta, issue date and language,
    the page's articles (a photo names the one it illustrates) and the XML's style."""

    guid: str
    meta: PageMeta
    issued: date | None
    lang: str
    stamp: str
    articles: list[Article]
    newsroom: bool

    def item_guid(self, number: int) -> str:
        return item_guid(self.guid, number)


def to_newsml(page: Page, lang: str | None = None, made: datetime | None = None, newsroom: bool = False) -> bytes:
    """The page as a UTF-8 NewsML-G2 document; `lang` (an xs:language tag such as
    "zh-Hant", by default the page's own, see `language_tag`) is written on every item
    and as its content language; `made` is when the conversion was made (by default
    `conversion_time()`).

    `newsroom` shapes the items the way newsroom systems (Superdesk's parsers) read them:
    NITF paragraphs inside one ``<block>``, reporters named only in the dateline also in
    ``<by>``, and each photo's headline in contentMeta too. Without it the output keeps
    ``<by>`` to the byline as printed and paragraphs directly under ``body.content``."""
    return b"".join(newsml_pieces(page, lang, made, newsroom))


def newsml_pieces(page: Page, lang: str | None = None, made: datetime | None = None, newsroom: bool = False) -> Iterator[bytes]:
    """`to_newsml`'s bytes a piece at a time, each item built and written on its own: a dump
    of thousands of articles never holds its whole tree, nor its whole output, in memory."""
    if lang is not None and not _LANGUAGE_TAG.fullmatch(lang):
        raise ValueError(f"lang {lang!r} is no xs:language tag (such as 'zh-Hans' or 'zh-Hant'): the output would not be valid")
    lang = lang or language_tag(page)
    page = scrubbed(replace(page, edits=[]))  # the repairs' log is written in no item: not scrubbed
    stamp = (made or conversion_time()).isoformat()
    context = _Context(page_guid(page), page.meta, issue_date(page), lang, stamp, page.articles, newsroom)
    message = _element(G2.newsMessage(_header(context), G2.itemSet()))
    item_set = message[-1]
    item_set.append(etree.Comment(_ITEM_PLACE))
    opening, closing = _serialised(message).split(f"<!--{_ITEM_PLACE}-->".encode())
    between = opening[opening.rindex(b"\n") :]  # the line break and indent before each item after the first
    items = itertools.chain(
        [_package_item(page, context)],
        (_news_item(article, context.item_guid(number), context) for number, article in enumerate(page.articles, start=1)),
    )
    yield opening
    for index, item in enumerate(items):
        # Written in its place in the message, so its namespaces and indent are as in the
        # whole document; then taken out again.
        del item_set[0]
        _element(item, item_set, NAR)
        whole = _serialised(message)
        yield (between if index else b"") + whole[len(opening) : len(whole) - len(closing)]
    yield closing


_ITEM_PLACE = "item"


def _serialised(message: _Element) -> bytes:
    return etree.tostring(message, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _element(node: _Node, parent: _Element | None = None, parent_namespace: str | None = None) -> _Element:
    """The node written as an element, inside `parent` (last) when there is one; its namespace
    declared where it is not its parent's (`parent_namespace`). Text goes where lxml's
    ElementMaker puts it: after the element's last child, else as its own text."""
    nsmap = None if node.namespace == parent_namespace else {None: node.namespace}
    element = etree.Element(node.tag, node.attributes, nsmap) if parent is None else etree.SubElement(parent, node.tag, node.attributes, nsmap)
    for part in node.content:
        if isinstance(part, str):
            if len(element):
                element[-1].tail = (element[-1].tail or "") + part
            else:
                element.text = (element.text or "") + part
        else:
            _element(part, element, node.namespace)
    return element


# ---------------------------------------------------------------- text, dates, ids
def xml_safe(text: str) -> str:
    """Drop what XML 1.0 cannot carry (C0 controls but tab/newline/CR, U+FFFE/FFFF, lone
    surrogates): lxml refuses them and any reader would reject the file. Tabs and line
    breaks become spaces: NewsML-G2's one-line strings (creditline, by, name) refuse them."""
    return _LINE_BREAKS_AND_TABS.sub(" ", XML_FORBIDDEN.sub("", text))


def scrubbed(value: T, fix: Callable[[str], str] = xml_safe) -> T:
    """The value with every string made XML-safe by `fix`, so no builder below has to remember
    to. What needs no scrubbing (almost all of a page) is shared, not copied."""
    if type(value) in _LEAVES:
        return value
    if isinstance(value, str):
        return fix(value) if _UNSAFE.search(value) else value  # type: ignore[return-value]
    if isinstance(value, (list, tuple)):
        fixed = [(fix(item) if _UNSAFE.search(item) else item) if isinstance(item, str) else scrubbed(item, fix) for item in value]
        return value if all(new is old for new, old in zip(fixed, value)) else type(value)(fixed)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for name in _init_fields(type(value)):
            old = getattr(value, name)
            if type(old) in _LEAVES:
                continue  # most fields (a line's number, its mark): asked here, not by a call each
            new = (fix(old) if _UNSAFE.search(old) else old) if isinstance(old, str) else scrubbed(old, fix)
            if new is not old:
                changes[name] = new
        return replace(value, **changes) if changes else value
    return value


# Values with no string inside, most of a page's fields: answered before any other test.
_LEAVES = frozenset({int, float, bool, type(None)})


@cache
def _init_fields(kind: type) -> tuple[str, ...]:
    return tuple(field.name for field in fields(kind) if field.init)


def conversion_time() -> datetime:
    """SOURCE_DATE_EPOCH when it is set (reproducible output), else now; China Standard Time."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return datetime.now(CHINA_STANDARD_TIME).replace(microsecond=0)
    try:
        return datetime.fromtimestamp(int(epoch), CHINA_STANDARD_TIME)
    except (ValueError, OverflowError, OSError):
        raise UsageError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970") from None


def _g2_datetime(day: date) -> str:
    """Midnight China Standard Time: NewsML-G2 dates must carry a timezone."""
    return datetime.combine(day, time(), CHINA_STANDARD_TIME).isoformat()


def _nitf_norm(day: date) -> str:
    """NITF's own normalised form, 20240520T000000+0800."""
    return day.strftime("%Y%m%dT000000+0800")


def _chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _jump_line(article: Article) -> str | None:
    """The jump line as printed, rebuilt from the target page when only that is known."""
    if article.jump_line:
        return article.jump_line
    return f"（下转{article.continued}）" if article.continued else None


def _creators(article: Article) -> dict[str, CreditRole]:
    """People named in the dateline, the byline and a photo's credit, each once, in printed
    order, with the role their title gives them (a photo's credit names photographers)."""
    found: dict[str, CreditRole] = {}
    for byline in (article.dateline, article.byline):
        if byline is not None:
            names = byline.reporters if isinstance(byline, Dateline) else byline.persons
            for name in names:
                found.setdefault(name, byline.roles.get(name, "reporter"))
    if article.kind == "photo" and article.credit:
        for name in credits(article.credit, default="photographer"):
            found.setdefault(name, "photographer")
    return {name: role for name, role in found.items() if name}


def _page_title(page: Page, issued: date | None) -> str:
    """What the page says it is (date, page number, section); failing those, its masthead,
    header or first banner, then its first headline: never the dump's file name, which
    renaming would change."""
    meta = page.meta
    parts = [
        _chinese_date(issued) if issued else meta.date,
        f"第{meta.number}版" if meta.number else None,
        meta.section,
    ]
    stated = " ".join(part for part in parts if part)
    if stated:
        return stated
    for role in ("masthead", "page-header", "banner"):
        printed = next((piece.text for piece in page.furniture if piece.role == role and piece.text), None)
        if printed:
            return printed
    return next((article.title for article in page.articles if article.title), UNTITLED_PAGE)


# ---------------------------------------------------------------- NewsML-G2 envelope
def _optional(make: Callable[..., _Node], text: str | None, **attributes: str) -> list[_Node]:
    """[element] when there is text for it, [] otherwise: empty properties are left out."""
    return [make(text, **attributes)] if text else []


def _header(context: _Context) -> _Node:
    return G2.header(
        G2.sent(context.stamp), G2.sender(PROVIDER), G2.transmitId(f"{context.guid}:transmit")
    )


def _item(
    tag: str, guid: str, context: _Context, schemes: dict[str, str], *parts: _Node
) -> _Node:
    """Root attributes and catalogs every item carries, so each item can be stored or
    forwarded on its own."""
    return G2(
        tag,
        G2.catalogRef(href=IPTC_CATALOG),
        G2.catalog(*(G2.scheme(alias=alias, uri=uri) for alias, uri in schemes.items())),
        *parts,
        {
            "guid": guid,
            "version": "1",
            "standard": "NewsML-G2",
            "standardversion": "2.35",
            "conformance": "power",
            XML_LANG: context.lang,
        },
    )


def _item_meta(
    item_class: str, context: _Context, title: str, confidence: Confidence | None, notes: list[str], links: Iterable[_Node] = ()
) -> _Node:
    return G2.itemMeta(
        G2.itemClass(qcode=item_class),
        G2.provider(literal=PROVIDER),
        G2.versionCreated(context.stamp),
        *_optional(G2.firstCreated, _g2_datetime(context.issued) if context.issued else None),
        G2.pubStatus(qcode="stat:usable"),
        *_optional(G2.title, title),
        *(G2.edNote(note, role="ndq:note") for note in notes),
        *(G2.edNote(reason, role="ndq:doubt") for reason in (confidence.reasons if confidence else [])),
        *links,
    )


def _confidence_property(confidence: Confidence | None) -> list[_Node]:
    if confidence is None:
        return []
    return [G2.contentMetaExtProperty(rel="ndq:confidence", value=f"{confidence.score:.3f}")]


def _item_class(article: Article) -> str:
    return "ninat:picture" if article.kind == "photo" else "ninat:text"


# ---------------------------------------------------------------- the page (packageItem)
def _package_item(page: Page, context: _Context) -> _Node:
    title = _page_title(page, context.issued)
    return _item(
        "packageItem",
        context.guid,
        context,
        PACKAGE_SCHEMES,
        _item_meta("ninat:composite", context, title, page.confidence, _page_notes(page.meta)),
        _package_content_meta(page, title, context),
        _page_group_set(page.articles, context),
    )


def _page_notes(meta: PageMeta) -> list[str]:
    """Where the page's date came from, when the page does not print it."""
    if meta.date and meta.date_source in ("option", "file name"):
        return [f"page date {meta.date} taken from the {'--date option' if meta.date_source == 'option' else 'file name'}: the page prints none"]
    return []


def _package_content_meta(page: Page, title: str, context: _Context) -> _Node:
    """The page's own text lives here: every piece of furniture, so nothing is thrown away."""
    return G2.contentMeta(
        *_optional(G2.contentCreated, context.issued.isoformat() if context.issued else None),
        G2.language({"tag": context.lang}),
        G2.headline(title),
        *(
            G2.description(piece.text, role=f"ndrole:{piece.role}")
            for piece in page.furniture
        ),
        *_page_properties(context.meta),
        *_confidence_property(page.confidence),
    )


def _page_properties(meta: PageMeta) -> list[_Node]:
    """Date, number and section as the page states them; NewsML-G2 has no slot for a
    page number, so all three are extension properties of our ndpage scheme."""
    stated = {"date": meta.date, "number": meta.number, "section": meta.section}
    return [
        G2.contentMetaExtProperty(rel=f"ndpage:{name}", value=value)
        for name, value in stated.items()
        if value
    ]


def _page_group_set(articles: list[Article], context: _Context) -> _Node:
    refs = [
        _item_ref(article, context.item_guid(number))
        for number, article in enumerate(articles, start=1)
    ]
    return G2.groupSet(
        G2.group(*refs, id="page", role="ndgrp:page", mode="pgrmod:seq"), root="page"
    )


def _item_ref(article: Article, guid: str) -> _Node:
    return G2.itemRef(
        G2.itemClass(qcode=_item_class(article)),
        G2.pubStatus(qcode="stat:usable"),
        *_optional(G2.title, article.title),
        residref=guid,
        version="1",
        contenttype=NEWSITEM_CONTENTTYPE,
    )


# ---------------------------------------------------------------- articles (newsItem)
def _news_item(article: Article, guid: str, context: _Context) -> _Node:
    return _item(
        "newsItem",
        guid,
        context,
        NEWS_ITEM_SCHEMES,
        _item_meta(_item_class(article), context, article.title, article.confidence, article.notes, _links(article, context)),
        G2.contentMeta(
            *_administrative_meta(article, context),
            *_descriptive_meta(article, context),
            *_confidence_property(article.confidence),
        ),
        _content_set(article, guid, context),
    )


def _links(article: Article, context: _Context) -> list[_Node]:
    """A photo's link to the article it illustrates."""
    if not article.illustrates:
        return []
    guid = context.item_guid(article.illustrates)
    return [G2.link(rel="ndrel:illustrates", residref=guid, version="1", contenttype=NEWSITEM_CONTENTTYPE)]


def _photo_headline(article: Article, context: _Context) -> str | None:
    return photo_headline(article, context.articles) if article.kind == "photo" else None


def _administrative_meta(article: Article, context: _Context) -> list[_Node]:
    """Story date, place and reporters: the XSD wants these before any descriptive property."""
    dateline = article.dateline
    return [
        *_optional(G2.contentCreated, article.story_date),
        *_optional(lambda place: G2.located(G2.name(place)), dateline.place if dateline else None),
        *(G2.creator(G2.name(name), role=CREATOR_ROLES[role]) for name, role in _creators(article).items()),
    ]


def _descriptive_meta(article: Article, context: _Context) -> list[_Node]:
    """The headline without a role is the main one; every other headline line has a role."""
    return [
        G2.language({"tag": context.lang}),
        *_headlines(article, context.newsroom),
        *_optional(G2.headline, _photo_headline(article, context) if context.newsroom else None),
        *_optional(G2.dateline, article.dateline.text if article.dateline else None),
        *_optional(G2.by, _by(article, context.newsroom)),
        *_captions(article),
        *_optional(G2.creditline, article.credit),
    ]


def _by(article: Article, newsroom: bool) -> str | None:
    """The byline as printed; in the newsroom style, the dateline's reporters where no
    byline is printed (newsroom systems show a byline only from here)."""
    if article.byline:
        return article.byline.text
    if not newsroom:
        return None
    return " ".join(_dateline_reporters(article)) or None


def _dateline_reporters(article: Article) -> list[str]:
    return article.dateline.reporters if article.dateline else []


def _headlines(article: Article, newsroom: bool) -> list[_Node]:
    """The headline lines in printed order; a kicker printed under the main headline (not above
    it, where kickers stand) also carries ``ndhl:under``, as every subheadline does. In the
    newsroom style the main headline comes first, as systems that read one headline take it."""
    first_line = {role.role: role.span.first for role in reversed(article.line_roles)}
    main_line = first_line.get("headline", 0)
    lines = [
        (first_line.get("kicker", main_line - 1), article.kicker, "ndhl:kicker"),
        (main_line, article.headline, None),
        (first_line.get("subheadline", main_line + 1), article.subheadline, "ndhl:subheadline ndhl:under"),
    ]
    headlines = []
    for line, text, role in sorted((entry for entry in lines if entry[1]), key=lambda entry: (newsroom and entry[2] is not None, entry[0])):
        if role == "ndhl:kicker" and line > main_line:
            role = "ndhl:kicker ndhl:under"
        headlines.append(G2.headline(text, role=role) if role else G2.headline(text))
    return headlines


def _captions(article: Article) -> list[_Node]:
    """A photo's caption also as descriptions, where picture tools look for it."""
    if article.kind != "photo":
        return []
    return [G2.description(part.text, role="drol:caption") for part in article.body]


def _content_set(article: Article, guid: str, context: _Context) -> _Node:
    content = _nitf_body_content(article, context.newsroom)
    nitf = N.nitf(
        _nitf_head(article, guid, context), N.body(_nitf_body_head(article, context), content)
    )
    return G2.contentSet(
        G2.inlineXML(nitf, contenttype=NITF_CONTENTTYPE, charcount=str(_charcount(content)))
    )


def _charcount(node: _Node) -> int:
    """Characters without whitespace: the meaningful size of Chinese text."""
    return len("".join("".join(_text_of(node)).split()))


def _text_of(node: _Node) -> Iterator[str]:
    """The node's text in document order, as lxml's itertext gives it."""
    for part in node.content:
        if isinstance(part, str):
            yield part
        else:
            yield from _text_of(part)


# ---------------------------------------------------------------- NITF
def _nitf_head(article: Article, guid: str, context: _Context) -> _Node:
    date_issue = [N("date.issue", norm=_nitf_norm(context.issued))] if context.issued else []
    return N.head(
        N.title(article.title),
        N.docdata(N("doc-id", {"id-string": guid}), *date_issue),
        N.pubdata(_pubdata_attributes(context)),
    )


def _pubdata_attributes(context: _Context) -> dict[str, str]:
    """Where the article was printed: date, section and page number, when the page states them."""
    attributes = {
        "type": "print",
        "date.publication": _nitf_norm(context.issued) if context.issued else None,
        "position.section": context.meta.section,
        "position.sequence": context.meta.number,
    }
    return {name: value for name, value in attributes.items() if value}


def _nitf_body_head(article: Article, context: _Context) -> _Node:
    return N(
        "body.head",
        *_hedline(article.headline or _photo_headline(article, context), article),
        *_nitf_byline(article),
        *_nitf_dateline(article.dateline, article.story_date),
    )


def _hedline(headline: str | None, article: Article) -> list[_Node]:
    """NITF's hedline must open with hl1, so an article without a main headline has no
    hedline; its kicker and subheadline are still in contentMeta. A photo's hl1 is its
    headline (`layout.photos`)."""
    if not headline:
        return []
    return [
        N.hedline(
            N.hl1(headline),
            *_optional(N.hl2, article.kicker, **{"class": "kicker"}),
            *_optional(N.hl2, article.subheadline, **{"class": "subheadline"}),
        )
    ]


def _nitf_byline(article: Article) -> list[_Node]:
    """The printed byline with each person marked; where none is printed, the reporters
    the dateline names, one ``<person>`` each."""
    byline = article.byline
    if byline is not None:
        return [N.byline(*_marked(byline.text, [(person, N.person) for person in byline.persons]))]
    reporters = _dateline_reporters(article)
    if not reporters:
        return []
    return [N.byline(*_marked(" ".join(reporters), [(person, N.person) for person in reporters]))]


def _nitf_dateline(dateline: Dateline | None, story_date: str | None) -> list[_Node]:
    if dateline is None:
        return []
    norm = {"norm": _nitf_norm(date.fromisoformat(story_date))} if story_date else {}
    marks = [
        (dateline.place, N.location),
        (dateline.date_text, lambda text: N("story.date", text, **norm)),
    ]
    return [N.dateline(*_marked(dateline.text, marks))]


def _marked(
    text: str, marks: Iterable[tuple[str | None, Callable[[str], _Node]]]
) -> list[str | _Node]:
    """Mixed content: each mark's substring, searched left to right, wrapped by its maker.
    The text reads exactly as printed; a substring that is not found stays plain."""
    pieces: list[str | _Node] = []
    position = 0
    for needle, make in marks:
        found = text.find(needle, position) if needle else -1
        if found < 0:
            continue
        pieces += [text[position:found], make(needle)]
        position = found + len(needle)
    return [*pieces, text[position:]]


def _body_element(part: BodyPart) -> _Node:
    """A paragraph, an intertitle, or a table a row of cells at a time."""
    if part.kind == "table":
        return N.table(*(N.tr(*(N.td(cell) for cell in row)) for row in part.rows))
    return (N.p if part.kind == "p" else N.hl2)(part.text)


def _nitf_body_content(article: Article, newsroom: bool) -> _Node:
    """The line the text continues from another page with ("（上接1版）"), paragraphs and
    intertitles in order, then the jump line, last, as the scorer expects; in the newsroom
    style, all inside one ``<block>``."""
    parts = _optional(N.p, article.jump_from_line, **{"class": "continued-from"})
    parts += [_body_element(part) for part in article.body]
    parts += _optional(N.p, _jump_line(article), **{"class": "continuation"})
    return N("body.content", N.block(*parts)) if newsroom else N("body.content", *parts)
