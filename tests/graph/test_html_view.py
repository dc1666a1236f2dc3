"""The exported explorer in real headless Chromium, with every non-file request blocked.

The graph is built from hand-written fact sheets (tests/graph/explorer_sheets.py),
so each interaction has a known answer.
"""

from __future__ import annotations

import math
import re

import pytest

from cmkg.graph.exporters import export
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store
from tests.graph.browser import browser_page, wait_ready
from tests.graph.explorer_sheets import AUS, EU, GALLIUM, JPN, PACT_SENTENCE, URL_A, USA, explorer_sheets

pytestmark = pytest.mark.browser

EVIL = '<script>window.__xss=1</script>"><img src=x onerror="window.__xss=2">'
SEP = "\u0000"


def _store(sheets):
    st = open_store(":memory:")
    for sheet in sheets:
        st.add_dataset(sheet_to_graph(sheet))
    return st


@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "explorer.html"
    export(_store(explorer_sheets()), "html", out)
    return out


@pytest.fixture()
def page(page_file):
    with browser_page() as (pg, blocked):
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(page_file.as_uri())
        wait_ready(pg)
        yield pg
        assert blocked == [] and errors == []


def _visible_nodes(page) -> set[str]:
    return set(page.evaluate("cmkg.visibleNodes()"))


def _visible_edges(page) -> set[tuple[str, str]]:
    return {tuple(e.split(SEP)) for e in page.evaluate("cmkg.visibleEdges()")}


def _click_node(page, node: str) -> None:
    pos = page.evaluate("id => cmkg.viewportOf(id)", node)
    box = page.locator("#net").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_selector("#panel:not([hidden])", timeout=5_000)


def test_landing_view_is_the_us_and_its_partners_eu_included(page):
    assert page.evaluate("cmkg.state.view") == "country"
    assert page.text_content("#view-title") == "Deals with United States"
    countries = {n for n in _visible_nodes(page) if "/country/" in n}
    assert countries == {USA, JPN, AUS, EU}  # the EU is drawn as a party; China has no deal with the US
    assert page.evaluate(f"cmkg.data.nodes.find(n => n.id === '{EU}').kind") == "country"
    colors = page.evaluate("""() => { const r = cmkg.renderer(), out = {};
        r.getGraph().forEachEdge((k, a, s, t) => { out[t] = a.color; }); return out; }""")
    status_colors = page.evaluate("cmkg.data.statusColors")
    assert colors[EU] == status_colors["negotiating"] and colors[AUS] == status_colors["planned"]


def test_partners_go_round_the_country_by_their_best_deal_in_the_vocabulary_rank(page):
    angles = page.evaluate("""() => { const g = cmkg.renderer().getGraph(), out = {};
        g.forEachNode((n, a) => { out[n] = Math.atan2(a.y, a.x); }); return out; }""")
    start = angles[JPN]  # the first slot, at -90 degrees; the others follow round the circle in rank order
    assert start == pytest.approx(-math.pi / 2)
    ring = sorted((JPN, AUS, EU), key=lambda p: (angles[p] - start) % (2 * math.pi))
    rank = page.evaluate("cmkg.data.statusRank")
    assert rank.index("signed") < rank.index("planned") < rank.index("negotiating")
    assert ring == [JPN, AUS, EU]  # signed, planned, negotiating: the rank of data/vocabulary/statuses.json


@pytest.mark.parametrize(
    ("query", "first", "kind"),
    [("Japan", JPN, "country"), ("japan", JPN, "country"), ("gall", GALLIUM, "mineral"), ("lithium p", None, None)],
)
def test_search_puts_the_exact_match_first(page, query, first, kind):
    page.fill("#search", query)
    options = page.eval_on_selector_all("#suggest li", "lis => lis.map(li => li.dataset.id)")
    if first is None:
        assert options == ["https://w3id.org/cmkg/id/agreement/lithium-pact"]
        return
    assert options[0] == first
    if query.lower() == "japan":  # the agreement whose label contains Japan ranks after the country
        assert "https://w3id.org/cmkg/id/agreement/partnership-aus-jpn" in options[1:]
    page.press("#search", "Enter")
    assert page.evaluate("cmkg.state.selected") == first
    assert page.text_content("#panel h2") in ("Japan", "gallium")
    assert kind in page.text_content("#search-result")


def test_clearing_the_search_clears_the_fading(page):
    page.fill("#search", "Japan")
    page.press("#search", "Enter")
    assert page.evaluate("cmkg.state.near !== null")
    page.fill("#search", "")
    assert page.evaluate("cmkg.state.near") is None and page.is_hidden("#panel")


def test_reset_restores_view_filters_and_selection(page):
    page.click("#v-graph")
    before = _visible_edges(page)
    page.select_option("#f-mineral", GALLIUM)
    page.uncheck("#f-status input[value='in_force']")
    page.fill("#search", "China")
    page.press("#search", "Enter")
    assert _visible_edges(page) != before
    page.click("#reset")
    assert _visible_edges(page) == before
    assert page.input_value("#search") == "" and page.input_value("#f-mineral") == ""
    assert page.evaluate("document.querySelectorAll('#f-status input:not(:checked)').length") == 0
    assert page.evaluate("[cmkg.state.selected, cmkg.state.near]") == [None, None] and page.is_hidden("#panel")
    assert page.evaluate("cmkg.renderer().getCamera().ratio") == 1


