"""A graph store that lives in a SPARQL 1.1 server (Oxigraph, Fuseki, GraphDB).

``--store http://host:port[/dataset]`` selects it.  Reads go to the SPARQL
1.1 Protocol query endpoint, article replacement is one Graph Store Protocol
``PUT`` per named graph (the server swaps the graph in one request, so a
reader never sees half an article).  Endpoint paths default to Oxigraph's
(``/query``, ``/update``, ``/store``); Fuseki users pass the dataset URL and
``CMKG_GSP_PATH=/data``.

Only the URL the user gives is contacted; queries still go through
``cmkg.graph.sparql.check_query`` first, so SERVICE and friends never reach the
server either.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E

__all__ = ["RemoteStore", "is_remote"]

_HTTP_TIMEOUT = 60.0


def is_remote(location: str) -> bool:
    return location.startswith(("http://", "https://"))


class RemoteStore:
    """The ``cmkg.graph.store.Store`` interface over HTTP."""

    def __init__(self, base: str) -> None:
        self.location = base.rstrip("/")
        self.query_url = self.location + os.environ.get("CMKG_QUERY_PATH", "/query")
        self.update_url = self.location + os.environ.get("CMKG_UPDATE_PATH", "/update")
        self.gsp_url = self.location + os.environ.get("CMKG_GSP_PATH", "/store")

    def _request(
        self,
        url: str,
        *,
        method: str = "GET",
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = _HTTP_TIMEOUT,
    ) -> bytes:
        req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
            raise CmkgError(E.STORE, f"{self.location}: server answered {exc.code} to {method} ({detail})") from None
        except (urllib.error.URLError, OSError) as exc:
            raise CmkgError(
                E.STORE, f"{self.location}: cannot reach SPARQL server ({getattr(exc, 'reason', exc)})"
            ) from None

    # -- reading
    def execute(self, query: str) -> Any:
        body = urllib.parse.urlencode({"query": query}).encode()
        url = self.query_url + "?union-default-graph"
        head = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9",
        }
        req = urllib.request.Request(url, data=body, method="POST", headers=head)
        try:
            with urllib.request.urlopen(req, timeout=_HTTP_TIMEOUT) as resp:
                ctype, data = resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
            raise (
                SyntaxError(detail)
                if exc.code == 400
                else CmkgError(E.STORE, f"{self.location}: server answered {exc.code} ({detail})")
            ) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise CmkgError(
                E.STORE, f"{self.location}: cannot reach SPARQL server ({getattr(exc, 'reason', exc)})"
            ) from None
        if "sparql-results+json" in ctype:
            return ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]

    def quads(self) -> Iterable[ox.Quad]:
        data = self._request(self.gsp_url, headers={"Accept": "application/n-quads"})
        return ox.parse(data, format=ox.RdfFormat.N_QUADS)

    def dump_nquads(self) -> bytes:
        return ox.serialize(list(self.quads()), format=ox.RdfFormat.N_QUADS) or b""

    def to_dataset(self):
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(data=self.dump_nquads().decode("utf-8"), format="nquads")
        return ds

    def graphs(self) -> list[str]:
        res = self.execute("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [sol["g"].value for sol in res]

    def __len__(self) -> int:
        res = self.execute("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(res))["n"].value)

    # -- writing
    def replace_graph(self, graph: str, nquads: bytes, *, defer: bool = False) -> None:
        """A Graph Store Protocol PUT, then the deal summaries it touches (two requests: a reader may see
        the article a moment before its summary)."""
        from cmkg.graph.deal_summary import pair_set, pairs_in_nquads, pairs_query, pending_update, with_prologue

        old = pair_set(self.execute(pairs_query(graph)))
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        pairs = old | pairs_in_nquads(nquads)
        if pairs:  # record the pairs first: if the PUT succeeds and we die, the next build still refreshes them
            self.update(with_prologue(pending_update(pairs)))
        url = self.gsp_url + "?" + urllib.parse.urlencode({"graph": graph})
        self._request(url, method="PUT", data=body, headers={"Content-Type": "application/n-triples"})
        if pairs and not defer:
            self.flush_summaries()

    def flush_summaries(self) -> int:
        from cmkg.graph.deal_summary import flush_pending

        return flush_pending(self)

    def refresh_summary(self) -> None:
        from cmkg.graph.deal_summary import rebuild_all

        rebuild_all(self)

    def update(self, update: str) -> None:
        self._request(
            self.update_url,
            method="POST",
            data=update.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update"},
        )

    def add_quads(self, quads: list[ox.Quad]) -> None:
        by_graph: dict[str, list[ox.Triple]] = {}
        for q in quads:
            key = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            by_graph.setdefault(key, []).append(ox.Triple(q.subject, q.predicate, q.object))
        for graph, triples in by_graph.items():
            query = "default" if not graph else urllib.parse.urlencode({"graph": graph})
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            self._request(
                f"{self.gsp_url}?{query}", method="POST", data=body, headers={"Content-Type": "application/n-triples"}
            )

    def add_dataset(self, ds, *, defer: bool = False) -> None:
        from cmkg.graph.store import dataset_graphs

        for graph, nquads in dataset_graphs(ds):
            self.replace_graph(graph, nquads, defer=defer)

    def ensure_ontology(self) -> None:
        from cmkg.graph.store import ontology_nquads
        from cmkg.graph.vocab import ONTOLOGY_GRAPH

        self.replace_graph(str(ONTOLOGY_GRAPH), ontology_nquads())

    def flush(self) -> None:
        """Nothing to do: every request is durable on the server."""
