"""``cmkg export --format pyvis``: a small graph as one offline vis-network page, built with pyvis.

pyvis builds the network (nodes, edges, physics options) from the networkx
view.  Its own page template is not used: it links Bootstrap and tom-select
from CDNs, writes the heading and menu entries into the page unescaped, and
runs inline scripts that a hash-pinned Content-Security-Policy cannot allow.
Instead vis-network's script and stylesheet are read from the pyvis package
(``lib/vis-9.1.2``) and inlined with cmkg's own page script through
``pages.inline_page``, the explorer's mechanism, so both offline pages share
one policy: no network, no script the page did not ship.  Names, sentences
and titles travel only as escaped JSON; the page script hands vis-network
tooltips as DOM text and fills the side panel with ``textContent``.

vis-network lays graphs out with physics in the browser, which stalls beyond a
few thousand nodes (BENCHMARKS.md), so positions come from
``cmkg.graph.layout`` (the explorer's), physics only polishes graphs of up to
``PHYSICS_MAX`` nodes, and graphs over ``MAX_NODES`` are refused (E291) in
favour of the sigma.js explorer (``--format html``).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import networkx as nx

from cmkg.core.errors import CmkgError, E
from cmkg.core.vocabulary import vocabulary
from cmkg.graph.explorer_data import NODE_COLORS, status_color
from cmkg.graph.layout import importance, layout
from cmkg.graph.pages import asset_text, inline_page, page_template

__all__ = ["render_pyvis", "pyvis_network", "vis_assets", "MAX_NODES", "PHYSICS_MAX", "NODE_SHAPES"]

MAX_NODES = 2000  # beyond, each pan or zoom frame takes about a second (BENCHMARKS.md): use the sigma.js explorer
PHYSICS_MAX = 300  # above this, physics in the browser costs seconds; the Python layout is drawn as is
NODE_SHAPES = {
    "country": "dot",
    "agreement": "diamond",
    "mineral": "square",
    "organisation": "hexagon",
    "person": "triangle",
    "other": "dot",
}
VIS_DIR = ("lib/vis-9.1.2", "templates/lib/vis-9.1.2")  # where pyvis 0.3.x ships vis-network
_SCALE = 600.0
_EVIDENCE_IN_TOOLTIP = 3


def vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, read from the installed pyvis package (never from a CDN)."""
    try:
        import pyvis
    except ImportError as exc:
        raise CmkgError(
            E.PYVIS_MISSING, f"pyvis cannot be imported ({exc}); reinstall cmkg with its dependencies"
        ) from None
    root = Path(pyvis.__file__).parent
    for rel in VIS_DIR:
        js, css = root / rel / "vis-network.min.js", root / rel / "vis-network.css"
        if js.is_file() and css.is_file():
            return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
    raise CmkgError(
        E.PYVIS_MISSING,
        f"{root}: pyvis {getattr(pyvis, '__version__', '?')} ships no vis-network files in {' or '.join(VIS_DIR)}; "
        "install the pyvis version cmkg pins",
    )


def _edge_text(a: dict[str, Any]) -> tuple[str, str]:
    """The edge's caption and its tooltip: the relation, then up to three evidence sentences."""
    caption = a["relation"] + (f" ({a['status']})" if a.get("status") else "")
    if a.get("detail") and a["relation"] != "party":
        caption += f"\n{a['detail']}"
    lines = [caption]
    evidence = [e for e in a.get("evidence", []) if e.get("sentence")]
    for ev in evidence[:_EVIDENCE_IN_TOOLTIP]:
        lines.append(f"\u201c{ev['sentence']}\u201d" + (f" \u2014 {ev['title']}" if ev.get("title") else ""))
    if len(evidence) > _EVIDENCE_IN_TOOLTIP:
        lines.append(f"(+{len(evidence) - _EVIDENCE_IN_TOOLTIP} more: click the edge)")
    return caption, "\n".join(lines)


def _evidence(a: dict[str, Any]) -> list[dict[str, str | None]]:
    keep = ("sentence", "title", "url", "published")
    return [{k: e.get(k) for k in keep} for e in a.get("evidence", []) if e.get("sentence") or e.get("title")]


