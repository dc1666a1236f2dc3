"""``cmkg build --engine dask``: the extraction on a Dask ``distributed`` cluster.

The client plans shards (``shards.py``), the workers run whole partitions
(``partition.py``: reading, the model, the rules, the fact sheets, N-Quads and
a Parquet fact table), and the client bulk loads the outputs into the store
and recomputes the deal summaries once (``bulk.py``).  The store is opened
and written by the client only.

Each worker loads the spaCy pipeline once, when it starts (a worker plugin;
the loader is cached per process, so a task never loads it again).  A worker
that dies takes only the partition it was running with it: the scheduler
gives that task to another worker (Dask's ``allowed-failures``), finished
partitions are already files, and the retry writes the same file names.  A
partition that still fails is reported as one coded error and the others
are stored, as a local build does with a bad article.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from cmkg.app.engines.bulk import load_parts
from cmkg.app.engines.partition import TMP_MARK, PartResult, run_shard
from cmkg.app.engines.shards import Shard, plan_shards
from cmkg.app.pipeline import BuildReport, default_inputs, open_build
from cmkg.core.errors import CmkgError, E, IngestError

__all__ = [
    "LOCAL_CLUSTER_CONFIG",
    "PipelinePreload",
    "build_with_dask",
    "caller_environ",
    "default_parts_dir",
    "connect",
]


# A partition is one long CPU-bound task whose result is a few small values (the outputs are files),
# so Dask's defaults for many small in-memory tasks only cost here: the statistical profiler samples the
# task thread's stack every 10 ms (taking the GIL from it), and MALLOC_TRIM_THRESHOLD_=65536 makes glibc
# hand memory back to the kernel on nearly every free of spaCy's allocations (system time, page faults).
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
    "distributed.worker.memory.target": False,  # nothing to spill: task results are a few file names
    "distributed.worker.memory.spill": False,
}


class PipelinePreload(WorkerPlugin):
    """Load the pipeline when a worker starts (and restarts), before its first partition."""

    name = "cmkg-pipeline"

    def setup(self, worker: Any) -> None:
        from cmkg.nlp.model import load_pipeline

        load_pipeline()


def default_parts_dir(store_location: str) -> str | None:
    """``STORE-parts`` beside an embedded store; None (a temporary directory) for memory or a server."""
    if store_location == ":memory:" or "://" in store_location:
        return None
    return str(Path(store_location).resolve()) + "-parts"


@contextmanager
def connect(workers: int | None = None, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``workers`` processes on 127.0.0.1."""
    if scheduler:
        import dask

        try:  # Dask's own connect timeout (DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT), 30 s by default
            client = Client(scheduler, timeout=dask.config.get("distributed.comm.timeouts.connect"))
        except (OSError, TimeoutError) as exc:
            raise CmkgError(E.SCHEDULER, f"{scheduler}: cannot reach the Dask scheduler ({exc})") from None
        with client:
            yield client
        return
    import dask

    with caller_environ():
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        with cluster, Client(cluster) as client:
            yield client


@contextmanager
def caller_environ() -> Iterator[None]:
    """The caller's environment back as it was on the way out.

    Dask's nanny puts its pre-spawn variables (``OMP_NUM_THREADS=1`` and the
    others of ``LOCAL_CLUSTER_CONFIG``) into this process's ``os.environ``
    before it spawns each worker, a restarted one included, so that the child
    inherits them; without this, a notebook that ran one Dask build would run
    everything after it on one BLAS thread."""
    saved = dict(os.environ)
    try:
        yield
    finally:
        for key in set(os.environ) - set(saved):
            del os.environ[key]
        for key, value in saved.items():
            if os.environ.get(key) != value:
                os.environ[key] = value


def _run(
    client: Client,
    shards: Sequence[Shard],
    parts_dir: str,
    progress: Callable[[Iterable[Any], int | None], Iterable[Any]],
    on_part: Callable[[PartResult], None] | None,
) -> tuple[dict[int, PartResult], dict[int, IngestError]]:
    client.register_plugin(PipelinePreload())
    run = uuid.uuid4().hex[:8]
    futures = {
        client.submit(run_shard, shard, parts_dir, key=f"cmkg-shard-{shard.index}-{run}", pure=False): shard
        for shard in shards
    }
    done: dict[int, PartResult] = {}
    failed: dict[int, IngestError] = {}
    for future in progress(as_completed(futures), len(futures)):
        shard = futures[future]
        try:
            done[shard.index] = future.result()
            if on_part:
                on_part(done[shard.index])
        except Exception as exc:  # a partition's own failure, or KilledWorker after repeated worker deaths
            problem = f"partition failed ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
            failed[shard.index] = IngestError(E.PARTITION_FAILED, shard.label(), problem)
        future.release()
    return done, failed


def _clean_tmp(parts_dir: Path) -> None:
    """Temporary files of workers killed mid-write (every partition is finished when this runs)."""
    for stray in parts_dir.glob(f"*{TMP_MARK}*"):
        stray.unlink(missing_ok=True)


def _parts_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CmkgError(E.PARTS_DIR, f"{path}: cannot create the partition output directory ({exc})") from None
    if not os.access(path, os.W_OK):
        raise CmkgError(E.PARTS_DIR, f"{path}: partition output directory is not writable")
    return path


def _errors_in_order(
    plan: Sequence[Shard | IngestError], done: dict[int, PartResult], failed: dict[int, IngestError]
) -> list[IngestError]:
    """Input errors, bad records and failed partitions in the order a local build reads them."""
    bad: list[IngestError] = []
    for item in plan:
        if isinstance(item, IngestError):
            bad.append(item)
        else:
            bad.extend([failed[item.index]] if item.index in failed else done[item.index].bad)
    return bad


def build_with_dask(
    store: Any,
    paths: Iterable[str] | None = None,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    parts_dir: str | None = None,
    shard_bytes: int | None = None,
    progress: Callable[[Iterable[Any], int | None], Iterable[Any]] = lambda items, total: items,
    on_part: Callable[[PartResult], None] | None = None,
) -> BuildReport:
    """Extract ``paths`` on a Dask cluster into ``store``; bad inputs are reported as a local build reports them.

    Nothing is written (store or outputs) until the cluster answers; the
    cluster is closed before the bulk load, so its memory is free for it.
    """
    started = time.perf_counter()
    plan = plan_shards(paths or default_inputs(), shard_bytes)
    shards = [item for item in plan if isinstance(item, Shard)]
    with tempfile.TemporaryDirectory(prefix="cmkg-parts-") as scratch:
        with connect(workers, scheduler) as client:
            out = _parts_dir(Path(parts_dir or scratch).resolve())
            report = open_build(store)
            report.seconds["plan and cluster start"] = time.perf_counter() - started
            done, failed = _run(client, shards, str(out), progress, on_part)
        report.seconds["extraction"] = time.perf_counter() - started - sum(report.seconds.values())
        _clean_tmp(out)
        report.bad = _errors_in_order(plan, done, failed)
        parts = [done[i] for i in sorted(done)]
        load_parts(store, parts)
        report.seconds["bulk load and summaries"] = time.perf_counter() - started - sum(report.seconds.values())
    report.stored = sum(part.stored for part in parts)
    return report
