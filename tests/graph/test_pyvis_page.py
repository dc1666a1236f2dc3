"""``cmkg export --format pyvis``: an offline vis-network page, drawn in headless Chromium.

The graph comes from the explorer's hand-written fact sheets, so the nodes,
labels and sentences the page must show are known in advance; a hand-made
networkx graph carries hostile labels everywhere text can go.
"""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys

import networkx as nx
import pytest

from cmkg.core.errors import CmkgError, E
from cmkg.graph import pyvis_page
from cmkg.graph.explorer_data import NODE_COLORS
from cmkg.graph.exporters import export, export_bytes
from cmkg.graph.nxview import to_networkx
from cmkg.graph.pyvis_page import render_pyvis
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store
from tests.graph.browser import browser_page, wait_ready
from tests.graph.explorer_sheets import JPN, PACT_SENTENCE, URL_A, explorer_sheets

EVIL = '<script>window.__xss=1</script>"><img src=x onerror="window.__xss=2">'
CMKG = [sys.executable, "-m", "cmkg.app.cli"]


@pytest.fixture(scope="module")
def store():
    st = open_store(":memory:")
    for sheet in explorer_sheets():
        st.add_dataset(sheet_to_graph(sheet))
    return st


def _evil_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("urn:evil", type="country", label=EVIL)
    g.add_node("urn:also-evil", type=EVIL, label="javascript:window.__xss=3")
    g.add_node("urn:mineral", type="mineral", label="gallium")
    g.add_edge(
        "urn:evil",
        "urn:mineral",
        key="k",
        relation=EVIL,
        status="in_force",
        detail=EVIL,
        evidence=[{"sentence": EVIL, "title": EVIL, "url": "javascript:window.__xss=4", "published": EVIL}],
    )
    g.add_edge("urn:also-evil", "urn:evil", key="k2", relation="party", status=EVIL, evidence=[])
    return g


def _open(page, path) -> list[str]:
    """Load the page; return the console errors (a CSP violation is one)."""
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())
    wait_ready(page)
    return errors


def _dom_point(page, node: str) -> dict[str, float]:
    pos = page.evaluate("id => cmkg.network.canvasToDOM(cmkg.network.getPositions([id])[id])", node)
    box = page.locator("#net").bounding_box()
    return {"x": box["x"] + pos["x"], "y": box["y"] + pos["y"]}


def _pixels_of(page, hex_color: str) -> int:
    """How many canvas pixels are (nearly) this colour: proof that nodes of that kind were drawn."""
    rgb = [int(hex_color[i : i + 2], 16) for i in (1, 3, 5)]
    return page.evaluate(
        """([r, g, b]) => { const c = document.querySelector('#net canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
            for (let i = 0; i < d.length; i += 4)
              if (Math.abs(d[i] - r) < 12 && Math.abs(d[i + 1] - g) < 12 && Math.abs(d[i + 2] - b) < 12) n++;
            return n; }""",
        rgb,
    )


@pytest.mark.browser
@pytest.mark.parametrize("physics", [True, False])
def test_the_page_draws_every_node_offline(store, tmp_path, monkeypatch, physics):
    monkeypatch.setattr(pyvis_page, "PHYSICS_MAX", 1000 if physics else 0)
    out = tmp_path / "graph.html"
    export(store, "pyvis", out)
    g = to_networkx(store)
    with browser_page() as (page, blocked):
        errors = _open(page, out)
        assert page.evaluate("cmkg.data.physics") is physics
        drawn = page.evaluate("Object.keys(cmkg.network.getPositions())")
        assert sorted(drawn) == sorted(g.nodes)
        for kind in ("country", "agreement", "mineral"):
            assert _pixels_of(page, NODE_COLORS[kind]) > 30, kind
        page.mouse.click(**_dom_point(page, JPN))
        page.wait_for_selector("#panel:not([hidden])", timeout=5_000)
        assert page.text_content("#panel h3") == "Japan"
        assert PACT_SENTENCE in page.text_content("#panel")
        links = page.eval_on_selector_all("#panel a", "as => as.map(a => [a.href, a.textContent])")
        assert [URL_A, "Allies sign minerals pacts"] in links
        assert blocked == [] and errors == []


