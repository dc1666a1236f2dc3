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
    BAD_RECORD = "E010"
    UNREADABLE = "E011"
    SYMLINK = "E012"
    ARTICLE_FAILED = "E013"
    MODEL_MISSING = "E101"
    BAD_CONFIG = "E102"
    BAD_RDF = "E201"
    BAD_QUERY = "E202"
    FORBIDDEN_QUERY = "E203"
    QUERY_TIMEOUT = "E204"
    STORE = "E205"
    UNKNOWN_COUNTRY = "E206"
    QUERY_TOO_LARGE = "E207"
    QUERY_TOO_DEEP = "E208"
    BAD_BINDING = "E209"
    QUERY_CRASHED = "E210"
    REMOTE_CONTEXT = "E211"
    PARTIAL_IMPORT = "E212"
    STORE_CORRUPT = "E213"
    DISK_FULL = "E214"
    STORE_LOCKED = "E215"
    MALFORMED_HTTP = "E301"
    BUSY = "E302"
    NOT_ACCEPTABLE = "E303"


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
