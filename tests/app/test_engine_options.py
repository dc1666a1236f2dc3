"""``cmkg build`` refuses engine options that would be silently ignored: one coded line, exit 2, no store."""

from __future__ import annotations

import os
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


def test_nlp_and_graph_never_import_dask():
    """The engine in cmkg.app wires Dask to the pipeline; the libraries stay usable without it."""
    code = (
        "import sys, cmkg.nlp.extract, cmkg.nlp.ingest, cmkg.graph.fact_table, cmkg.graph.store, cmkg.app.pipeline; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_unreachable_scheduler_is_one_coded_line(tmp_path):
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    parts = tmp_path / "parts"
    args = [
        "build",
        "--store",
        ":memory:",
        "--engine",
        "dask",
        "--scheduler",
        "tcp://127.0.0.1:9",
        "--parts",
        str(parts),
    ]
    out = subprocess.run([sys.executable, "-m", "cmkg.app.cli", *args], capture_output=True, text=True, env=env)
    assert out.returncode == 2
    assert out.stderr.startswith("cmkg: error: [E122] tcp://127.0.0.1:9: cannot reach the Dask scheduler")
    assert len(out.stderr.strip().splitlines()) == 1
    assert not parts.exists()  # nothing written before the cluster answers


def _worker_settings(dask_worker) -> dict:
    import dask

    return {
        "MALLOC_TRIM_THRESHOLD_": os.environ.get("MALLOC_TRIM_THRESHOLD_"),
        "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS"),
        "profile config": dask.config.get("distributed.worker.profile.enabled"),
        "profiler running": "profile" in dask_worker.periodic_callbacks,
        "threads": dask_worker.state.nthreads,
    }


def test_local_cluster_workers_run_one_thread_without_profiler_or_malloc_trimming(monkeypatch):
    """Dask's defaults for many small in-memory tasks cost a partition CPU (BENCHMARKS.md): a local cluster
    starts its workers without them, and the caller's own Dask configuration is left as it was."""
    import dask

    from cmkg.app.engines.dask_engine import connect

    # Dask's nanny writes its pre-spawn variables into its own process's environment (nanny.py,
    # os.environ.update), so a default cluster started earlier in this pytest process would hand them
    # down to every later worker; `cmkg build` always starts from a fresh process.
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)

    before = dask.config.get("distributed.worker.profile.enabled")
    with connect(workers=1) as client:
        settings = list(client.run(_worker_settings).values())
    assert settings == [
        {
            "MALLOC_TRIM_THRESHOLD_": None,
            "OMP_NUM_THREADS": "1",
            "profile config": False,
            "profiler running": False,
            "threads": 1,
        }
    ]
    assert dask.config.get("distributed.worker.profile.enabled") == before