def _add_nodes(net, g: nx.MultiDiGraph) -> None:
    """Nodes at the explorer's positions, spread wider as the graph grows, sized by importance."""
    rank = importance(g)
    pos = layout(g, rank=rank)
    scale = _SCALE * math.sqrt(max(1.0, g.number_of_nodes() / 60))
    for n, a in g.nodes(data=True):
        kind = a.get("type") if a.get("type") in NODE_COLORS else "other"
        label = str(a.get("label", n))
        x, y = pos.get(n, (0.0, 0.0))
        net.add_node(
            n,
            label=label,
            shape=NODE_SHAPES[kind],
            color=NODE_COLORS[kind],
            title=f"{kind}: {label}\n{n}",
            size=round(min(8 + 3 * math.sqrt(rank.get(n, 0.0)), 30), 1),
            x=round(x * scale, 1),
            y=round(-y * scale, 1),
            kind=kind,
        )


def _add_edges(net, g: nx.MultiDiGraph, labelled: bool) -> None:
    """One edge per fact, coloured by status; parallel facts of one pair curve apart instead of overlapping."""
    dashed = vocabulary().dashed_statuses
    seen: dict[frozenset, int] = {}
    for i, (u, v, a) in enumerate(g.edges(data=True)):
        caption, title = _edge_text(a)
        nth = seen[frozenset((u, v))] = seen.get(frozenset((u, v)), -1) + 1
        item = {
            "id": i,
            "label": caption if labelled else None,
            "caption": caption,
            "title": title,
            "color": status_color(a.get("status")),
            "dashes": a.get("status") in dashed,
            "smooth": {"type": "curvedCW", "roundness": 0.25 * nth} if nth else None,
            "relation": a["relation"],
            "status": a.get("status"),
            "evidence": _evidence(a),
        }
        net.add_edge(u, v, **{k: val for k, val in item.items() if val is not None})


def pyvis_network(g: nx.MultiDiGraph, heading: str):
    """The pyvis ``Network`` of ``g``; physics and edge captions only for graphs of up to ``PHYSICS_MAX`` nodes."""
    from pyvis.network import Network

    small = g.number_of_nodes() <= PHYSICS_MAX
    net = Network(directed=True, heading=heading, height="100%", width="100%")
    _add_nodes(net, g)
    _add_edges(net, g, labelled=small)
    net.toggle_physics(small)
    net.barnes_hut(gravity=-6000, spring_length=120, overlap=0.2)
    net.set_edge_smooth("continuous")
    net.options.interaction.hover = True
    net.options.interaction.tooltipDelay = 150
    net.options.interaction.hideEdgesOnDrag = not small
    return net


def _options(net, physics: bool) -> dict[str, Any]:
    options = json.loads(net.get_network_data()[5])
    options["physics"]["stabilization"] = {"enabled": physics, "iterations": 150, "updateInterval": 50}
    options["layout"] = {"improvedLayout": False}  # every node has a position already
    options["edges"]["font"] = {"size": 9, "align": "middle"}
    return options


def _legend(g: nx.MultiDiGraph) -> dict[str, list[list]]:
    kinds = {a.get("type") if a.get("type") in NODE_COLORS else "other" for _, a in g.nodes(data=True)}
    statuses = {a.get("status") for _, _, a in g.edges(data=True) if a.get("status")}
    dashed = vocabulary().dashed_statuses
    return {
        "kinds": [[k, NODE_COLORS[k]] for k in NODE_COLORS if k in kinds],
        "statuses": [[s, status_color(s), s in dashed] for s in sorted(statuses)],
    }


def render_pyvis(g: nx.MultiDiGraph, heading: str = "cmkg: critical-minerals policy graph") -> str:
    """One self-contained vis-network page of ``g`` (E291 over ``MAX_NODES`` nodes)."""
    if g.number_of_nodes() > MAX_NODES:
        raise CmkgError(
            E.PYVIS_TOO_LARGE,
            f"the graph has {g.number_of_nodes():,} nodes; the pyvis page draws up to {MAX_NODES:,} "
            "(beyond that each pan or zoom redraws for about a second): "
            "export --format html, the sigma.js explorer, instead",
        )
    js, css = vis_assets()
    net = pyvis_network(g, heading)
    physics = g.number_of_nodes() <= PHYSICS_MAX
    data = {
        "heading": heading,
        "nodes": net.nodes,
        "edges": net.edges,
        "options": _options(net, physics),
        "physics": physics,
        "legend": _legend(g),
    }
    return inline_page(page_template("pyvis.html"), [js, asset_text("pyvis.js")], [css, asset_text("pyvis.css")], data)
