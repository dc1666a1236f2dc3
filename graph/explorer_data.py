"""The explorer's data: nodes with precomputed positions, facts with their evidence.

Everything comes from the networkx view (``cmkg.graph.nxview``, itself one
stored query), so a change in the RDF layout touches that query only.
Evidence is stored once in a table and facts point into it: an agreement's
sentence is shared by each of its party edges.  Statuses are drawn in the
colours of ``data/vocabulary/statuses.json`` and a country's partners ranked
by their best deal in its ``rank`` (the rank ``cmkg deals`` picks a best status
by), both through ``cmkg.core.vocabulary``, so a status added there is drawn
without a change here or in the page script.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from cmkg.core.vocabulary import vocabulary
from cmkg.graph.layout import importance, layout

__all__ = ["explorer_payload", "status_color", "NODE_COLORS", "RELATION_COLOR", "DEFAULT_COUNTRY"]

NODE_COLORS = {
    "country": "#1f77b4",
    "agreement": "#ff7f0e",
    "mineral": "#8c564b",
    "organisation": "#9467bd",
    "person": "#2ca02c",
    "other": "#7f7f7f",
}
RELATION_COLOR = "#b0b0b0"  # a fact without a status, or with one the vocabulary does not know
DEFAULT_COUNTRY = "https://w3id.org/cmkg/id/country/USA"
_SCALE = 1000.0


def status_color(status: str | None) -> str:
    """The colour a fact in ``status`` is drawn in: the vocabulary's, else ``RELATION_COLOR``."""
    return vocabulary().status_colors.get(status or "", RELATION_COLOR)


def _evidence_index(table: list[list], seen: dict[tuple, int], ev: dict) -> int | None:
    if not ev.get("sentence") and not ev.get("title"):
        return None
    key = (ev.get("sentence") or "", ev.get("title") or "", ev.get("url") or "", ev.get("published") or "")
    if key not in seen:
        seen[key] = len(table)
        table.append(list(key))
    return seen[key]


def _nodes(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    rank = importance(g)
    pos = layout(g, rank=rank)
    out = []
    for n, a in g.nodes(data=True):
        x, y = pos.get(n, (0.0, 0.0))
        kind = a.get("type", "other")
        out.append(
            {
                "id": n,
                "label": str(a.get("label", n)),
                "kind": kind if kind in NODE_COLORS else "other",
                "x": round(x * _SCALE, 1),
                "y": round(-y * _SCALE, 1),
                "size": round(min(2.5 + 1.5 * math.sqrt(rank[n]), 16), 1),
                "rank": round(rank[n], 1),
            }
        )
    return out


def _facts(g: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[list]]:
    table: list[list] = []
    seen: dict[tuple, int] = {}
    facts = []
    for u, v, a in g.edges(data=True):
        ev = [i for e in a.get("evidence", []) if (i := _evidence_index(table, seen, e)) is not None]
        fact = {"s": u, "t": v, "rel": a["relation"], "ev": ev}
        for key, attr in (
            ("st", "status"),
            ("det", "detail"),
            ("when", "when"),
            ("from", "first_date"),
            ("to", "last_date"),
        ):
            if a.get(attr):
                fact[key] = str(a[attr])
        facts.append(fact)
    return facts, table


def explorer_payload(g: nx.MultiDiGraph, heading: str) -> dict[str, Any]:
    """The JSON the explorer page reads; all strings are data, never markup."""
    nodes = _nodes(g)
    facts, evidence = _facts(g)
    dates = sorted(e[3] for e in evidence if e[3])
    countries = {n["id"] for n in nodes if n["kind"] == "country"}
    default = DEFAULT_COUNTRY if DEFAULT_COUNTRY in countries else None
    if default is None:
        parties = [f["t"] for f in facts if f["rel"] == "party"]
        default = max(sorted(set(parties)), key=parties.count, default=None)
    return {
        "heading": heading,
        "nodes": nodes,
        "facts": facts,
        "evidence": evidence,
        "nodeColors": NODE_COLORS,
        "statusColors": dict(vocabulary().status_colors),
        "statusRank": list(vocabulary().status_rank),  # the country view lists partners by their best deal
        "relationColor": RELATION_COLOR,
        "dateRange": [dates[0][:10], dates[-1][:10]] if dates else None,
        "defaultCountry": default,
    }
