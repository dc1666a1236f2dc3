"""A corpus cut into shards: what one worker reads, extracts and writes as one partition.

The client only plans (it lists directories, finds line boundaries in JSON
Lines files and row groups in Parquet files); the workers read the bytes.
Shards are cut at fixed byte sizes on record boundaries, so the same corpus
always gives the same shards, and a shard's name is a hash of its content
and of where it came from: a re-run writes the same file names and
overwrites them instead of adding copies.

Errors keep the reading order of a local build: a plan is a list of shards
and input errors (a missing file, an empty directory) in the order
``cmkg.nlp.ingest.iter_articles`` meets them, and a shard numbers its lines
and rows as the whole file does.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cmkg.core.errors import IngestError
from cmkg.nlp.article import Article

__all__ = ["Shard", "plan_shards", "read_shard", "auto_shard_bytes", "MAX_SHARD_BYTES"]

MAX_SHARD_BYTES = 4_000_000  # about 1,000 news articles: minutes of work per partition
MIN_SHARD_BYTES = 250_000  # below this the per-partition costs (a task, two files, a bulk load) start to show
SHARDS_WANTED = 64  # a small corpus is still cut fine enough to keep every worker of a large cluster busy
MAX_FILES_PER_SHARD = 500


@dataclass(frozen=True)
class Shard:
    """One partition: a byte range of a JSON Lines file, row groups of a Parquet file, or article files."""

    index: int
    kind: str  # "jsonl", "parquet" or "files"
    path: str = ""
    start: int = 0  # jsonl: byte offset
    stop: int = 0  # jsonl: byte end
    first_line: int = 1
    row_groups: tuple[int, ...] = ()
    files: tuple[str, ...] = field(default=())
    records: int = 0  # articles, or an estimate: for the progress bar only

    def label(self) -> str:
        """Where the shard is, for messages: ``corpus.jsonl:1-840``, ``corpus.parquet:row-groups 0-3``."""
        if self.kind == "jsonl":
            return f"{self.path}:{self.first_line}-{self.first_line + max(self.records - 1, 0)}"
        if self.kind == "parquet":
            return f"{self.path}:row-groups {self.row_groups[0]}-{self.row_groups[-1]}"
        return f"{self.files[0]} .. {self.files[-1]} ({len(self.files)} files)"


def _jsonl_cuts(path: Path, target: int) -> Iterator[tuple[int, int, int, int]]:
    """(start byte, stop byte, first line, lines) of consecutive line-aligned ranges of about ``target`` bytes."""
    start = pos = 0
    first = line = 1
    with path.open("rb") as fh:
        for raw in fh:
            pos += len(raw)
            line += 1
            if pos - start >= target:
                yield start, pos, first, line - first
                start, first = pos, line
    if pos > start:
        yield start, pos, first, line - first


def _parquet_cuts(path: Path, target: int) -> Iterator[tuple[tuple[int, ...], int]]:
    from cmkg.nlp.ingest.parquet import parquet_file

    meta = parquet_file(path).metadata
    groups: list[int] = []
    size = rows = 0
    for g in range(meta.num_row_groups):
        groups.append(g)
        size += meta.row_group(g).total_byte_size
        rows += meta.row_group(g).num_rows
        if size >= target:
            yield tuple(groups), rows
            groups, size, rows = [], 0, 0
    if groups:
        yield tuple(groups), rows


def _plan_path(raw: str, target: int) -> Iterator[dict | IngestError]:
    from cmkg.nlp.ingest import expand_path

    files: list[str] = []
    size = 0
    for item in expand_path(Path(raw)):
        corpus = not isinstance(item, IngestError) and item.suffix.lower() in (".jsonl", ".parquet")
        if files and (corpus or isinstance(item, IngestError) or size >= target or len(files) >= MAX_FILES_PER_SHARD):
            yield {"kind": "files", "files": tuple(files), "records": len(files)}
            files, size = [], 0
        if isinstance(item, IngestError):
            yield item
        elif item.suffix.lower() == ".jsonl":
            for start, stop, first, lines in _jsonl_cuts(item, target):
                yield {"kind": "jsonl", "path": str(item), "start": start, "stop": stop, "first_line": first,
                       "records": lines}  # fmt: skip
        elif item.suffix.lower() == ".parquet":
            try:
                for groups, rows in _parquet_cuts(item, target):
                    yield {"kind": "parquet", "path": str(item), "row_groups": groups, "records": rows}
            except IngestError as err:
                yield err
        else:
            files.append(str(item))
            size += item.stat().st_size
    if files:
        yield {"kind": "files", "files": tuple(files), "records": len(files)}


def auto_shard_bytes(paths: Iterable[str]) -> int:
    """A partition size from the corpus size alone (never from the cluster's, so names stay stable):
    about ``SHARDS_WANTED`` partitions, within ``MIN_SHARD_BYTES`` .. ``MAX_SHARD_BYTES``."""
    from cmkg.nlp.ingest import expand_path

    total = sum(p.stat().st_size for raw in paths for p in expand_path(Path(raw)) if isinstance(p, Path))
    return max(MIN_SHARD_BYTES, min(MAX_SHARD_BYTES, total // SHARDS_WANTED))


def plan_shards(paths: Iterable[str], target_bytes: int | None = None) -> list[Shard | IngestError]:
    """Shards and input errors of ``paths``, in the reading order of a local build."""
    paths = [str(p) for p in paths]
    target_bytes = target_bytes or auto_shard_bytes(paths)
    plan: list[Shard | IngestError] = []
    for raw in paths:
        for item in _plan_path(str(raw), target_bytes):
            plan.append(item if isinstance(item, IngestError) else Shard(index=len(plan), **item))
    return plan


def read_shard(shard: Shard) -> tuple[str, list[Article | IngestError]]:
    """(content hash, the shard's articles and bad records in order): run on a worker."""
    from cmkg.nlp.ingest import iter_articles
    from cmkg.nlp.ingest.jsonl import read_jsonl_lines
    from cmkg.nlp.ingest.parquet import parquet_rows, read_parquet

    digest = hashlib.sha256(f"{shard.kind}\0{shard.path}\0{shard.first_line}\0{shard.row_groups}\0".encode())
    if shard.kind == "jsonl":
        with open(shard.path, "rb") as fh:
            fh.seek(shard.start)
            data = fh.read(shard.stop - shard.start)
        digest.update(data)
        items = list(read_jsonl_lines(io.BytesIO(data), shard.path, shard.first_line))
    elif shard.kind == "parquet":
        try:
            for n, record in parquet_rows(shard.path, shard.row_groups):
                digest.update(json.dumps([n, record], sort_keys=True, default=str).encode("utf-8"))
        except IngestError as err:
            return digest.hexdigest()[:24], [err]
        items = list(read_parquet(shard.path, shard.row_groups))
    else:
        for name in shard.files:
            digest.update(name.encode("utf-8") + b"\0" + Path(name).read_bytes() + b"\0")
        items = list(iter_articles(shard.files))
    return digest.hexdigest()[:24], items
