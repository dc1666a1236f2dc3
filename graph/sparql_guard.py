"""The SPARQL guard: decide on a parse tree whether a query may run.

Untrusted queries reach cmkg through ``cmkg sparql``, the Python API and
``cmkg serve``.  Oxigraph follows ``SERVICE`` and ``FROM`` to any URL and
would run updates, so before a query runs it is parsed with rdflib's SPARQL
1.1 grammar and the whole tree is walked: ``SERVICE``, ``FROM`` / ``FROM
NAMED``, ``LOAD`` and every update form are refused wherever they sit
(subqueries, ``EXISTS``, ``OPTIONAL``, ``UNION``, ``MINUS``, ``GRAPH``).

Two parsers read the text (rdflib here, Oxigraph when it runs), so the guard
first makes sure they read the *same characters*: codepoint escapes
(``\\u0053``) are expanded once, here, as the SPARQL spec says, and the text
must be a fixed point of that expansion; carriage returns become newlines
(Oxigraph ends a ``#`` comment at ``\\r``, rdflib does not); other control
characters are refused.  Bindings are validated and written into the text
*before* the check, so the text that was checked is exactly the text that
runs.  Size and nesting limits come first, because pyparsing's recursion and
Oxigraph's stack both die on deep nesting.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from cmkg.core.errors import CmkgError, E
from cmkg.graph.vocab import PREFIXES

__all__ = ["MAX_QUERY_CHARS", "MAX_NESTING", "CheckedQuery", "check", "prologue", "nesting_depth", "warm_up"]

MAX_QUERY_CHARS = 50_000
MAX_NESTING = 64
_RECURSION = 20_000  # pyparsing needs ~35 frames per nesting level; Python 3.11 frames cost no C stack
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
# TAB and LF; CR is turned into LF above; every other control character is refused, escaped or not
# (the two parsers treat them differently, and no cmkg query needs one).
_ALLOWED_CONTROLS = {"\t", "\n"}
_IRI_FORBIDDEN = set('<>"{}|^`\\') | {chr(c) for c in range(0x21)}
# rdflib parse-tree nodes that reach outside the local store, with the keyword users wrote
_OUTSIDE = {"ServiceGraphPattern": "SERVICE", "DatasetClause": "FROM", "Load": "LOAD"}
_UPDATES = {
    "InsertData": "INSERT DATA",
    "DeleteData": "DELETE DATA",
    "DeleteWhere": "DELETE WHERE",
    "Modify": "INSERT/DELETE",
    "Clear": "CLEAR",
    "Drop": "DROP",
    "Create": "CREATE",
    "Add": "ADD",
    "Move": "MOVE",
    "Copy": "COPY",
}
_KINDS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "graph", "DescribeQuery": "graph"}


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed the guard: ``text`` is what must run, verbatim."""

    text: str
    kind: str  # "select", "ask" or "graph"
    offset_lines: int  # lines of cmkg's prefix prologue before the user's first line


def prologue(text: str | None = None) -> str:
    """cmkg's prefixes that ``text`` may use (all without ``text``); a user's own PREFIX comes later and wins.

    Only the prefixes a query can use are declared: parsing the ten declarations
    costs twice as much as a typical query.  Over-inclusion is harmless.
    """
    if text is None:
        return _PROLOGUE
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items() if f"{k}:" in text)


def _refuse(keyword: str) -> CmkgError:
    what = "updates are not allowed" if keyword in _UPDATES.values() else "it would reach outside the local store"
    return CmkgError(
        E.FORBIDDEN_QUERY, f"{keyword} refused: {what}; cmkg runs read-only queries on the local graph only"
    )


