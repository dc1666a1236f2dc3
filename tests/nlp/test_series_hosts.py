"""A host's series of like instruments, and tables of instruments (branch series19).

One pair per partner of a series whose host the listing clause does not name: a fronted 'For <state>,', a relative
clause on the collective ('a network of such partnerships that A has concluded with ...'), a ranked instrument's
owner with a later headless step ('its tenth partnership; earlier ones include ...'), a stranded 'and which'. Rows
of a table under a header with a parties column are one set each. Every case is read in three page frames (a
government release, a wire page with a dateline, bare text) and must give the same sets; near misses give none.
Names and states are invented or varied.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

GOV = "Release on critical minerals\nSource: https://www.mining.gov.mw/news/release\nPublished: 2025-03-02\n\n"
WIRE = "Minerals wire\nSource: https://www.harbourledger.example.com/news/wire\nPublished: 2025-03-02\n\n"
DATELINE = "GENEVA, March 2 (Harbour Wire) - "
FRAMES = ("government", "wire", "bare")


def _each(owner: str, partners: str, status: str) -> set:
    return {(frozenset({owner, p}), status) for p in partners.split()}


def _one(parties: str, status: str) -> set:
    return {(frozenset(parties.split()), status)}


CASES = [
    # fronted host
    (
        "Oman and Laos signed a framework on cobalt on Monday. For Muscat, the framework joins similar instruments "
        "signed in recent weeks with Ghana, Fiji and Bolivia.",
        _one("OMN LAO", "signed") | _each("OMN", "GHA FJI BOL", "existing"),
    ),
    (
        "Chile and Kenya signed a memorandum on lithium on Friday. For Kenya, the memorandum adds to similar "
        "agreements concluded last year with Mongolia and Peru.",
        _one("CHL KEN", "signed") | _each("KEN", "MNG PER", "existing"),
    ),
    (
        "Chile and Kenya signed a memorandum on lithium on Friday. For Kenya, the memorandum joins similar "
        "instruments now being negotiated with Mongolia and Peru.",
        _one("CHL KEN", "signed") | _each("KEN", "MNG PER", "negotiating"),
    ),
    # relative clause on the collective
    (
        "Norway and Ghana signed a memorandum on copper on Tuesday. The memorandum is part of a network of such "
        "partnerships that Norway has concluded with countries including Peru, Zambia and Fiji.",
        _one("NOR GHA", "signed") | _each("NOR", "PER ZMB FJI", "existing"),
    ),
    # a ranked instrument's owner and a headless step, in the same sentence and in the next one
    (
        "Serbia and Bolivia signed a partnership on lithium on Monday. Serbia said the partnership is its tenth "
        "such instrument; earlier ones include Ghana, Fiji and Oman.",
        _one("SRB BOL", "signed") | _each("SRB", "GHA FJI OMN", "existing"),
    ),
    (
        "Peru and Laos signed a framework on tin on Monday. The ministry said the framework is Peru's fourth such "
        "partnership. Earlier ones include Chile, Kenya and Norway.",
        _one("PER LAO", "signed") | _each("PER", "CHL KEN NOR", "existing"),
    ),
    # a stranded 'and which': the first relative clause's antecedent
    (
        "Ghana and Laos intend to explore cooperation with Mexico, with which Ghana concluded a framework on "
        "graphite in 2019, and which is negotiating its own arrangement with Italy.",
        _one("GHA MEX", "existing") | _one("MEX ITA", "negotiating"),
    ),
    # near misses: companies, visited states, a comparison with no host
    (
        "Oman and Laos signed a framework on cobalt on Monday. Oman said the framework is its third such "
        "partnership; earlier ones include Zentra Metals and Kovac Mining.",
        _one("OMN LAO", "signed"),
    ),
    (
        "Oman and Laos signed a framework on cobalt on Monday. For Oman, the framework caps a tour in which its "
        "minister visited Ghana, Fiji and Bolivia.",
        _one("OMN LAO", "signed"),
    ),
    (
        "Oman and Laos signed a framework on cobalt on Monday. For Oman, the framework is similar to the "
        "instruments of Ghana and Fiji.",
        _one("OMN LAO", "signed"),
    ),
    # tables: header with a parties column; none without one, none for companies or a negated status
    (
        "The table lists the instruments signed this year.\n\n| Date | Instrument | Parties | Status |\n"
        "|---|---|---|---|\n| 3 Mar | Cobalt memorandum | Kenya, Peru | signed in Nairobi |\n"
        "| 9 May | Framework on lithium | Ghana, Fiji | under negotiation |\n"
        "| 2 Jun | Roadmap on copper | Oman, Laos, Chile | adopted |\n"
        "| 8 Jul | Lithium accord | Norway, Zambia | not signed |\n"
        "| 9 Aug | Offtake deal | Zentra Metals, Kovac Mining | signed |",
        _one("KEN PER", "signed") | _one("GHA FJI", "negotiating") | _one("OMN LAO CHL", "announced"),
    ),
    (
        "Older instruments are listed for reference.\n\n| Instrument | Signatories | Status |\n|---|---|---|\n"
        "| Tin memorandum | Bolivia, Mongolia | expired without renewal |\n"
        "| Nickel framework | Chile, Serbia | in force |",
        _one("BOL MNG", "lapsed") | _one("CHL SRB", "existing"),
    ),
    (
        "Export measures this year are listed below.\n\n| Country | Measure | Status |\n|---|---|---|\n"
        "| Kenya | licence for cobalt shipments | announced |\n| Peru | review of tin quotas | pending |",
        set(),
    ),
]


def _framed(text: str, frame: str):
    if frame == "government":
        return read_text_as_article(GOV + text, "gov.txt")
    if frame == "wire":
        return read_text_as_article(WIRE + DATELINE + text, "wire.txt")
    return make_article(text.split("\n\n"), title="t", source="bare.txt", published="2025-06-01")


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], dict]:
    keys = [(text, frame) for text, _ in CASES for frame in FRAMES]
    return dict(zip(keys, extract_many([_framed(t, f) for t, f in keys]), strict=True))


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_host_series_and_table_rows(sheets, text, expected, frame):
    agreements = sheets[(text, frame)]["agreements"]
    assert {(frozenset(a["parties"]), a["status"]) for a in agreements} == expected


HTML = (
    "<html><head><title>Instruments</title><meta property='og:url' content='https://www.ledger.example/data/x'>"
    "<meta property='article:published_time' content='2025-12-20'></head><body><article><h1>Who signed what</h1>"
    "<p>Governments signed several minerals documents this year.</p><table><thead><tr><th>Date</th>"
    "<th>Instrument</th><th>Parties</th><th>Status</th></tr></thead><tbody><tr><td>3 Mar</td>"
    "<td>Lithium memorandum</td><td>Peru, Ghana</td><td>signed in Accra</td></tr><tr><td>9 May</td>"
    "<td>Copper framework</td><td>Oman, Laos</td><td>under negotiation</td></tr></tbody></table>"
    "<p>Other deals may follow.</p></article></body></html>"
)


def test_html_table_rows_are_records():
    """An HTML data table's rows are joined into '| a | b |' lines, and read as the text page's rows are."""
    article = read_text_as_article(HTML, "table.html", suffix=".html")
    assert "| 3 Mar | Lithium memorandum | Peru, Ghana | signed in Accra |" in article.body
    sheet = next(iter(extract_many([article])))
    assert {(frozenset(a["parties"]), a["status"]) for a in sheet["agreements"]} == _one("PER GHA", "signed") | _one(
        "OMN LAO", "negotiating"
    )
