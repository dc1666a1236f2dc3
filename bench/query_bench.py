"""The deals queries on a synthetic graph of about a million triples:
embedded Oxigraph (what cmkg uses) against rdflib's in-memory store, side by side.

    python bench/query_bench.py --triples 1000000 --runs 30

Both stores hold the same quads and answer the same stored queries
(data/queries/deals_with.rq: partners with status, agreements and evidence;
deal_partners.rq: the partner list alone) for the United States; rdflib gets the country
through ``initBindings``, as its documentation advises, Oxigraph through
cmkg's VALUES binding.  Reported: median latency of each and their ratio.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox
from rdflib import Dataset, URIRef

from bench.synthetic import fill_store
from cmkg.graph.history import refresh_history
from cmkg.graph.questions import stored_query
from cmkg.graph.sparql import bind_values, check_query
from cmkg.graph.store import EmbeddedStore
from cmkg.graph.vocab import country_iri


def build(target: int, workdir: Path) -> tuple[EmbeddedStore, Dataset, int]:
    store = EmbeddedStore(ox.Store(str(workdir / "store")), str(workdir / "store"))
    fill_store(store, target)
    t = time.perf_counter()
    store.flush_summaries()
    print(f"deal summaries computed in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    t = time.perf_counter()
    changes = refresh_history(store)  # what cmkg build does last
    print(f"status history ({changes} changes) computed in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    store.flush()
    mem = Dataset(default_union=True)
    mem.parse(data=store.dump_nquads().decode("utf-8"), format="nquads")
    return store, mem, len(store)


def timed(fn) -> tuple[float, int]:
    t = time.perf_counter()
    rows = fn()
    return (time.perf_counter() - t) * 1000, rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--rdflib-runs", type=int, default=5)
    ap.add_argument("--rdflib-timeout", type=float, default=900.0, help="seconds to wait for rdflib's runs")
    ap.add_argument("--queries", nargs="+", default=["deals_with", "deal_partners", "deal_evidence"])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store, mem, quads = build(args.triples, Path(tmp))
        print(f"built {quads} quads in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        usa = country_iri("USA")
        print("| query | quads | answer rows | Oxigraph embedded, median ms | rdflib Memory, median ms | ratio |")
        print("|---|---:|---:|---:|---:|---:|")
        for name in args.queries:
            text = check_query(stored_query(name))  # deals_with is what `cmkg deals` runs
            ox_query = bind_values(text, {"country": ox.NamedNode(str(usa))})
            ox_fn = lambda q=ox_query: sum(1 for _ in store.execute(q))  # noqa: E731
            rdf_fn = lambda q=text: sum(1 for _ in mem.query(q, initBindings={"country": URIRef(usa)}))  # noqa: E731
            print(_compare(name, quads, ox_fn, rdf_fn, args), flush=True)
        shutil.rmtree(tmp, ignore_errors=True)
        os._exit(0)  # an unfinished rdflib run cannot be interrupted otherwise


def _compare(name: str, quads: int, ox_fn, rdf_fn, args) -> str:
    ox_fn()  # warm caches once, as a running service would be
    ox_times, n_ox = [], 0
    for _ in range(args.runs):
        ms, n_ox = timed(ox_fn)
        ox_times.append(ms)
    rdf_times: list[float] = []
    rows: dict[str, int] = {}

    def rdflib_runs() -> None:
        for _ in range(args.rdflib_runs):
            ms, rows["n"] = timed(rdf_fn)
            rdf_times.append(ms)

    worker = threading.Thread(target=rdflib_runs, daemon=True)
    worker.start()
    worker.join(args.rdflib_timeout)
    a = statistics.median(ox_times)
    if rdf_times and not worker.is_alive():
        assert rows["n"] == n_ox, f"{name}: stores disagree: oxigraph {n_ox} rows, rdflib {rows['n']} rows"
        b = statistics.median(rdf_times)
        return (
            f"| {name} | {quads:,} | {n_ox} | {a:.1f} (n={len(ox_times)}) "
            f"| {b:.0f} (n={len(rdf_times)}) | {b / a:.0f}x |"
        )
    t = args.rdflib_timeout * 1000
    return f"| {name} | {quads:,} | {n_ox} | {a:.1f} (n={len(ox_times)}) | > {t:.0f} (unfinished) | > {t / a:.0f}x |"


if __name__ == "__main__":
    main()
