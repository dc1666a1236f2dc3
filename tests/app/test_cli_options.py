"""Every option is checked against its allowed values, with "did you mean"; SPARQL errors in words."""

from __future__ import annotations

import pytest

from tests.app.conftest import run

CASES = [
    # (arguments, error code, words the one error line must contain)
    (["deals", "--status", "bogus"], "E220", ["--status 'bogus'", "signed", "announced", "lapsed"]),
    (["deals", "--status", "signd"], "E220", ["did you mean 'signed'"]),
    (["deals", "--format", "xml"], "E220", ["--format 'xml'", "table, json, csv"]),
    (["deals", "--format", "jsn"], "E220", ["did you mean 'json'"]),
    (["deals", "--with", "Narnia"], "E206", ["'Narnia' is not a country"]),
    (["sparql", "deals_wth"], "E221", ["no stored query named 'deals_wth'", "did you mean 'deals_with'"]),
    (["sparql", "deals_with", "--bind", "cuntry=US"], "E222", ["?cuntry", "did you mean 'country'"]),
    (["sparql", "deals_with", "--bind", "country=Narnia"], "E206", ["'Narnia' is not a country"]),
    (["sparql", "deals_with", "--bind", "country"], "E223", ["not name=value"]),
    (["sparql", "deals_with", "--format", "xml"], "E220", ["table, json, csv, tsv"]),
    (["export", "--format", "turtl", "--out", "-"], "E220", ["did you mean 'turtle'"]),
]


@pytest.mark.parametrize(("args", "code", "words"), CASES)
def test_bad_option_values_are_refused_with_a_suggestion(seed_store, args, code, words):
    out = run(*args, "--store", seed_store)
    assert out.returncode != 0
    assert out.stdout == ""
    line = out.stderr.strip().splitlines()[0]
    assert f"[{code}]" in line
    for w in words:
        assert w in line


def test_the_same_country_error_for_deals_and_bind(seed_store):
    a = run("deals", "--with", "Narnia", "--store", seed_store).stderr.strip()
    b = run("sparql", "deals_with", "--bind", "country=Narnia", "--store", seed_store).stderr.strip()
    assert a == b


SYNTAX = [
    # (query, line, column, plain words, caret column in the excerpt)
    ("SELEC ?x WHERE { ?x ?y ?z }", 1, 1, "'SELEC' is not a SPARQL keyword (did you mean SELECT?)", 1),
    ("SELECT ?x WHERE { ?x ?y ?z } ORDERBY ?x", 1, 30, "'ORDERBY' should be two words: ORDER BY", 30),
    ("SELECT ?x WHERE {\n  ?x ?y ?z FILTR(?x) }", 2, 12, "'FILTR' is not a SPARQL keyword (did you mean FILTER?)", 12),
    ("SELECT ?x WHERE { ?x foo:bar ?z }", 1, 22, "unknown prefix 'foo:'", 22),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT x", 1, 35, "found 'x'; expected", 35),
]


@pytest.mark.parametrize(("query", "line", "col", "words", "caret"), SYNTAX)
def test_syntax_errors_in_plain_words_with_a_caret(seed_store, query, line, col, words, caret):
    out = run("sparql", query, "--store", seed_store)
    assert out.returncode != 0
    lines = out.stderr.rstrip("\n").splitlines()
    assert lines[0].startswith("cmkg: error: [E202]")
    assert f"line {line}, column {col}" in lines[0] and words in lines[0]
    assert "\\u{" not in out.stderr and "[_]" not in out.stderr  # no grammar internals
    shown, mark = lines[1], lines[2]
    assert shown.strip() == query.split("\n")[line - 1].strip()
    assert mark.index("^") - 2 == caret - 1 and mark.strip() == "^"


def test_glued_keyword_inside_a_string_is_not_an_error(seed_store):
    q = 'SELECT ?x WHERE { ?x ?p "ORDERBY" } ORDER BY ?x'
    out = run("sparql", q, "--store", seed_store)
    assert out.returncode == 0, out.stderr
