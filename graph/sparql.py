"""Safe SPARQL for untrusted queries.

Security behaviour lives here and in two helpers:

* ``cmkg.graph.sparql_guard`` parses every query with a SPARQL 1.1 grammar
  and refuses ``SERVICE``, ``LOAD``, ``FROM`` / ``FROM NAMED`` and every
  update form wherever they occur; bindings are written into the text before
  that check, so the checked text is the text that runs;
* ``cmkg.graph.sparql_sandbox`` checks and evaluates the query in a forked
  child without network that is killed at the deadline, so a timeout stops
  the work and a crash costs one answer.

A store behind a SPARQL server URL is queried over HTTP from this process
(the guard still runs first); without ``fork`` (Windows) evaluation runs in a
worker thread that is abandoned at the deadline.  See SECURITY.md.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.graph import sparql_guard, sparql_sandbox
from cmkg.graph.store.base import RejectedQuery
from cmkg.graph.store_errors import STORE_FAILURES, translate_store_error

if TYPE_CHECKING:
    from cmkg.graph.store import Store

__all__ = [
    "check_query",
    "bind_values",
    "run_query",
    "evaluate_checked",
    "forkable",
    "QueryResult",
    "DEFAULT_TIMEOUT",
]

DEFAULT_TIMEOUT = 10.0


@dataclass
class QueryResult:
    kind: str  # "select", "ask", "graph"
    variables: list[str]
    rows: list[dict[str, Any]]
    boolean: bool | None = None
    triples: list[Any] | None = None
    raw: Any = None


def check_query(query: str) -> str:
    """The text that will run for ``query`` (cmkg's prefixes first), or a CmkgError."""
    return sparql_guard.check(query).text


def bind_values(query: str, bindings: dict[str, Any]) -> str:
    """``query`` with ``VALUES`` for ``bindings`` first in its outermost WHERE group, checked (prologue not added).

    Unlike pyoxigraph substitutions, this needs no projected variable, keeps
    ``BOUND(?x)`` meaningful for optional parameters, and reads the same on a
    remote SPARQL server.
    """
    if not bindings:
        return query
    checked = sparql_guard.check(query, bindings)
    return checked.text.split("\n", checked.offset_lines)[-1] if checked.offset_lines else checked.text


def evaluate_checked(store: Store, checked: sparql_guard.CheckedQuery) -> Any:
    """Run a checked query on ``store``; Oxigraph's errors become coded CmkgErrors."""
    try:
        return store.execute(checked.text)
    except (SyntaxError, RejectedQuery) as exc:  # pyoxigraph's parser, or a server's 400
        from cmkg.graph.sparql_errors import syntax_error

        user_text = "\n".join(checked.text.split("\n")[checked.offset_lines :])
        raise syntax_error(user_text, str(exc), checked.offset_lines) from None
    except CmkgError:
        raise
    except STORE_FAILURES as exc:
        if "Corruption" in str(exc) or isinstance(exc, OSError):
            raise translate_store_error(exc, store.location) from None
        raise CmkgError(E.BAD_QUERY, f"query failed: {exc}") from None
    except Exception as exc:
        raise CmkgError(E.BAD_QUERY, f"query failed: {exc}") from None


def _encode(res: Any, kind: str) -> bytes:
    if kind == "graph":
        return res.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
    return res.serialize(format=ox.QueryResultsFormat.JSON) or b""


def _decode(data: bytes, kind: str) -> QueryResult:
    if kind == "graph":
        return QueryResult("graph", [], [], triples=list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)))
    res = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    if isinstance(res, ox.QueryBoolean):
        return QueryResult("ask", [], [], boolean=bool(res))
    variables = [v.value for v in res.variables]
    return QueryResult("select", variables, [{v: sol[v] for v in variables} for sol in res])


def forkable(store: Store) -> bool:
    """Whether a forked child may query ``store`` through the handle it inherits.

    An in-memory store or a read-only RocksDB has no background threads; a
    read-write RocksDB has flush and compaction threads that may hold a lock at
    ``fork`` time (the child would wait forever), and a second read-only handle
    races with their compactions.  Untrusted queries always come through
    read-only stores (CLI, API by path, ``cmkg serve``).
    """
    if not sparql_sandbox.can_fork() or not hasattr(store, "ox"):
        return False
    return getattr(store, "location", None) == ":memory:" or bool(getattr(store, "read_only", False))


def _result(res: Any) -> QueryResult:
    """A QueryResult from what a store's ``execute`` returned (pyoxigraph results, or a remote store's lists)."""
    if isinstance(res, ox.QuerySolutions):
        variables = [v.value for v in res.variables]
        return QueryResult("select", variables, [{v: sol[v] for v in variables} for sol in res])
    if isinstance(res, ox.QueryBoolean):
        return QueryResult("ask", [], [], boolean=bool(res))
    return QueryResult("graph", [], [], triples=list(res))


def _in_child(store: Store, query: str, bindings: dict[str, Any]) -> tuple[str, bytes]:
    checked = sparql_guard.check(query, bindings)
    return checked.kind, _encode(evaluate_checked(store, checked), checked.kind)


def _in_thread(store: Store, query: str, bindings: dict[str, Any], timeout: float) -> QueryResult:
    checked = sparql_guard.check(query, bindings)
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = _result(evaluate_checked(store, checked))
        except CmkgError as exc:
            box["error"] = exc

    worker = threading.Thread(target=work, daemon=True, name="cmkg-sparql")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise CmkgError(E.QUERY_TIMEOUT, f"query stopped after the {timeout:g} s timeout; narrow it or raise --timeout")
    if "error" in box:
        raise box["error"]
    return box["result"]


@lru_cache(maxsize=1)
def _warm() -> None:
    sparql_guard.warm_up()


def run_query(
    store: Store, query: str, *, bindings: dict[str, Any] | None = None, timeout: float = DEFAULT_TIMEOUT
) -> QueryResult:
    """Check and evaluate ``query``: in a killable child without network where the store allows (``forkable``)."""
    if forkable(store):
        _warm()
        kind, data = sparql_sandbox.run_isolated(_in_child, (store, query, bindings or {}), timeout)
        return _decode(data, kind)
    return _in_thread(store, query, bindings or {}, timeout)
