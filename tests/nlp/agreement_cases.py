"""Shared by the table-driven agreement tests: one extraction run per table, one check per row."""

from __future__ import annotations

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract, extract_many

__all__ = ["assert_agreements", "extract_table", "sheet"]


def sheet(text: str) -> dict:
    """One text's fact sheet; blank lines split it into paragraphs, as on a page."""
    return extract(make_article(text.split("\n\n"), title="t", source="case.txt", published="2025-06-01"))


def extract_table(texts: list[str], prefix: str) -> dict[str, dict]:
    """Fact sheets keyed by text; blank lines split a text into paragraphs, as on a page."""
    arts = [
        make_article(text.split("\n\n"), title="t", source=f"{prefix}{i}.txt", published="2025-06-01")
        for i, text in enumerate(texts)
    ]
    return dict(zip(texts, extract_many(arts), strict=True))


def assert_agreements(sheet: dict, expected: set, rule: str | None) -> None:
    """The (party set, status) pairs exactly; with a rule id, every fact must come from that rule."""
    agreements = sheet["agreements"]
    assert {(frozenset(a["parties"]), a["status"]) for a in agreements} == expected
    if rule is not None:
        assert {a["provenance"]["rule"] for a in agreements} == {rule}
