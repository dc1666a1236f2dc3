"""Peak memory of the store side of a build (no extraction) at two corpus sizes.

    python bench/store_memory_bench.py --sizes 1000 4000 --out bench-out/store-mem
    PYTHONPATH=/path/to/other/checkout python bench/store_memory_bench.py ...   # the code under test

What grows with the corpus in a Dask client or a one-process build, apart
from the extraction (which runs in workers and is bounded by the batch):
loading finished N-Quads into the store, the deal summary pass and the status
history pass.  The articles are synthetic fact sheets (``bench/synthetic.py``)
turned into each article's N-Quads once (``cmkg.app.engines.local.article_graphs``)
and written as partition files of 156 articles, as Dask's workers write them.
Each (size, mode) then runs in a child process of its own, on a fresh
embedded store on disk:

- ``dask``: ``cmkg.app.engines.bulk.load_parts`` (a bulk load per file, one
  summary pass, the history), as the Dask client does after the extraction;
- ``build``: ``open_build``, 16 articles per ``replace_articles``, a flush
  every 256, then ``flush_summaries`` and the history, as ``build_store`` does.

The child reports its kernel high-water mark (``VmHWM``) after each phase and
its CPU seconds; the parent prints a table and the sorted N-Quads hash of
each store (every mode and size must agree with the other code's run).
``cmkg`` is imported from ``PYTHONPATH`` when set, so two checkouts can be
measured side by side with the same corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PART = 156  # articles per partition file: the 10,000-article Dask run's partitions

CHILD = r"""
import json, resource, sys, time
from pathlib import Path

def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

mode, parts_dir, store_dir = sys.argv[1:4]
from cmkg.graph.store import open_store
from cmkg.graph.history import refresh_history
import cmkg
out = {"cmkg": str(Path(cmkg.__file__).parent), "phases": []}
files = sorted(Path(parts_dir).glob("part-*.nq"))
store = open_store(store_dir)
out["phases"].append(("open", hwm(), cpu()))
if mode == "dask":
    from cmkg.app.engines.bulk import load_parts
    from cmkg.app.engines.partition import PartResult
    from cmkg.app.pipeline import open_build
    open_build(store)
    for f in files:
        store.bulk_load(str(f), "nquads", replace=True)
    out["phases"].append(("load", hwm(), cpu()))
    store.refresh_summary()
    out["phases"].append(("summaries", hwm(), cpu()))
else:
    from cmkg.app.pipeline import open_build
    from cmkg.graph.vocab import ENTITIES_GRAPH
    open_build(store)
    n = 0
    for f in files:
        arts = json.loads(Path(str(f)[:-3] + ".json").read_text())
        for i in range(0, len(arts), 16):
            graphs, described = [], []
            for art in arts[i : i + 16]:
                for g, nq in art:
                    (described.append(nq.encode()) if g == str(ENTITIES_GRAPH) else graphs.append((g, nq.encode())))
            store.replace_articles(graphs, b"".join(described))
            n += len(arts[i : i + 16])
            if n % 256 == 0:
                store.flush()
    out["phases"].append(("load", hwm(), cpu()))
    store.flush_summaries()
    out["phases"].append(("summaries", hwm(), cpu()))
refresh_history(store)
store.flush()
out["phases"].append(("history", hwm(), cpu()))
store_dump = store.dump_nquads()
lines = sorted(set(l for l in store_dump.decode().splitlines() if l.strip()))
import hashlib
out["quads"] = len(lines)
out["hash"] = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]
print(json.dumps(out))
"""


def make_parts(n: int, out: Path) -> None:
    """``n`` synthetic articles as partition files: N-Quads (for the bulk load) and the per-article graphs."""
    from bench.synthetic import synthetic_sheets
    from cmkg.app.engines.local import article_graphs

    out.mkdir(parents=True, exist_ok=True)
    if (out / "done").exists():
        return
    arts = [article_graphs(s) for s in synthetic_sheets(n)]
    for k in range(0, n, PART):
        chunk = arts[k : k + PART]
        (out / f"part-{k // PART:05d}.nq").write_bytes(b"".join(nq for a in chunk for _, nq in a))
        (out / f"part-{k // PART:05d}.json").write_text(json.dumps([[(g, nq.decode()) for g, nq in a] for a in chunk]))
    (out / "done").write_text(str(n))


def run(mode: str, parts: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="cmkg-memb-") as tmp:
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(parts), str(Path(tmp) / "store")],
            capture_output=True,
            text=True,
            env=os.environ,
            cwd=tmp,  # not the checkout: PYTHONPATH then decides which cmkg is measured
        )
    if proc.returncode:
        raise SystemExit(f"{mode} failed: {proc.stderr[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000])
    ap.add_argument("--modes", nargs="+", default=["dask", "build"])
    ap.add_argument("--out", type=Path, default=Path("bench-out/store-mem"))
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print("| articles | mode | quads | hash | peak MB after open / load / summaries / history", end="")
    print(" | CPU s load / summ / hist |")
    print("|---:|---|---:|---|---|---|")
    for n in args.sizes:
        parts = args.out / f"parts-{n}"
        make_parts(n, parts)
        for mode in args.modes:
            r = run(mode, parts)
            ph = r["phases"]
            mb = " / ".join(f"{p[1]:.0f}" for p in ph)
            cpu = " / ".join(f"{ph[i][2] - ph[i - 1][2]:.1f}" for i in range(1, len(ph)))
            print(f"| {n:,} | {mode} | {r['quads']:,} | `{r['hash']}` | {mb} | {cpu} |", flush=True)
            print(f"<!-- cmkg from {r['cmkg']} -->", file=sys.stderr)


if __name__ == "__main__":
    main()
