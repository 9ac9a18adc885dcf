"""From assembled drafts to the Page model: clean every text field and log every repair."""

from __future__ import annotations

from itertools import pairwise

import regex

from cleanup import Edit, Line, Located, page_evidence, repair_paragraph, repair_title
from cleanup.config import DEFAULT, Config
from cleanup.cues import JUMP_FROM, JUMP_LINE
from cleanup.repair import evidence_by_paragraph
from layout.assemble import Assembly
from layout.classify import Piece
from layout.drafts import Draft
from layout.meta import (
    credits,
    find_credit,
    parse_dateline,
    parse_page_header,
    split_editor_line,
    sponsor_section,
    strip_byline_mark,
)
from layout.model import Article, BodyPart, Byline, Furniture, LineRole, PageMeta, Span
from layout.pieces import Body, is_name_tail
from layout.title_runs import intertitles_parted
from layout.title_spaces import between_title_lines
from layout.titles import SUBHEADLINE, Roles, TitleUnit, assign_roles


class Builder:
    """Collects the repairs made while turning drafts into articles and furniture."""

    def __init__(self, config: Config = DEFAULT, page: str = "", blank_lines: bool = False) -> None:
        self.edits: list[Edit] = []
        self.config = config
        self.page = page  # the page's text near what is built, whitespace removed: evidence for the repairs
        self.blank_lines = blank_lines  # the dump parts its blocks with blank lines

    def clean(self, text: Located, title: bool = False) -> str:
        """The text repaired as a paragraph is, or as a title (`cleanup.repair_title`)."""
        repair = repair_title if title else repair_paragraph
        repaired, edits = repair(text.strip(), self.config, self.page)
        self.edits.extend(edits)
        return repaired.text.strip()

    # ------------------------------------------------------------ articles
    def article(self, draft: Draft, orientation: str) -> tuple[Article, list[Piece]]:
        if draft.kind == "photo":
            return self.photo(draft), []
        article_text = draft.chunk.text
        bodies = draft.chunk.bodies
        lede = bodies[0].text.text if bodies else ""
        roles = assign_roles(draft.titles, article_text, "before" if orientation == "body-first" else "after", self.config, lede, self.blank_lines)
        article = Article("article", notes=list(roles.notes))
        article.notes.extend(f"title {self.quoted(unit, article_text)!r} beside the headline was set aside as a banner" for unit in roles.banners)
        self._titles(article, roles, article_text)
        self._chunk(article, draft, article_text)
        article.span = _span(draft, [unit for unit in (roles.main, roles.kicker) if unit])
        banners = [unit.main for unit in roles.banners] + [sub for unit in roles.banners for sub in unit.subs]
        return article, banners

    def photo(self, draft: Draft) -> Article:
        article = Article("photo")
        self._chunk(article, draft, draft.chunk.text)
        credit = draft.credit
        credit_text = credit.credit if isinstance(credit, Body) else Located.from_lines(credit.lines, " ")
        match = find_credit(credit_text.text)
        who = match.group("who") if match else strip_byline_mark(credit_text.text)
        if match:
            self.edits.append(Edit("photo-credit-mark", credit_text.first_line, match.group("photo"), ""))
            # a line under the credit ("■邵志远摄" | "（新华社发）", who sent the picture) stays with it
            rest = match.group("rest").strip()
            who = who + rest if rest[:1] in "（(" else f"{who} {rest}".strip()
        article.credit = self.clean(Located.single(who, credit_text.first_line)) or None
        article.line_roles.append(LineRole("credit", _located_span(credit_text)))
        article.span = _span(draft, [])
        return article

    def _titles(self, article: Article, roles: Roles, article_text: str) -> None:
        for role, unit in (("headline", roles.main), ("kicker", roles.kicker)):
            if unit:
                article.line_roles.append(LineRole(role, Span(unit.main.first, unit.main.last)))
                article.line_roles.extend(LineRole("subheadline", Span(sub.first, sub.last)) for sub in unit.subs)
        if roles.main:
            article.headline = self.title(roles.main, article_text)
            subs = [self.subheadline(sub) for sub in roles.main.subs]
            article.subheadline = " ".join(subs) or None
        if roles.kicker:
            article.kicker = self.title(roles.kicker, article_text)
            if roles.kicker.subs:
                extra = " ".join(self.subheadline(sub) for sub in roles.kicker.subs)
                article.subheadline = " ".join(filter(None, [article.subheadline, extra]))

    def title(self, unit: TitleUnit, article_text: str) -> str:
        return self.clean(_title_located(unit.main.lines, article_text, self.config), title=True)

    def quoted(self, unit: TitleUnit, article_text: str) -> str:
        """A title as a note quotes it: as the output prints it, its repairs not logged twice."""
        return repair_title(_title_located(unit.main.lines, article_text, self.config).strip(), self.config, self.page)[0].text.strip()

    def subheadline(self, piece: Piece) -> str:
        located = Located.from_lines(piece.lines)
        dashes = SUBHEADLINE.match(located.text)
        text = self.clean(located.slice(dashes.end() if dashes else 0), title=True)
        if not text:
            # A dash line with nothing after it is a printed rule: gone from the text, but logged.
            self.edits.append(Edit("empty-subheadline", located.first_line, located.text.strip(), ""))
        return text

    def _chunk(self, article: Article, draft: Draft, article_text: str) -> None:
        bylines = []
        for part in draft.chunk.parts:
            if isinstance(part, Piece) and part.kind == "byline":
                bylines.extend(part.lines)
            elif isinstance(part, TitleUnit):
                # a blank line over an intertitle groups its lines; inside a block that lost its blank lines, their widths part it
                unit = part.main.unit
                for lines in [list(part.main.lines)] if unit.opens_block else intertitles_parted(part.main.lines, unit.column, self.config):
                    title = self.clean(_title_located(lines, article_text, self.config))
                    article.body.append(BodyPart("h", title, Span(lines[0].number, lines[-1].number)))
            else:
                self._body(article, part)
        if bylines:
            article.line_roles.extend(LineRole("byline", Span(line.number, line.number)) for line in bylines)
            located = Located.from_lines([Line(line.number, strip_byline_mark(line.text)) for line in bylines], _byline_join)
            text = self.clean(located)
            named = credits(text)
            article.byline = Byline(text, list(named), named)

    def _body(self, article: Article, body: Body) -> None:
        if body.table:  # kept row by row and cell by cell, as printed
            article.body.append(BodyPart.table(body.table, Span(body.piece.first, body.piece.last)))
            return
        unit = body.piece.unit
        article.notes.extend(
            f"paragraph boundary after line {line} is a judgment call: a sentence ends at the column edge"
            for line in unit.judgment_calls
        )
        article.notes.extend(
            f"column jump after line {line} is a judgment call: the text may run on across the blank line, or not"
            for line in unit.close_jumps
        )
        span = Span(body.piece.first, body.piece.last)
        if body.dateline is not None and article.dateline is None and _opens_the_text(article.body):
            article.dateline = parse_dateline(body.dateline_match, self.clean(body.dateline))
            article.line_roles.append(LineRole("dateline", _located_span(body.dateline)))
        elif body.dateline is not None:
            # A second dateline inside one article stays in its paragraph.
            article.body.append(BodyPart("p", self.clean(body.whole), span))
            return self._jump(article, body)
        if body.text.text:
            article.body.append(BodyPart("p", self.clean(body.text), span))
        self._jump(article, body)

    def _jump(self, article: Article, body: Body) -> None:
        if body.jump_from is not None and article.jump_from_line is None:
            article.jump_from_line = self.clean(body.jump_from)
            article.line_roles.append(LineRole("jump", _located_span(body.jump_from)))
            match = JUMP_FROM.match(article.jump_from_line)
            article.continued_from = regex.sub(r"\s", "", match.group("page")) if match else None
        if body.jump is not None:
            if article.jump_line is not None:
                _keep_earlier_jump(article)
            article.jump_line = self.clean(body.jump)
            article.line_roles.append(LineRole("jump", _located_span(body.jump)))
            match = JUMP_LINE.search(article.jump_line)
            article.continued = regex.sub(r"\s", "", match.group("page")) if match else None

    # ------------------------------------------------------------ furniture
    def unique(self, furniture: list[Furniture]) -> list[Furniture]:
        """Each piece of furniture once: a banner printed twice is logged, not repeated."""
        seen: set[str] = set()
        kept = []
        for item in furniture:
            if item.text in seen:
                self.edits.append(Edit("duplicate-furniture", item.span.first, item.text, ""))
            elif item.text:
                seen.add(item.text)
                kept.append(item)
        return kept

    def furniture(self, piece: Piece, meta: PageMeta) -> Furniture:
        # A title set aside as a banner keeps its lines joined as a title's are: it may yet head
        # an article (`layout.pooled.place_stray_titles`).
        role = piece.role or "banner"
        if piece.kind == "title" and role == "banner":
            text = _title_located(piece.lines, "", self.config).text
        else:
            text = " ".join(line.text.strip() for line in piece.lines)
        header = parse_page_header(text) if role == "page-header" else None
        if header:
            meta.date = meta.date or header.date
            text = header.text
            if header.section and not self._to_meta(meta, "section", header.section, piece.first):
                text = f"{text} {header.section}"
            if header.number and not self._to_meta(meta, "number", header.number, piece.first):
                text = f"{header.number} {text}"
        elif role == "page-header":
            rest, section = split_editor_line(text)
            if section and self._to_meta(meta, "section", section, piece.first):
                text = rest
        elif role == "masthead":
            meta.section = meta.section or sponsor_section(text)
        return Furniture(self.clean(Located.single(text, piece.first)), role, Span(piece.first, piece.last))

    def _to_meta(self, meta: PageMeta, field: str, value: str, line: int) -> bool:
        """Move a header's page number or section into the page's meta, logged; a second,
        different one (a dump holding two pages) stays where it was printed."""
        if getattr(meta, field) not in (None, value):
            return False
        setattr(meta, field, value)
        self.edits.append(Edit(f"page-{field}-to-meta", line, value, ""))
        return True


