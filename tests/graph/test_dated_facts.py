"""Every fact knows when: its evidence node carries the event date, the publication date, or 'undated'."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from rdflib import Graph

from cmkg.core.factsheet import FactSheetError, check_fact_sheet
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.vocab import CMKG

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini_sheet.json"


def _mini():
    return json.loads(MINI.read_text(encoding="utf-8"))


def _dates(sheet):
    """(sentence, basis, event date, precision) of every evidence node, and the status steps' valid-from dates."""
    ds = Graph()
    for s, p, o, _ in sheet_to_graph(sheet).quads((None, None, None, None)):
        ds.add((s, p, o))
    evidence = {
        (
            str(ds.value(ev, CMKG.sentence)),
            str(basis),
            *(str(x) if x else None for x in (ds.value(ev, CMKG.eventDate), ds.value(ev, CMKG.datePrecision))),
        )
        for ev, basis in ds.subject_objects(CMKG.dateBasis)
    }
    steps = {str(o) for o in ds.objects(None, CMKG.validFrom)}
    return evidence, steps


@pytest.mark.parametrize(
    ("when", "published", "basis", "day", "precision"),
    [
        (
            {"date": "2025-12-31", "precision": "day", "basis": "relative", "text": "yesterday"},
            "2026-01-01",
            "relative",
            "2025-12-31",
            "day",
        ),
        (
            {"date": "2019-01-01", "precision": "year", "basis": "stated", "text": "in 2019"},
            None,
            "stated",
            "2019-01-01",
            "year",
        ),
        (None, "2026-01-02", "published", "2026-01-02", "day"),  # a sheet without dates: its publication
        (
            {"date": "2030-01-01", "precision": "year", "basis": "stated", "text": "by 2030"},
            "2026-01-02",
            "stated",
            "2030-01-01",
            "year",
        ),
        (None, None, "undated", None, None),
    ],
)
def test_a_fact_is_dated_by_its_sentence_its_article_or_not_at_all(when, published, basis, day, precision):
    sheet = _mini()
    sheet["published"] = published
    sheet["agreements"] = sheet["agreements"][:1]
    if when:
        sheet["agreements"][0]["when"] = when
    evidence, steps = _dates(sheet)
    assert ("The US and Japan signed a lithium deal.", basis, day, precision) in evidence
    # a status holds from when it is reported at the latest, even when the event lies ahead
    assert steps == ({min(day, published) if published else day} if day else set())
    assert all(b in ("relative", "stated", "published", "undated") for _, b, _, _ in evidence)


@pytest.mark.parametrize(
    ("when", "problem"),
    [
        ({"date": "2025-12-31", "precision": "fortnight", "basis": "relative"}, "agreements[0].when.precision"),
        ({"date": "2025-12-31", "precision": "day", "basis": "soon"}, "agreements[0].when.basis"),
        ({"date": "2025-12-31", "precision": "day"}, "agreements[0].when: missing key(s) basis"),
    ],
)
def test_a_malformed_date_is_refused_by_the_schema(when, problem):
    sheet = copy.deepcopy(_mini())
    sheet["agreements"][0]["when"] = when
    with pytest.raises(FactSheetError) as err:
        check_fact_sheet(sheet)
    assert problem in str(err.value)
