"""The exported explorer in real headless Chromium, with no network."""

from __future__ import annotations

import pytest

from cmkg.graph.exporters import export
from cmkg.graph.nxview import to_networkx
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store
from tests.graph.browser import browser_page, wait_ready

pytestmark = pytest.mark.browser

EVIL = '<script>window.__xss=1</script>"><img src=x onerror="window.__xss=2">'


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory, seed_sheet):
    st = open_store(":memory:")
    st.add_dataset(sheet_to_graph(seed_sheet))
    out = tmp_path_factory.mktemp("html") / "seed.html"
    export(st, "html", out)
    return out, to_networkx(st)


def _open(page, path):
    page.goto(path.as_uri())
    wait_ready(page)


def _visible_edges(page) -> int:
    return page.evaluate("cmkg.edges.get({filter: function (e) { return !e.hidden; }}).length")


def test_explorer_loads_offline_and_draws_every_node(seed_html):
    path, g = seed_html
    with browser_page() as (page, blocked):
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        _open(page, path)
        assert page.evaluate("cmkg.network.body.nodeIndices.length") == g.number_of_nodes()
        assert page.evaluate("cmkg.network.body.edgeIndices.length") == g.number_of_edges()
        assert blocked == [] and errors == []


def test_search_finds_japan(seed_html):
    path, _ = seed_html
    with browser_page() as (page, _blocked):
        _open(page, path)
        page.fill("#search", "Japan")
        assert "Japan" in page.text_content("#search-result")
        assert "https://w3id.org/cmkg/id/country/JPN" in page.evaluate("cmkg.network.getSelectedNodes()")
        assert "Japan" in page.text_content("#details")


def test_relation_filter_hides_edges(seed_html):
    path, g = seed_html
    parties = sum(1 for *_, a in g.edges(data=True) if a["relation"] == "party")
    with browser_page() as (page, _blocked):
        _open(page, path)
        before = _visible_edges(page)
        page.uncheck("#f-relation input[value='party']")
        assert _visible_edges(page) == before - parties > 0
        page.check("#f-relation input[value='party']")
        assert _visible_edges(page) == before


def test_tooltip_shows_the_evidence_sentence(seed_html):
    path, g = seed_html
    with browser_page() as (page, _blocked):
        _open(page, path)
        edge = page.evaluate("""() => {
            const e = cmkg.data.edges.find(x => x.relation === 'production share');
            const p = cmkg.network.getPositions([e.from, e.to]);
            const mid = {x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2};
            cmkg.network.moveTo({position: mid, scale: 1.5});
            return {id: e.id};
        }""")
        page.wait_for_timeout(300)
        box = page.locator("#net").bounding_box()
        # the canvas is centred on the edge's midpoint now
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
        text = page.text_content("div.vis-tooltip")
        # China's share and control edges overlap there: any of their evidence sentences is right
        titles = page.evaluate("cmkg.data.edges.map(e => e.title.replace(/\\n/g, ''))")
        assert text.replace("\n", "") in titles, (edge, text)
        assert "China" in text and "US seeks minerals trade zone" in text


def _evil_sheet(seed_sheet):
    sheet = {k: v for k, v in seed_sheet.items()}
    sheet["title"] = EVIL
    sheet["url"] = "javascript:window.__xss=3"
    sheet["people"] = [{"name": EVIL, "role": EVIL, "country": "USA", "evidence": EVIL}]
    sheet["agreements"] = [dict(a, name=EVIL, evidence=EVIL) for a in seed_sheet["agreements"]]
    return sheet


def test_untrusted_text_is_inert(tmp_path, seed_sheet):
    st = open_store(":memory:")
    st.add_dataset(sheet_to_graph(_evil_sheet(seed_sheet)))
    out = tmp_path / "evil.html"
    export(st, "html", out)
    with browser_page() as (page, blocked):
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        _open(page, out)
        page.fill("#search", "script")
        assert "match" in page.text_content("#search-result")
        page.evaluate("document.querySelectorAll('#net canvas').length")
        page.click("#net", position={"x": 700, "y": 450})
        page.wait_for_timeout(300)
        assert dialogs == []
        assert page.evaluate("window.__xss") is None
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        assert page.evaluate("document.querySelectorAll('script').length") == 3  # data, vis-network, cmkg
        assert not [u for u in blocked if not u.startswith("file:")]