def _title_located(lines: list[Line], article_text: str, config: Config) -> Located:
    """Title lines: a break between two halves keeps a space, a phrase wrapped mid-way does not."""
    texts = [text for line in lines if (text := line.text.strip())]
    joins = iter([between_title_lines(left, right, article_text, config) for left, right in pairwise(texts)])
    return Located.from_lines(lines, lambda _text, _piece: next(joins))


def _located_span(text: Located) -> Span:
    return Span(text.first_line, text.line_at(max(len(text.text) - 1, 0)))


def _span(draft: Draft, titles: list[TitleUnit]) -> Span:
    """First and last source line of what the article was built from (banners excluded)."""
    lines = [body.first for body in draft.chunk.bodies] + [body.piece.last for body in draft.chunk.bodies]
    lines += [piece.first for unit in titles for piece in [unit.main, *unit.subs]]
    lines += [piece.last for unit in titles for piece in [unit.main, *unit.subs]]
    lines += [part.first for part in draft.chunk.parts if isinstance(part, Piece)]
    if draft.credit is not None:
        lines.append(draft.credit.first if isinstance(draft.credit, Piece) else draft.credit.piece.last)
    return Span(min(lines), max(lines)) if lines else Span(0, 0)


def build_page_parts(
    assembly: Assembly, config: Config = DEFAULT, blank_lines: bool = False
) -> tuple[list[Article], list[Furniture], PageMeta, list[Edit]]:
    """The page's articles, furniture, meta and repairs; `blank_lines`: the dump parts its blocks with blank lines."""
    texts = [_printed_text(draft) for draft in assembly.drafts]
    builder = Builder(config, blank_lines=blank_lines)
    meta = PageMeta()
    articles: list[Article] = []
    banners: list[Piece] = []
    for draft, evidence in zip(assembly.drafts, evidence_by_paragraph(texts, config.evidence_reach), strict=True):
        builder.page = evidence
        article, extra = builder.article(draft, assembly.orientation)
        articles.append(article)
        banners.extend(extra)
    builder.page = page_evidence(texts)
    pieces = sorted(assembly.furniture + banners, key=lambda piece: piece.first)
    furniture = builder.unique([builder.furniture(piece, meta) for piece in pieces])
    return articles, furniture, meta, builder.edits


