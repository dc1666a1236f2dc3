"""Three articles: a US-Chile framework announced, then signed, then suspended.

Built in any order they give the same timeline; ``deals --as-of`` gives the
status in force between the steps; the diff between a build of the first
two and of all three is exactly the suspension; the graph conforms to the
shapes.  Extraction runs once (spaCy); the orders are built from its sheets.
"""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import permutations
from pathlib import Path

import pytest

from cmkg.graph.diff import changes_since, changes_to_rdf, diff_snapshots, snapshot
from cmkg.graph.history import refresh_history
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store
from cmkg.graph.timeline import deals_as_of, timeline
from cmkg.graph.validate import validate_store

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "timeline"
CMKG = [sys.executable, "-m", "cmkg.app.cli"]


@pytest.fixture(scope="module")
def sheets():
    from cmkg.nlp.extract import extract_many
    from cmkg.nlp.ingest import iter_articles

    out = {Path(s["article"]).stem: s for s in extract_many(iter_articles([ARTICLES]))}
    assert sorted(out) == ["1-announced", "2-signed", "3-suspended"]
    return [out["1-announced"], out["2-signed"], out["3-suspended"]]


def _store(sheets):
    st = open_store(":memory:")
    st.ensure_ontology()
    for s in sheets:
        st.add_dataset(sheet_to_graph(s))
    refresh_history(st)
    return st


def _steps(rows):
    return [(r["date"], r["partner"], r["from_status"], r["status"]) for r in rows]


EXPECTED = [
    ("2025-10-13", "CHL", None, "announced"),  # "on Monday" in the paper of Tuesday 14 October
    ("2025-11-04", "CHL", "announced", "signed"),  # "on Tuesday", published Wednesday 5 November
    ("2026-01-07", "CHL", "signed", "lapsed"),  # "on Wednesday", published Friday 9 January: across the year
]


def test_every_build_order_gives_the_same_timeline(sheets):
    first = timeline(_store(sheets), "US")
    assert _steps(first) == EXPECTED
    assert [r["until"] for r in first] == ["2025-11-04", "2026-01-07", None]
    assert all(len(r["evidence"]) == 1 and r["evidence"][0]["sentence"] for r in first)
    for order in list(permutations(sheets))[1:]:
        assert timeline(_store(order), "US") == first
    assert _steps(timeline(_store(sheets), "Chile")) == [(d, "USA", a, b) for d, _, a, b in EXPECTED]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2025-10-12", []),  # before the announcement
        ("2025-10-13", [("CHL", "announced", True)]),
        ("2025-11-03", [("CHL", "announced", True)]),  # the day before the signing
        ("2025-11-04", [("CHL", "signed", True)]),
        ("2025-12-31", [("CHL", "signed", True)]),
        ("2026-01-07", [("CHL", "lapsed", False)]),  # suspended: no longer a core deal
        ("2026-06-01", [("CHL", "lapsed", False)]),
    ],
)
def test_as_of_gives_the_status_in_force(sheets, day, expected):
    for order in (sheets, sheets[::-1]):
        rows = deals_as_of(_store(order), "US", day)
        assert [(r["partner"], r["status"], r["core"]) for r in rows] == expected


def test_diff_of_two_and_three_articles_is_exactly_the_suspension(sheets):
    changes = diff_snapshots(snapshot(_store(sheets[:2])), snapshot(_store(sheets)))
    assert [(c["change"], c["from_status"], c["status"], c["date"], c["parties"]) for c in changes] == [
        ("status_change", "signed", "lapsed", "2026-01-07", ["CHL", "USA"])
    ]
    assert "suspended" in changes[0]["evidence"][0]["sentence"]
    assert diff_snapshots(snapshot(_store(sheets)), snapshot(_store(sheets[::-1]))) == []
    graph = changes_to_rdf(changes, "two against three")
    kinds = {str(o) for _, p, o, _ in graph.quads((None, None, None, None)) if str(p).endswith("#changeKind")}
    assert kinds == {"status_change"}


def test_diff_since_a_date_keeps_what_is_dated_from_then(sheets):
    st = _store(sheets)
    since = changes_since(snapshot(st), "2025-11-01")
    assert [(c["change"], c["status"]) for c in since] == [("status_change", "signed"), ("status_change", "lapsed")]
    everything = changes_since(snapshot(st), "2025-01-01")
    assert [c["change"] for c in everything] == ["new_partner", "new_agreement", "status_change", "status_change"]


def test_the_graph_still_conforms(sheets):
    report = validate_store(_store(sheets))
    assert report.conforms, report.text


def _run(*args):
    out = subprocess.run([*CMKG, *args], capture_output=True, text=True)
    return out


@pytest.mark.slow
def test_the_commands_end_to_end(tmp_path):
    two = tmp_path / "two"
    two.mkdir()
    for f in sorted(ARTICLES.glob("[12]-*.txt")):
        (two / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    for src, store in ((two, "s12"), (ARTICLES, "s123")):
        out = _run("build", str(src), "--store", str(tmp_path / store))
        assert out.returncode == 0, out.stderr
    s12, s123 = str(tmp_path / "s12"), str(tmp_path / "s123")

    rows = json.loads(_run("timeline", "--with", "US", "--format", "json", "--store", s123).stdout)
    assert _steps(rows) == EXPECTED
    csv_out = _run("timeline", "--with", "US", "--since", "2025-11-01", "--format", "csv", "--store", s123).stdout
    assert csv_out.splitlines()[0].startswith("date,precision,until,partner")
    assert [line.split(",")[6] for line in csv_out.splitlines()[1:]] == ["signed", "lapsed"]

    as_of = json.loads(
        _run("deals", "--with", "US", "--as-of", "2025-11-10", "--format", "json", "--store", s123).stdout
    )
    assert [(r["partner"], r["status"]) for r in as_of] == [("CHL", "signed")]

    diff = json.loads(_run("diff", "--against", s12, "--format", "json", "--store", s123).stdout)
    assert [(c["change"], c["status"]) for c in diff] == [("status_change", "lapsed")]
    trig = _run("diff", "--against", s12, "--format", "trig", "--store", s123)
    assert trig.returncode == 0 and "cmkg:Change" in trig.stdout and '"status_change"' in trig.stdout

    assert _run("validate", "--store", s123).returncode == 0


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("deals", "--as-of", "last week"), "E250"),
        (("timeline", "--since", "2025-13-01"), "E250"),
        (("diff",), "E251"),
    ],
)
def test_bad_time_options_fail_with_one_coded_line(tmp_path, args, code):
    st = tmp_path / "store"
    open_store(st).flush()
    out = _run(*args, "--store", str(st))
    assert out.returncode != 0
    assert out.stderr.strip().startswith(f"cmkg: error: [{code}] {st}")
    assert len(out.stderr.strip().splitlines()) == 1


def test_the_python_api_gives_the_same_answers(sheets):
    from cmkg.app import api

    old, new = _store(sheets[:2]), _store(sheets)
    assert _steps(api.timeline("US", store=new)) == EXPECTED
    assert [r["status"] for r in api.deals_as_of("US", "2025-11-10", store=new)] == ["signed"]
    assert [(c["change"], c["status"]) for c in api.changes(against=old, store=new)] == [("status_change", "lapsed")]
    assert [c["status"] for c in api.changes(since="2026-01-01", store=new)] == ["lapsed"]
