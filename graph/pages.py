"""The explorer and the query page: rendering, their assets, and stored-query parameters.

Two ways out, one template each:

* **file** (``cmkg export --format html``): one self-contained page; the
  vendored scripts are inlined and the Content-Security-Policy allows exactly
  those scripts by their SHA-256 hashes, no network at all;
* **served** (``cmkg serve``): scripts and styles come from ``/static/`` in
  this package (``script-src 'self'``), and the pages may talk to ``/sparql``.

Untrusted text (names, sentences, titles, URLs) only travels as JSON inside a
``<script type="application/json">`` block, escaped by ``json_for_script``,
and the page scripts insert it with ``textContent``; links are made only for
``http(s)`` URLs.  The page scripts contain no inline event handlers.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import urllib.parse
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from cmkg.core.errors import CmkgError, E

__all__ = [
    "render_explorer",
    "render_query_page",
    "inline_page",
    "page_template",
    "asset_text",
    "static_asset",
    "query_parameters",
    "bound_query",
    "respond",
    "json_for_script",
    "EXPLORER_SCRIPTS",
    "QUERY_SCRIPTS",
]

STATIC = Path(__file__).parent / "static"
TEMPLATES = Path(__file__).parent / "templates"
EXPLORER_SCRIPTS = ("vendor/graphology/graphology.umd.min.js", "vendor/sigma/sigma.min.js", "explorer.js")
EXPLORER_STYLES = ("explorer.css",)
QUERY_SCRIPTS = (
    "vendor/codemirror/codemirror.js",
    "vendor/codemirror/sparql.js",
    "vendor/codemirror/show-hint.js",
    "queries.js",
)
QUERY_STYLES = ("vendor/codemirror/codemirror.css", "vendor/codemirror/show-hint.css", "queries.css")
_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
_CSP_FILE = "default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"
_CSP_SERVED = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'"
)
_BIND_HINTS = (re.compile(r"--bind\s+(\w+)=(\"[^\"]*\"|\S+)"), re.compile(r"(?i)\bbind\s+\?(\w+)()"))


def json_for_script(obj: Any) -> str:
    return (
        json.dumps(obj, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _packaged_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CmkgError(E.MISSING_ASSET, f"{path}: {what} missing from the cmkg package ({exc.strerror})") from None


@cache
def asset_text(rel: str) -> str:
    return _packaged_text(STATIC / rel, "page asset")


@cache
def _assets() -> frozenset[str]:
    return frozenset(p.relative_to(STATIC).as_posix() for p in STATIC.rglob("*") if p.suffix in _TYPES)


def static_asset(rel: str) -> tuple[bytes, str] | None:
    """Bytes and content type of a packaged script or stylesheet, or None: only files listed, never a path walk."""
    if rel not in _assets():
        return None
    return asset_text(rel).encode("utf-8"), _TYPES[Path(rel).suffix]


def _inline_safe(code: str, tag: str) -> str:
    """Only ``</script`` (or ``</style``) can end an inline block early."""
    return re.sub(rf"</({tag})", r"<\\/\1", code, flags=re.IGNORECASE)


def _fill(template: str, scripts: tuple[str, ...], styles: tuple[str, ...], data: dict, served: bool) -> str:
    if not served:
        return inline_page(template, [asset_text(s) for s in scripts], [asset_text(s) for s in styles], data)
    style_tags = "".join(f'<link rel="stylesheet" href="/static/{s}">' for s in styles)
    script_tags = "".join(f'<script src="/static/{s}"></script>' for s in scripts)
    return (
        template.replace("__CSP__", _CSP_SERVED)
        .replace("<!--__STYLES__-->", style_tags)
        .replace("<!--__SCRIPTS__-->", script_tags)
        .replace("/*__DATA__*/", json_for_script(data))
    )


def inline_page(template: str, scripts: list[str], styles: list[str], data: dict) -> str:
    """A self-contained page: scripts and styles inlined, the CSP allowing exactly those scripts by hash.

    Every offline page (the explorer, the pyvis export) goes through here, so
    they share one policy: no network, no script the page did not ship."""
    style_tags = "".join(f"<style>{_inline_safe(s, 'style')}</style>" for s in styles)
    bodies = [_inline_safe(s, "script") for s in scripts]
    script_tags = "".join(f"<script>{b}</script>" for b in bodies)
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(b.encode("utf-8")).digest()).decode() + "'" for b in bodies
    )
    return (
        template.replace("__CSP__", _CSP_FILE.format(hashes=hashes))
        .replace("<!--__STYLES__-->", style_tags)
        .replace("<!--__SCRIPTS__-->", script_tags)
        .replace("/*__DATA__*/", json_for_script(data))
    )


def page_template(name: str) -> str:
    return _packaged_text(TEMPLATES / name, "page template")


def render_explorer(
    g: nx.MultiDiGraph, heading: str = "cmkg: critical-minerals policy graph", *, served: bool = False
) -> str:
    from cmkg.graph.explorer_data import explorer_payload

    data = explorer_payload(g, heading)
    data["served"] = served
    return _fill(page_template("explorer.html"), EXPLORER_SCRIPTS, EXPLORER_STYLES, data, served)


def query_parameters(text: str) -> list[dict[str, str]]:
    """Parameters a stored query documents in its comments (``--bind name=example`` or ``Bind ?name``).

    A parameter counts only if the query body uses the variable: the value is
    bound with ``VALUES`` at the top of the WHERE group, as ``cmkg sparql --bind`` does."""
    comments = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    found: dict[str, str] = {}
    for pattern in _BIND_HINTS:
        for name, example in pattern.findall(comments):
            if re.search(rf"[?$]{name}\b", body):
                found.setdefault(name, example.strip('"'))
                found[name] = found[name] or example.strip('"')
    return [{"name": n, "example": ex} for n, ex in found.items()]


def bound_query(text: str, values: dict[str, str]) -> str:
    """The stored query with ``values`` bound like ``cmkg sparql --bind`` (country names become IRIs)."""
    from cmkg.graph.query_output import parse_bindings
    from cmkg.graph.sparql import bind_values

    declared = {p["name"] for p in query_parameters(text)}
    unknown = sorted(set(values) - declared)
    if unknown:
        raise CmkgError(
            E.BAD_PARAMETER,
            f"the stored query has no parameter {', '.join(unknown)}; it has: {', '.join(sorted(declared)) or 'none'}",
        )
    pairs = [f"{k}={v}" for k, v in values.items() if v.strip()]
    return bind_values(text, parse_bindings(pairs))


@cache
def _completions() -> list[str]:
    """Prefixed names of the ontology's terms, for the editor's completion."""
    import pyoxigraph as ox

    from cmkg.core.resources import data_path
    from cmkg.graph.vocab import PREFIXES

    terms: set[str] = set()
    for quad in ox.parse(path=str(data_path("ontology.ttl")), format=ox.RdfFormat.TURTLE):
        for term in (quad.subject, quad.predicate, quad.object):
            if isinstance(term, ox.NamedNode):
                for prefix, ns in PREFIXES.items():
                    local = term.value[len(ns) :]
                    if term.value.startswith(ns) and re.fullmatch(r"[A-Za-z][\w-]*", local):
                        terms.add(f"{prefix}:{local}")
    return sorted(terms)


def render_query_page(queries: dict[str, str]) -> str:
    from cmkg.graph.vocab import PREFIXES

    data = {
        "queries": {
            name: {"text": text, "params": query_parameters(text), "doc": _doc(text)} for name, text in queries.items()
        },
        "prefixes": PREFIXES,
        "terms": _completions(),
    }
    return _fill(page_template("queries.html"), QUERY_SCRIPTS, QUERY_STYLES, data, served=True)


def _doc(text: str) -> str:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").rstrip())
    return " ".join(lines)


def respond(path: str, query_string: str, queries: dict[str, str]) -> tuple[int, bytes, str]:
    """Status, body and content type for ``/static/<asset>`` and ``/queries/<name>.rq[?param=value]``."""
    text_type = "text/plain; charset=utf-8"
    if path.startswith("/static/"):
        asset = static_asset(path[len("/static/") :])
        return (200, *asset) if asset else (404, b"not found\n", text_type)
    name = path[len("/queries/") :].removesuffix(".rq")
    if not path.endswith(".rq") or name not in queries:
        return 404, f"no stored query named {name!r}\n".encode(), text_type
    values = {k: v[0] for k, v in urllib.parse.parse_qs(query_string).items()}
    try:
        text = bound_query(queries[name], values) if values else queries[name]
    except CmkgError as err:
        return 400, f"{err}\n".encode(), text_type
    return 200, text.encode("utf-8"), "application/sparql-query; charset=utf-8"
