"""A local Dask cluster leaves the caller's environment as it found it.

Dask's nanny writes its pre-spawn variables (OMP_NUM_THREADS=1, ...) into
the parent's ``os.environ`` before each worker it spawns; ``connect`` must
put the caller's values back (unset ones unset, changed ones restored) once
the cluster is gone, or every later computation of the caller runs on one
BLAS thread.
"""

from __future__ import annotations

import os

import pytest

from cmkg.app.engines.dask_engine import LOCAL_CLUSTER_CONFIG, caller_environ, connect

SPAWN_VARS = sorted(LOCAL_CLUSTER_CONFIG["distributed.nanny.pre-spawn-environ"])


def test_local_cluster_restores_the_callers_environment(monkeypatch):
    for name in SPAWN_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CMKG_TEST_CALLER", "kept")
    before = dict(os.environ)
    with connect(workers=1) as client:
        assert client.run(lambda: os.environ.get("OMP_NUM_THREADS")) != {}  # a worker is up ...
        during = {name: os.environ.get(name) for name in SPAWN_VARS}
    assert during == dict.fromkeys(SPAWN_VARS, "1")  # ... and Dask did set them in this process
    assert dict(os.environ) == before


@pytest.mark.parametrize(
    "change",
    [
        lambda: os.environ.__setitem__("CMKG_TEST_ADDED", "x"),
        lambda: os.environ.__setitem__("CMKG_TEST_CALLER", "changed"),
        lambda: os.environ.pop("CMKG_TEST_CALLER"),
    ],
    ids=["added", "changed", "removed"],
)
def test_caller_environ_undoes_each_kind_of_change(monkeypatch, change):
    monkeypatch.setenv("CMKG_TEST_CALLER", "kept")
    monkeypatch.delenv("CMKG_TEST_ADDED", raising=False)
    before = dict(os.environ)
    with caller_environ():
        change()
        assert dict(os.environ) != before
    assert dict(os.environ) == before
