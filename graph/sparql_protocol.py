"""Answer one SPARQL Protocol query for ``cmkg serve``: negotiate, check, evaluate in a child.

The front server used to proxy to ``oxigraph serve-read-only``, whose
``--timeout-s`` answered 504 while the query kept burning a core, and which a
nested-brace query killed for good.  Now each query is checked and evaluated
in a forked child of the front server (``cmkg.graph.sparql_sandbox``): no
network, killed at the deadline, and a crash costs only that answer.  The
whole answer is serialised before a status is sent, so a failure is an error
status, never a truncated 200.
"""

from __future__ import annotations

import threading
from typing import Any

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.graph import sparql_guard, sparql_sandbox
from cmkg.graph.sparql import evaluate_checked, forkable

__all__ = ["answer", "negotiate", "STATUS", "EvaluationSlots"]

_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPHS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
STATUS = {
    E.FORBIDDEN_QUERY: 403,
    E.BAD_QUERY: 400,
    E.QUERY_TOO_LARGE: 400,
    E.QUERY_TOO_DEEP: 400,
    E.BAD_BINDING: 400,
    E.QUERY_TIMEOUT: 504,
    E.QUERY_CRASHED: 500,
    E.BUSY: 503,
    E.NOT_ACCEPTABLE: 406,
}


def _ranges(accept: str) -> list[str]:
    """Media ranges of an Accept header, best first (stable for equal q), q=0 dropped."""
    ranked = []
    for n, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        q = 1.0
        for p in parts[1:]:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if parts[0] and q > 0:
            ranked.append((-q, n, parts[0].lower()))
    return [r for _, _, r in sorted(ranked)]


def negotiate(accept: str | None, kind: str) -> tuple[str, Any]:
    """(content type, pyoxigraph format) for a result of ``kind`` under ``accept``."""
    table = _GRAPHS if kind == "graph" else _RESULTS
    default = next(iter(table.items()))
    if not accept:
        return default
    for wanted in _ranges(accept):
        if wanted in ("*/*", "*"):
            return default
        if wanted.endswith("/*"):
            found = next(((m, f) for m, f in table.items() if m.startswith(wanted[:-1])), None)
        else:
            found = (wanted, table[wanted]) if wanted in table else None
        if found:
            return found
    raise CmkgError(E.NOT_ACCEPTABLE, f"cannot answer a {kind} query as {accept}; try {', '.join(table)}")


def _in_child(store: Any, text: str, accept: str | None) -> tuple[str, bytes]:
    checked = sparql_guard.check(text)
    ctype, fmt = negotiate(accept, checked.kind)
    res = evaluate_checked(store, checked)
    try:
        body = res.serialize(format=fmt) or b""
    except Exception as exc:
        raise CmkgError(E.BAD_QUERY, f"query failed: {exc}") from None
    charset = "; charset=utf-8" if ctype.startswith("text/") or "json" in ctype or "xml" in ctype else ""
    return ctype + charset, body


class EvaluationSlots:
    """At most ``n`` query children at once; a request waits up to three timeouts for a slot, then gets 503."""

    def __init__(self, n: int) -> None:
        self._slots = threading.BoundedSemaphore(n)
        sparql_guard.warm_up()

    def run(self, store: Any, text: str, accept: str | None, timeout: float) -> tuple[str, bytes]:
        if not self._slots.acquire(timeout=3 * timeout):
            raise CmkgError(E.BUSY, "every query slot is busy; try again in a moment")
        try:
            if forkable(store):
                return sparql_sandbox.run_isolated(_in_child, (store, text, accept), timeout)
            return _in_child(store, text, accept)
        finally:
            self._slots.release()


def answer(slots: EvaluationSlots, store: Any, text: str, accept: str | None, timeout: float) -> tuple[int, str, bytes]:
    """(HTTP status, content type, body) for one query."""
    try:
        ctype, body = slots.run(store, text, accept, timeout)
    except CmkgError as err:
        return STATUS.get(err.code, 500), "text/plain; charset=utf-8", (str(err) + "\n").encode("utf-8")
    return 200, ctype, body
