"""Shared by the table-driven agreement tests: one extraction run per table, one check per row."""

from __future__ import annotations

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract, extract_many
from cmkg.nlp.ingest import read_text_as_article

__all__ = [
    "PAGE_HEAD",
    "assert_agreements",
    "control_triples",
    "extract_pages",
    "extract_table",
    "page_party_sets",
    "sheet",
]

PAGE_HEAD = "Minerals update\nSource: https://www.harbourledger.example.com/news/minerals\nPublished: 2025-03-02\n\n"


def sheet(text: str) -> dict:
    """One text's fact sheet; blank lines split it into paragraphs, as on a page."""
    return extract(make_article(text.split("\n\n"), title="t", source="case.txt", published="2025-06-01"))


def control_triples(text: str) -> set[tuple[str, str, str]]:
    """One text's export controls as (owner, mineral, status) triples: the unit the control tests compare, since
    a measure's minerals are one fact each in the gold sheets."""
    return {(c["country"], m, c["status"]) for c in sheet(text)["export_controls"] for m in c["minerals"]}


def extract_table(texts: list[str], prefix: str) -> dict[str, dict]:
    """Fact sheets keyed by text; blank lines split a text into paragraphs, as on a page."""
    arts = [
        make_article(text.split("\n\n"), title="t", source=f"{prefix}{i}.txt", published="2025-06-01")
        for i, text in enumerate(texts)
    ]
    return dict(zip(texts, extract_many(arts), strict=True))


def extract_pages(texts: list[str], prefix: str, head: str = PAGE_HEAD) -> dict[str, dict]:
    """Fact sheets keyed by text, each read as a clean-text page under ``head`` (title, Source and Published
    lines; PAGE_HEAD's news site unless a test needs another publisher): the page reader's own line joining and
    list handling apply, which make_article skips."""
    arts = [read_text_as_article(head + text, f"{prefix}{i}.txt") for i, text in enumerate(texts)]
    return dict(zip(texts, extract_many(arts), strict=True))


def page_party_sets(head: str, text: str) -> set[tuple[str, ...]]:
    """The sorted party sets of one clean-text page: ``head`` (title, Source and Published lines) above ``text``."""
    page = next(extract_many([read_text_as_article(head + text, "page")]))
    return {tuple(sorted(a["parties"])) for a in page["agreements"]}


def assert_agreements(sheet: dict, expected: set, rule: str | None) -> None:
    """The (party set, status) pairs exactly; with a rule id, every fact must come from that rule."""
    agreements = sheet["agreements"]
    assert {(frozenset(a["parties"]), a["status"]) for a in agreements} == expected
    if rule is not None:
        assert {a["provenance"]["rule"] for a in agreements} == {rule}
