"""Peak memory of ``cmkg build`` on a 5,000-article corpus, against bare spaCy.

    python bench/memory_bench.py --articles 5000

The corpus is a JSON Lines file made from the dev articles (each record a
dev article with its own id, so 5,000 named graphs).  Each side runs in its
own child process and its peak RSS is read from ``wait4``: cmkg builds an
embedded store with ``cmkg build`` (streaming), the baseline runs bare
``nlp.pipe`` over the same texts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"

BARE = """
import json, sys, spacy
sys.path.insert(0, {root!r})
from cmkg.nlp.model import model_name
from cmkg.nlp.ingest import iter_articles
nlp = spacy.load(model_name())
n = sum(1 for _ in nlp.pipe((a.body for a in iter_articles([{corpus!r}])), batch_size=16))
print(n)
"""


def make_corpus(n: int, path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(
                json.dumps({"id": f"a{i}", "url": f"https://example.org/{i}", "text": texts[i % len(texts)]}) + "\n"
            )


def peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{cmd[:4]} failed: {proc.stderr.read().decode()[-500:]}")
    return usage.ru_maxrss / 1024, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=5000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        make_corpus(args.articles, corpus)
        bare_mb, bare_s = peak_rss_mb([sys.executable, "-c", BARE.format(root=str(ROOT), corpus=str(corpus))])
        cmkg_mb, cmkg_s = peak_rss_mb(
            [sys.executable, "-m", "cmkg.app.cli", "build", str(corpus), "--store", str(Path(tmp) / "store")]
        )
        print(
            "| articles | bare nlp.pipe peak RSS (MB) | cmkg build peak RSS (MB) | ratio "
            "| bare time (s) | cmkg time (s) |"
        )
        print("|---:|---:|---:|---:|---:|---:|")
        print(
            f"| {args.articles:,} | {bare_mb:,.0f} | {cmkg_mb:,.0f} | {cmkg_mb / bare_mb:.2f} "
            f"| {bare_s:,.0f} | {cmkg_s:,.0f} |"
        )


if __name__ == "__main__":
    main()