def _normalise(text: str) -> str:
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes

    if len(text) > MAX_QUERY_CHARS:
        raise CmkgError(E.QUERY_TOO_LARGE, f"query is {len(text):,} characters; the limit is {MAX_QUERY_CHARS:,}")
    try:
        expanded = expandUnicodeEscapes(text)
        twice = expandUnicodeEscapes(expanded)
    except ValueError as exc:
        raise CmkgError(E.BAD_QUERY, f"bad codepoint escape: {exc}") from None
    if twice != expanded:
        raise CmkgError(E.BAD_QUERY, "a codepoint escape (\\u....) spells another escape; write the character itself")
    expanded = expanded.replace("\r\n", "\n").replace("\r", "\n")
    for i, ch in enumerate(expanded):
        if (ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0) and ch not in _ALLOWED_CONTROLS:
            line = expanded.count("\n", 0, i) + 1
            raise CmkgError(E.BAD_QUERY, f"control character U+{ord(ch):04X} at line {line}; remove it")
    if not expanded.strip():
        raise CmkgError(E.BAD_QUERY, "query is empty")
    return expanded


def _tokens(text: str) -> Iterator[tuple[str, int]]:
    """Brackets and bare words with their offsets, skipping strings, IRIs and comments."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif ch in "\"'":
            i = _skip_string(text, i)
        elif ch == "<":
            j = i + 1
            while j < n and text[j] not in _IRI_FORBIDDEN:
                j += 1
            i = j + 1 if j < n and text[j] == ">" else i + 1
        elif ch in "{([" or ch in "})]":
            yield ch, i
            i += 1
        elif ch.isalpha():
            j = i
            while j < n and (text[j].isalnum() or text[j] in "_-:.?$"):
                j += 1
            yield text[i:j], i
            i = j
        else:
            i += 1


def _skip_string(text: str, i: int) -> int:
    quote = text[i] * 3 if text.startswith(text[i] * 3, i) else text[i]
    j = i + len(quote)
    while j < len(text):
        if text[j] == "\\":
            j += 2
        elif text.startswith(quote, j):
            return j + len(quote)
        elif len(quote) == 1 and text[j] == "\n":
            return j
        else:
            j += 1
    return j


def nesting_depth(text: str) -> int:
    """Deepest nesting of braces, parentheses and brackets outside strings, IRIs and comments."""
    depth = deepest = 0
    for tok, _ in _tokens(text):
        if tok in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif tok in "})]":
            depth = max(0, depth - 1)
    return deepest


def _outer_group(text: str) -> int:
    """Offset just after the ``{`` that opens the query's WHERE group, or -1."""
    depth, after_where, first_top = 0, False, -1
    for tok, pos in _tokens(text):
        if tok in "{([":
            if depth == 0 and tok == "{":
                if after_where:
                    return pos + 1
                first_top = pos + 1 if first_top < 0 else first_top
            depth += 1
        elif tok in "})]":
            depth = max(0, depth - 1)
        elif depth == 0:
            after_where = tok.upper() == "WHERE"
    return first_top


@contextmanager
def _deep_recursion() -> Iterator[None]:
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, _RECURSION))
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


def _parse_error(exc: Any, text: str, offset_lines: int) -> CmkgError:
    """The grammar's complaint in plain words at the user's own line, with that line and a caret under it.

    A misspelt keyword is named first.  In a query child without network
    (``sparql_sandbox.isolated``), Oxigraph's own parser is asked for its
    message on an empty store, since it says what was expected where; nothing
    it might try to fetch is reachable there, and the real store is not used.
    """
    from cmkg.graph import sparql_sandbox
    from cmkg.graph.sparql_errors import check_keywords, located_error, syntax_error

    user_text = "\n".join(text.split("\n")[offset_lines:])
    check_keywords(user_text)
    if sparql_sandbox.isolated():
        import pyoxigraph as ox

        try:
            ox.Store().query(text)
        except SyntaxError as oxigraph:
            return syntax_error(user_text, str(oxigraph), offset_lines)
        except Exception:  # anything else: fall back to the grammar's own position
            pass
    line = max(1, getattr(exc, "lineno", 1) - offset_lines)
    column = getattr(exc, "col", 1)
    return located_error(user_text, line, column, f"the SPARQL grammar stops here ({exc.msg})")


