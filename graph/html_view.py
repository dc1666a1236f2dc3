"""One self-contained, offline HTML explorer of the graph.

vis-network's script and stylesheet (shipped inside the pyvis wheel) are
inlined into cmkg's own template: pyvis's ``in_line`` mode still pulls
Bootstrap from a CDN, and it writes ``heading`` and select-menu ids into the
page unescaped.  Here untrusted text (names, sentences, titles) only travels
as JSON inside a ``<script type="application/json">`` block with ``<``, ``>``
and ``&`` escaped, and the page's scripts insert it with ``textContent``; a
Content-Security-Policy forbids any network access from the page.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis

from cmkg.core.vocabulary import vocabulary

__all__ = ["render_html", "json_for_script", "COLORS", "SHAPES"]

COLORS = {
    "country": "#1f77b4",
    "person": "#2ca02c",
    "organisation": "#9467bd",
    "agreement": "#ff7f0e",
    "mineral": "#8c564b",
    "other": "#7f7f7f",
}
SHAPES = {
    "country": "dot",
    "person": "triangle",
    "organisation": "hexagon",
    "agreement": "diamond",
    "mineral": "square",
    "other": "dot",
}
DASHED = vocabulary().dashed_statuses  # statuses drawn as dashed edges: not (yet) a deal


def _vis_assets() -> tuple[str, str]:
    base = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (base / "vis-network.min.js").read_text(encoding="utf-8"), (base / "vis-network.css").read_text(
        encoding="utf-8"
    )


def json_for_script(obj: Any) -> str:
    return (
        json.dumps(obj, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _inline_safe(code: str, tag: str) -> str:
    """Only ``</script`` (or ``</style``) can end an inline block early; escaping every ``</``
    would turn ``a</re/.test(b)`` into a syntax error."""
    return re.sub(rf"</({tag})", r"<\\/\1", code, flags=re.IGNORECASE)


def _tooltip(evidence: list[dict]) -> str:
    lines = []
    for ev in evidence[:3]:
        if ev.get("sentence"):
            lines.append(f"\u201c{ev['sentence']}\u201d")
        if ev.get("title"):
            lines.append(f"\u2014 {ev['title']}" + (f" ({ev['url']})" if ev.get("url") else ""))
    return "\n".join(lines)


def _vis_nodes(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    degree = dict(g.degree())
    nodes = []
    for n, a in g.nodes(data=True):
        kind = a.get("type", "other")
        nodes.append(
            {
                "id": n,
                "label": str(a.get("label", n)),
                "kind": kind,
                "color": COLORS.get(kind, COLORS["other"]),
                "shape": SHAPES.get(kind, "dot"),
                "size": 10 + 3 * min(degree.get(n, 0), 15),
                "title": f"{kind}: {a.get('label', n)}\n{n}",
            }
        )
    return nodes


def _vis_edges(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    edges = []
    for i, (u, v, a) in enumerate(g.edges(data=True)):
        label = (
            a["relation"]
            + (f" ({a['status']})" if a.get("status") else "")
            + (f" {a['detail']}" if a.get("detail") and a["relation"] != "party" else "")
        )
        edges.append(
            {
                "id": i,
                "from": u,
                "to": v,
                "label": label,
                "relation": a["relation"],
                "status": a.get("status"),
                "dashes": a.get("status") in DASHED,
                "arrows": "to",
                "title": _tooltip(a.get("evidence", [])),
                "font": {"size": 9},
            }
        )
    return edges


def _labelled(g: nx.MultiDiGraph, kind: str) -> list[tuple[str, str]]:
    return sorted(((n, a["label"]) for n, a in g.nodes(data=True) if a.get("type") == kind), key=lambda x: x[1])


def render_html(g: nx.MultiDiGraph, heading: str = "cmkg: critical-minerals policy graph") -> str:
    nodes, edges = _vis_nodes(g), _vis_edges(g)
    payload = {
        "heading": heading,
        "nodes": nodes,
        "edges": edges,
        "relations": sorted({e["relation"] for e in edges}),
        "statuses": sorted({e["status"] for e in edges if e["status"]}),
        "countries": _labelled(g, "country"),
        "minerals": _labelled(g, "mineral"),
        "legend": [{"label": k, "color": c} for k, c in COLORS.items() if k != "other"],
        # Large graphs: vis-network's improvedLayout (Kamada-Kawai on clusters) dominates load time, and
        # fewer stabilisation iterations still give a readable layout; physics stops after either way.
        "options": {
            "physics": {
                "stabilization": {"iterations": 300 if len(nodes) < 500 else 120, "updateInterval": 50},
                "barnesHut": {"gravitationalConstant": -8000, "springLength": 140},
            },
            "layout": {"improvedLayout": len(nodes) < 300},
            "interaction": {"hover": True, "tooltipDelay": 100},
            "edges": {"smooth": False},
        },
    }
    js, css = _vis_assets()
    template = (Path(__file__).parent / "templates" / "explorer.html").read_text(encoding="utf-8")
    return (
        template.replace("/*__VISCSS__*/", _inline_safe(css, "style"))
        .replace("/*__VISJS__*/", _inline_safe(js, "script"))
        .replace("/*__DATA__*/", json_for_script(payload))
    )
