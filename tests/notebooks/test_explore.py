"""notebooks/explore.ipynb runs top to bottom, and its outputs say the right things."""
from __future__ import annotations

import base64
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "explore.ipynb"
CORE_PARTNERS = {"EU", "JPN", "MEX", "AUS", "SAU", "KOR", "THA"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def outputs():
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    by_tag = {}
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
            by_tag[cell.metadata["tags"][0]] = cell.outputs
    return by_tag


def _html(outs) -> str:
    return "".join(o.get("data", {}).get("text/html", "") for o in outs)


def test_the_deals_answer_is_a_table_with_evidence(outputs):
    table = _html(outputs["deals"])
    assert "<table" in table
    rows = [r for r in table.split("<tr")[2:]]
    core = {code for code in CORE_PARTNERS if any(f"<td>{code}</td>" in r and "<td>True</td>" in r for r in rows)}
    assert core == CORE_PARTNERS
    assert "already reached deals on critical minerals with Japan" in table


def test_the_sparql_query_answers(outputs):
    table = _html(outputs["sparql"])
    assert "rare earths" in table and "CHN" in table and "90" in table


def test_the_chart_is_drawn(outputs):
    pngs = [o["data"]["image/png"] for o in outputs["chart"] if "image/png" in o.get("data", {})]
    assert pngs, "the chart cell drew no image"
    png = base64.b64decode(pngs[0])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5_000
    assert "Japan" in _html(outputs["chart"])


def test_the_explorer_is_embedded(outputs):
    frame = _html(outputs["explorer"])
    assert frame.startswith("<iframe srcdoc=") and "Sigma" in frame and "Japan" in frame
