"""The store package: the base class, the bulk load, the converter and the server profiles."""

from __future__ import annotations

import copy
import io

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD

from cmkg.core.errors import CmkgError, E
from cmkg.graph.questions import deals_with
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import EmbeddedStore, RemoteStore, Store, open_store
from cmkg.graph.store.convert import dataset_graphs, dataset_quads, from_ox, quads_to_dataset, to_ox
from cmkg.graph.store.profiles import profile_for, split_location


def _built(sheet) -> Store:
    st = open_store(":memory:")
    st.add_dataset(sheet_to_graph(sheet))
    st.ensure_ontology()
    return st


def _article_quads(st: Store) -> list[bytes]:
    """The store's quads except the deal summaries (whose GROUP_CONCAT order follows insertion order)."""
    return sorted(line for line in st.dump_nquads().splitlines() if not line.endswith(b"/graph/deal-summary> ."))


def _same(a: Store, b: Store) -> None:
    assert _article_quads(a) == _article_quads(b)
    assert deals_with(a, "US") == deals_with(b, "US")
    assert len(a) == len(b)


def _nquads(sheet) -> bytes:
    return b"".join(nq for _, nq in dataset_graphs(sheet_to_graph(sheet)))


@pytest.mark.parametrize("kind", ["path", "stream", "bytes"])
def test_bulk_load_then_refresh_equals_article_by_article(tmp_path, seed_sheet, kind):
    data = _nquads(seed_sheet)
    src = {"path": tmp_path / "a.nq", "stream": io.BytesIO(data), "bytes": data}[kind]
    (tmp_path / "a.nq").write_bytes(data)
    st = open_store(tmp_path / "store")
    st.ensure_ontology()
    st.bulk_load(src, "nquads")
    st.refresh_summary()
    _same(st, _built(seed_sheet))


def test_bulk_load_again_replaces_changed_articles(seed_sheet):
    changed = copy.deepcopy(seed_sheet)
    changed["agreements"] = [a for a in changed["agreements"] if "MEX" not in a["parties"]]
    st = open_store(":memory:")
    st.ensure_ontology()
    for sheet in (seed_sheet, seed_sheet, changed):
        st.bulk_load(_nquads(sheet))
    st.refresh_summary()
    _same(st, _built(changed))
    assert "MEX" not in {p["partner"] for p in deals_with(st, "US")}
    assert "MEX" in {p["partner"] for p in deals_with(_built(seed_sheet), "US")}


def test_bulk_load_reports_malformed_input(tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_bytes(b"<http://a> <http://b> .\n")
    with pytest.raises(CmkgError) as err:
        open_store(":memory:").bulk_load(bad)
    assert err.value.code == E.BAD_RDF and "bad.nq" in str(err.value)


@pytest.mark.parametrize(
    "term",
    [
        URIRef("https://w3id.org/cmkg/id/country/USA"),
        BNode("b0"),
        Literal("plain"),
        Literal("Vereinigte Staaten", lang="de"),
        Literal("0.900", datatype=XSD.decimal),
        Literal("2024-05-01", datatype=XSD.date),
    ],
)
def test_converter_round_trips_terms(term):
    assert from_ox(to_ox(term)) == term


def test_converter_dataset_round_trip(seed_sheet):
    ds = sheet_to_graph(seed_sheet)
    quads = dataset_quads(ds)
    back = quads_to_dataset(quads)
    assert sorted(map(str, dataset_quads(back))) == sorted(map(str, quads))
    assert isinstance(to_ox(Dataset().default_graph.identifier), ox.DefaultGraph)


def test_both_stores_share_the_base_class():
    assert issubclass(EmbeddedStore, Store) and issubclass(RemoteStore, Store)
    shared = ("add_dataset", "flush_summaries", "refresh_summary", "ensure_ontology", "to_dataset")
    for name in shared:
        assert name not in vars(EmbeddedStore) and name not in vars(RemoteStore), name


@pytest.mark.parametrize(
    ("location", "profile", "base"),
    [
        ("http://127.0.0.1:7878", "oxigraph", "http://127.0.0.1:7878"),
        ("virtuoso+http://127.0.0.1:8890/", "virtuoso", "http://127.0.0.1:8890"),
        ("fuseki+https://h/ds", "fuseki", "https://h/ds"),
    ],
)
def test_location_selects_profile(location, profile, base):
    assert split_location(location) == (profile, base)


@pytest.mark.parametrize(
    ("env", "field", "value"),
    [
        ({"CMKG_GSP_PATH": "/data"}, "gsp_path", "/data"),
        ({"CMKG_STORE_GSP_PATH": "/x"}, "gsp_path", "/x"),
        ({"CMKG_STORE_DATASET_GET": "false"}, "dataset_get", False),
        ({"CMKG_STORE_SYSTEM_GRAPHS": "http://a/ http://b/"}, "system_graphs", ("http://a/", "http://b/")),
    ],
)
def test_profile_fields_come_from_the_environment(env, field, value):
    assert getattr(profile_for("oxigraph", env), field) == value


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda: profile_for("graphdb", {}), E.STORE_CONFIG),
        (lambda: profile_for("oxigraph", {"CMKG_STORE_AUTH": "kerberos"}), E.STORE_CONFIG),
        (lambda: profile_for("oxigraph", {"CMKG_STORE_DATASET_GET": "maybe"}), E.STORE_CONFIG),
        (lambda: split_location("virtuoso+ftp://h"), E.STORE_CONFIG),
    ],
)
def test_bad_profile_settings_fail_clearly(call, code):
    with pytest.raises(CmkgError) as err:
        call()
    assert err.value.code == code


@pytest.mark.parametrize("batch", [1, 5])
def test_summaries_in_batches_equal_one_request(seed_sheet, batch):
    """A server that cannot compile large updates gets its summaries in batches: the same summaries."""
    batched = open_store(":memory:")
    batched.summary_batch = batch
    batched.ensure_ontology()
    batched.add_dataset(sheet_to_graph(seed_sheet), defer=True)
    assert batched.flush_summaries() > batch
    _same(batched, _built(seed_sheet))
    batched.refresh_summary()
    _same(batched, _built(seed_sheet))


def test_bulk_load_marks_its_deal_pairs_pending_and_a_flush_redoes_them(seed_sheet):
    """A bulk load records the pairs of what it replaces and of what it loads before changing anything, so a
    kill before the summary pass leaves the record, and a flush (the next build's first step) gives the
    same store as an article-by-article build."""
    from cmkg.graph.deal_summary import pair_set, pairs_in_nquads, pending_pairs_query

    changed = copy.deepcopy(seed_sheet)
    changed["agreements"] = [a for a in changed["agreements"] if "MEX" not in a["parties"]]
    st = open_store(":memory:")
    st.ensure_ontology()
    st.add_dataset(sheet_to_graph(seed_sheet))
    assert pair_set(st.execute(pending_pairs_query())) == set()
    st.bulk_load(_nquads(changed))
    pending = pair_set(st.execute(pending_pairs_query()))
    assert pending == pairs_in_nquads(_nquads(seed_sheet))  # the old pairs (MEX among them) and the new
    assert pending > pairs_in_nquads(_nquads(changed))
    assert st.flush_summaries() == len(pending)
    _same(st, _built(changed))