@pytest.mark.browser
def test_hostile_labels_stay_text(tmp_path):
    out = tmp_path / "evil.html"
    out.write_text(render_pyvis(_evil_graph(), heading=EVIL), encoding="utf-8")
    with browser_page() as (page, blocked):
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        errors = _open(page, out)
        assert page.text_content("#heading") == EVIL
        page.mouse.move(**_dom_point(page, "urn:evil"))
        page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
        assert EVIL in page.text_content("div.vis-tooltip")
        page.mouse.click(**_dom_point(page, "urn:evil"))
        page.wait_for_selector("#panel:not([hidden])", timeout=5_000)
        assert page.text_content("#panel h3") == EVIL and EVIL in page.text_content("#panel blockquote")
        assert dialogs == [] and page.evaluate("window.__xss") is None
        assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
        assert page.evaluate("document.querySelectorAll('a').length") == 0  # a javascript: URL is never a link
        assert page.evaluate("document.querySelectorAll('script').length") == 3  # data, vis-network, cmkg
        assert blocked == [] and errors == []


def test_the_page_ships_its_scripts_under_a_hash_pinned_csp(store):
    html = export_bytes(store, "pyvis").decode("utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "connect-src" not in csp and "base-uri 'none'" in csp
    script_src = csp.split("script-src")[1].split(";")[0]
    inline = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(inline) == 2  # vis-network and cmkg's page script; the data block is JSON, never run
    assert sorted(script_src.split()) == sorted(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'" for s in inline
    )
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", html, re.I)
    assert not re.search(r"bootstrap|tom-?select|cdnjs|jsdelivr", html, re.I)


def test_untrusted_text_only_travels_as_escaped_json():
    html = render_pyvis(_evil_graph(), heading=EVIL)
    assert "<img" not in html and "<script>window" not in html
    data = re.search(r'<script type="application/json" id="cmkg-data">(.*?)</script>', html, re.S).group(1)
    assert "\\u003cscript\\u003e" in data and "<" not in data


@pytest.mark.parametrize(
    ("setting", "value", "code", "words"),
    [
        ("MAX_NODES", 2, E.PYVIS_TOO_LARGE, "--format html"),
        ("VIS_DIR", ("lib/no-such-vis",), E.PYVIS_MISSING, "vis-network"),
    ],
)
def test_what_the_page_cannot_do_is_one_coded_line(store, tmp_path, monkeypatch, setting, value, code, words):
    monkeypatch.setattr(pyvis_page, setting, value)
    out = tmp_path / "graph.html"
    with pytest.raises(CmkgError) as err:
        export(store, "pyvis", out)
    assert err.value.code == code and words in str(err.value) and "\n" not in str(err.value)
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def test_cli_export_pyvis(store, tmp_path):
    trig = tmp_path / "graph.trig"
    export(store, "trig", trig)
    db = tmp_path / "store"
    imported = subprocess.run([*CMKG, "import", str(trig), "--store", str(db)], capture_output=True, text=True)
    assert imported.returncode == 0, imported.stderr
    page = tmp_path / "graph.html"
    res = subprocess.run(
        [*CMKG, "export", "--format", "pyvis", "--out", str(page), "--store", str(db)], capture_output=True, text=True
    )
    assert res.returncode == 0, res.stderr
    html = page.read_text(encoding="utf-8")
    assert "vis.Network" in html and '"label": "Japan"' in html
    wrong = subprocess.run(
        [*CMKG, "export", "--format", "pyvsi", "--out", "-", "--store", str(db)], capture_output=True
    )
    assert wrong.returncode != 0 and b"did you mean 'pyvis'" in wrong.stderr
