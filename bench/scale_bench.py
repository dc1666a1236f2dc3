"""Scaling of ``cmkg build``: one process, ``--jobs 2`` and Dask with 2 workers, in one run.

    python bench/scale_bench.py --articles 20000 --out bench-out/

With ``--out DIR`` the corpus and each finished mode's figures are kept in
``DIR`` (``corpus-N.jsonl``, ``results-N.json``): a second run with the same
``--articles`` and ``DIR`` skips the modes already measured, so the modes can
be run one at a time (``--modes dask2``) or an interrupted run resumed, and
the table always comes from all the modes measured so far.

The corpus is a synthetic JSON Lines file (``bench/synthetic.py``,
``synthetic_articles``: news-like text the rules fire on, about 400 words an
article).  Each mode is a ``cmkg build`` of the whole corpus into a new
embedded store, in its own child process, timed end to end (reading,
extraction, RDF, the store and its deal summaries; for Dask also starting
the cluster and the bulk load).  Peak RSS is the kernel's high-water mark
(``VmHWM``) of every process of the build's tree, read while it runs; CPU
seconds come from ``wait4`` over the whole tree.  The three stores must hold
the same quads (compared by a hash of the sorted N-Quads), or the run fails.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_articles  # noqa: E402

MODES = {  # name: (label in the table, extra cmkg build options)
    "one": ("one process", []),
    "jobs2": ("`--jobs 2`", ["--jobs", "2"]),
    "dask2": ("`--engine dask --workers 2`", ["--engine", "dask", "--workers", "2", "-v"]),
}


def hwm_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def watch(proc: subprocess.Popen, peaks: dict[int, tuple[str, float]], stop: threading.Event) -> None:
    """Record each process's high-water RSS (monotonic, so the last read before it exits is its peak)."""
    root = psutil.Process(proc.pid)
    while not stop.is_set():
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        for p in procs:
            try:
                role = " ".join(p.cmdline()[1:4])[:60]
            except psutil.Error:
                continue
            peaks[p.pid] = (role, max(peaks.get(p.pid, ("", 0.0))[1], hwm_mb(p.pid)))
        stop.wait(0.25)


def run_mode(args: list[str], corpus: Path, store: Path) -> dict:
    cmd = [sys.executable, "-m", "cmkg.app.cli", "build", str(corpus), "--store", str(store), *args]
    peaks: dict[int, tuple[str, float]] = {}
    stop = threading.Event()
    load = os.getloadavg()[0]
    t = time.perf_counter()
    log = store.with_suffix(".log").open("w+b")  # a file, not a pipe: a chatty child never blocks on it
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
    watcher = threading.Thread(target=watch, args=(proc, peaks, stop), daemon=True)
    watcher.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    stop.set()
    watcher.join()
    log.seek(0)
    stderr = log.read().decode()
    log.close()
    if status != 0:
        raise SystemExit(f"{args} failed: {stderr[-800:]}")
    phases = [line for line in stderr.splitlines() if " s, " in line and "extraction" in line]
    main = peaks.pop(proc.pid, ("", 0.0))[1]
    workers = [
        mb for role, mb in peaks.values() if mb > 250
    ]  # pool and Dask worker processes hold the model (~300 MB and up)
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "main_mb": main,
        "worker_mb": max(workers, default=0.0),
        "workers": len(workers),
        "load_before": load,
        "load_after": os.getloadavg()[0],
        "digest": store_digest(store),
        "phases": phases[-1].removeprefix("cmkg: ") if phases else "",
    }


def store_digest(store: Path) -> str:
    data = ox.Store.read_only(str(store)).dump(format=ox.RdfFormat.N_QUADS) or b""
    lines = sorted(data.splitlines())
    digest = hashlib.sha256(b"\n".join(lines)).hexdigest()[:12]
    return f"{len(lines)}:{digest}"


def count_words(corpus: Path) -> int:
    import spacy

    from cmkg.nlp.ingest import iter_articles
    from cmkg.nlp.model import model_name

    tok = spacy.load(model_name()).tokenizer
    return sum(len(doc) for doc in tok.pipe(a.body for a in iter_articles([corpus])))


def write_corpus(path: Path, articles: int) -> None:
    tmp = path.with_suffix(".partial")
    with tmp.open("w", encoding="utf-8") as fh:
        for record in synthetic_articles(articles):
            fh.write(json.dumps(record) + "\n")
    tmp.replace(path)


def print_table(rows: dict, words: int) -> None:
    base = rows.get("one")
    print("| mode | wall (s) | words/s | ratio to one process | CPU s (whole tree) | words per CPU s "
          "| peak RSS main (MB) | peak RSS per worker (MB) | load avg before/after | quads:hash |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for name in (m for m in MODES if m in rows):
        r = rows[name]
        worker_mb = r["worker_mb"] if r["workers"] else r["main_mb"]  # one process: it is the worker
        ratio = f"**{base['wall'] / r['wall']:.2f}**" if base else "(no one-process run yet)"
        print(
            f"| {MODES[name][0]} | {r['wall']:,.0f} | {words / r['wall']:,.0f} | {ratio} "
            f"| {r['cpu']:,.0f} | {words / r['cpu']:,.0f} | {r['main_mb']:,.0f} "
            f"| {worker_mb:,.0f} ({r['workers'] or 1}) | {r['load_before']:.1f} / {r['load_after']:.1f} "
            f"| {r['digest']} |"
        )
    for name, r in rows.items():
        if r["phases"]:
            print(f"\n{MODES[name][0]}: {r['phases']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--modes", default=",".join(MODES), help="comma-separated subset of: " + ", ".join(MODES))
    ap.add_argument("--out", type=Path, help="keep the corpus and each mode's figures here; resume from them")
    args = ap.parse_args()
    unknown = set(args.modes.split(",")) - set(MODES)
    if unknown:
        raise SystemExit(f"unknown mode(s) {', '.join(sorted(unknown))}; choose from {', '.join(MODES)}")
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        corpus, results = out / f"corpus-{args.articles}.jsonl", out / f"results-{args.articles}.json"
        if not corpus.exists():
            write_corpus(corpus, args.articles)
        saved = json.loads(results.read_text()) if results.exists() else {}
        words = saved.get("words") or count_words(corpus)
        rows = saved.get("modes", {})
        print(f"{args.articles:,} articles, {words:,} words, {os.cpu_count()} cores", file=sys.stderr)
        for name in args.modes.split(","):
            if name in rows:
                print(name, "already measured in", results, file=sys.stderr)
                continue
            store = Path(tmp) / f"store-{name}"
            rows[name] = run_mode(MODES[name][1], corpus, store)
            shutil.rmtree(store, ignore_errors=True)
            shutil.rmtree(f"{store}-parts", ignore_errors=True)
            results.write_text(json.dumps({"articles": args.articles, "words": words, "modes": rows}, indent=1))
            print(name, json.dumps(rows[name]), file=sys.stderr, flush=True)
        print_table(rows, words)
        if len({r["digest"] for r in rows.values()}) != 1:
            raise SystemExit("the modes built different graphs")


if __name__ == "__main__":
    main()
