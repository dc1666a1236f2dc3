"""Which query to run and with which values: stored-query names, ``--bind`` pairs.

A misspelt stored-query name is answered as a name ("did you mean"), not
parsed as SPARQL; a ``--bind`` name must be a variable the query uses, or
the query would quietly run unbound; a ``country`` value must be a country
cmkg knows, the same check as ``cmkg deals --with``.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.graph.sparql_errors import variables
from cmkg.graph.vocab import country_iri

__all__ = ["resolve_query", "parse_bindings", "COUNTRY_BINDS"]

# Bind names whose value is always a country: resolved through the gazetteer, never a literal.
COUNTRY_BINDS = ("country", "partner")
_NAME = re.compile(r"^[A-Za-z_][\w-]*$")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def _suggest(value: str, allowed: list[str]) -> str:
    close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def resolve_query(query: str, stored: dict[str, Path]) -> str:
    """The SPARQL text for ``query``: a stored query's name, a ``.rq`` file, or SPARQL itself.

    A single word that names no stored query is an unknown name (E221), since
    no SPARQL query is one word.
    """
    if query in stored:
        return stored[query].read_text(encoding="utf-8")
    if query.endswith(".rq"):
        path = Path(query)
        if not path.is_file():
            raise CmkgError(E.NOT_FOUND, f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    if _NAME.match(query.strip()):
        names = list(stored)
        raise CmkgError(
            E.UNKNOWN_QUERY,
            f"no stored query named '{query.strip()}'{_suggest(query.strip(), names)}; stored: {', '.join(names)}",
        )
    return query


def parse_bindings(pairs: list[str], query: str | None = None) -> dict[str, object]:
    """``name=<iri>``, ``name=2025-10-01`` (an xsd:date), ``name=USA`` (a country) or ``name=text``.

    With ``query``, each name must be one of its variables.  A name in
    ``COUNTRY_BINDS`` must resolve to a country (E206 otherwise); other values
    that name a country become the country's IRI, anything else a literal.
    """
    from cmkg.core.gazetteer import gazetteer
    from cmkg.graph.questions import resolve_country

    used = sorted(variables(query)) if query is not None else None
    out: dict[str, object] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise CmkgError(E.BAD_BIND, f"--bind '{pair}' is not name=value (e.g. --bind country=US)")
        if used is not None and name not in used:
            raise CmkgError(
                E.UNKNOWN_BIND,
                f"--bind {name}: the query has no variable ?{name}{_suggest(name, used)}; "
                f"its variables: {', '.join(used) or 'none'}",
            )
        if value.startswith("<") and value.endswith(">"):
            try:
                out[name] = ox.NamedNode(value[1:-1])
            except ValueError as exc:
                raise CmkgError(E.BAD_BINDING, f"--bind {name}: {value!r} is not an IRI ({exc})") from None
        elif _DATE.fullmatch(value):
            out[name] = ox.Literal(value, datatype=_XSD_DATE)  # dates compare as dates (--since, --as-of)
        elif name in COUNTRY_BINDS:  # the same check, and the same error, as cmkg deals --with
            out[name] = ox.NamedNode(str(country_iri(resolve_country(value))))
        elif (code := gazetteer().resolve_country(value)) is not None:
            out[name] = ox.NamedNode(str(country_iri(code)))
        else:
            out[name] = ox.Literal(value)
    return out
