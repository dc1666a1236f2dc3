"""Render query results as a table, SPARQL JSON, CSV, TSV or Turtle."""

from __future__ import annotations

import csv
import io
import json
import re

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.graph.sparql import QueryResult
from cmkg.graph.vocab import ID, XSD

__all__ = ["format_result", "parse_bindings"]


def parse_bindings(pairs: list[str]) -> dict[str, object]:
    """``name=<iri>``, ``name=2025-10-01`` (an xsd:date), ``name=USA`` (a country code) or ``name=text``."""
    from cmkg.core.gazetteer import gazetteer

    out: dict[str, object] = {}
    for pair in pairs:
        if "=" not in pair:
            raise CmkgError(E.BAD_QUERY, f"--bind '{pair}' is not name=value")
        name, value = pair.split("=", 1)
        if value.startswith("<") and value.endswith(">"):
            out[name] = ox.NamedNode(value[1:-1])
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            out[name] = ox.Literal(value, datatype=ox.NamedNode(str(XSD.date)))  # dates compare as dates
        elif (code := gazetteer().resolve_country(value)) is not None:
            out[name] = ox.NamedNode(f"{ID}country/{code}")
        else:
            out[name] = ox.Literal(value)
    return out


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
    value = lambda t: "" if t is None else t.value  # noqa: E731
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(res.variables)
        for row in res.rows:
            w.writerow([value(row.get(v)) for v in res.variables])
        return buf.getvalue().rstrip("\n")
    widths = {v: max([len(v)] + [len(value(r.get(v))) for r in res.rows]) for v in res.variables}
    widths = {v: min(w, 60) for v, w in widths.items()}
    lines = [" | ".join(v.ljust(widths[v]) for v in res.variables), "-+-".join("-" * widths[v] for v in res.variables)]
    for r in res.rows:
        lines.append(" | ".join(value(r.get(v))[:60].ljust(widths[v]) for v in res.variables))
    lines.append(f"({len(res.rows)} rows)")
    return "\n".join(lines)
