"""cmkg: the critical-minerals policy knowledge graph.

The import namespace has four parts that depend only downwards:
``cmkg.core`` (errors, resources, gazetteer, domain vocabulary),
``cmkg.nlp`` (text to fact sheets) and ``cmkg.graph`` (fact sheets to the
graph, store, queries and exports), which never import each other, and
``cmkg.app``, which wires them together once for the CLI, the API and the server.
"""

from __future__ import annotations

__all__ = ["__version__", "open_graph"]

__version__ = "0.1.0"


def __getattr__(name: str):
    """``cmkg.open_graph`` without importing rdflib and pyoxigraph on ``import cmkg``."""
    if name == "open_graph":
        from cmkg.app.api import open_graph

        return open_graph
    raise AttributeError(f"module 'cmkg' has no attribute {name!r}")
