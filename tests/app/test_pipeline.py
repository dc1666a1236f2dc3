"""The build loop: a malformed fact sheet is reported with its code and the rest of the batch is stored."""

from __future__ import annotations

import json
from pathlib import Path

import cmkg.nlp.extract
from cmkg.app.pipeline import build_store
from cmkg.graph.store import open_store

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_sheet.json"


def test_a_bad_sheet_is_reported_and_the_good_ones_stored(monkeypatch):
    good = json.loads(MINI.read_text(encoding="utf-8"))
    bad = {**good, "article": "bad.txt", "key": "bad", "agreements": [{"parties": ["USA"], "status": "sort of"}]}
    other = {**good, "article": "other.txt", "key": "other"}
    # the workers' extraction (the bundled corpus is one article: one chunk) gives three sheets, one broken
    monkeypatch.setattr(cmkg.nlp.extract, "extract_batch", lambda articles, batch_size=16: [good, bad, other])
    store = open_store(":memory:")
    report = build_store(store)
    assert report.stored == 2
    assert [e.code for e in report.bad] == ["E230"]
    assert str(report.bad[0]).startswith("[E230] bad.txt: not a valid fact sheet: agreements[0].status")
    headlines = {r["t"].value for r in store.execute("SELECT ?t WHERE { ?a <https://schema.org/headline> ?t }")}
    assert headlines == {good["title"]}
    graphs = {r["g"].value for r in store.execute("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a ?c } }")}
    derived = ("deal-summary", "status-history")  # graphs the build computes from the articles
    assert len([g for g in graphs if "/graph/" in g and not any(d in g for d in derived)]) == 2
