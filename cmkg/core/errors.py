"""User-facing errors with stable codes.

Codes let scripts and tests tell failures apart without parsing prose, and the
one-line ``str()`` form is what the command line prints: it always names the
file and the problem.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["CmkgError", "IngestError", "E"]


class E:
    """Error codes. E0xx: input; E1xx: pipeline and rules; E2xx: graph, store and queries; E3xx: serving.

    Message templates stay with the code that raises them; each code is
    defined here once so scripts and tests can tell failures apart.
    """

    EMPTY = "E001"
    BINARY = "E002"
    ENCODING = "E003"
    TOO_LARGE = "E004"
    NO_ARTICLES = "E005"
    UNKNOWN_FORMAT = "E006"
    BAD_JSONL = "E007"
    NOT_FOUND = "E008"
    NO_CONTENT = "E009"
    MODEL_MISSING = "E101"
    BAD_CONFIG = "E102"
    BAD_RDF = "E201"
    BAD_QUERY = "E202"
    FORBIDDEN_QUERY = "E203"
    QUERY_TIMEOUT = "E204"
    STORE = "E205"
    UNKNOWN_COUNTRY = "E206"
    BAD_OPTION = "E220"  # an option value outside its allowed values (--status, --format)
    UNKNOWN_QUERY = "E221"  # a name that is neither a stored query nor a file nor SPARQL text
    UNKNOWN_BIND = "E222"  # --bind names a variable the query does not use
    BAD_BIND = "E223"  # --bind that is not name=value
    EVAL_INPUTS = "E224"  # cmkg eval: articles without gold, or inputs that failed


class CmkgError(Exception):
    """Base class: ``code`` plus a one-line message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = " ".join(str(message).split())

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class IngestError(CmkgError):
    """A file (or one line of a corpus) that could not be read as an article."""

    def __init__(self, code: str, path: str | Path, problem: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(code, f"{where}: {problem}")
        self.path = str(path)
        self.line = line
        self.problem = problem
