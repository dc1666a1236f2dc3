"""``cmkg build`` refuses engine options that would be silently ignored: one coded line, exit 2, no store."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "args, words",
    [
        (["--workers", "2"], "need --engine dask"),
        (["--scheduler", "tcp://127.0.0.1:9"], "need --engine dask"),
        (["--engine", "dask", "--jobs", "2"], "--jobs is for the local engine"),
        (["--engine", "dask", "--workers", "2", "--scheduler", "tcp://127.0.0.1:9"], "not both"),
        (["--engine", "spark"], "unknown engine"),
        (["--jobs", "0"], "at least 1"),
    ],
)
def test_contradictory_engine_options(tmp_path, args, words):
    store = tmp_path / "store"
    out = subprocess.run(
        [sys.executable, "-m", "cmkg.app.cli", "build", "--store", str(store), *args], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [out.stderr.strip()]
    assert "[E125]" in out.stderr and words in out.stderr
    assert not store.exists()
