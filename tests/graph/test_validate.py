"""SHACL shapes: real graphs conform, and each kind of broken graph is caught."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from cmkg.app.cli import app
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store
from cmkg.graph.validate import load_ontology, validate_graph, validate_store
from cmkg.graph.vocab import CMKG, OWL, RDFS, SKOS, XSD


def _union(sheet) -> Graph:
    g = Graph()
    for s, p, o, _ in sheet_to_graph(sheet).quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def test_ontology_gives_every_term_a_label_comment_domain_and_range():
    onto = load_ontology()
    props = set(onto.subjects(None, OWL.ObjectProperty)) | set(onto.subjects(None, OWL.DatatypeProperty))
    assert len(props) > 25
    for p in props:
        assert onto.value(p, RDFS.label) is not None, p
        assert onto.value(p, RDFS.domain) is not None and onto.value(p, RDFS.range) is not None, p
    for c in onto.subjects(None, OWL.Class):
        assert onto.value(c, RDFS.label) and onto.value(c, RDFS.comment), c
    assert (CMKG.evidence, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")) in onto


def test_every_term_the_builder_uses_is_declared(seed_sheet):
    onto = load_ontology()
    declared = set(onto.subjects())
    used = set()
    for _s, p, o in _union(seed_sheet):
        if str(p).startswith(str(CMKG)):
            used.add(p)
        if isinstance(o, URIRef) and str(o).startswith(str(CMKG)):
            used.add(o)
    assert used - declared == set()


def test_seed_and_dev_corpus_graphs_conform(seed_sheet, dev_sheets):
    st = open_store(":memory:")
    st.ensure_ontology()
    for sheet in [seed_sheet, *dev_sheets.values()]:
        st.add_dataset(sheet_to_graph(sheet))
    report = validate_store(st)
    assert report.conforms, report.text[:2000]


def _first(g, cls):
    return next(g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), cls))


def _drop_evidence(g):
    a = _first(g, CMKG.Agreement)
    g.remove((a, CMKG.evidence, None))


def _bad_status(g):
    a = _first(g, CMKG.Agreement)
    g.set((a, CMKG.status, CMKG["status-rumoured"]))


def _share_over_100(g):
    s = _first(g, CMKG.ProductionShare)
    g.set((s, CMKG.sharePercent, Literal("160", datatype=XSD.decimal)))


def _bad_country_code(g):
    c = _first(g, CMKG.Country)
    g.set((c, CMKG.code, Literal("Japan")))


def _empty_sentence(g):
    ev = _first(g, CMKG.Evidence)
    g.set((ev, CMKG.sentence, Literal("")))


def _mineral_outside_scheme(g):
    m = _first(g, CMKG.Mineral)
    g.remove((m, SKOS.inScheme, None))


@pytest.mark.parametrize(
    "breakage",
    [_drop_evidence, _bad_status, _share_over_100, _bad_country_code, _empty_sentence, _mineral_outside_scheme],
)
def test_broken_graphs_do_not_conform(seed_sheet, breakage):
    g = _union(seed_sheet)
    assert validate_graph(g).conforms
    breakage(g)
    report = validate_graph(g)
    assert not report.conforms and report.violations >= 1


def test_validate_command(tmp_path, seed_sheet):
    st = open_store(tmp_path / "store")
    st.add_dataset(sheet_to_graph(seed_sheet))
    st.flush()
    del st
    result = CliRunner().invoke(app, ["validate", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0 and "conforms" in result.output
    missing = CliRunner().invoke(app, ["validate", "--store", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2


def test_countries_carry_iso_code_wikidata_id_and_aliases(seed_sheet):
    g = _union(seed_sheet)
    usa = URIRef("https://w3id.org/cmkg/id/country/USA")
    assert str(g.value(usa, CMKG.code)) == "USA"
    assert (usa, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q30")) in g
    assert {"America", "U.S."} <= {str(a) for a in g.objects(usa, SKOS.altLabel)}
