"""How a SPARQL server differs from Oxigraph's, as data.

The remote store speaks the SPARQL 1.1 Protocol and Graph Store Protocol;
servers differ in paths, authentication, the name of the default graph and
the JSON they answer with.  Each difference is a field of ``ServerProfile``;
the profile is chosen by the URL scheme (``virtuoso+http://host:8890``) and
any field can be overridden from the environment (``CMKG_STORE_<FIELD>``, e.g.
``CMKG_STORE_GSP_PATH=/data``).  The store's code has no per-server branches.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from cmkg.core.errors import CmkgError, E

__all__ = ["ServerProfile", "PROFILES", "profile_for", "split_location"]


@dataclass(frozen=True)
class ServerProfile:
    name: str
    query_path: str = "/query"
    update_path: str = "/update"
    gsp_path: str = "/store"
    # the Graph Store Protocol parameter naming a graph
    graph_param: str = "graph"
    # query-string flag asking for the union of all graphs as the default graph ("" = already the union)
    union_flag: str = "union-default-graph"
    # the GSP parameter naming the default graph ("" = the server has none: default-graph data is refused)
    default_graph_param: str = "default"
    # GET on the GSP path without a graph returns every quad as N-Quads; else quads are read with SELECT
    dataset_get: bool = True
    # POST N-Quads to the GSP path loads a whole dataset in one request; else one PUT per graph
    dataset_post: bool = True
    # "" (none), "basic" or "digest"; credentials from CMKG_STORE_USER / CMKG_STORE_PASSWORD
    auth: str = ""
    # text in an error body that means "permission denied" whatever the status (Virtuoso: 500 "SECURITY: …")
    refusal_marker: str = ""
    # the server answers SELECT with the 2005 draft's "typed-literal" JSON terms
    typed_literal_json: bool = False
    # graph IRI prefixes that belong to the server itself, never listed or exported
    system_graphs: tuple[str, ...] = ()
    # "gsp" (HTTP) or "isql" (Virtuoso's ld_dir / rdf_loader_run on files the server can read)
    bulk_loader: str = "gsp"
    # host:port of the server's SQL port, for the isql bulk loader
    isql: str = ""
    # a directory the server may read (Virtuoso: in DirsAllowed) where bytes and streams are staged for isql
    bulk_dir: str = ""
    # the server answers with one format whatever the Accept weights, so ask per query form
    accept_by_form: bool = False
    # deal summaries recomputed per update request (0 = all in one; Virtuoso cannot compile large updates)
    summary_batch: int = 0


PROFILES = {
    "oxigraph": ServerProfile("oxigraph"),
    "fuseki": ServerProfile("fuseki", query_path="/query", update_path="/update", gsp_path="/data", union_flag=""),
    "virtuoso": ServerProfile(
        "virtuoso",
        query_path="/sparql",
        update_path="/sparql-auth",
        gsp_path="/sparql-graph-crud-auth",
        union_flag="",
        default_graph_param="",
        dataset_get=False,
        dataset_post=False,
        auth="digest",
        refusal_marker="SECURITY",
        typed_literal_json=True,
        accept_by_form=True,
        summary_batch=8,
        system_graphs=(
            "http://www.openlinksw.com/schemas/virtrdf#",
            "http://www.w3.org/ns/ldp#",
            "http://localuriqaserver/",
        ),
        bulk_loader="isql",
        isql="127.0.0.1:1111",
    ),
}
_LEGACY_ENV = {"CMKG_QUERY_PATH": "query_path", "CMKG_UPDATE_PATH": "update_path", "CMKG_GSP_PATH": "gsp_path"}


def split_location(location: str) -> tuple[str, str]:
    """``virtuoso+http://h:p/x`` -> ("virtuoso", "http://h:p/x"); a plain URL uses the oxigraph profile."""
    scheme, sep, rest = location.partition("://")
    if not sep:
        raise CmkgError(E.STORE_CONFIG, f"{location}: not a server URL")
    name, plus, transport = scheme.rpartition("+")
    if transport not in ("http", "https"):
        raise CmkgError(E.STORE_CONFIG, f"{location}: only http:// and https:// servers are supported")
    return (name if plus else "oxigraph"), f"{transport}://{rest}".rstrip("/")


def _coerce(kind: type | str, raw: str, key: str) -> object:
    if kind in (bool, "bool"):
        if raw.lower() not in ("1", "0", "true", "false", "yes", "no"):
            raise CmkgError(E.STORE_CONFIG, f"{key}={raw!r}: expected true or false")
        return raw.lower() in ("1", "true", "yes")
    if kind in (tuple[str, ...], "tuple[str, ...]"):
        return tuple(p for p in raw.split() if p)
    if kind in (int, "int"):
        if not raw.isdigit():
            raise CmkgError(E.STORE_CONFIG, f"{key}={raw!r}: expected a whole number")
        return int(raw)
    return raw


def profile_for(name: str, env: dict[str, str] | None = None) -> ServerProfile:
    """The named profile with ``CMKG_STORE_<FIELD>`` (and the older ``CMKG_*_PATH``) overrides applied."""
    env = dict(os.environ if env is None else env)
    if name not in PROFILES:
        raise CmkgError(E.STORE_CONFIG, f"unknown server profile '{name}'; known: {', '.join(PROFILES)}")
    changes: dict[str, object] = {}
    for old, field in _LEGACY_ENV.items():
        if old in env:
            changes[field] = env[old]
    for f in fields(ServerProfile):
        key = f"CMKG_STORE_{f.name.upper()}"
        if f.name != "name" and key in env:
            changes[f.name] = _coerce(f.type, env[key], key)
    if changes.get("auth", PROFILES[name].auth) not in ("", "basic", "digest"):
        raise CmkgError(E.STORE_CONFIG, f"CMKG_STORE_AUTH={changes['auth']!r}: expected basic or digest")
    return replace(PROFILES[name], **changes)
