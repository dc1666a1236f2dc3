"""A grammar-based fuzzer for the SPARQL guard.

Each generated text is valid SPARQL 1.1 (a query or an update) with exactly one
construct that would reach outside the store or change it (SERVICE, FROM /
FROM NAMED, LOAD, an update), placed at a random depth inside OPTIONAL, UNION,
MINUS, GRAPH, EXISTS or a subquery, spelled in random case, with codepoint
escapes, prefixed names, base-relative IRIs, comments (some saying SERVICE as a
decoy) and random spacing.  The guard must refuse every one with E203; a
sample goes through real evaluation with 0 requests to a recorder; and the same
spellings of harmless queries must pass the guard and run in Oxigraph.
"""

from __future__ import annotations

import os

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmkg.core.errors import CmkgError, E
from cmkg.graph.sparql import run_query
from cmkg.graph.sparql_guard import check
from cmkg.graph.store import open_store

PORT = 9  # never contacted: the sample through evaluation uses the recorder's port instead
CASES = int(os.environ.get("CMKG_FUZZ_CASES", "5000"))
SLOW = settings(max_examples=CASES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)

ws = st.sampled_from([" ", "  ", "\t", "\n", "\r\n", " # a comment\n", "\n# SERVICE <http://x/> { } LOAD\n", " #\r"])


@st.composite
def keyword(draw, word: str) -> str:
    """``word`` in random case, perhaps with one letter as a \\u or \\U escape."""
    letters = [c.upper() if draw(st.booleans()) else c.lower() for c in word]
    if draw(st.integers(0, 3)) == 0:
        i = draw(st.integers(0, len(word) - 1))
        letters[i] = draw(st.sampled_from([f"\\u{ord(letters[i]):04X}", f"\\U{ord(letters[i]):08x}"]))
    return "".join(letters)


@st.composite
def target(draw, base: str) -> tuple[str, str]:
    """(prologue, target): an IRI, a prefixed name, a base-relative IRI or a variable."""
    kind = draw(st.sampled_from(["iri", "pname", "empty-pname", "relative", "escaped-iri"]))
    path = draw(st.sampled_from(["sparql", "x", "a/b", "q%20", ""]))
    if kind == "iri":
        return "", f"<{base}{path}>"
    if kind == "escaped-iri":
        return "", f"<{base}\\u0078{path}>"
    if kind == "pname":
        return f"PREFIX evil: <{base}>\n", f"evil:{path.replace('/', '_').replace('%20', 'z')}"
    if kind == "empty-pname":
        return f"PREFIX : <{base}>\n", f":{path.replace('/', '_').replace('%20', 'z')}"
    return f"BASE <{base}>\n", f"<{path}>"


@st.composite
def nest(draw, inner: str) -> str:
    """``inner`` wrapped in 0-5 random group patterns."""
    for _ in range(draw(st.integers(0, 5))):
        w = draw(ws)
        inner = draw(
            st.sampled_from(
                [
                    f"OPTIONAL{w}{{ {inner} }}",
                    f"{{ {inner} }}{w}UNION{w}{{ ?s ?p ?o }}",
                    f"{{ ?s ?p ?o }} UNION {{{w}{inner} }}",
                    f"?s ?p ?o{w}MINUS {{ {inner} }}",
                    f"GRAPH ?g{w}{{ {inner} }}",
                    f"FILTER{w}EXISTS {{ {inner} }}",
                    f"FILTER NOT EXISTS{w}{{ {inner} }}",
                    f"{{ SELECT * WHERE {{{w}{inner} }} }}",
                    f"{{{w}{inner}{w}}}",
                    f"?s ?p ?o .{w}{inner}",
                ]
            )
        )
    return inner


@st.composite
def service_query(draw, base: str) -> str:
    prologue, tgt = draw(target(base))
    silent = f"{draw(keyword('SILENT'))}{draw(ws)}" if draw(st.booleans()) else ""
    gap = draw(st.sampled_from(["", " ", "\n"])) if tgt.startswith("<") else draw(ws)
    service = f"{draw(keyword('SERVICE'))}{draw(ws)}{silent}{tgt}{gap}{{ ?a ?b ?c }}"
    if draw(st.booleans()):
        service = f"BIND({tgt} AS ?svc){draw(ws)}{draw(keyword('SERVICE'))} ?svc {{ ?a ?b ?c }}"
        service = (
            service if tgt.startswith("<") else f"{tgt} ?p ?o . " + service.replace(f"BIND({tgt} AS", "BIND(?s AS")
        )
    body = draw(nest(service))
    form = draw(st.sampled_from(["SELECT *", "ASK", "CONSTRUCT { ?a ?b ?c }", "SELECT (COUNT(*) AS ?n)"]))
    where = f"{draw(keyword('WHERE'))}{draw(ws)}" if not form.startswith("ASK") else ""
    return f"{prologue}{form}{draw(ws)}{where}{{{draw(ws)}{body}{draw(ws)}}}"


