"""A networkx MultiDiGraph derived from the RDF store, for analytics and views.

RDF stays the source of truth; this view is rebuilt from one stored query.
Each edge's evidence items carry the article's ``published`` date and the
fact's event ``date`` (with ``precision``); the edge carries ``first_date``
and ``last_date``, the span of those event dates, for date-range filters.
"""

from __future__ import annotations

import networkx as nx

from cmkg.graph.questions import stored_query, term_value
from cmkg.graph.sparql import run_query
from cmkg.graph.store import Store

__all__ = ["to_networkx", "NODE_TYPES"]

NODE_TYPES = {
    "https://w3id.org/cmkg/ontology#Country": "country",
    "https://schema.org/Person": "person",
    "https://w3id.org/cmkg/ontology#Organization": "organisation",
    "https://w3id.org/cmkg/ontology#Agreement": "agreement",
    "https://w3id.org/cmkg/ontology#Mineral": "mineral",
}
# The EU is typed both Country (a party in deals and SPARQL) and Organization: it is drawn as a party.
_PRIORITY = ["agreement", "country", "organisation", "person", "mineral"]


def _node_info(store: Store) -> dict[str, dict]:
    q = """SELECT ?n ?type ?label WHERE { ?n a ?type . OPTIONAL { ?n rdfs:label ?label } }"""
    info: dict[str, dict] = {}
    for row in run_query(store, q).rows:
        kind = NODE_TYPES.get(row["type"].value)
        if kind is None:
            continue
        n = row["n"].value
        cur = info.setdefault(n, {"type": kind, "label": term_value(row.get("label")) or n.rsplit("/", 1)[-1]})
        if _PRIORITY.index(kind) < _PRIORITY.index(cur["type"]):
            cur["type"] = kind
    return info


def _evidence_item(r: dict) -> dict:
    published = r.get("published")
    return {
        "sentence": r.get("sentence"),
        "title": r.get("title"),
        "url": r.get("url"),
        "published": str(published) if published is not None else None,
        "date": r.get("date"),  # the fact's event date (first day of the period) and its precision
        "precision": r.get("precision"),
    }


def to_networkx(store: Store) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    info = _node_info(store)
    for n, attrs in info.items():
        g.add_node(n, **attrs)
    for row in run_query(store, stored_query("graph_edges")).rows:
        r = {k: term_value(v) for k, v in row.items()}
        for end in (r["s"], r["o"]):
            if end not in g:
                g.add_node(end, type="other", label=end.rsplit("/", 1)[-1])
        key = f"{r['rel']}|{r.get('status') or ''}|{r.get('detail') or ''}"
        if g.has_edge(r["s"], r["o"], key):
            ev = g.edges[r["s"], r["o"], key]["evidence"]
            item = _evidence_item(r)
            if item not in ev:
                ev.append(item)
            _date_range(g.edges[r["s"], r["o"], key], r.get("date"))
            continue
        g.add_edge(
            r["s"],
            r["o"],
            key=key,
            relation=r["rel"],
            status=r.get("status"),
            detail=r.get("detail"),
            when=r.get("when"),
            evidence=[_evidence_item(r)],
        )
        _date_range(g.edges[r["s"], r["o"], key], r.get("date"))
    return g


def _date_range(edge: dict, day: str | None) -> None:
    """``first_date`` and ``last_date`` of an edge: the span of its evidence's event dates (for date filters)."""
    if not day:
        return
    edge["first_date"] = min(edge.get("first_date") or day, day)
    edge["last_date"] = max(edge.get("last_date") or day, day)
