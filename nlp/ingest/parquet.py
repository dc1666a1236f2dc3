"""Parquet corpora: one article per row, the same fields as a JSON Lines record.

Archives of news usually come as Parquet (one column per field).  A row is
read exactly like a JSON Lines record (``text`` or ``html``, with optional
``id``, ``title``, ``url``, ``published``) and errors name the row number,
counted from 1 over the whole file, so a partition of row groups reports the
same lines as a read of the whole file.  pyarrow is an optional dependency
(``pip install cmkg[dask]``); without it a Parquet input is one coded error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from cmkg.core.errors import E, IngestError
from cmkg.nlp.article import Article
from cmkg.nlp.ingest.jsonl import record_article

__all__ = ["read_parquet", "parquet_file", "parquet_rows"]


def parquet_file(path: Path | str) -> Any:
    """An open ``pyarrow.parquet.ParquetFile``, or a coded error naming the file."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise IngestError(E.BAD_PARQUET, path, "reading Parquet needs pyarrow: pip install 'cmkg[dask]'") from None
    try:
        return pq.ParquetFile(str(path))
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... for a damaged file
        raise IngestError(
            E.BAD_PARQUET, path, f"not a readable Parquet file ({' '.join(str(exc).split())[:200]})"
        ) from None


def _plain(value: Any) -> Any:
    """Dates and timestamps as ISO text, so a typed ``published`` column reads like a JSON string."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return value


def parquet_rows(path: Path | str, row_groups: Sequence[int] | None = None) -> Iterator[tuple[int, dict]]:
    """(row number from 1, record) for the rows of ``row_groups`` (default: all)."""
    pf = parquet_file(path)
    groups = range(pf.num_row_groups) if row_groups is None else row_groups
    for group in groups:
        first = sum(pf.metadata.row_group(g).num_rows for g in range(group)) + 1
        for n, row in enumerate(pf.read_row_group(group).to_pylist(), first):
            yield n, {k: _plain(v) for k, v in row.items()}


def read_parquet(path: Path | str, row_groups: Sequence[int] | None = None) -> Iterator[Article | IngestError]:
    try:
        for n, record in parquet_rows(path, row_groups):
            try:
                yield record_article(record, str(path), n)
            except IngestError as err:
                yield err if err.line is not None else IngestError(err.code, path, err.problem, n)
    except IngestError as err:
        yield err
