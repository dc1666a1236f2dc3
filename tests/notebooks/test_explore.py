"""notebooks/explore.ipynb runs top to bottom, and its outputs say the right things."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "explore.ipynb"
CORE_PARTNERS = {"EU", "JPN", "MEX", "AUS", "SAU", "KOR", "THA"}

pytestmark = pytest.mark.slow


def _run(store: str = "") -> dict:
    """Execute the notebook (with CMKG_STORE=store for its kernel) and return its outputs by cell tag."""
    import os

    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    env = {k: v for k, v in os.environ.items() if k != "CMKG_STORE"} | ({"CMKG_STORE": store} if store else {})
    client = NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute(env=env)  # passed on to the kernel manager: the kernel sees CMKG_STORE
    by_tag = {}
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
            by_tag[cell.metadata["tags"][0]] = cell.outputs
    return by_tag


@pytest.fixture(scope="module")
def outputs():
    return _run()


CHILE = """US and Chile sign lithium pact
Source: https://example.org/us-chile
Published: 2025-01-06

The United States and Chile signed a critical minerals agreement on lithium on Monday, officials in Washington said.
"""


def test_the_notebook_opens_the_store_it_is_given(tmp_path):
    import subprocess
    import sys

    (tmp_path / "chile.txt").write_text(CHILE, encoding="utf-8")
    store = tmp_path / "store"
    for args in ([], [str(tmp_path / "chile.txt")]):
        done = subprocess.run(
            [sys.executable, "-m", "cmkg.app.cli", "build", *args, "--store", str(store)],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
    outs = _run(str(store))
    table = _html(outs["deals"])
    assert "<td>CHL</td>" in table and "<td>MEX</td>" in table  # the given store, not the bundled build


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


def test_the_readme_commands_run_it_headless(tmp_path):
    """notebooks/README.md's headless commands, run as written (after the install they document)."""
    import os
    import re
    import subprocess
    import sys

    import nbformat

    readme = (NOTEBOOK.parent / "README.md").read_text(encoding="utf-8")
    block = re.findall(r"```bash\n(.*?)```", readme, re.S)[0]
    commands = [line for line in block.splitlines() if line.strip() and not line.startswith("pip install")]
    assert any("jupyter execute" in c for c in commands)
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "explore.ipynb").write_bytes(NOTEBOOK.read_bytes())
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("CMKG_STORE", None)
    for command in commands:
        done = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True)
        assert done.returncode == 0, f"{command}: {done.stderr}"
    nb = nbformat.read(tmp_path / "notebooks" / "explore-run.ipynb", as_version=4)
    deals = next(c for c in nb.cells if c.cell_type == "code" and c.metadata["tags"][0] == "deals")
    assert "<td>MEX</td>" in _html(deals.outputs)
