"""Extraction does not depend on Python's string-hash seed.

Round 40 found a tie between equally named states broken by the order of a ``set``, which follows
``PYTHONHASHSEED``: two runs of the same ``cmkg eval`` on eval/news47 gave agreements F1 0.740 and 0.778.  The
corpus that showed it is scored here under two seeds, whole fact sheets compared (every field, every article).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"
CMKG = [sys.executable, "-m", "cmkg.app.cli"]
CORPUS = "news47"  # the corpus whose score changed with the seed in round 40
SEEDS = ("0", "1")


def _eval_under(seed: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    corpus = EVAL / CORPUS
    out = subprocess.run(
        [*CMKG, "eval", "--json", str(corpus / "gold"), str(corpus / "articles")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert out.returncode in (0, 1), out.stderr[-500:]
    return json.loads(out.stdout)


@pytest.mark.skipif(not (EVAL / CORPUS).is_dir(), reason="the corpus ships with the repository checkout only")
def test_two_hash_seeds_give_the_same_scores_and_errors():
    first, second = (_eval_under(seed) for seed in SEEDS)
    assert first["articles"] == second["articles"]
    assert first["fields"] == second["fields"]
