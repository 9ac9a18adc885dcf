"""The ids a page and its items are known by, the same in the XML and the JSON.

A page's guid is its fingerprint (a digest of its text without whitespace), never
a clock or a random source: converting the same dump again, from any file name,
encoding or line endings, gives the same guids. An item adds its position in
reading order.
"""

from __future__ import annotations

from layout.model import Page


def page_guid(page: Page) -> str:
    return f"urn:newsdump:page:{page.fingerprint[:16]}"


def item_guid(page_id: str, number: int) -> str:
    """The guid of the page's `number`-th item (1-based, reading order)."""
    return f"{page_id}:item:{number:02d}"