@st.composite
def from_query(draw, base: str) -> str:
    prologue, tgt = draw(target(base))
    named = f"{draw(ws)}{draw(keyword('NAMED'))}" if draw(st.booleans()) else ""
    gap = draw(st.sampled_from(["", " "])) if tgt.startswith("<") else " "
    clause = f"{draw(keyword('FROM'))}{named}{gap}{tgt}"
    form = draw(st.sampled_from(["SELECT *", "ASK", "CONSTRUCT { ?s ?p ?o }", "DESCRIBE ?s"]))
    body = draw(nest("?s ?p ?o"))
    return f"{prologue}{form}{draw(ws)}{clause}{draw(ws)}WHERE {{ {body} }}"


@st.composite
def update(draw, base: str) -> str:
    prologue, tgt = draw(target(base))
    w = draw(ws)
    ops = [
        f"{draw(keyword('LOAD'))}{w}{tgt}",
        f"LOAD SILENT {tgt}{w}INTO GRAPH <urn:g>",
        f"{draw(keyword('INSERT'))} {draw(keyword('DATA'))}{w}{{ <urn:a> <urn:b> <urn:c> }}",
        "DELETE DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
        f"{draw(keyword('DELETE'))}{w}WHERE {{ ?s ?p ?o{w}. GRAPH ?g {{ ?s ?p ?o }} }}",
        f"{draw(keyword('DROP'))}{w}{draw(st.sampled_from(['ALL', 'DEFAULT', 'NAMED', 'SILENT GRAPH <urn:g>']))}",
        f"{draw(keyword('CLEAR'))} GRAPH {tgt}",
        f"{draw(keyword('CREATE'))} SILENT GRAPH {tgt}",
        f"{draw(keyword('ADD'))} DEFAULT TO {tgt}",
        f"{draw(keyword('MOVE'))} {tgt} TO DEFAULT",
        f"{draw(keyword('COPY'))} DEFAULT TO GRAPH <urn:h>",
        f"{draw(keyword('WITH'))} <urn:g> DELETE {{ ?s ?p ?o }} INSERT {{ ?s ?p 1 }} WHERE {{ ?s ?p ?o }}",
        f"INSERT {{ ?s ?p ?o }} {draw(keyword('USING'))} {tgt} WHERE {{ {draw(nest('?s ?p ?o'))} }}",
    ]
    chosen = draw(st.lists(st.sampled_from(ops), min_size=1, max_size=3))
    return prologue + f" ;{draw(ws)}".join(chosen)


def hostile(base: str):
    return st.one_of(service_query(base), from_query(base), update(base))


@pytest.mark.slow
@SLOW
@given(hostile(f"http://127.0.0.1:{PORT}/"))
def test_the_guard_refuses_every_generated_attack(text):
    with pytest.raises(CmkgError) as info:
        check(text)
    assert info.value.code == E.FORBIDDEN_QUERY, f"{info.value} for {text!r}"


@pytest.fixture(scope="module")
def store():
    st_ = open_store(":memory:")
    st_.add_quads([ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c"))])
    return st_


def test_a_sample_through_real_evaluation_fetches_nothing(store, recorder):
    base = f"http://127.0.0.1:{recorder.server_port}/"

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(hostile(base))
    def attack(text):
        with pytest.raises(CmkgError) as info:
            run_query(store, text, timeout=20)
        assert info.value.code == E.FORBIDDEN_QUERY

    attack()
    assert recorder.hits == []


@st.composite
def harmless(draw) -> str:
    body = draw(nest(f"?s{draw(ws)}?p ?o"))
    where = draw(keyword("WHERE"))
    decoy = draw(st.sampled_from(["", '"SERVICE <http://x/> { }"', "'FROM <http://x/>'", '"""LOAD\n<http://x/>"""']))
    filt = f"FILTER(?o != {decoy})" if decoy else ""
    return f"{draw(keyword('SELECT'))} *{draw(ws)}{where}{draw(ws)}{{ {body} {filt} }}"


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(harmless())
def test_the_same_spellings_of_harmless_queries_pass_and_run(store, text):
    checked = check(text)
    store.execute(checked.text)  # Oxigraph reads the checked text without a syntax error
