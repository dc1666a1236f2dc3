"""One sentence or page through the whole extractor, read back as (party set, status) pairs: the shape the
table-driven agreement tests compare, so each test file states cases, not plumbing."""

from __future__ import annotations

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract

__all__ = ["agreements"]


def agreements(text: str, published: str = "2025-06-01") -> set[tuple[str, str]]:
    """Paragraphs are split on blank lines; ``published`` dates the article (relative dates read from it)."""
    sheet = extract(make_article(text.split("\n\n"), title="t", source="case.txt", published=published))
    return {("+".join(sorted(a["parties"])), a["status"]) for a in sheet["agreements"]}
