"""Extraction throughput: the whole cmkg pipeline against bare spaCy, side by side.

    python bench/extraction_bench.py --copies 20

cmkg: read the article files (ingestion and boilerplate removal), run the
model, the cmkg_* components and the fact-sheet builder.  Baseline: bare
``nlp.pipe`` of the same model on the same cleaned texts.  Both with
``n_process`` 1 and 2, each timed after a warm-up, in one process.

The ratio is of wall-clock words/s.  With one process the CPU ratio is the
same ratio on this process's CPU seconds (``time.process_time``), which other
work on a shared machine moves far less than wall time; with two processes the
work runs in child processes that it cannot see, so it is left out.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from cmkg.nlp.extract import extract_many  # noqa: E402
from cmkg.nlp.ingest import iter_articles  # noqa: E402
from cmkg.nlp.model import load_pipeline, model_name  # noqa: E402

# the dev corpus beside the repository, or where CMKG_DEV_CORPUS says (as for the tests): a worktree under
# another folder has no ../shared, and without the check below it would time the seed article alone
DEV = Path(os.environ.get("CMKG_DEV_CORPUS") or ROOT.parent / "shared" / "eval" / "dev") / "articles"


def corpus(copies: int, into: Path) -> list[Path]:
    dev = sorted(DEV.glob("*.txt"))
    if not dev:
        sys.exit(f"{DEV}: no dev articles; set CMKG_DEV_CORPUS to the dev corpus folder")
    sources = dev + [ROOT / "data" / "articles" / "us-minerals-trade-zone.txt"]
    files = []
    for i in range(copies):
        for src in sources:
            dst = into / f"{i:03d}-{src.name}"
            shutil.copyfile(src, dst)
            files.append(dst)
    return files


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=20, help="copies of the 13 dev + seed articles")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = corpus(args.copies, Path(tmp))
        texts = [a.body for a in iter_articles([str(f) for f in files])]
        bare = spacy.load(model_name())
        words = sum(len(d) for d in bare.pipe(texts[:13]))  # warm-up
        load_pipeline()
        words = sum(len(d) for d in bare.tokenizer.pipe(texts))
        print(f"{len(texts)} articles, {words:,} words, model {model_name()}", file=sys.stderr)
        print("| n_process | bare spaCy words/s | cmkg words/s | ratio | CPU ratio |")
        print("|---:|---:|---:|---:|---:|")
        for n_process in (1, 2):
            t, c = time.perf_counter(), time.process_time()
            for _ in bare.pipe(texts, batch_size=16, n_process=n_process):
                pass
            bare_s, bare_cpu = time.perf_counter() - t, time.process_time() - c
            t, c = time.perf_counter(), time.process_time()
            n = sum(1 for _ in extract_many((a for a in iter_articles([str(f) for f in files])), n_process=n_process))
            cmkg_s, cmkg_cpu = time.perf_counter() - t, time.process_time() - c
            assert n == len(texts)
            cpu = f"{bare_cpu / cmkg_cpu:.2f}" if n_process == 1 else "\u2013"
            print(f"| {n_process} | {words / bare_s:,.0f} | {words / cmkg_s:,.0f} | {bare_s / cmkg_s:.2f} | {cpu} |")


if __name__ == "__main__":
    main()
