"""The Python API notebooks and scripts use: the command line's answers as data.

Every function opens the store read-only (or takes an open one), asks a
stored or user SPARQL query through the same safety checks as the command
line, and returns plain Python values.  Nothing here imports spaCy.

>>> from cmkg.app.api import deals_with, sparql            # doctest: +SKIP
>>> [p["partner"] for p in deals_with("US", store="cmkg-store")]   # doctest: +SKIP
['AUS', 'EU', 'JPN', 'MEX', 'SAU', 'KOR', 'THA', 'CHN']
"""

from __future__ import annotations

from typing import Any

from rdflib import Dataset

from cmkg.core.errors import CmkgError, E
from cmkg.graph import questions
from cmkg.graph.query_output import parse_bindings
from cmkg.graph.questions import list_queries, term_value
from cmkg.graph.sparql import DEFAULT_TIMEOUT, run_query
from cmkg.graph.store import DEFAULT_STORE, Store, open_store

__all__ = [
    "build",
    "open_graph",
    "deals_with",
    "deals_as_of",
    "timeline",
    "changes",
    "sparql",
    "stored_queries",
    "explorer_html",
]


def build(paths: list[str] | None = None, *, store: str | Store = ":memory:") -> Store:
    """Extract articles (default: the bundled data/articles) into a store and return it.

    This is the one function here that loads spaCy; bad inputs are skipped and
    reported exactly as ``cmkg build`` does (``cmkg.app.pipeline``).
    """
    from cmkg.app.pipeline import build_store

    st = open_store(store) if isinstance(store, str) else store
    build_store(st, paths)
    return st


def explorer_html(store: str | Store = DEFAULT_STORE) -> str:
    """The offline explorer page for ``store``, e.g. for an iframe in a notebook."""
    from cmkg.graph.exporters import render_store_html

    return render_store_html(_as_store(store))


def open_graph(store: str | Store = DEFAULT_STORE) -> Dataset:
    """The built store itself as an rdflib ``Dataset`` (oxrdflib over the same Oxigraph store, no copy).

    Any rdflib code can read it; ``ds.query(text)`` is answered by Oxigraph
    with the union of all graphs as the default graph and cmkg's prefixes
    bound, so it returns the same rows as ``cmkg sparql``.  The view is
    read-only.  Security: rdflib's own SPARQL engine fetches remote URLs for
    ``SERVICE``, ``FROM`` and ``LOAD``, so query text is checked like
    ``cmkg sparql`` input before it runs, and prepared queries
    (``prepareQuery``) are refused; ``query(..., use_store_provided=False)``
    bypasses the check, so use it only with trusted queries.

    >>> import cmkg                                                   # doctest: +SKIP
    >>> ds = cmkg.open_graph("cmkg-store")                            # doctest: +SKIP
    >>> rows = ds.query("SELECT ?c WHERE { ?c a cmkg:Country }")      # doctest: +SKIP
    """
    from cmkg.graph.store import EmbeddedStore, is_remote, open_oxigraph
    from cmkg.graph.store.rdflib_view import dataset_over

    if isinstance(store, EmbeddedStore):
        return dataset_over(store.ox)
    location = str(store if isinstance(store, str) else store.location)
    if is_remote(location):
        raise CmkgError(
            E.STORE_CONFIG, f"{location}: open_graph needs an embedded store; use rdflib's SPARQLStore for a server"
        )
    return dataset_over(open_oxigraph(location, read_only=True, must_exist=location != ":memory:"))


def _as_store(store: str | Store) -> Store:
    """An open store: a directory, ``:memory:``, a SPARQL server URL, or a store already open."""
    return store if not isinstance(store, str) else open_store(store, read_only=True, must_exist=store != ":memory:")


def deals_with(
    country: str, *, store: str | Store = DEFAULT_STORE, status: str | None = None, timeout: float = DEFAULT_TIMEOUT
) -> list[dict[str, Any]]:
    """Partners of ``country`` (any alias or ISO code), one dict per partner with agreements and evidence."""
    return questions.deals_with(_as_store(store), country, status=status, timeout=timeout)


def deals_as_of(
    country: str, as_of: str, *, store: str | Store = DEFAULT_STORE, timeout: float = DEFAULT_TIMEOUT
) -> list[dict[str, Any]]:
    """Partners of ``country`` as they stood on ``as_of`` (YYYY-MM-DD), from the merged status history."""
    from cmkg.graph import timeline as time_questions

    return time_questions.deals_as_of(_as_store(store), country, as_of, timeout=timeout)


def timeline(
    country: str, *, since: str | None = None, store: str | Store = DEFAULT_STORE, timeout: float = DEFAULT_TIMEOUT
) -> list[dict[str, Any]]:
    """The dated status changes of ``country``'s agreements, oldest first, each with its evidence."""
    from cmkg.graph import timeline as time_questions

    return time_questions.timeline(_as_store(store), country, since=since, timeout=timeout)


def changes(
    *, since: str | None = None, against: str | Store | None = None, store: str | Store = DEFAULT_STORE
) -> list[dict[str, Any]]:
    """What ``store`` adds to the older store ``against``, or what it dates on or after ``since``."""
    from cmkg.graph.diff import changes_since, diff_snapshots, snapshot

    new = snapshot(_as_store(store))
    if against is not None:
        found = diff_snapshots(snapshot(_as_store(against)), new)
        return [c for c in found if not since or (c["date"] and c["date"] >= since)]
    return changes_since(new, since or "0000-01-01")


def stored_queries() -> list[str]:
    return list(list_queries())


def sparql(
    query: str,
    *,
    store: str | Store = DEFAULT_STORE,
    bind: dict[str, str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[dict[str, Any]] | bool | list[tuple[str, str, Any]]:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query, or a stored query by name.

    SELECT gives a list of row dicts (Python values), ASK a bool, CONSTRUCT and
    DESCRIBE a list of (subject, predicate, object) tuples.  ``bind`` takes the
    same ``name=value`` conventions as ``cmkg sparql --bind``.
    """
    text = list_queries()[query].read_text(encoding="utf-8") if query in list_queries() else query
    bindings = parse_bindings([f"{k}={v}" for k, v in (bind or {}).items()])
    res = run_query(_as_store(store), text, bindings=bindings, timeout=timeout)
    if res.kind == "ask":
        return bool(res.boolean)
    if res.kind == "graph":
        return [(t.subject.value, t.predicate.value, term_value(t.object)) for t in res.triples or []]
    return [{k: term_value(v) for k, v in row.items()} for row in res.rows]
