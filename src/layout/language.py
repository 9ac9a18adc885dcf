"""The language tag a page is written with: its script decides it."""

from __future__ import annotations

from cleanup import detect_script
from layout.model import Page


def language_tag(page: Page) -> str:
    """The tag of the script the page was written in on request, else zh-Hant for a page
    in traditional characters and zh-CN otherwise."""
    if page.language:
        return page.language
    sample = "".join(article.body[0].text for article in page.articles if article.body)
    return "zh-Hant" if detect_script(sample) == "traditional" else "zh-CN"
