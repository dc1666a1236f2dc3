"""The three ways to answer ``cmkg deals --with US`` from the deal summaries, side by side on one store.

    python bench/deals_paths_bench.py --triples 100000 --runs 30

Builds a synthetic graph (``bench/synthetic.py``) with the current summaries (one node per country,
partner and agreement), then times on the same store, in the same process, alternating runs
(through cmkg's child process, as the command runs them, and the store's evaluation alone, as
bench/query_bench.py times it):

- ``cmkg deals``: the rows of ``deals_with.rq`` (one SPARQL star of typed properties), grouped in Python;
- ``deals_with.rq`` alone;
- baseline: the packed one-literal index the summaries used to carry (``cmkg:listing``), rebuilt here
  from the same nodes with GROUP_CONCAT, read with two triple patterns as ``cmkg deals`` used to.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox

from bench.synthetic import fill_store
from cmkg.graph.deal_summary import SUMMARY_GRAPH
from cmkg.graph.questions import deals_with, stored_query
from cmkg.graph.sparql import bind_values, check_query, run_query
from cmkg.graph.store import EmbeddedStore
from cmkg.graph.vocab import PREFIXES, country_iri

_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
# The old index, one literal per pair (fields joined by U+001F), made from the new nodes.
_PACK = f"""INSERT {{ GRAPH <urn:bench:listing> {{ ?pair cmkg:country ?c ; cmkg:listing ?listing }} }} WHERE {{
  {{ SELECT ?c ?p (SAMPLE(?s) AS ?sent) (SAMPLE(?n) AS ?count) (GROUP_CONCAT(?a; SEPARATOR="\\u001e") AS ?labels)
     WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?r cmkg:country ?c ; cmkg:partner ?p ; cmkg:agreementLabel ?a ;
                                           cmkg:sampleSentence ?s ; cmkg:evidenceCount ?n }} }}
     GROUP BY ?c ?p }}
  BIND (IRI(CONCAT(STR(?c), "/", STR(?p))) AS ?pair)
  BIND (CONCAT(STR(?p), "\\u001f", STR(?count), "\\u001f", ?labels, "\\u001f", ?sent) AS ?listing)
}}"""
_LISTING = "SELECT ?listing WHERE { GRAPH <urn:bench:listing> { ?s cmkg:country ?country ; cmkg:listing ?listing } }"


def build(target: int, folder: Path) -> EmbeddedStore:
    store = EmbeddedStore(ox.Store(str(folder)), str(folder))
    fill_store(store, target)
    store.flush_summaries()
    store.update(_PROLOGUE + _PACK)
    store.flush()
    return store


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = build(args.triples, Path(tmp) / "store")
        us = {"country": ox.NamedNode(str(country_iri("USA")))}

        def raw(text: str, bindings: dict | None = None):
            """The store's own evaluation of the checked text (no child process), as bench/query_bench.py times."""
            q = check_query(text)
            q = bind_values(q, bindings) if bindings else q
            return lambda: sum(1 for _ in store.execute(q))

        star, listing = raw(stored_query("deals_with"), us), raw(_PROLOGUE + _LISTING, us)
        paths = {
            "cmkg deals (deals_with.rq grouped in Python; child process)": lambda: len(deals_with(store, "US")),
            "deals_with.rq (SPARQL star; child process)": lambda: len(
                run_query(store, stored_query("deals_with"), bindings=us).rows
            ),
            "baseline: packed cmkg:listing (child process)": lambda: len(
                run_query(store, _PROLOGUE + _LISTING, bindings=us).rows
            ),
            "deals_with.rq star, evaluation only": star,
            "baseline: packed cmkg:listing, evaluation only": listing,
        }
        times: dict[str, list[float]] = {name: [] for name in paths}
        answers = {name: fn() for name, fn in paths.items()}  # warm once, as a running service would be
        for _ in range(args.runs):
            for name, fn in paths.items():
                t = time.perf_counter()
                fn()
                times[name].append((time.perf_counter() - t) * 1000)
        base = statistics.median(times["baseline: packed cmkg:listing, evaluation only"])
        print(f"{len(store):,} quads, {args.runs} alternating runs, median ms (ratio to the packed baseline)")
        for name, ms in times.items():
            m = statistics.median(ms)
            print(f"| {name} | {answers[name]} | {m:.1f} | {m / base:.1f}x |")


if __name__ == "__main__":
    main()
