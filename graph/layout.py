"""Node positions for the explorer, computed in Python before the page opens.

A browser that lays out 2,000 nodes itself (vis-network's physics) spends
seconds before anyone can click.  Here the most important nodes (up to
``CORE_MAX``: countries, minerals and busy agreements first) get a
Fruchterman-Reingold layout in numpy; every other node is placed on a small
spiral around its most important placed neighbour, which is linear in the
number of nodes, so 20,000 nodes take about as long as 1,000.  Deterministic:
the same graph gives the same picture.
"""

from __future__ import annotations

import math
from collections import deque

import networkx as nx
import numpy as np

__all__ = ["importance", "layout", "CORE_MAX"]

CORE_MAX = 600
_KIND_WEIGHT = {"country": 3.0, "organisation": 2.0, "mineral": 2.0, "agreement": 1.0, "person": 0.7}
_GOLDEN = math.pi * (3 - math.sqrt(5))


def _simple(g: nx.Graph) -> nx.Graph:
    """Undirected, one edge per linked pair, no attributes (copying a MultiDiGraph's evidence is slow)."""
    simple = nx.Graph()
    simple.add_nodes_from(g)
    simple.add_edges_from((u, v) for u, v in g.edges() if u != v)
    return simple


def importance(g: nx.Graph, simple: nx.Graph | None = None) -> dict[str, float]:
    """Degree weighted by role: what gets a label first and a place in the core layout."""
    simple = simple if simple is not None else _simple(g)
    return {n: (1 + simple.degree(n)) * _KIND_WEIGHT.get(a.get("type", "other"), 0.5) for n, a in g.nodes(data=True)}


def _fruchterman_reingold(adj: np.ndarray, pos: np.ndarray, iterations: int) -> np.ndarray:
    n = len(pos)
    k = 1.0 / math.sqrt(max(n, 1))
    temp = 0.1
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta**2).sum(-1))
        np.clip(dist, 0.005, None, out=dist)
        force = (k * k) / (dist * dist) - adj * dist / k
        disp = np.einsum("ijk,ij->ik", delta, force) - 1.5 * pos  # gravity keeps small components near the rest
        length = np.linalg.norm(disp, axis=1)
        np.clip(length, 1e-4, None, out=length)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= cool
    return pos


def _core_positions(simple: nx.Graph, core: list[str], seed: int) -> dict[str, tuple[float, float]]:
    index = {n: i for i, n in enumerate(core)}
    adj = np.zeros((len(core), len(core)), dtype=np.float32)
    for u, v in simple.subgraph(core).edges():
        adj[index[u], index[v]] = adj[index[v], index[u]] = 1.0
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-0.5, 0.5, (len(core), 2)).astype(np.float32)
    pos = _fruchterman_reingold(adj, pos, iterations=150 if len(core) < 400 else 60)
    return {n: (float(pos[i, 0]), float(pos[i, 1])) for n, i in index.items()}


def _place_rest(simple: nx.Graph, pos: dict, rank: dict[str, float], step: float) -> None:
    """Breadth-first from the placed nodes: each new node on a spiral around its best placed neighbour."""
    children: dict[str, int] = {}
    queue = deque(sorted(pos, key=lambda n: -rank[n]))
    remaining = sorted((n for n in simple if n not in pos), key=lambda n: -rank[n])
    outer = max((math.hypot(*p) for p in pos.values()), default=0.0) + step
    orphan = 0
    while True:
        while queue:
            anchor = queue.popleft()
            for nb in sorted(simple[anchor], key=lambda n: -rank[n]):
                if nb in pos:
                    continue
                i = children.get(anchor, 0)
                children[anchor] = i + 1
                r = step * (1 + 0.35 * math.sqrt(i))
                ax, ay = pos[anchor]
                pos[nb] = (ax + r * math.cos(i * _GOLDEN), ay + r * math.sin(i * _GOLDEN))
                queue.append(nb)
        remaining = [n for n in remaining if n not in pos]
        if not remaining:
            return
        # a component with nothing placed yet: its most important node goes on an outer spiral
        root = remaining[0]
        angle = orphan * _GOLDEN
        radius = outer + step * math.sqrt(orphan)
        pos[root] = (radius * math.cos(angle), radius * math.sin(angle))
        orphan += 1
        queue.append(root)


def layout(
    g: nx.Graph, *, seed: int = 7, core_max: int = CORE_MAX, rank: dict[str, float] | None = None
) -> dict[str, tuple[float, float]]:
    """Positions in roughly [-1, 1]^2 for every node of ``g`` (``rank``: ``importance(g)`` if already known)."""
    if g.number_of_nodes() == 0:
        return {}
    simple = _simple(g)
    rank = rank if rank is not None else importance(g, simple)
    core = sorted(simple, key=lambda n: (-rank[n], str(n)))[:core_max]
    core = [n for n in core if simple.degree(n) > 0] or core[:1]
    pos = _core_positions(simple, core, seed)
    step = 0.35 / math.sqrt(max(len(core), 1))
    _place_rest(simple, pos, rank, step)
    return pos
