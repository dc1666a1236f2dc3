"""Render query results as SPARQL JSON, CSV, TSV or Turtle (tables: ``cmkg.app.cli.render``).

CSV and TSV are read by people in terminals, so control characters in values
are escaped (``cmkg.core.terminal.printable``); JSON and Turtle stay exact,
since their own escaping makes control characters inert.
"""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox

from cmkg.core.terminal import printable
from cmkg.graph.query_params import parse_bindings
from cmkg.graph.sparql import QueryResult

__all__ = ["format_result", "parse_bindings"]


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif not t.datatype.value.endswith("#string"):
        d["datatype"] = t.datatype.value
    return d


def format_result(res: QueryResult, fmt: str) -> str:
    if res.kind == "graph":
        triples = res.triples or []
        return (ox.serialize(triples, format=ox.RdfFormat.TURTLE) or b"").decode("utf-8")
    if res.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": res.boolean})
        return "true" if res.boolean else "false"
    if fmt == "json":
        return json.dumps(
            {
                "head": {"vars": res.variables},
                "results": {
                    "bindings": [{k: _json_term(v) for k, v in row.items() if v is not None} for row in res.rows]
                },
            },
            indent=1,
        )
    # csv and tsv (a "table" is drawn by the command line, which knows the terminal's width)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
    w.writerow(res.variables)
    for row in res.rows:
        w.writerow([printable(row[v].value) if row.get(v) is not None else "" for v in res.variables])
    return buf.getvalue().rstrip("\n")
