"""A graph store that lives in a SPARQL 1.1 server (Oxigraph, Virtuoso, Fuseki).

``--store http://host:port`` selects it (Oxigraph's server); a profile prefix
selects another server's conventions: ``--store virtuoso+http://host:8890``
(see ``cmkg.graph.store.profiles``).  Reads go to the SPARQL 1.1 Protocol
query endpoint; article replacement is one Graph Store Protocol ``PUT`` per
named graph (the server swaps the graph in one request, so a reader never
sees half an article).  Credentials come from ``CMKG_STORE_USER`` and
``CMKG_STORE_PASSWORD``, never from the URL.

Only the URL the user gives is contacted; queries still go through
``cmkg.graph.sparql.check_query`` first, so SERVICE and friends never reach the
server either.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.graph.store.base import BulkSource, RejectedQuery, Store, bulk_plan, pending_marks, read_source
from cmkg.graph.store.convert import ntriples_of, rdf_format, triples_of
from cmkg.graph.store.http import HttpConnector, HttpReply, ServerRefused
from cmkg.graph.store.profiles import ServerProfile, profile_for, split_location

__all__ = ["RemoteStore", "is_remote"]

_NT = {"Content-Type": "application/n-triples"}


def is_remote(location: str) -> bool:
    scheme = location.partition("://")[0]
    return bool(scheme) and "://" in location and scheme.rpartition("+")[2] in ("http", "https")


class RemoteStore(Store):
    """The ``Store`` interface over HTTP, shaped by a ``ServerProfile``."""

    def __init__(self, location: str, profile: ServerProfile | None = None) -> None:
        name, base = split_location(location)
        self.location = location.rstrip("/")
        self.base = base
        self.profile = profile or profile_for(name)
        p = self.profile
        self.query_url = base + p.query_path + (f"?{p.union_flag}" if p.union_flag else "")
        self.update_url = base + p.update_path
        self.gsp_url = base + p.gsp_path
        self.summary_batch = p.summary_batch
        self.user = os.environ.get("CMKG_STORE_USER", "")
        self.password = os.environ.get("CMKG_STORE_PASSWORD", "")
        self.http = HttpConnector(base, auth=p.auth, user=self.user, password=self.password)

    def _send(self, url: str, method: str = "GET", data: bytes | None = None, **headers: str) -> HttpReply:
        try:
            return self.http.request(url, method=method, data=data, headers=headers)
        except ServerRefused as exc:
            raise self._refusal(exc, method) from None

    def _refusal(self, exc: ServerRefused, method: str) -> CmkgError:
        said = f"{self.location}: server answered {exc.status} to {method} ({exc.detail})"
        marker = self.profile.refusal_marker
        if exc.status in (401, 403) or (marker and marker in exc.detail):
            hint = "" if self.http.has_credentials else "; set CMKG_STORE_USER and CMKG_STORE_PASSWORD"
            return CmkgError(E.STORE_AUTH, said + hint)
        return CmkgError(E.STORE_SERVER, said)

    def _gsp(self, graph: str | None) -> str:
        if graph is not None:
            return f"{self.gsp_url}?{urllib.parse.urlencode({self.profile.graph_param: graph})}"
        if not self.profile.default_graph_param:
            raise CmkgError(
                E.STORE_CONFIG, f"{self.location}: this server has no default graph; put the data in named graphs"
            )
        return f"{self.gsp_url}?{self.profile.default_graph_param}"

    # -- reading
    def execute(self, query: str) -> Any:
        body = urllib.parse.urlencode({"query": query}).encode()
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        if self.profile.accept_by_form:
            accept = "application/n-triples" if _is_graph_query(query) else "application/sparql-results+json"
        head = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
        try:
            reply = self.http.request(self.query_url, method="POST", data=body, headers=head)
        except ServerRefused as exc:
            raise (
                RejectedQuery(_without_echo(exc.detail, query)) if exc.status == 400 else self._refusal(exc, "POST")
            ) from None
        if "sparql-results+json" in reply.content_type:
            return ox.parse_query_results(self._json(reply.body), ox.QueryResultsFormat.JSON)
        return triples_of(ox.parse(reply.body, format=ox.RdfFormat.N_TRIPLES, lenient=True))

    def _json(self, data: bytes) -> bytes:
        """SPARQL JSON as the 2013 Recommendation writes it (the 2005 draft's "typed-literal" is a "literal")."""
        if not self.profile.typed_literal_json or b'"typed-literal"' not in data:
            return data
        doc = json.loads(data)
        for row in doc.get("results", {}).get("bindings", []):
            for term in row.values():
                if term.get("type") == "typed-literal":
                    term["type"] = "literal"
        return json.dumps(doc).encode("utf-8")

    def _graph_filter(self) -> str:
        tests = [f'!STRSTARTS(STR(?g), "{prefix}")' for prefix in self.profile.system_graphs]
        return f"FILTER ({' && '.join(tests)})" if tests else ""

    def quads(self) -> Iterable[ox.Quad]:
        if self.profile.dataset_get:
            data = self._send(self.gsp_url, Accept="application/n-quads").body
            return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        out: list[ox.Quad] = []
        for graph in self.graphs():
            data = self._send(self._gsp(graph), Accept="application/n-triples").body
            name = ox.NamedNode(graph)
            out.extend(
                ox.Quad(t.subject, t.predicate, t.object, name) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
            )
        return out

    def graphs(self) -> list[str]:
        res = self.execute(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._graph_filter()} }}")
        return sorted(sol["g"].value for sol in res)

    def __len__(self) -> int:
        res = self.execute(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._graph_filter()} }}")
        return int(next(iter(res))["n"].value)

    # -- writing
    def replace_graph(self, graph: str, nquads: bytes, *, defer: bool = False, describe: bytes = b"") -> None:
        """A Graph Store Protocol PUT, then the deal summaries it touches (two requests: a reader may see
        the article a moment before its summary).  ``describe`` is POSTed (merged) into the entities
        graph first."""
        from cmkg.graph.deal_summary import pair_set, pairs_in_nquads, pairs_query, pending_update, with_prologue

        old = pair_set(self.execute(pairs_query(graph)))
        body = ntriples_of(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
        pairs = old | pairs_in_nquads(nquads)
        if pairs:  # record the pairs first: if the PUT succeeds and we die, the next build still refreshes them
            self.update(with_prologue(pending_update(pairs)))
        if describe:
            from cmkg.graph.vocab import ENTITIES_GRAPH

            described = ntriples_of(ox.parse(describe, format=ox.RdfFormat.N_QUADS))
            self._send(self._gsp(str(ENTITIES_GRAPH)), "POST", described, **_NT)
        self._send(self._gsp(graph), "PUT", body, **_NT)
        if pairs and not defer:
            self.flush_summaries()

    def update(self, text: str) -> None:
        self._send(self.update_url, "POST", text.encode("utf-8"), **{"Content-Type": "application/sparql-update"})

    def add_quads(self, quads: list[ox.Quad]) -> None:
        for graph, triples in _by_graph(quads).items():
            self._send(self._gsp(graph), "POST", ntriples_of(triples), **_NT)

    def bulk_load(self, source: BulkSource, format: str = "nquads", *, replace: bool = True) -> None:
        fmt = rdf_format(format)
        path, data = read_source(source)
        from cmkg.graph.deal_summary import with_prologue

        graphs, pairs = bulk_plan(path, data, fmt, replace=replace)
        marks = pending_marks(self, graphs, pairs)  # recorded before anything changes, in the drop's update
        ops = ([marks] if marks else []) + [f"DROP SILENT GRAPH <{g}>" for g in sorted(graphs)]
        if ops:
            self.update(with_prologue(" ;\n".join(ops)))
        if self.profile.bulk_loader == "isql":
            from cmkg.graph.store.virtuoso import isql_bulk_load

            isql_bulk_load(self.profile, self.user, self.password, path, data, fmt)
        elif self.profile.dataset_post:
            body = data if data is not None else open(path, "rb").read()  # noqa: SIM115
            self._send(self.gsp_url, "POST", body, **{"Content-Type": fmt.media_type})
        else:
            quads = ox.parse(path=path, format=fmt) if path is not None else ox.parse(data, format=fmt)
            self.add_quads(list(quads))

    def flush(self) -> None:
        """Nothing to do: every request is durable on the server."""


def _without_echo(detail: str, query: str) -> str:
    """A server's error message up to where it starts repeating the query back (cmkg's prologue included)."""
    at = detail.find(" ".join(query.split())[:40])
    return detail[:at].rstrip() if at > 0 else detail


def _is_graph_query(query: str) -> bool:
    """CONSTRUCT or DESCRIBE: Oxigraph's own parser decides, by running the (checked) query on an empty
    in-memory store; a query it cannot parse is sent as it is.  (rdflib's parser would leave reference
    cycles holding the caller's frames, and with them pyoxigraph results bound to this thread.)"""
    try:
        return isinstance(ox.Store().query(query), ox.QueryTriples)
    except (SyntaxError, ValueError, OSError):
        return False


def _by_graph(quads: Iterable[ox.Quad]) -> dict[str | None, list[ox.Quad]]:
    out: dict[str | None, list[ox.Quad]] = {}
    for q in quads:
        out.setdefault(None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value, []).append(q)
    return out
