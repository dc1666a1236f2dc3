"""The SPARQL forms of the core-deal rule give the same answer as cmkg.core.vocabulary.is_core_deal.

One agreement per (status, type, multilateral) combination, each with its own
partner of the US, so the deal summary of each pair and each row of
``deal_evidence.rq`` is about exactly one agreement.
"""

from __future__ import annotations

import itertools

import pyoxigraph as ox
import pytest

from cmkg.core.gazetteer import gazetteer
from cmkg.core.vocabulary import is_core_deal, vocabulary
from cmkg.graph.deal_summary import SUMMARY_GRAPH
from cmkg.graph.questions import stored_query, term_value
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.sparql import run_query
from cmkg.graph.store import open_store
from cmkg.graph.vocab import country_iri


def _cases() -> list[tuple[str, str, bool]]:
    v = vocabulary()
    return list(itertools.product(v.status_rank, v.agreement_types, (False, True)))


@pytest.fixture(scope="module")
def combos():
    partners = sorted(c for c in gazetteer().countries if c not in ("USA", "EU"))
    cases = _cases()
    assert len(partners) > len(cases)
    agreements = [
        {
            "parties": ["USA", partner],
            "status": status,
            "type": type_,
            "multilateral": multi,
            "evidence": f"The US and {partner} reached a {type_}.",
        }
        for partner, (status, type_, multi) in zip(partners, cases, strict=False)
    ]
    sheet = {
        "article": "combos.txt",
        "article_id": "00000000000000cc",
        "title": "Every status, type and multilateral flag",
        "countries": ["USA", *partners[: len(cases)]],
        "organizations": [],
        "people": [],
        "not_actors": [],
        "agreements": agreements,
        "deals_with_usa": [],
        "deals_with_usa_acceptable": [],
        "export_controls": [],
        "production_shares": [],
        "minerals": [],
    }
    st = open_store(":memory:")
    st.add_dataset(sheet_to_graph(sheet))
    expected = {
        a["parties"][1]: is_core_deal(a["status"], a["type"], len(a["parties"]), a["multilateral"]) for a in agreements
    }
    return st, expected


def test_the_cases_cover_both_answers(combos):
    _, expected = combos
    assert set(expected.values()) == {True, False}


def test_deal_summaries_use_the_core_deal_rule(combos):
    st, expected = combos
    rows = st.execute(
        "PREFIX cmkg: <https://w3id.org/cmkg/ontology#> SELECT ?code ?core WHERE { GRAPH <"
        + SUMMARY_GRAPH
        + "> { ?s cmkg:country <"
        + str(country_iri("USA"))
        + "> ; cmkg:partnerCode ?code ; cmkg:core ?core } }"
    )
    got = {r["code"].value: r["core"].value == "true" for r in rows}
    assert got == expected


def test_deal_evidence_query_uses_the_core_deal_rule(combos):
    st, expected = combos
    res = run_query(st, stored_query("deal_evidence"), bindings={"country": ox.NamedNode(str(country_iri("USA")))})
    got = {term_value(r["code"]): term_value(r["core"]) for r in res.rows}
    assert got == expected
