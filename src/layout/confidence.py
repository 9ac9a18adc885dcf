"""How far to trust each rebuilt article, and why: a score in [0, 1] with its reasons.

The evidence is what the reconstruction already weighed: how sure the boundary
decisions at the article's start, end and inside were (printed marks are
certain, the fitted model's close calls are not), whether a headline was found
and how, how much text the article holds and whether it stops mid-sentence,
paragraph breaks and headline roles noted as judgment calls, suspect repairs
left for a reader, and text nearby that nothing could place. A linear model
(``layout/confidence.json``, fitted by ``scripts/train_layout.py confidence`` on
annotated pages: "right" when the scorer finds the article whole and exact)
turns the evidence into the chance that the article is right. The signals that
pulled the score down are its reasons, in words a reviewer can act on.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from statistics import fmean

from cleanup.config import DEFAULT, Config
from cleanup.edits import Edit
from cleanup.marks import ends_sentence
from cleanup.shapes import opens_an_entry
from layout.model import Article, Confidence, Furniture, Span

RIGHT = "right"
# Boundary certainty in steps: a chance this close to a coin toss is a close call.
_CERTAINTY_STEPS = (0.65, 0.8, 0.95)
_LENGTH_STEPS = (80, 300, 1000, 2500)
_PARAGRAPH_STEPS = (1, 2, 3, 5, 9)
_SHORT_PARAGRAPH = 12
_NOTE_KINDS = {
    "paragraph boundary": "break_judgment",
    "column jump": "jump_judgment",
    "main headline": "headline_judgment",
    "title ": "title_set_aside",
}

# What each signal that lowers the score means to a reviewer.
_REASONS = {
    "start=close": "where it begins is a close call",
    "start=unsure": "where it begins is uncertain",
    "end=close": "where it ends is a close call",
    "end=unsure": "where it ends is uncertain",
    "inside=close": "two of its paragraphs may belong to different articles",
    "inside=unsure": "two of its paragraphs may belong to different articles",
    "headline=none": "no headline was found for it",
    "body=none": "a headline without body text",
    "chars<80": "very short: it may be a fragment of another article",
    "chars<300": "short: it may be a fragment of another article",
    "chars=more": "long: more places where another article may have been merged in",
    "paragraphs<=9": "many paragraphs: more breaks that may be wrong",
    "paragraphs=more": "many paragraphs: more breaks that may be wrong",
    "ends_open": "its text stops mid-sentence",
    "paragraph_ends_open": "a paragraph stops mid-sentence: a column jump may have been read as a break",
    "short_paragraph": "a very short paragraph: a line may have been cut from its paragraph",
    "break_judgment=1": "a paragraph break is a judgment call",
    "break_judgment=2": "paragraph breaks are judgment calls",
    "break_judgment=3+": "paragraph breaks are judgment calls",
    "jump_judgment=1": "whether its text runs on across a blank line is a judgment call",
    "jump_judgment=2": "whether its text runs on across blank lines is a judgment call",
    "jump_judgment=3+": "whether its text runs on across blank lines is a judgment call",
    "headline_judgment=1": "which title is the main headline is a judgment call",
    "title_set_aside=1": "a title beside its headline was set aside as a banner",
    "title_set_aside=2": "titles beside its headline were set aside as banners",
    "suspect_repair": "a doubled character was kept as printed and needs a look",
    "residue_near": "text nearby could not be placed",
    "page_unsure": "the page's reading order (headlines before or after bodies) is uncertain",
    "intertitles": "it holds intertitles, where articles are often cut apart",
}


@dataclass(frozen=True)
class PageEvidence:
    """What the whole page contributes to each article's evidence.

    Indexed by line, so that each article looks up only what touches its own lines
    (a scan of the whole page per article grows with the square of a long dump).
    """

    decisions_at: dict[int, list[tuple[int, int, float]]]
    suspect_lines: list[int]
    residue: list[Span]
    layout_confidence: float

    def decisions_touching(self, lines: set[int]) -> list[tuple[int, int, float]]:
        """(before, after, sureness) of every boundary decision with a paragraph among `lines`."""
        found = {(before, after): sure for line in lines for before, after, sure in self.decisions_at.get(line, ())}
        return [(before, after, sure) for (before, after), sure in found.items()]

    def suspect_within(self, span: Span) -> bool:
        index = bisect_left(self.suspect_lines, span.first)
        return index < len(self.suspect_lines) and self.suspect_lines[index] <= span.last

    def residue_near(self, span: Span) -> bool:
        index = bisect_left(self.residue, span.first - 2, key=lambda residue: residue.first)
        for position in range(index, len(self.residue)):
            residue = self.residue[position]
            if residue.first > span.last + 2:
                return False
            if residue.last <= span.last + 2:
                return True
        return False


def page_evidence(
    certainty: dict[tuple[int, int], float], edits: list[Edit], furniture: list[Furniture], layout_confidence: float
) -> PageEvidence:
    decisions_at: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    for (before, after), sure in certainty.items():
        decisions_at[before].append((before, after, sure))
        decisions_at[after].append((before, after, sure))
    suspects = sorted({edit.line for edit in edits if edit.kind.startswith("suspect")})
    residue = sorted((piece.span for piece in furniture if piece.role == "residue"), key=lambda span: span.first)
    return PageEvidence(dict(decisions_at), suspects, residue, layout_confidence)


def _certainty_step(values: list[float]) -> str:
    """The least sure of some decisions, in words."""
    if not values:
        return "none"
    least = min(values)
    if least >= 1.0:
        return "printed"
    return "close" if least < _CERTAINTY_STEPS[0] else "unsure" if least < _CERTAINTY_STEPS[1] else "fair" if least < _CERTAINTY_STEPS[2] else "sure"


def article_evidence(article: Article, page: PageEvidence) -> dict[str, float]:
    """The named signals of one article, each worth 1 when present."""
    paragraphs = [part for part in article.body if part.kind == "p"]
    lines = {part.span.first for part in paragraphs}
    decisions = page.decisions_touching(lines)
    starts = [sure for before, after, sure in decisions if after in lines and before not in lines]
    ends = [sure for before, after, sure in decisions if before in lines and after not in lines]
    inside = [sure for before, after, sure in decisions if before in lines and after in lines]
    chars = sum(len(part.text) for part in paragraphs)
    signals = [
        "bias",
        f"kind={article.kind}",
        f"start={_certainty_step(starts)}",
        f"end={_certainty_step(ends)}",
        f"inside={_certainty_step(inside)}",
        "headline=" + ("some" if article.headline else "none"),
        "body=none" if not paragraphs else next((f"chars<{step}" for step in _LENGTH_STEPS if chars < step), "chars=more"),
        "paragraphs" + next((f"<={step}" for step in _PARAGRAPH_STEPS if len(paragraphs) <= step), "=more"),
    ]
    for kind, count in _note_counts(article.notes).items():
        signals.append(f"{kind}={count if count < 3 else '3+'}")
    flags = {
        "kicker": bool(article.kicker),
        "subheadline": bool(article.subheadline),
        "byline": article.byline is not None,
        "dateline": article.dateline is not None,
        "credit": bool(article.credit),
        "intertitles": any(part.kind == "h" for part in article.body),
        "ends_open": bool(paragraphs) and not article.jump_line and not ends_sentence(paragraphs[-1].text),
        "paragraph_ends_open": any(not ends_sentence(part.text) and not opens_an_entry(part.text, after.text) for part, after in pairwise(paragraphs)),
        "short_paragraph": any(len(part.text) < _SHORT_PARAGRAPH for part in paragraphs[1:]),
        "suspect_repair": article.span is not None and page.suspect_within(article.span),
        "residue_near": article.span is not None and page.residue_near(article.span),
        "page_unsure": page.layout_confidence < 0.5,
    }
    signals += [name for name, present in flags.items() if present]
    return {signal: 1.0 for signal in signals}


def _note_counts(notes: list[str]) -> dict[str, int]:
    """How many notes of each kind the article carries."""
    counts: dict[str, int] = {}
    for note in notes:
        kind = next((name for start, name in _NOTE_KINDS.items() if note.startswith(start)), None)
        if kind:
            counts[kind] = counts.get(kind, 0) + 1
    return counts


def article_confidence(article: Article, page: PageEvidence, config: Config = DEFAULT) -> Confidence:
    """The chance the article is right, with the signals that lowered it, worst first."""
    evidence = article_evidence(article, page)
    model = config.confidence()
    score = model.probabilities(evidence)[RIGHT]
    pulls = {name: model.weights.get(name, {}).get(RIGHT, 0.0) - _other_weight(model.weights.get(name, {})) for name in evidence}
    reasons = [_REASONS[name] for name, pull in sorted(pulls.items(), key=lambda item: item[1]) if pull <= -config.doubt_pull and name in _REASONS]
    return Confidence(round(score, 3), list(dict.fromkeys(reasons)))


def _other_weight(weights: dict[str, float]) -> float:
    return sum(weight for label, weight in weights.items() if label != RIGHT)


def page_confidence(articles: list[Confidence], layout_confidence: float, side_by_side: bool = False, by_column: bool = False) -> Confidence:
    """A page is as trustworthy as its articles on average; its reasons name the doubtful ones,
    and a dump whose columns stand side by side on each line, read across them or, where
    `cleanup.by_column` found its columns, column by column."""
    across = [SIDE_BY_SIDE] if side_by_side else [BY_COLUMN] if by_column else []
    if not articles:
        return Confidence(0.0, ["no article was found on the page", *across])
    doubtful = sum(article.score < 0.5 for article in articles)
    reasons = [f"{doubtful} of {len(articles)} articles are more likely wrong than right"] if doubtful else []
    if layout_confidence < 0.5:
        reasons.append(_REASONS["page_unsure"])
    return Confidence(round(fmean(article.score for article in articles), 3), reasons + across)


SIDE_BY_SIDE = "columns printed side by side on each line (pdftotext's layout mode?): read across them; extract without it, or give the PDF"
BY_COLUMN = (
    "columns printed side by side on each line (pdftotext's layout mode?): read column by column, "
    "line numbers count the lines so read; the PDF itself gives more"
)
