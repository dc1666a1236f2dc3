"""cmkg: the critical-minerals policy knowledge graph.

The import namespace has four parts that depend only downwards:
``cmkg.core`` (errors, resources, gazetteer, domain vocabulary),
``cmkg.nlp`` (text to fact sheets) and ``cmkg.graph`` (fact sheets to the
graph, store, queries and exports), which never import each other, and
``cmkg.app``, which wires them together once for the CLI, the API and the server.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
