"""``cmkg build --jobs 2`` and ``--engine dask`` give the graph a single-process build gives.

The corpus mixes every input kind (a JSON Lines file cut into several
partitions, a directory of text files and a Parquet file, a missing path),
bad records, and one article given twice with different text (the later copy
must win, as in a local build).  Dask workers are started here, on 127.0.0.1:
by ``cmkg build --workers 2`` itself, or as a ``LocalCluster`` for the test
that kills a worker in the middle of a build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pyoxigraph as ox
import pytest
from distributed import Client, LocalCluster, WorkerPlugin

from tests.conftest import DEV

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DEV.is_dir(), reason=f"dev corpus not found at {DEV}"),
]

CMKG = [sys.executable, "-m", "cmkg.app.cli"]
SMALL_PARTITIONS = ["--partition-mb", "0.012"]  # a dev article is 3-9 kB: one or two per partition


def run(*args):
    return subprocess.run([*CMKG, *args], capture_output=True, text=True)


def canonical(store_dir: Path) -> list[bytes]:
    """The store's quads as sorted N-Quads lines (no blank nodes: cmkg names every node)."""
    store = ox.Store.read_only(str(store_dir))
    data = ox.serialize(store.quads_for_pattern(None, None, None, None), format=ox.RdfFormat.N_QUADS) or b""
    return sorted(data.splitlines())


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("cmkg: error:") or " inputs failed: " in line]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    d = tmp_path_factory.mktemp("corpus")
    texts = [p.read_text(encoding="utf-8") for p in sorted((DEV / "articles").glob("*.txt"))]
    with (d / "news.jsonl").open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts[:5]):
            fh.write(json.dumps({"id": f"n{i}", "url": f"https://example.org/news/{i}", "text": text}) + "\n")
            if i == 2:
                fh.write("{not json\n")
        # the first article again, edited: the same URL (its key), new content, in a later partition
        again = {"id": "n0-again", "url": "https://example.org/news/0", "text": texts[0] + "\n\nIt was welcomed."}
        fh.write(json.dumps(again) + "\n")
    folder = d / "folder"
    folder.mkdir()
    for i, text in enumerate(texts[5:8]):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    rows = [{"id": f"p{i}", "text": text} for i, text in enumerate(texts[8:])] + [{"id": "empty", "text": " "}]
    pq.write_table(pa.Table.from_pylist(rows), folder / "more.parquet", row_group_size=1)
    return [str(d / "news.jsonl"), str(folder), str(d / "missing.txt")]


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """A single-process build: the graph and the error lines every engine must reproduce."""
    store = tmp_path_factory.mktemp("ref") / "store"
    out = run("build", *corpus, "--store", str(store))
    assert out.returncode == 1, out.stderr
    return canonical(store), error_lines(out.stderr)


def test_reference_has_what_the_engines_are_compared_on(corpus, reference):
    from cmkg.nlp.ingest import iter_articles

    quads, errors = reference
    assert not any(line.startswith(b"_:") or b" _:" in line for line in quads)
    news = [a for a in iter_articles([corpus[0]]) if hasattr(a, "key")]
    first, again = news[0], news[-1]
    assert first.key == again.key and first.id != again.id
    text = b"".join(quads)
    assert again.id.encode() in text and first.id.encode() not in text  # the later copy of the article won
    codes = [line.split("[")[1][:4] for line in errors if "[" in line]
    assert codes == ["E007", "E007", "E008"], errors  # bad JSON line, empty Parquet row, missing file
    assert errors[-1].startswith("cmkg: 3 of ")


def test_jobs_two_gives_the_same_graph(corpus, reference, tmp_path):
    out = run("build", *corpus, "--store", str(tmp_path / "store"), "--jobs", "2")
    assert out.returncode == 1, out.stderr
    assert error_lines(out.stderr) == reference[1]
    assert canonical(tmp_path / "store") == reference[0]


def test_dask_two_workers_gives_the_same_graph_and_rerun_overwrites(corpus, reference, tmp_path):
    store, parts = tmp_path / "store", tmp_path / "parts"
    args = ["build", *corpus, "--store", str(store), "--engine", "dask", "--workers", "2", "--parts", str(parts)]
    out = run(*args, *SMALL_PARTITIONS)
    assert out.returncode == 1, out.stderr
    assert error_lines(out.stderr) == reference[1]
    assert canonical(store) == reference[0]
    first = sorted(p.name for p in parts.iterdir())
    assert len([n for n in first if n.endswith(".nq")]) >= 4  # really several partitions
    assert {n.rsplit(".", 1)[0].removesuffix(".facts") for n in first} == {
        n[: -len(".nq")] for n in first if n.endswith(".nq")
    }
    facts = [row for f in sorted(parts.glob("*.facts.parquet")) for row in pq.read_table(f).to_pylist()]
    deals = [r for r in facts if r["kind"] == "agreement"]
    assert deals and all(r["sentence"] and r["rule"] and r["start_offset"] < r["end_offset"] for r in deals)
    again = run(*args, *SMALL_PARTITIONS)
    assert again.returncode == 1, again.stderr
    assert sorted(p.name for p in parts.iterdir()) == first  # same names: overwritten, not duplicated
    assert canonical(store) == reference[0]  # and the store holds each article once


class KillOnce(WorkerPlugin):
    """A worker plugin: the first worker to start a partition kills its own process (once per test)."""

    name = "kill-once"

    def __init__(self, marker: str, log: str) -> None:
        self.marker, self.log = marker, log

    def transition(self, key, start, finish, **kwargs) -> None:
        if finish != "executing" or not str(key).startswith("cmkg-shard-"):
            return
        with open(self.log, "a", encoding="utf-8") as fh:
            fh.write(f"{key}\n")
        try:
            fd = os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return
        os.write(fd, f"{os.getpid()} {key}".encode())
        os.close(fd)
        os._exit(1)


def test_killed_worker_loses_only_its_partition(corpus, reference, tmp_path):
    from cmkg.app.engines.dask_engine import build_with_dask
    from cmkg.graph.store import open_store

    marker, log = tmp_path / "killed", tmp_path / "started"
    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster:
        with Client(cluster) as client:
            client.register_plugin(KillOnce(str(marker), str(log)))
        store = open_store(str(tmp_path / "store"))
        bar: list = []  # what a progress bar is given: the number of partitions, then one item per partition

        def progress(items, total):
            bar.append(total)
            for item in items:
                bar.append("tick")
                yield item

        report = build_with_dask(
            store,
            corpus,
            scheduler=cluster.scheduler_address,
            parts_dir=str(tmp_path / "parts"),
            shard_bytes=12_000,
            progress=progress,
        )
        del store
    pid, key = marker.read_text().split()
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid), 0)  # that worker is gone
    started = log.read_text().split()
    assert started.count(key) == 2  # the killed partition ran again, once
    assert bar[0] == len(set(started)) >= 4 and bar[1:] == ["tick"] * bar[0]  # every partition advanced the bar once
    assert [str(e) for e in report.bad] == [line.removeprefix("cmkg: error: ") for line in reference[1][:-1]]
    assert canonical(tmp_path / "store") == reference[0]