def _short(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


FRAMEWORK = {("graphite-framework", "graphite"), ("graphite-framework", "USA"), ("graphite-framework", "JPN")}


@pytest.mark.parametrize(
    ("status_off", "mineral", "date_from", "expected"),
    [
        ((), "gallium", "", {("CHN", "gallium")}),
        (("in_force",), "gallium", "", {("CHN", "gallium")}),
        (("in_force", "announced"), "gallium", "", set()),
        ((), "gallium", "2026-01-01", set()),
        ((), "graphite", "2026-01-01", FRAMEWORK),
        ((), "", "2026-01-01", FRAMEWORK),
        (("announced",), "", "2026-01-01", set()),
    ],
)
def test_filters_compose_in_the_whole_graph(page, status_off, mineral, date_from, expected):
    page.click("#v-graph")
    for status in status_off:
        page.uncheck(f"#f-status input[value='{status}']")
    if mineral:
        page.select_option("#f-mineral", f"https://w3id.org/cmkg/id/mineral/{mineral}")
    if date_from:
        page.fill("#f-from", date_from)
        page.dispatch_event("#f-from", "change")
    assert {(_short(s), _short(t)) for s, t in _visible_edges(page)} == expected
    if ("CHN", "gallium") in expected:  # one drawn edge, each control still listed apart
        page.fill("#search", "China")
        page.press("#search", "Enter")
        facts = page.eval_on_selector_all("#panel .card.fact .meta", "ms => ms.map(m => m.textContent)")
        shown = {m.split("export control: ")[1] for m in facts if "export control" in m}
        assert shown == ({"quota"} if status_off else {"ban", "licence", "quota"})


def test_filters_compose_in_the_country_view(page):
    partners = lambda: {n for n in _visible_nodes(page) if "/country/" in n} - {USA}  # noqa: E731
    assert partners() == {JPN, AUS, EU}
    page.uncheck("#f-status input[value='planned']")
    assert partners() == {JPN, EU}
    page.select_option("#f-mineral", "https://w3id.org/cmkg/id/mineral/lithium")
    assert partners() == {JPN}
    page.fill("#f-from", "2026-01-01")
    page.dispatch_event("#f-from", "change")
    assert partners() == set()  # the lithium pact was reported in 2025


def test_side_panel_lists_each_agreement_with_evidence_and_links(page):
    _click_node(page, JPN)
    assert page.text_content("#panel h2") == "Japan"
    cards = page.locator("#panel .card.agreement")
    assert cards.count() == 2  # the pact and the framework; the Australia-Japan partnership is not a US deal
    pact = page.locator("#panel .card.agreement", has_text="Lithium Pact")
    text = pact.text_content()
    assert "signed" in text and "March 2025" in text and "2025-03-03" in text
    assert "Parties: Japan, United States" in text and "Minerals: lithium" in text
    assert PACT_SENTENCE in pact.locator("blockquote").text_content()
    link = pact.locator("a")
    assert link.get_attribute("href") == URL_A and link.text_content() == "Allies sign minerals pacts"


def test_clicking_an_agreement_opens_it(page):
    _click_node(page, "https://w3id.org/cmkg/id/agreement/agreement-eu-usa")
    text = page.text_content("#panel")
    assert "negotiating" in text and "European Union" in text and "negotiating a minerals accord" in text


def test_legend_matches_what_is_drawn(page):
    def legend():
        return set(page.eval_on_selector_all("#legend .legend-row", "rs => rs.map(r => r.dataset.value)"))

    assert legend() == {"agreement", "country", "signed", "announced", "planned", "negotiating"}
    page.uncheck("#f-status input[value='negotiating']")
    assert "negotiating" not in legend()
    page.click("#v-graph")
    assert {"mineral", "person", "in_force", "other relation"} <= legend()


def test_country_choice_and_links_in(page, page_file):
    page.select_option("#f-country", JPN)
    assert page.text_content("#view-title") == "Deals with Japan"
    assert AUS in _visible_nodes(page)  # the Australia-Japan partnership
    page.goto(page_file.as_uri() + "#entity=" + GALLIUM)
    wait_ready(page)
    assert page.evaluate("[cmkg.state.view, cmkg.state.selected]") == ["graph", GALLIUM]


def test_page_is_offline_under_a_hash_pinned_csp(page_file):
    html = page_file.read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "connect-src" not in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert csp.count("'sha256-") == 3
    assert not re.search(r"<(script|link|img)[^>]+(src|href)\s*=", html, re.I)


def _evil_sheets():
    a, b = explorer_sheets()
    a = dict(a, title=EVIL, url="javascript:window.__xss=3", key="evil")
    a["people"] = [{"name": EVIL, "role": EVIL, "country": "USA", "evidence": EVIL}]
    a["agreements"] = [dict(x, name=EVIL + str(i), evidence=EVIL) for i, x in enumerate(a["agreements"])]
    return [a, b]


def test_untrusted_text_is_inert(tmp_path):
    out = tmp_path / "evil.html"
    export(_store(_evil_sheets()), "html", out)
    with browser_page() as (page, blocked):
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(out.as_uri())
        wait_ready(page)
        _click_node(page, JPN)
        page.fill("#search", "script")
        page.press("#search", "Enter")
        page.wait_for_timeout(200)
        assert "<script>" in page.text_content("#panel")  # shown as text
        assert dialogs == [] and page.evaluate("window.__xss") is None
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        assert page.evaluate("document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
        assert page.evaluate("document.querySelectorAll('script').length") == 4  # data, graphology, sigma, cmkg
        assert blocked == []
