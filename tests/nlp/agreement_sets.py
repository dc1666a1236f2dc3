"""One sentence or page through the whole extractor, read back as (party set, status) pairs: the shape the
table-driven agreement tests compare, so each test file states cases, not plumbing."""

from __future__ import annotations

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract, extract_many
from cmkg.nlp.ingest import read_text_as_article

__all__ = ["GOV", "NEWS", "agreements", "page_agreements", "page_sheet"]

# a ministry's site (the page has a publishing government) and a news site (it has none)
GOV = "https://www.mines.gov.zm/news/x"
NEWS = "https://www.lakesidecourier.example.com/news/x"
_PAGE = "Release\nSource: {url}\nPublished: 2025-03-02\n\n"


def agreements(text: str, published: str = "2025-06-01") -> set[tuple[str, str]]:
    """Paragraphs are split on blank lines; ``published`` dates the article (relative dates read from it)."""
    sheet = extract(make_article(text.split("\n\n"), title="t", source="case.txt", published=published))
    return {("+".join(sorted(a["parties"])), a["status"]) for a in sheet["agreements"]}


def page_agreements(url: str, text: str) -> set[tuple[tuple[str, ...], str]]:
    """``text`` as the body of a page at ``url``, so the site decides whose voice the page is in."""
    sheet = page_sheet(_PAGE.format(url=url) + text)
    return {(tuple(sorted(a["parties"])), a["status"]) for a in sheet["agreements"]}


def page_sheet(text: str) -> dict:
    """The fact sheet of ``text`` read as a whole clean-text page (its own title, Source and Published lines)."""
    return next(extract_many([read_text_as_article(text, "page")]))
