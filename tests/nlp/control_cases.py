"""The export controls a short text yields, as comparable tuples, for the table-driven control tests."""

from __future__ import annotations

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def control_pairs(text: str, with_status: bool = True) -> set[tuple]:
    """(country, mineral, status) per controlled mineral, or (country, mineral) without the status; paragraphs
    split at blank lines, published 2025-06-01."""
    sheet = extract(make_article(text.split("\n\n"), title="t", source="case.txt", published="2025-06-01"))
    return {
        (c["country"], m, c["status"]) if with_status else (c["country"], m)
        for c in sheet["export_controls"]
        for m in c["minerals"]
    }
