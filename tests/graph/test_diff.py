"""cmkg diff on hand-made builds: each kind of change is found, and nothing else."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from cmkg.graph.diff import changes_since, diff_snapshots, snapshot
from cmkg.graph.history import refresh_history
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini_sheet.json"


def _sheet(**changes):
    sheet = copy.deepcopy(json.loads(MINI.read_text(encoding="utf-8")))
    sheet.update(changes)
    return sheet


def _build(*sheets):
    st = open_store(":memory:")
    for s in sheets:
        st.add_dataset(sheet_to_graph(s))
    refresh_history(st)
    return snapshot(st)


def _control(status):
    return {
        "country": "CHN",
        "minerals": ["graphite"],
        "status": status,
        "measure": "ban",
        "evidence": f"China {status}.",
    }


def _later(**changes):
    """A second article, published later, about the same things."""
    return _sheet(article="later.txt", article_id="00000000000000bb", key="later", published="2026-02-01", **changes)


MINI_SHEET = _sheet()
CASES = [
    ("the same build twice", [], [], []),
    (
        "a new bilateral deal: a new partner and a new agreement",
        [],
        [_later(agreements=[{"parties": ["USA", "CHL"], "status": "signed", "type": "deal", "evidence": "US-Chile."}])],
        [("new_partner", "signed", ["CHL", "USA"]), ("new_agreement", "signed", ["CHL", "USA"])],
    ),
    (
        "a planned framework signed",
        [],
        [
            _later(
                agreements=[{"parties": ["USA", "IND"], "status": "signed", "type": "framework", "evidence": "Signed."}]
            )
        ],
        [("status_change", "signed", ["IND", "USA"])],
    ),
    (
        "an export control imposed",
        [],
        [_later(export_controls=[_control("in_force")])],
        [("control_added", "in_force", ["CHN"])],
    ),
    (
        "an export control eased",
        [],
        [_later(export_controls=[_control("eased")])],
        [("control_eased", "eased", ["CHN"])],
    ),
    (
        "an export control lifted",
        [],
        [_later(export_controls=[_control("lifted")])],
        [("control_lifted", "lifted", ["CHN"])],
    ),
]


@pytest.mark.parametrize(("case", "old_extra", "new_extra", "expected"), CASES, ids=[c[0] for c in CASES])
def test_diff_lists_each_kind_of_change(case, old_extra, new_extra, expected):
    old = _build(MINI_SHEET, *old_extra)
    new = _build(MINI_SHEET, *old_extra, *new_extra)
    found = diff_snapshots(old, new)
    assert [(c["change"], c["status"], c["parties"]) for c in found] == expected
    assert all(c["evidence"][0]["sentence"] for c in found)


def test_since_a_date_only_what_is_dated_from_then():
    new = _build(MINI_SHEET, _later(export_controls=[_control("lifted")]))
    assert [c["change"] for c in changes_since(new, "2026-01-15")] == ["control_lifted"]
    assert changes_since(new, "2026-03-01") == []
