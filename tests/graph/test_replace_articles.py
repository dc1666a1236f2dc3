"""A batch of articles written at once (``replace_articles``, what ``cmkg build`` does) leaves the store
exactly as writing them one by one does: each graph replaced, the entities merged, the touched deal pairs
pending until the summaries are flushed, and then the same summaries."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from cmkg.graph.deal_summary import pair_set, pending_pairs_query
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import Store, dataset_graphs, open_store
from cmkg.graph.vocab import ENTITIES_GRAPH

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_sheet.json"


def _sheet(name: str, title: str, drop_agreements: bool = False) -> dict:
    sheet = copy.deepcopy(json.loads(MINI.read_text(encoding="utf-8")))
    sheet.update(article=f"{name}.txt", key=f"fixtures/{name}.txt", title=title)
    if drop_agreements:
        sheet["agreements"] = []
    return sheet


def _batch(sheets: list[dict]) -> tuple[list[tuple[str, bytes]], bytes]:
    graphs, described = [], b""
    for sheet in sheets:
        for graph, nquads in dataset_graphs(sheet_to_graph(sheet)):
            if graph == str(ENTITIES_GRAPH):
                described += nquads
            else:
                graphs.append((graph, nquads))
    return graphs, described


def _one_by_one(store, graphs, describe):
    Store.replace_articles(store, graphs, describe)  # the base class: one replace_graph per article


def _batched(store, graphs, describe):
    store.replace_articles(graphs, describe)  # the embedded store's two-transaction batch


@pytest.mark.parametrize("write", [_one_by_one, _batched], ids=["one-by-one", "batched"])
def test_a_batch_replaces_merges_and_leaves_pairs_pending(write):
    store = open_store(":memory:")
    store.ensure_ontology()
    write(store, *_batch([_sheet("a", "First A"), _sheet("b", "First B")]))
    pending = pair_set(store.execute(pending_pairs_query()))
    assert pending  # the mini sheet has deals: their summaries wait for the flush
    write(store, *_batch([_sheet("a", "Second A", drop_agreements=True)]))
    dump = store.dump_nquads()
    assert b"Second A" in dump and b"First A" not in dump and b"First B" in dump
    assert pair_set(store.execute(pending_pairs_query())) == pending  # the pairs A no longer holds stay pending
    assert store.flush_summaries() == len(pending)
    assert pair_set(store.execute(pending_pairs_query())) == set()


def test_batched_and_one_by_one_give_the_same_store():
    stores = []
    for write in (_one_by_one, _batched):
        store = open_store(":memory:")
        store.ensure_ontology()
        write(store, *_batch([_sheet("a", "First A"), _sheet("b", "First B")]))
        write(store, *_batch([_sheet("a", "Second A", drop_agreements=True), _sheet("c", "C")]))
        store.flush_summaries()
        stores.append(sorted(store.dump_nquads().splitlines()))
    assert stores[0] == stores[1]
    assert any(b"deal-summary/" in line for line in stores[0])
