"""One partition, start to end, inside a worker: read, extract, write N-Quads and a fact table.

Nothing here knows about Dask: a worker calls :func:`run_shard` and hands the
small :class:`PartResult` back; the outputs go to files in a directory every
worker and the client can reach.  File names come from the shard's content
hash and each file is written under a temporary name and renamed, so a
worker killed half-way leaves no half file under a real name, and the retry
(or a re-run) writes the same name again.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cmkg.app.engines.local import article_graphs
from cmkg.app.engines.shards import Shard, read_shard
from cmkg.core.errors import IngestError

__all__ = ["PartResult", "run_shard", "write_atomic", "TMP_MARK"]

TMP_MARK = ".tmp-"


@dataclass
class PartResult:
    """What the client needs of a finished partition: its files, its graphs, its bad records."""

    index: int
    name: str
    nquads: str
    facts: str
    graphs: tuple[str, ...]
    stored: int
    bad: list[IngestError] = field(default_factory=list)


def write_atomic(path: Path, write: Any) -> None:
    """``write(tmp_path)``, then rename to ``path``: readers see the old file or the whole new one."""
    tmp = path.with_name(f"{path.name}{TMP_MARK}{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _write_facts(path: Path, rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from cmkg.graph.fact_table import FACT_COLUMNS

    types = {"start_offset": pa.int64(), "end_offset": pa.int64(), "confidence": pa.float64()}
    schema = pa.schema([(name, types.get(name, pa.string())) for name in FACT_COLUMNS])
    write_atomic(path, lambda tmp: pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp))


def run_shard(shard: Shard, parts_dir: str) -> PartResult:
    """Extract one shard with this process's cached pipeline and write its two output files."""
    from cmkg.graph.fact_table import fact_rows
    from cmkg.graph.vocab import ENTITIES_GRAPH
    from cmkg.nlp.article import Article
    from cmkg.nlp.extract import extract_batch

    entities = str(ENTITIES_GRAPH)
    name, items = read_shard(shard)
    articles = [a for a in items if isinstance(a, Article)]
    by_graph: dict[str, tuple[bytes, list[dict[str, Any]]]] = {}
    extracted = extract_batch(articles)
    bad = [e for e in items if isinstance(e, IngestError)]
    stored = 0
    for sheet in extracted:
        try:
            if isinstance(sheet, IngestError):  # an article whose extraction failed comes as its error
                raise sheet
            graphs = article_graphs(sheet)
        except IngestError as err:  # ... and a sheet that breaks the schema is reported, as in a local build
            bad.append(err)
            continue
        stored += 1
        rows = list(fact_rows(sheet))
        for graph, nquads in graphs:
            if graph == entities:  # shared by every article: its descriptions add up (a bulk load merges them)
                described, _ = by_graph.get(graph, (b"", []))
                by_graph[graph] = (described + nquads, [])
            else:
                by_graph[graph] = (nquads, rows)  # an article given twice: the last copy wins, as in a local build
    out = Path(parts_dir)
    out.mkdir(parents=True, exist_ok=True)
    nq_path, facts_path = out / f"part-{name}.nq", out / f"part-{name}.facts.parquet"
    write_atomic(nq_path, lambda tmp: tmp.write_bytes(b"".join(nq for nq, _ in by_graph.values())))
    _write_facts(facts_path, [row for _, rows in by_graph.values() for row in rows])
    return PartResult(
        index=shard.index,
        name=name,
        nquads=str(nq_path),
        facts=str(facts_path),
        graphs=tuple(by_graph),
        stored=stored,
        bad=bad,
    )
