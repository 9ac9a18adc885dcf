"""The pages rebuilt from the windows of a dump far longer than a page, joined into one.

`reconstruct` cuts such a dump into windows (`cleanup.windowing`) and rebuilds each on its
own, so its memory is a window's plus its articles'; here the pages are stitched into one.
"""

from __future__ import annotations

from cleanup import Edit
from layout.confidence import BY_COLUMN, SIDE_BY_SIDE, page_confidence
from layout.model import Page


def stitched(parts: list[Page], name: str, fingerprint: str, edits: list[Edit]) -> Page:
    """One page of the pages rebuilt from a dump's windows: their articles, furniture and
    edits in order (after `edits`, those made to the whole text); the first window's meta (a
    page header prints at the top) and orientation, and the least sure window's certainty
    of it; a window read across its columns, or column by column, says so for the page."""
    articles = [article for part in parts for article in part.articles]
    layout_confidence = min(part.layout_confidence for part in parts)
    said = {reason for part in parts if part.confidence for reason in part.confidence.reasons}
    return Page(
        source=name,
        fingerprint=fingerprint,
        meta=parts[0].meta,
        furniture=[item for part in parts for item in part.furniture],
        articles=articles,
        edits=edits + [edit for part in parts for edit in part.edits],
        layout=parts[0].layout,
        layout_confidence=layout_confidence,
        confidence=page_confidence(
            [article.confidence for article in articles if article.confidence], layout_confidence, SIDE_BY_SIDE in said, BY_COLUMN in said
        ),
    )
