"""What the parent of ``cmkg build --jobs N`` does per article, before and after issue 17's fourth round.

    python bench/build_parent_bench.py --sheets 500

No spaCy: synthetic fact sheets (``bench/synthetic.py``) stand for what the
extraction gives.  Three figures, in CPU seconds of this process (``process_time``,
so the machine's load does not enter):

* worker side now: each sheet's RDF and N-Quads (``cmkg.app.engines.local.article_graphs``);
* parent before: the rdflib graph and one ``add_dataset`` transaction per article (what the parent
  did when workers returned fact sheets);
* parent now: the finished N-Quads written 16 articles per ``replace_articles``.

Each parent figure is given before and after the deal summaries are recomputed; both
stores must hold the same sorted N-Quads, or the run fails.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import synthetic_sheets
from cmkg.app.engines.local import BuiltArticle, article_graphs
from cmkg.app.pipeline import WRITE_BATCH, _write_batch, open_build
from cmkg.graph.rdf_build import sheet_to_graph
from cmkg.graph.store import open_store


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sheets", type=int, default=500)
    n = ap.parse_args().sheets
    sheets = list(synthetic_sheets(n))
    t = time.process_time()
    built = [BuiltArticle(s["article"], 0, tuple(article_graphs(s))) for s in sheets]
    worker = time.process_time() - t

    before = open_store(":memory:")
    open_build(before)
    t = time.process_time()
    for s in sheets:
        before.add_dataset(sheet_to_graph(s), defer=True)
    before_store = time.process_time() - t
    before.flush_summaries()
    before_all = time.process_time() - t

    now = open_store(":memory:")
    open_build(now)
    t = time.process_time()
    for i in range(0, n, WRITE_BATCH):
        _write_batch(now, built[i : i + WRITE_BATCH], None)
    now_store = time.process_time() - t
    now.flush_summaries()
    now_all = time.process_time() - t

    a, b = sorted(before.dump_nquads().splitlines()), sorted(now.dump_nquads().splitlines())
    if a != b:
        raise SystemExit("the two ways built different graphs")
    print(f"{n} sheets, {len(a):,} quads (CPU s; per article in ms)")
    print(f"worker side now (RDF + N-Quads): {worker:.2f} s ({1000 * worker / n:.1f} ms)")
    print(f"parent before: {before_store:.2f} s ({1000 * before_store / n:.1f} ms), with summaries {before_all:.2f} s")
    print(f"parent now:    {now_store:.2f} s ({1000 * now_store / n:.1f} ms), with summaries {now_all:.2f} s")


if __name__ == "__main__":
    main()
