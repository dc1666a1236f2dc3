"""Build and extract beside bad inputs: one coded line per bad input, exit 1, the good file stored."""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmkg.app.cli import app
from cmkg.graph.sparql import run_query
from cmkg.graph.store import open_store
from tests.conftest import SEED

LONG_BODY = ("Lithium talks went on. " * 48_000).strip()  # ~1.1 million characters, under the 5 MB file limit


def _jsonl(line: str):
    return lambda d: (d / "corpus.jsonl").write_text(line + "\n", encoding="utf-8")


def _loop(d: Path) -> None:
    (d / "sub").mkdir()
    (d / "sub" / "loop").symlink_to(d, target_is_directory=True)


BAD = {
    "over-spacy-max-length": ("E004", lambda d: (d / "long.txt").write_text(f"Long\nSource: x\n\n{LONG_BODY}\n")),
    "published-is-a-dict": ("E010", _jsonl('{"id": "a", "title": "T", "published": {"y": 1}, "text": "Words here."}')),
    "title-is-a-number": ("E010", _jsonl('{"id": "a", "title": 7, "text": "Words here."}')),
    "url-is-a-list": ("E010", _jsonl('{"id": "a", "title": "T", "url": ["x"], "text": "Words here."}')),
    "lone-surrogate": ("E010", _jsonl('{"id": "a", "title": "T", "text": "Lithium \\ud800 deal."}')),
    "deeply-nested-json": ("E007", _jsonl('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}")),
    "symlink-loop": ("E012", _loop),
    "dangling-symlink": ("E012", lambda d: (d / "gone.txt").symlink_to(d / "missing.txt")),
    "unreadable-subdirectory": ("E011", lambda d: (d / "locked").mkdir()),
    "extraction-crashes": ("E013", lambda d: (d / "boom.txt").write_text("BOOM\nSource: x\n\nLithium deal signed.\n")),
}


@pytest.fixture()
def hostile_fs(monkeypatch):
    """Root reads any directory, so 'unreadable' is simulated where os.walk lists it.

    One title makes extraction fail, standing for any bug a strange article could trigger.
    """
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    import cmkg.nlp.extract as extract_module

    real_build = extract_module.build_fact_sheet

    def build(article, doc):
        if article.title == "BOOM":
            raise RuntimeError("a rule blew up")
        return real_build(article, doc)

    monkeypatch.setattr(extract_module, "build_fact_sheet", build)


def _corpus(tmp_path: Path, make) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    make(d)
    return d


def _error_lines(output: str) -> list[str]:
    return [ln for ln in output.splitlines() if ln.startswith("cmkg: error:")]


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_build_stores_the_good_file_and_reports_one_line(tmp_path, case, hostile_fs):
    code, make = BAD[case]
    d = _corpus(tmp_path, make)
    result = CliRunner().invoke(app, ["build", str(d), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1, result.output
    lines = _error_lines(result.output)
    assert len(lines) == 1 and f"[{code}]" in lines[0], result.output
    assert "Traceback" not in result.output
    del result  # its traceback holds the build's open store
    gc.collect()
    st = open_store(tmp_path / "store", read_only=True)
    rows = run_query(st, "SELECT ?t WHERE { ?a a schema:NewsArticle ; schema:headline ?t }").rows
    titles = [r["t"].value for r in rows]
    assert len(titles) == 1, titles


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_extract_writes_the_good_file_and_reports_one_line(tmp_path, case, hostile_fs):
    code, make = BAD[case]
    d = _corpus(tmp_path, make)
    result = CliRunner().invoke(app, ["extract", str(d), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    lines = _error_lines(result.output)
    assert len(lines) == 1 and f"[{code}]" in lines[0], result.output
    assert [p.name for p in (tmp_path / "out").glob("*.json")] == ["good.json"]


def test_utf16_with_a_bom_is_read(tmp_path):
    d = _corpus(tmp_path, lambda d: (d / "wide.txt").write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16")))
    result = CliRunner().invoke(app, ["extract", str(d), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    sheets = {p.name: json.loads(p.read_text()) for p in (tmp_path / "out").glob("*.json")}
    assert set(sheets) == {"good.json", "wide.json"}
    assert sheets["wide.json"]["countries"] == sheets["good.json"]["countries"]


def test_a_flood_of_bad_records_prints_a_capped_report(tmp_path):
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text("not json\n" * 5000, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(corpus)])
    assert result.exit_code == 1
    from cmkg.app.cli.common import MAX_ERROR_LINES

    assert len(_error_lines(result.output)) == MAX_ERROR_LINES
    assert "4,950 more" in result.output and len(result.output) < 20_000
