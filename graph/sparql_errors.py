"""SPARQL syntax errors in words a person reads.

Oxigraph reports "error at 3:14: expected one of ..." with the inner
alternatives of its grammar (Unicode ranges, ``[_]``, forty keywords).  An
analyst needs: where (line, column, the line itself with a caret under the
spot), what was found there, and what would have been right, in words.  Two
mistakes Oxigraph lets through or misplaces get their own messages: a
misspelt keyword (``SELEC``), and two keywords written as one (``ORDERBY``,
which Oxigraph quietly reads as ``ORDER BY``).

This module only explains; the refusal of unsafe queries is elsewhere, on a
parse tree.  The small lexer here skips strings, IRIs, comments, variables
and prefixed names so that a keyword inside them is never reported.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from cmkg.core.errors import CmkgError, E
from cmkg.core.terminal import printable

__all__ = ["QuerySyntaxError", "syntax_error", "located_error", "check_keywords", "words", "variables", "KEYWORDS"]

# The SPARQL 1.1 keywords a hand-written query uses (for "did you mean").
KEYWORDS = [
    "SELECT",
    "ASK",
    "CONSTRUCT",
    "DESCRIBE",
    "WHERE",
    "PREFIX",
    "BASE",
    "DISTINCT",
    "REDUCED",
    "OPTIONAL",
    "FILTER",
    "UNION",
    "MINUS",
    "GRAPH",
    "BIND",
    "VALUES",
    "ORDER",
    "BY",
    "GROUP",
    "HAVING",
    "LIMIT",
    "OFFSET",
    "ASC",
    "DESC",
    "AS",
    "NOT",
    "EXISTS",
    "IN",
    "UNDEF",
    "SERVICE",
    "FROM",
    "NAMED",
    "COUNT",
    "SUM",
    "MIN",
    "MAX",
    "AVG",
    "SAMPLE",
    "GROUP_CONCAT",
    "SEPARATOR",
    "STR",
    "LANG",
    "LANGMATCHES",
    "DATATYPE",
    "BOUND",
    "IRI",
    "URI",
    "BNODE",
    "RAND",
    "ABS",
    "CEIL",
    "FLOOR",
    "ROUND",
    "CONCAT",
    "STRLEN",
    "UCASE",
    "LCASE",
    "CONTAINS",
    "STRSTARTS",
    "STRENDS",
    "STRBEFORE",
    "STRAFTER",
    "REGEX",
    "REPLACE",
    "SUBSTR",
    "COALESCE",
    "IF",
    "STRLANG",
    "STRDT",
    "SAMETERM",
    "ISIRI",
    "ISURI",
    "ISBLANK",
    "ISLITERAL",
    "ISNUMERIC",
    "YEAR",
    "MONTH",
    "DAY",
    "NOW",
    "TRUE",
    "FALSE",
]
_QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_PROLOGUE_WORDS = ("PREFIX", "BASE")
# Keyword pairs that must be written apart; Oxigraph accepts them glued together.
_GLUED = {"ORDERBY": "ORDER BY", "GROUPBY": "GROUP BY"}
_PUNCTUATION = {
    ",": "a comma",
    ".": "a full stop",
    ";": "a semicolon",
    "{": "'{'",
    "}": "'}'",
    "(": "'('",
    ")": "')'",
    '"': "a closing quote",
    "*": "'*'",
}

# One token: a comment, a string, an IRI, a variable, a prefixed name, a bare word, or any other character.
_TOKEN = re.compile(
    r'(?P<comment>#[^\n]*)|(?P<string>"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\s]*>)|(?P<var>[?$][\w]+)|(?P<pname>[\w.-]*:[\w.:%-]*)|(?P<word>[A-Za-z_]\w*)|(?P<other>\S)'
)


@dataclass(frozen=True)
class _Word:
    text: str
    kind: str
    offset: int


class QuerySyntaxError(CmkgError):
    """A syntax error with the offending line and a caret, printed under the one-line message."""

    def __init__(self, message: str, excerpt: list[str]) -> None:
        super().__init__(E.BAD_QUERY, message)
        self.excerpt = excerpt


def words(query: str) -> Iterator[_Word]:
    """Tokens of ``query`` (comments dropped), each with its kind and offset."""
    for m in _TOKEN.finditer(query):
        if m.lastgroup != "comment":
            yield _Word(m.group(0), m.lastgroup or "other", m.start())


def variables(query: str) -> set[str]:
    """The variable names ``query`` mentions (``?x`` and ``$x``), outside strings, IRIs and comments."""
    return {w.text[1:] for w in words(query) if w.kind == "var"}


def _position(query: str, offset: int) -> tuple[int, int]:
    line = query.count("\n", 0, offset) + 1
    return line, offset - (query.rfind("\n", 0, offset) + 1) + 1


def _excerpt(query: str, line: int, column: int) -> list[str]:
    lines = query.split("\n")
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    shown = printable(text.expandtabs(1))
    return [f"  {shown}", "  " + " " * (max(column, 1) - 1) + "^"]


def located_error(query: str, line: int, column: int, problem: str) -> QuerySyntaxError:
    """``problem`` as a coded error, with the line of ``query`` it is about and a caret under ``column``."""
    return _error(query, line, column, problem)


def _error(query: str, line: int, column: int, problem: str) -> QuerySyntaxError:
    return QuerySyntaxError(f"syntax error at line {line}, column {column}: {problem}", _excerpt(query, line, column))


def _did_you_mean(word: str) -> str:
    close = difflib.get_close_matches(word.upper(), KEYWORDS, n=1, cutoff=0.75)
    return f" (did you mean {close[0]}?)" if close else ""


def check_keywords(query: str) -> None:
    """Raise for glued keywords (``ORDERBY``) and for a query that does not start with a query form."""
    toks = list(words(query))
    for w in toks:
        if w.kind == "word" and w.text.upper() in _GLUED:
            line, col = _position(query, w.offset)
            raise _error(query, line, col, f"'{w.text}' should be two words: {_GLUED[w.text.upper()]}")
    i = 0
    while i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() in _PROLOGUE_WORDS:
        i += 3 if toks[i].text.upper() == "PREFIX" else 2  # PREFIX p: <iri> / BASE <iri>
    if i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() not in _QUERY_FORMS:
        w = toks[i]
        line, col = _position(query, w.offset)
        raise _error(
            query,
            line,
            col,
            f"'{w.text}' is not a SPARQL keyword{_did_you_mean(w.text)}; "
            "a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE",
        )


_ALTERNATIVE = re.compile(r'"(?:[^"\\]|\\.)*"|\[(?:[^\]\\]|\\.)*\]|[^,\s][^,]*')


def _expected_words(raw: str) -> str:
    """Oxigraph's list of alternatives as a short phrase ("" when it says nothing useful)."""
    body = re.sub(r"^one of\s+", "", raw.split("expected", 1)[-1].strip())
    if "Prefix not found" in body:
        return "prefix"
    if "IRI parsing failed" in body:
        return "iri"
    said: list[str] = []
    for item in (x.strip() for x in _ALTERNATIVE.findall(body)):
        if item.startswith('"') and item.endswith('"'):
            token = item[1:-1].replace('\\"', '"')
            if token and not token.startswith("\\"):
                said.append(_PUNCTUATION.get(token, f"'{token}'"))
        elif item.startswith("['0'"):
            said.append("a number")
        elif item.startswith("['A'") or "\\u{" in item:
            said.append("a name")
        elif re.fullmatch(r"[A-Za-z_]+", item) and item != "_":
            said.append(item.upper())
    said = list(dict.fromkeys(said))
    keywords = [x for x in said if x.isupper()]
    if len(keywords) > 4:  # forty function names help nobody: say what kind of thing fits
        said = [x for x in said if not x.isupper()] + ["a keyword such as " + ", ".join(keywords[:4])]
    return " or ".join(said)


