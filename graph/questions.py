"""Everyday questions as stored SPARQL queries (``data/queries/*.rq``).

The answers come from the store through SPARQL, never from Python walking
the graph, so a SPARQL client asking the same stored query gets the same
answer.  Importing this module does not import spaCy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.core.gazetteer import gazetteer
from cmkg.core.resources import data_path
from cmkg.graph.sparql import DEFAULT_TIMEOUT, QueryResult, run_query
from cmkg.graph.store import Store
from cmkg.graph.vocab import country_iri

__all__ = ["stored_query", "resolve_country", "deals_with", "pending_summaries", "list_queries", "term_value"]


def list_queries() -> dict[str, Path]:
    return {p.stem: p for p in sorted(data_path("queries").glob("*.rq"))}


def stored_query(name: str) -> str:
    q = list_queries().get(name)
    if q is None:
        raise CmkgError(E.BAD_QUERY, f"no stored query named '{name}'; known: {', '.join(list_queries())}")
    return q.read_text(encoding="utf-8")


def resolve_country(text: str) -> str:
    code = gazetteer().resolve_country(text)
    if code is None:
        raise CmkgError(E.UNKNOWN_COUNTRY, f"'{text}' is not a country name, alias or ISO code cmkg knows")
    return code


def term_value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt.endswith("#boolean"):
            return term.value in ("true", "1")  # xsd:boolean's lexical space; Virtuoso answers "1"
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        return term.value
    return term.value


def pending_summaries(store: Store) -> int:
    """How many deal summaries an interrupted build left to recompute."""
    from cmkg.graph.deal_summary import pending_pairs_query

    return len(run_query(store, pending_pairs_query()).rows)


def deals_with(
    store: Store, country: str, *, status: str | None = None, timeout: float = DEFAULT_TIMEOUT
) -> list[dict[str, Any]]:
    """One entry per partner: code, label, best status, core flag, agreements and one evidence sentence.

    The rows of the stored query ``deals_with`` (one per partner and
    agreement, typed columns) grouped by partner, so the command line's JSON,
    CSV and table and a SPARQL client asking ``deals_with`` see the same
    answer.  ``status`` keeps the partners whose best status is that one.
    The full evidence per agreement is the stored query ``deal_evidence``.
    """
    code = resolve_country(country)
    res: QueryResult = run_query(
        store, stored_query("deals_with"), bindings={"country": ox.NamedNode(str(country_iri(code)))}, timeout=timeout
    )
    partners: dict[str, dict[str, Any]] = {}
    for row in res.rows:
        r = {k: term_value(v) for k, v in row.items()}
        if status and r["status"] != status:
            continue
        entry = partners.setdefault(
            r["code"],
            {
                "partner": r["code"],
                "label": r["label"],
                "core": r["core"],
                "status": r["status"],
                "agreements": [],
                "evidence": [{"sentence": r["sentence"], "article": r["title"], "url": r.get("url")}],
                "evidence_count": r["evidenceCount"],
            },
        )
        entry["agreements"].append({"label": r["agreement"]})
    for entry in partners.values():
        entry["agreements"].sort(key=lambda a: a["label"])
    return sorted(partners.values(), key=lambda p: (not p["core"], p["label"]))
