"""What the commands print: deals in three views of one set of rows, tables that fit, help, version, export."""

from __future__ import annotations

import csv
import io
import json
import os
import re

import pytest

from tests.app.conftest import run
from tests.conftest import DEV, SEED


def _env(columns: int) -> dict:
    return {**os.environ, "COLUMNS": str(columns)}


def test_deals_json_csv_and_table_come_from_the_same_rows(seed_store):
    rows = json.loads(run("deals", "--format", "json", "--store", seed_store).stdout)
    table = list(csv.DictReader(io.StringIO(run("deals", "--format", "csv", "--store", seed_store).stdout)))
    text = run("deals", "--store", seed_store, env=_env(200)).stdout
    assert [r["partner"] for r in rows] == [r["partner"] for r in table]
    assert all(f"({r['partner']})" in text for r in rows)
    flat = set(rows[0]) - {"evidence"} | {"sentence", "article", "url"}
    assert set(table[0]) == flat  # every JSON field has its CSV column
    for j, c in zip(rows, table, strict=True):
        assert c["core"] == ("true" if j["core"] else "false")  # not Python's True
        assert c["evidence_count"] == str(j["evidence_count"])
        assert c["agreements"] == "; ".join(a["label"] for a in j["agreements"])
        assert c["sentence"] == j["evidence"][0]["sentence"]
        assert c["article"] == j["evidence"][0]["article"]


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_the_deals_table_fits_the_terminal_and_marks_borderline_partners(seed_store, columns):
    out = run("deals", "--with", "US", "--store", seed_store, env=_env(columns))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    china = next(i for i, line in enumerate(lines) if "China" in line)
    assert "[borderline]" in " ".join(lines[china : china + 3])  # the marker survives rich markup
    # nothing is cut: every word of the truce sentence is printed (wrapped, not truncated)
    words = re.findall(r"\w+", out.stdout)
    assert {"reprieve", "curbs", "Trump"} <= set(words)


def test_sparql_tables_wrap_long_values(seed_store):
    q = "SELECT ?s WHERE { ?e cmkg:sentence ?s } LIMIT 3"
    out = run("sparql", q, "--store", seed_store, env=_env(70))
    assert out.returncode == 0, out.stderr
    assert max(len(line) for line in out.stdout.splitlines()) <= 70
    assert "(3 rows)" in out.stdout


def test_one_row_per_country_without_distinct(seed_store):
    q = "SELECT ?label WHERE { ?c a cmkg:Country ; rdfs:label ?label }"
    out = run("sparql", q, "--format", "csv", "--store", seed_store)
    labels = out.stdout.splitlines()[1:]
    assert len(labels) == len(set(labels)) and "Japan" in labels


def test_version(seed_store):
    from importlib.metadata import version

    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"cmkg {version('cmkg')}"


def test_export_to_standard_output(seed_store):
    import pyoxigraph as ox

    out = run("export", "--format", "nt", "--out", "-", "--store", seed_store)
    assert out.returncode == 0, out.stderr
    triples = list(ox.parse(out.stdout.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    assert len(triples) > 500 and not os.path.exists("-")


HELP = [
    ("deals", ["signed, announced, existing, planned, negotiating, lapsed", "table, json, csv", "COUNTRY"]),
    ("sparql", ["deals_with", "export_controls", "table, json, csv, tsv", "NAME=VALUE", '"gallium"@en']),
    ("export", ["turtle, trig, nquads, nt, jsonld, graphml, html", "standard output"]),
    ("build", ["PATH"]),
    ("extract", ["PATH"]),
    ("eval", ["GOLD_DIR"]),
    ("validate", []),
    ("serve", ["SECONDS"]),
    ("import", ["FILE"]),
]


@pytest.mark.parametrize(("command", "words"), HELP)
def test_help_lists_values_and_gives_an_example(command, words):
    out = run(command, "--help", env=_env(200))
    assert out.returncode == 0
    text = " ".join(out.stdout.split())
    assert f"Example: cmkg {command}" in text
    for w in words:
        assert w in text
    assert not re.search(r"<(str|bool|float|int|path|list\[str\])>", out.stdout)  # readable metavars
    if "--store" in text:
        assert "URL of a SPARQL 1.1 server" in text
    if "--timeout" in text:
        assert "--timeout SECONDS Stop a query" in text


@pytest.mark.slow
def test_eval_prints_sets_readably_and_fails_on_bad_inputs(tmp_path):
    arts, gold = tmp_path / "articles", tmp_path / "gold"
    arts.mkdir()
    gold.mkdir()
    (arts / "seed.txt").write_bytes(SEED.read_bytes())
    (arts / "empty.txt").write_bytes(b"")
    sheet = {"countries": ["USA"], "agreements": [{"parties": ["USA", "NZL"], "status": "signed"}]}
    (gold / "seed.json").write_text(json.dumps(sheet), encoding="utf-8")
    (gold / "missing.json").write_text(json.dumps(sheet), encoding="utf-8")
    out = run("eval", str(gold), str(arts))
    assert out.returncode == 1
    assert "frozenset" not in out.stdout and "NZL+USA" in out.stdout
    assert "95% interval" in out.stdout.splitlines()[0]
    assert "[E001]" in out.stderr and "empty.txt" in out.stderr
    assert "[E224]" in out.stderr and "missing.json" in out.stderr
    js = run("eval", str(gold), str(arts), "--json")
    assert "frozenset" not in js.stdout and js.returncode == 1
    assert json.loads(js.stdout)["fields"]["agreements"]["interval"] == [0.0, 0.0]  # one article, its pair missed


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus not found")
def test_dev_corpus_deals_fit_80_columns(tmp_path):
    store = str(tmp_path / "dev")
    assert run("build", str(DEV / "articles"), "--store", store).returncode == 0
    out = run("deals", "--with", "US", "--store", store, env=_env(80))
    assert out.returncode == 0, out.stderr
    assert max(len(line) for line in out.stdout.splitlines()) <= 80
    rows = json.loads(run("deals", "--with", "US", "--format", "json", "--store", store).stdout)
    borderline = [r["label"] for r in rows if not r["core"]]
    assert borderline and out.stdout.count("[borderline]") == len(borderline) + 1  # each, and the caption
    labels = [a["label"] for r in rows for a in r["agreements"]]
    assert not any(label.startswith("Mou:") for label in labels)