def _walk(node: Any) -> Iterator[str]:
    """Every parse-tree node name, depth first, wherever it is nested."""
    from pyparsing import ParseResults

    stack = [node]
    while stack:
        item = stack.pop()
        name = getattr(item, "name", None)
        if isinstance(name, str) and isinstance(item, dict):
            yield name
        if isinstance(item, dict):
            stack.extend(dict.values(item))
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)


def _refuse_if_update(text: str, failed_at: int) -> None:
    """An update, or a query followed by ``; update``, is refused as an update, not as a typo."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseUpdate

    rest = text[failed_at:].lstrip()
    for candidate in (text, rest[1:] if rest.startswith(";") else None):
        if not candidate:
            continue
        try:
            tree = parseUpdate(candidate)
        except (ParseBaseException, ValueError, RecursionError):
            continue
        for name in _walk(tree):
            if name in _OUTSIDE or name in _UPDATES:
                raise _refuse(_OUTSIDE.get(name) or _UPDATES[name])
        raise _refuse("UPDATE")


def _binding_text(bindings: dict[str, Any]) -> str:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import VARNAME

    names, terms = [], []
    for name, term in bindings.items():
        try:
            VARNAME.parse_string(name, parse_all=True)
        except ParseBaseException:
            raise CmkgError(E.BAD_BINDING, f"--bind name {name!r} is not a SPARQL variable name") from None
        if isinstance(term, ox.NamedNode):
            if any(c in _IRI_FORBIDDEN for c in term.value):
                raise CmkgError(E.BAD_BINDING, f"--bind {name}: {term.value!r} is not an IRI")
        elif not isinstance(term, ox.Literal):
            raise CmkgError(E.BAD_BINDING, f"--bind {name}: only IRIs and literals can be bound")
        names.append(f"?{name}")
        terms.append(str(term))  # N-Triples syntax, escaped by Oxigraph
    return f" VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }} "


def _with_bindings(text: str, bindings: dict[str, Any]) -> str:
    if not bindings:
        return text
    at = _outer_group(text)
    if at < 0:
        raise CmkgError(E.BAD_BINDING, "cannot bind values: the query has no WHERE group")
    return text[:at] + _binding_text(bindings) + text[at:]


def _bound_first(tree: Any, bindings: dict[str, Any]) -> bool:
    where = tree[1].get("where")
    parts = list(where.get("part") or []) if isinstance(where, dict) else []
    first = parts[0] if parts else None
    if getattr(first, "name", None) != "InlineData":
        return False
    return [str(v) for v in first.get("var") or []] == list(bindings)


def warm_up() -> None:
    """Import and exercise the grammar once, so forked query children inherit it ready (~0.3 s each otherwise)."""
    check("ASK { ?s ?p ?o }")


def check(query: str, bindings: dict[str, Any] | None = None) -> CheckedQuery:
    """The exact text to run for ``query`` with ``bindings``, or a CmkgError saying why not."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import Query

    user = _normalise(query)
    bindings = bindings or {}
    bound = _with_bindings(user, bindings)
    declared = prologue(bound)
    text = declared + bound
    offset = declared.count("\n")
    if (depth := nesting_depth(text)) > MAX_NESTING:
        raise CmkgError(E.QUERY_TOO_DEEP, f"query nests {depth} levels deep; the limit is {MAX_NESTING}")
    with _deep_recursion():
        try:
            tree = Query.parse_string(text, parse_all=True)
        except ParseBaseException as exc:
            _refuse_if_update(text, exc.loc)
            raise _parse_error(exc, text, offset) from None
        except RecursionError:
            raise CmkgError(E.QUERY_TOO_DEEP, "query nests too deeply for the SPARQL parser") from None
        for name in _walk(tree):
            if name in _OUTSIDE or name in _UPDATES:
                raise _refuse(_OUTSIDE.get(name) or _UPDATES[name])
    if bindings and not _bound_first(tree, bindings):
        raise CmkgError(E.BAD_BINDING, "cannot bind values: the query's WHERE group does not start where expected")
    return CheckedQuery(text, _KINDS[tree[1].name], offset)