def _misspelt(query: str, offset: int) -> _Word | None:
    """The last bare word before ``offset`` that is no keyword but close to one (``FILTR``, ``LIMT``)."""
    found = None
    for w in words(query[:offset]):
        if w.kind == "word" and w.text.upper() not in KEYWORDS and w.text != "a" and _did_you_mean(w.text):
            found = w
    return found


def _culprit(query: str, offset: int, anything_else: bool) -> _Word | None:
    """The token Oxigraph stopped at: the one at ``offset``, or the one before it when the spot is
    blank or when Oxigraph only says the text should have ended (it points past the culprit)."""
    before = None
    for w in words(query):
        if w.offset <= offset < w.offset + len(w.text) and not anything_else:
            return w
        if w.offset >= offset:
            break
        before = w
    return before


def syntax_error(query: str, raw: str, offset_lines: int = 0) -> QuerySyntaxError:
    """Oxigraph's ``raw`` message about ``query`` (after ``offset_lines`` of prologue) in plain words."""
    m = re.search(r"error at (\d+):(\d+)", raw)
    if not m:
        return QuerySyntaxError(f"syntax error: {' '.join(raw.split())}", [])
    line, column = int(m.group(1)) - offset_lines, int(m.group(2))
    starts = [0] + [i + 1 for i, ch in enumerate(query) if ch == "\n"]
    offset = min(starts[min(max(line, 1), len(starts)) - 1] + column - 1, len(query))
    expected = _expected_words(raw)
    if (typo := _misspelt(query, offset + 1)) is not None:
        return _error(
            query, *_position(query, typo.offset), f"'{typo.text}' is not a SPARQL keyword{_did_you_mean(typo.text)}"
        )
    found = _culprit(query, offset, anything_else=not expected)
    if found is None:
        return _error(query, line, column, f"the query ends too early; expected {expected or 'more'}")
    where = _position(query, found.offset)
    if expected == "prefix" and found.kind == "pname":
        prefix = found.text.split(":", 1)[0]
        problem = (
            f"unknown prefix '{prefix}:'; declare it with PREFIX {prefix}: <...> "
            "(cmkg predeclares cmkg:, id:, schema:, prov:, skos:, rdfs:, owl:, wd:)"
        )
    elif expected == "iri":
        problem = "this IRI is not valid (no spaces, quotes or braces inside <...>)"
    elif found.offset + len(found.text) <= offset and expected:
        problem = f"the query stops after '{found.text}'; expected {expected}"
    elif expected:
        problem = f"found '{found.text}'; expected {expected}"
    else:
        problem = f"'{found.text}' does not belong here"
    return _error(query, *where, problem)
