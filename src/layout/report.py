"""A page's reconstruction as one self-contained HTML file, for a person to check by eye.

Left, the dump as it came, line by line, each line tinted by what it became
(body, headline, kicker, subheadline, byline, dateline, intertitle, caption,
jump line, furniture); right, the rebuilt articles in reading order with their
confidence and doubts. Clicking an article (or choosing it from the page's
address, ``page.html#A3``) highlights its source lines. Below, every repair in
its context. No network, no external file: the style and the few lines of
script are inside the page. Built with lxml's HTML builder, so every text is
escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

from lxml import etree
from lxml.html import builder as E

from cleanup import Edit
from cleanup.explain import edits_in_context
from layout.language import language_tag
from layout.model import Article, BodyPart, Confidence, Page
from layout.newsml import XML_FORBIDDEN, scrubbed
from layout.page_image import page_images
from layout.pdf import PageDrawing
from layout.review import PageReview

# Tints in the order the legend shows them; the field names match the output's.
ROLES = {
    "headline": "headline",
    "kicker": "kicker",
    "subheadline": "subheadline",
    "byline": "byline",
    "dateline": "dateline",
    "body": "body paragraph",
    "intertitle": "intertitle",
    "caption": "photo caption",
    "credit": "photo credit",
    "jump": "jump line",
    "furniture": "page furniture",
    "residue": "residue (placed nowhere else)",
    "blank": "blank line",
}

STYLE = """
body{font:14px/1.5 system-ui,"Noto Sans CJK SC","Source Han Sans",sans-serif;margin:0;color:#222;background:#fafafa}
header.page{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
header.page h1{font-size:18px;margin:0 0 4px}
.legend{display:flex;flex-wrap:wrap;gap:6px;list-style:none;padding:0;margin:8px 0 0}
.legend li{padding:1px 8px;border-radius:3px;font-size:12px}
.columns{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px;padding:16px 20px}
.source{font-family:ui-monospace,"Noto Sans Mono CJK SC",monospace;font-size:13px;background:#fff;border:1px solid #ddd;max-height:80vh;overflow:auto}
.line{display:flex;white-space:pre-wrap;word-break:break-all;border-left:4px solid transparent}
.line .n{flex:0 0 3.5em;text-align:right;padding-right:8px;color:#888;user-select:none}
.line.hl{border-left-color:#1a56db;box-shadow:inset 0 1px 0 rgba(26,86,219,.45),inset 0 -1px 0 rgba(26,86,219,.45)}
.line.hl .n{color:#1a56db;font-weight:bold}
.articles{max-height:80vh;overflow:auto}
.item{background:#fff;border:1px solid #ddd;border-radius:4px;padding:8px 12px;margin-bottom:10px;cursor:pointer}
.item.selected{border-color:#1a56db;box-shadow:0 0 0 2px #c3d5fb}
.item h2{font-size:16px;margin:2px 0}
.item .kicker,.item .subheadline{color:#555;margin:0}
.item p{margin:4px 0}
.item h3{font-size:14px;margin:6px 0 2px}
.meta{font-size:12px;color:#555}
.conf{font-weight:bold;padding:0 6px;border-radius:3px}
.conf.low{background:#f8d0d0}.conf.mid{background:#fbe8b5}.conf.high{background:#d3efd3}
.reasons{font-size:12px;color:#8a3b00;margin:4px 0 0;padding-left:18px}
.edits{padding:0 20px 20px}
.edits table{border-collapse:collapse;background:#fff;width:100%}
.edits td,.edits th{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
del{background:#f8d0d0;text-decoration:line-through}ins{background:#d3efd3;text-decoration:none}
.columns.with-page{grid-template-columns:minmax(0,1.3fr) minmax(0,1fr) minmax(0,1fr)}
.page-image{max-height:80vh;overflow:auto;background:#fff;border:1px solid #ddd}
.page-image svg{width:100%;height:auto;display:block;margin-bottom:8px}
.page-image .paper{fill:#fff}.page-image .frame{fill:none;stroke:#bbb;stroke-width:.6}
.page-image text{fill:#222;font-family:"Noto Serif CJK SC","Source Han Serif",serif}
.page-image .pl{cursor:pointer}.page-image .pl.hl rect{stroke:#1a56db;stroke-width:1.5}
"""
# Each role's tint, on a source line's background and a page line's box alike.
TINTS = {
    "headline": "#ffd6a5", "kicker": "#ffe8c7", "subheadline": "#fff1b8", "byline": "#cde7ff", "dateline": "#b9e2f5",
    "body": "#eef6ee", "intertitle": "#d9f0c9", "caption": "#ead7f7", "credit": "#dcc6ef", "jump": "#c9f2ec",
    "furniture": "#e4e4e4", "residue": "#f8d0d0", "blank": "#fff",
}
STYLE += "".join(f".r-{role}{{background:{tint};fill:{tint}}}" for role, tint in TINTS.items())

SCRIPT = """
function pick(n){
  document.querySelectorAll('.line.hl').forEach(l=>l.classList.remove('hl'));
  document.querySelectorAll('.item.selected').forEach(a=>a.classList.remove('selected'));
  const item=document.getElementById('A'+n); if(!item) return;
  item.classList.add('selected');
  const lines=document.querySelectorAll('.line[data-article="'+n+'"]');
  lines.forEach(l=>l.classList.add('hl'));
  if(lines.length) lines[0].scrollIntoView({block:'center'});
  document.querySelectorAll('.pl').forEach(l=>l.classList.toggle('hl',l.dataset.article===String(n)));
  item.scrollIntoView({block:'nearest'});
}
function choose(n){history.replaceState(null,'','#A'+n);pick(n);}
document.querySelectorAll('.item').forEach(a=>a.addEventListener('click',()=>choose(a.dataset.article)));
document.querySelectorAll('.pl[data-article]').forEach(l=>l.addEventListener('click',()=>choose(l.dataset.article)));
const chosen=location.hash.match(/^#A(\\d+)$/); if(chosen) pick(chosen[1]);
"""


def line_tints(page: Page, line_count: int, blank: set[int]) -> list[tuple[str, int | None]]:
    """For each source line (1-based, index 0 unused): the role it became, and the article
    (1-based, reading order) it belongs to. Fields other than the body win over the body
    where they share a line (a dateline opens its first paragraph's line)."""
    tints: list[tuple[str, int | None]] = [("blank" if number in blank else "residue", None) for number in range(line_count + 1)]

    def paint(first: int, last: int, role: str, article: int | None) -> None:
        for number in range(max(first, 1), min(last, line_count) + 1):
            if number not in blank:
                tints[number] = (role, article)

    for piece in page.furniture:
        paint(piece.span.first, piece.span.last, "residue" if piece.role == "residue" else "furniture", None)
    for number, article in enumerate(page.articles, start=1):
        for part in article.body:
            role = "intertitle" if part.kind == "h" else "caption" if article.kind == "photo" else "body"
            paint(part.span.first, part.span.last, role, number)
        for line_role in article.line_roles:
            paint(line_role.span.first, line_role.span.last, line_role.role, number)
    return tints


def shown(text: str) -> str:
    """What HTML cannot carry, made visible: a control character as its picture ("␁"), any
    other character XML refuses as "�". The dump is shown as it came, nothing silently gone.

    >>> shown("正文\x01第一段\ufffe")
    '正文␁第一段�'
    """
    return XML_FORBIDDEN.sub(lambda match: chr(0x2400 + ord(match.group())) if match.group() < " " else "\ufffd", text)


def page_report(page: Page, source: str, title: str, drawings: Sequence[PageDrawing] = ()) -> bytes:
    """The report of one page as UTF-8 HTML bytes; with `drawings` (a PDF's pages as printed),
    the page drawn beside its text lines and articles."""
    page, source, title, drawings = scrubbed(page, shown), shown(source), shown(title), scrubbed(tuple(drawings), shown)
    lines = source.splitlines()
    blank = {number for number, text in enumerate(lines, start=1) if not text.strip()}
    tints = line_tints(page, len(lines), blank)
    panels = [E.SECTION(*page_images(drawings, tints), E.CLASS("page-image"), **{"aria-label": "the page as printed"})] if drawings else []
    body = E.BODY(
        _page_header(page, title),
        E.DIV(
            *panels,
            E.SECTION(*_source_lines(lines, tints), E.CLASS("source"), **{"aria-label": "source lines"}),
            E.SECTION(*(_article(article, number) for number, article in enumerate(page.articles, start=1)), E.CLASS("articles")),
            E.CLASS("columns with-page" if drawings else "columns"),
        ),
        _edits(page.edits, source),
        E.SCRIPT(SCRIPT),
    )
    return _document(title, body, language_tag(page))


def _document(title: str, body: etree._Element, lang: str) -> bytes:
    html = E.HTML(E.HEAD(E.META(charset="utf-8"), E.TITLE(title), E.STYLE(STYLE)), body, lang=lang)
    return b"<!DOCTYPE html>\n" + etree.tostring(html, method="html", encoding="utf-8")


def _page_header(page: Page, title: str) -> etree._Element:
    order = "headlines after their bodies" if page.layout == "body-first" else "headlines before their bodies"
    facts = [f"{len(page.articles)} articles and photos", order, f"{len(page.edits)} repairs"]
    facts += [value for value in (page.meta.date, page.meta.section) if value]
    return E.HEADER(
        E.H1(title),
        E.P(_confidence_badge(page.confidence), " page confidence · " + " · ".join(facts), E.CLASS("meta")),
        *_reasons(page.confidence),
        E.UL(*(E.LI(label, E.CLASS(f"r-{role}")) for role, label in ROLES.items()), E.CLASS("legend")),
        E.CLASS("page"),
    )


def _source_lines(lines: list[str], tints: list[tuple[str, int | None]]) -> Iterable[etree._Element]:
    for number, text in enumerate(lines, start=1):
        role, article = tints[number]
        attributes = {"id": f"L{number}", "class": f"line r-{role}", "title": ROLES[role]}
        if article is not None:
            attributes["data-article"] = str(article)
        yield E.DIV(E.SPAN(str(number), E.CLASS("n")), E.SPAN(text, E.CLASS("t")), **attributes)


def _confidence_badge(confidence: Confidence | None) -> etree._Element:
    score = confidence.score if confidence else 0.0
    level = "low" if score < 0.5 else "mid" if score < 0.8 else "high"
    return E.SPAN(f"{score:.2f}", E.CLASS(f"conf {level}"))


def _report_part(part: BodyPart) -> etree._Element:
    if part.kind == "table":
        return E.TABLE(*(E.TR(*(E.TD(cell) for cell in row)) for row in part.rows))
    return E.H3(part.text) if part.kind == "h" else E.P(part.text)


def _reasons(confidence: Confidence | None) -> list[etree._Element]:
    if not confidence or not confidence.reasons:
        return []
    return [E.UL(*(E.LI(reason) for reason in confidence.reasons), E.CLASS("reasons"))]


def _article(article: Article, number: int) -> etree._Element:
    lines = f"lines {article.span.first}–{article.span.last}" if article.span else "lines unknown"
    kind = "photo" if article.kind == "photo" else "article"
    parts: list[etree._Element] = [
        E.P(_confidence_badge(article.confidence), f" {kind} {number} · {lines}", E.CLASS("meta")),
    ]
    if article.kicker:
        parts.append(E.P(article.kicker, E.CLASS("kicker")))
    parts.append(E.H2(article.headline or article.title))
    if article.subheadline:
        parts.append(E.P("——" + article.subheadline, E.CLASS("subheadline")))
    for label, value in (
        ("byline", article.byline.text if article.byline else None),
        ("dateline", article.dateline.text if article.dateline else None),
        ("jump", article.jump_from_line),
    ):
        if value:
            parts.append(E.P(value, E.CLASS(f"meta {label}")))
    parts += [_report_part(part) for part in article.body]
    for label, value in (("credit", article.credit), ("jump", article.jump_line)):
        if value:
            parts.append(E.P(value, E.CLASS(f"meta {label}")))
    parts += _reasons(article.confidence)
    return E.ARTICLE(*parts, E.CLASS("item"), id=f"A{number}", tabindex="0", **{"data-article": str(number)})


def _edits(edits: list[Edit], source: str) -> etree._Element:
    ordered = sorted(edits, key=lambda edit: edit.line)
    rows = [
        E.TR(
            E.TD(E.A(str(edit.line), href=f"#L{edit.line}")),
            E.TD(edit.kind),
            E.TD(head, E.DEL(edit.before), E.INS(edit.after), tail),
        )
        for edit, (head, tail) in zip(ordered, edits_in_context(ordered, source))
    ]
    return E.SECTION(
        E.H2(f"Repairs ({len(ordered)})"),
        E.TABLE(E.TR(E.TH("line"), E.TH("kind"), E.TH("in context: removed, added")), *rows),
        E.CLASS("edits"),
    )


def index_report(reviews: Iterable[PageReview]) -> bytes:
    """The page of a batch's reports: every page, least trustworthy first, linking to its report."""
    pages = sorted(
        (
            review.entries[0].confidence,
            review.output,
            review.input,
            len(review.entries) - 1,
            sum(entry.confidence < 0.5 for entry in review.entries[1:]),
            "; ".join(review.entries[0].reasons),
        )
        for review in reviews
        if review.entries
    )
    rows = [
        E.TR(
            E.TD(_confidence_badge(Confidence(score))),
            E.TD(E.A(name, href=str(PurePosixPath(output.replace("\\", "/")).with_suffix(".html")))),
            E.TD(str(articles)),
            E.TD(str(doubtful)),
            E.TD(reasons),
        )
        for score, output, name, articles, doubtful, reasons in pages
    ]
    body = E.BODY(
        E.HEADER(E.H1("newsdump: pages to review"), E.P(f"{len(pages)} pages, least trustworthy first", E.CLASS("meta")), E.CLASS("page")),
        E.SECTION(
            E.TABLE(E.TR(E.TH("confidence"), E.TH("page"), E.TH("articles"), E.TH("doubtful"), E.TH("reasons")), *rows),
            E.CLASS("edits"),
        ),
    )
    return _document("newsdump: pages to review", body, "zh")
