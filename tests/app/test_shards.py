"""Partition planning, shard reading, Parquet corpora and the fact table: no cluster needed."""

from __future__ import annotations

import json
import pickle

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cmkg.app.engines.shards import Shard, plan_shards, read_shard
from cmkg.core.errors import E, IngestError
from cmkg.nlp.ingest import iter_articles

TEXT = "Japan and Australia signed a critical minerals partnership on lithium. " * 3


def write_jsonl(path, n, bad=()):
    with path.open("w", encoding="utf-8") as fh:
        for i in range(1, n + 1):
            if i in bad:
                fh.write("{broken\n")
            else:
                fh.write(json.dumps({"id": f"r{i}", "title": f"Story {i}", "text": TEXT + f" Item {i}."}) + "\n")


def sources(items):
    return [x.source if not isinstance(x, IngestError) else f"{x.code}@{x.line}" for x in items]


@pytest.mark.parametrize(
    "target, firsts",
    [
        (10**9, [1]),  # one shard
        (1, list(range(1, 11))),  # one line each
        (500, [1, 3, 5, 8, 10]),  # ~260-byte lines: a range ends on the line that reaches 500 bytes (line 5 is short)
    ],
)
def test_jsonl_shards_cover_every_line_once(tmp_path, target, firsts):
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, 10, bad={5})
    plan = plan_shards([str(corpus)], target)
    assert [s.first_line for s in plan] == firsts
    assert sum(s.records for s in plan) == 10
    assert sum(s.stop - s.start for s in plan) == corpus.stat().st_size
    # read shard by shard, the records and the bad line come out as a whole-file read gives them
    pieces = [item for shard in plan for item in read_shard(shard)[1]]
    assert sources(pieces) == sources(iter_articles([corpus]))
    assert "E007@5" in sources(pieces)


def test_shard_name_is_a_content_hash(tmp_path):
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, 6)
    names = [read_shard(s)[0] for s in plan_shards([str(corpus)], 300)]
    assert names == [read_shard(s)[0] for s in plan_shards([str(corpus)], 300)]  # a re-run: the same names
    assert len(set(names)) == len(names)
    corpus.write_text(corpus.read_text().replace("Item 1.", "Item one."), encoding="utf-8")
    changed = [read_shard(s)[0] for s in plan_shards([str(corpus)], 300)]
    assert changed[0] != names[0] and changed[1:] == names[1:]  # only the edited shard gets a new name


def test_plan_keeps_input_order_and_errors(tmp_path):
    d = tmp_path / "dir"
    d.mkdir()
    for i in range(3):
        (d / f"{i}.txt").write_text(f"Title {i}\n\n{TEXT}", encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, 2)
    plan = plan_shards([str(d), str(tmp_path / "missing.txt"), str(corpus)], 10**9)
    kinds = [p.code if isinstance(p, IngestError) else p.kind for p in plan]
    assert kinds == ["files", E.NOT_FOUND, "jsonl"]
    assert [p.index for p in plan if isinstance(p, Shard)] == [0, 2]
    assert len(plan[0].files) == 3


def write_parquet(path, rows, row_group_size):
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)


def test_parquet_corpus_rows_numbered_over_the_file(tmp_path):
    rows = [
        {"id": f"p{i}", "title": f"P {i}", "text": TEXT, "published": "2026-01-0" + str(i % 9 + 1)} for i in range(7)
    ]
    rows[4]["text"] = ""
    corpus = tmp_path / "c.parquet"
    write_parquet(corpus, rows, row_group_size=2)
    whole = list(iter_articles([corpus]))
    assert [e.line for e in whole if isinstance(e, IngestError)] == [5]
    assert whole[0].source == f"{corpus}#p0" and whole[0].published == "2026-01-01"
    plan = plan_shards([str(corpus)], 1)
    assert [s.row_groups for s in plan] == [(0,), (1,), (2,), (3,)]
    assert sources(item for s in plan for item in read_shard(s)[1]) == sources(whole)


@pytest.mark.parametrize("data", [b"", b"PAR1 not really parquet", b"\x00" * 64])
def test_damaged_parquet_is_one_coded_error(tmp_path, data):
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(data)
    (item,) = list(iter_articles([bad]))
    assert isinstance(item, IngestError) and item.code == E.BAD_PARQUET and str(bad) in str(item)
    assert isinstance(plan_shards([str(bad)])[0], IngestError)


@pytest.mark.parametrize(
    "err", [IngestError(E.BAD_JSONL, "c.jsonl", "invalid JSON", 7), IngestError(E.NOT_FOUND, "x.txt", "no such file")]
)
def test_errors_survive_pickling(err):
    again = pickle.loads(pickle.dumps(err))
    assert (type(again), str(again), again.path, again.line, again.code) == (
        IngestError,
        str(err),
        err.path,
        err.line,
        err.code,
    )
