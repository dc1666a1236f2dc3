"""Safe SPARQL for untrusted queries.

Security behaviour lives here.  A user query is checked before it runs:

* ``SERVICE``, ``LOAD``, ``FROM`` / ``FROM NAMED`` and every update form are
  refused, because Oxigraph (like rdflib) would fetch remote URLs for them and
  Python audit hooks cannot see that traffic;
* the query must parse as a query (SELECT, ASK, CONSTRUCT, DESCRIBE); syntax
  errors are reported with line and column;
* evaluation runs in a worker thread and is abandoned after ``timeout``
  seconds with a clear error (Oxigraph releases the GIL, so the caller wakes
  on time; the command line then exits the process, which stops the work).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.graph.store.base import RejectedQuery
from cmkg.graph.vocab import PREFIXES

if TYPE_CHECKING:
    from cmkg.graph.store import Store

__all__ = [
    "FORBIDDEN",
    "check_query",
    "bind_values",
    "relocate_syntax_error",
    "run_query",
    "QueryResult",
    "DEFAULT_TIMEOUT",
]

FORBIDDEN = (
    "SERVICE",
    "LOAD",
    "FROM",
    "INSERT",
    "DELETE",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "WITH",
    "USING",
)
DEFAULT_TIMEOUT = 10.0
_STRIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*',
)
_WORD = re.compile(r"(?<![\w:?$@-])([A-Za-z]+)(?![\w:-])")
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


@dataclass
class QueryResult:
    kind: str  # "select", "ask", "graph"
    variables: list[str]
    rows: list[dict[str, Any]]
    boolean: bool | None = None
    triples: list[Any] | None = None
    raw: Any = None


def check_query(query: str) -> str:
    """Return the query with cmkg's prefixes available, or raise a CmkgError."""
    if not query.strip():
        raise CmkgError(E.BAD_QUERY, "query is empty")
    scrubbed = _STRIP.sub(" ", query)
    for m in _WORD.finditer(scrubbed):
        word = m.group(1).upper()
        if word in FORBIDDEN:
            line = scrubbed.count("\n", 0, m.start()) + 1
            col = m.start() - (scrubbed.rfind("\n", 0, m.start()) + 1) + 1
            what = (
                "updates are not allowed"
                if word not in ("SERVICE", "LOAD", "FROM")
                else "it would reach outside the local store"
            )
            raise CmkgError(
                E.FORBIDDEN_QUERY,
                f"{word} refused at line {line}, column {col}: {what}; "
                "cmkg runs read-only queries on the local graph only",
            )
    declared = set(re.findall(r"(?i)PREFIX\s+([\w-]*):", scrubbed))
    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items() if k not in declared)
    return prologue + query


def _term(t: Any) -> str:
    return str(t)  # pyoxigraph terms print as SPARQL / N-Triples syntax


def bind_values(query: str, bindings: dict[str, Any]) -> str:
    """Put ``VALUES`` for ``bindings`` first in the query's outermost WHERE group.

    Unlike pyoxigraph substitutions, this needs no projected variable, keeps
    ``BOUND(?x)`` meaningful for optional parameters, and reads the same on a
    remote SPARQL server.
    """
    if not bindings:
        return query
    scrubbed = _STRIP.sub(lambda m: " " * len(m.group(0)), query)
    m = re.search(r"(?i)\bWHERE\s*\{", scrubbed) or re.search(r"\{", scrubbed)
    if m is None:
        raise CmkgError(E.BAD_QUERY, "cannot bind values: the query has no WHERE group")
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(_term(v) for v in bindings.values())
    return f"{query[: m.end()]} VALUES ({names}) {{ ({terms}) }} {query[m.end() :]}"


def relocate_syntax_error(msg: str, offset_lines: int) -> str:
    """Oxigraph's "error at L:C" counts cmkg's prefix prologue; give the user's own line."""
    m = re.search(r"error at (\d+):(\d+)", msg)
    if m:
        line = int(m.group(1)) - offset_lines
        msg = msg.replace(m.group(0), f"syntax error at line {line}, column {m.group(2)}")
    return msg


def _syntax_error(exc: Exception, offset_lines: int) -> CmkgError:
    return CmkgError(E.BAD_QUERY, relocate_syntax_error(str(exc), offset_lines))


def run_query(
    store: Store, query: str, *, bindings: dict[str, Any] | None = None, timeout: float = DEFAULT_TIMEOUT
) -> QueryResult:
    full = bind_values(check_query(query), bindings or {})
    offset = full.count("\n") - query.count("\n")
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            res = store.execute(full)
            if isinstance(res, ox.QuerySolutions):
                variables = [v.value for v in res.variables]
                rows = [{v: sol[v] for v in variables} for sol in res]
                box["result"] = QueryResult("select", variables, rows)
            elif isinstance(res, ox.QueryBoolean):
                box["result"] = QueryResult("ask", [], [], boolean=bool(res))
            else:
                box["result"] = QueryResult("graph", [], [], triples=list(res))
        except (SyntaxError, RejectedQuery) as exc:  # pyoxigraph's parser, or a server's 400
            box["error"] = _syntax_error(exc, offset)
        except CmkgError as exc:
            box["error"] = exc
        except Exception as exc:
            box["error"] = CmkgError(E.BAD_QUERY, f"query failed: {exc}")

    worker = threading.Thread(target=work, daemon=True, name="cmkg-sparql")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise CmkgError(E.QUERY_TIMEOUT, f"query stopped after the {timeout:g} s timeout; narrow it or raise --timeout")
    if "error" in box:
        raise box["error"]
    return box["result"]
