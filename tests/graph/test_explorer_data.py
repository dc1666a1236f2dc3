"""The explorer's data draws statuses from data/vocabulary/statuses.json, not from a list of its own.

Both offline pages (the sigma.js explorer and the pyvis export) colour a fact
by its status, and the explorer's country view ranks partners by their best
deal; colours and rank are the vocabulary's, so a status added or recoloured
there reaches both pages, and neither graph/'s code nor its page scripts hold a
copy of the status list that could drift from it.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest

from cmkg.core.resources import data_path
from cmkg.core.vocabulary import STATUS, load_vocabulary, vocabulary
from cmkg.graph import explorer_data
from cmkg.graph.explorer_data import RELATION_COLOR, explorer_payload, status_color
from cmkg.graph.nxview import to_networkx
from cmkg.graph.pyvis_page import pyvis_network, render_pyvis
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store
from tests.graph.explorer_sheets import explorer_sheets

ROOT = Path(__file__).resolve().parents[2]
IDS = frozenset(STATUS.ids())
RECOLOURED = "#010203"


@pytest.fixture(scope="module")
def graph():
    st = open_store(":memory:")
    for sheet in explorer_sheets():
        st.add_dataset(sheet_to_graph(sheet))
    return to_networkx(st)


@pytest.mark.parametrize("status", STATUS.ids())
def test_each_status_is_drawn_in_its_vocabulary_colour(status):
    assert status_color(status) == vocabulary().status_colors[status] != RELATION_COLOR


@pytest.mark.parametrize("status", [None, "", "extended", "Signed", "status-signed"])
def test_no_status_or_an_unknown_one_is_drawn_as_a_plain_relation(status):
    assert status_color(status) == RELATION_COLOR


def test_the_payload_carries_the_vocabulary_colours_as_a_copy_and_its_rank(graph):
    data = explorer_payload(graph, "t")
    assert data["statusRank"] == list(vocabulary().status_rank)
    assert data["statusColors"] == vocabulary().status_colors
    assert list(data["statusColors"]) == list(STATUS.ids())
    data["statusColors"]["signed"] = RECOLOURED  # the page's data is its own: the cached vocabulary is untouched
    assert vocabulary().status_colors["signed"] != RECOLOURED


@pytest.fixture()
def recoloured(tmp_path, monkeypatch):
    """The explorer reading a copy of the vocabulary in which 'signed' has another colour."""
    folder = tmp_path / "vocabulary"
    shutil.copytree(data_path("vocabulary"), folder)
    path = folder / "statuses.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    next(c for c in raw["concepts"] if c["id"] == "signed")["color"] = RECOLOURED
    path.write_text(json.dumps(raw), encoding="utf-8")
    monkeypatch.setattr(explorer_data, "vocabulary", lambda: load_vocabulary(folder))


def test_a_colour_changed_in_the_vocabulary_reaches_both_pages(graph, recoloured):
    assert explorer_payload(graph, "t")["statusColors"]["signed"] == RECOLOURED
    signed = [e for e in pyvis_network(graph, "t").edges if e.get("status") == "signed"]
    assert signed and {e["color"] for e in signed} == {RECOLOURED}
    assert RECOLOURED in render_pyvis(graph)  # the legend's swatch


def _docstrings(tree: ast.Module) -> set[int]:
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(getattr(node, "body", None), list) and node.body and isinstance(node.body[0], ast.Expr)
    }


@pytest.mark.parametrize("path", sorted((ROOT / "graph").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_status_is_named_in_the_graph_code(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    found = [
        f"{path.name}:{n.lineno} {n.value!r}"
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and n.value in IDS and id(n) not in skip
    ]
    assert not found, "read statuses from cmkg.core.vocabulary (data/vocabulary/statuses.json): " + ", ".join(found)


PAGE_FILES = sorted(
    p
    for p in [*(ROOT / "graph" / "static").glob("*.js"), *(ROOT / "graph" / "templates").glob("*.html")]
    if "vendor" not in p.parts
)


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_status_is_named_in_a_page_script_or_template(path):
    text = path.read_text(encoding="utf-8")
    quoted = re.compile(r"""["']({})["']""".format("|".join(sorted(IDS))))
    found = [f"{path.name}:{text.count(chr(10), 0, m.start()) + 1} {m.group(0)}" for m in quoted.finditer(text)]
    assert not found, "the page reads statuses from its data (statusColors, statusRank): " + ", ".join(found)