def _printed_text(draft: Draft) -> str:
    """What the page prints of an article, its titles with its text: the evidence the repairs
    read, as `cleanup.clean` reads every line of the page. A headline that repeats the words of
    a sentence with an OCR doubling in it ("出台遭遭业界" under "…新规出台遭业界普遍质疑") shows the slip."""
    return "".join(piece.text for unit in draft.titles for piece in (unit.main, *unit.subs)) + draft.chunk.text


def _byline_join(text: str, line: str) -> str:
    """Byline lines are names apart, but the rest of a name the wrap cut joins it ("张高" | "丽")."""
    return "" if is_name_tail(line) else " "


def _keep_earlier_jump(article: Article) -> None:
    """A second jump line in one article (two texts read as one, a page printed twice over):
    the article continues where its last one says, and the earlier one stays in the text,
    where it stood, as a paragraph of its own; nothing printed is dropped."""
    span = next(role.span for role in reversed(article.line_roles) if role.role == "jump")
    at = next((index for index, part in enumerate(article.body) if part.span.first > span.first), len(article.body))
    article.body.insert(at, BodyPart("p", article.jump_line or "", span))


def _opens_the_text(parts: list[BodyPart]) -> bool:
    """A dateline is the prefix of an article's first paragraph. Under an intertitle it is still the
    article's only where that line leads into it on a colon ("日前，省委决定："); under a paragraph, or
    under any other intertitle (a short item's title in a package of several), it dates a dispatch
    inside the text and stays in it.

    >>> _opens_the_text([BodyPart("h", "某地出台新规：", Span(1, 1))])
    True
    >>> _opens_the_text([BodyPart("h", "关于某项工作的实施意见", Span(1, 1))])
    False
    """
    return all(part.kind == "h" for part in parts) and (not parts or parts[-1].text.endswith(_LEADS_IN))


# The marks on which a line leads into the sentence under it.
_LEADS_IN = ("：", ":")
