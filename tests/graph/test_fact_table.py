"""The fact table: one row per fact, with the graph's IRIs and the evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmkg.graph.fact_table import FACT_COLUMNS, fact_rows
from cmkg.graph.vocab import CMKG, article_iri, country_iri

SHEET = json.loads((Path(__file__).parent.parent / "fixtures" / "mini_sheet.json").read_text(encoding="utf-8"))


def test_every_row_has_every_column_and_the_article():
    rows = list(fact_rows(SHEET))
    assert rows and all(tuple(r) == FACT_COLUMNS for r in rows)
    assert {r["article"] for r in rows} == {str(article_iri(SHEET["key"]))}


@pytest.mark.parametrize("index", range(len(SHEET["agreements"])))
def test_agreement_rows_are_party_pairs_with_status_and_evidence(index):
    a = SHEET["agreements"][index]
    rows = [r for r in fact_rows(SHEET) if r["kind"] == "agreement" and r["sentence"] == a["evidence"]]
    n = len(a["parties"])
    assert len(rows) == n * (n - 1) // 2
    for r in rows:
        assert r["predicate"] == str(CMKG.hasDealWith) and r["status"] == a["status"] and r["date"] == a.get("date")
        assert {r["subject"], r["object"]} <= {str(country_iri(c)) for c in a["parties"]}
        assert (r["start_offset"], r["end_offset"], r["rule"]) == (
            a["provenance"]["start"],
            a["provenance"]["end"],
            a["provenance"]["rule"],
        )


def test_officials_have_no_offsets_but_their_sentence():
    roles = [r for r in fact_rows(SHEET) if r["kind"] == "role"]
    assert [r["value"] for r in roles] == [p["role"] for p in SHEET["people"]]
    assert all(r["sentence"] and r["start_offset"] is None and r["rule"] is None for r in roles)
