"""User-facing errors with stable codes.

Codes let scripts and tests tell failures apart without parsing prose, and the
one-line ``str()`` form is what the command line prints: it always names the
file and the problem.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["CmkgError", "IngestError", "E", "MEANINGS", "TEMPLATES", "error"]


class E:
    """Error codes. E0xx: input; E1xx: pipeline and rules; E2xx: graph, store and queries; E3xx: serving.

    Each code is defined here once, with its meaning in ``MEANINGS``.  Codes
    whose message has one fixed form also have a template in ``TEMPLATES``
    (raise them with :func:`error`); the older codes still word their message
    where they are raised.
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
    BAD_VOCABULARY = "E103"
    RULE_FILE = "E110"
    RULE_KEY = "E111"
    RULE_TYPE = "E112"
    RULE_LEXICON = "E113"
    RULE_UNUSED = "E114"
    RULE_DUPLICATE = "E115"
    RULE_UNKNOWN_ID = "E116"
    ENGINE_MISSING = "E120"
    BAD_PARQUET = "E121"
    SCHEDULER = "E122"
    PARTITION_FAILED = "E123"
    PARTS_DIR = "E124"
    ENGINE_OPTIONS = "E125"
    BAD_RDF = "E201"
    BAD_QUERY = "E202"
    FORBIDDEN_QUERY = "E203"
    QUERY_TIMEOUT = "E204"
    STORE = "E205"
    UNKNOWN_COUNTRY = "E206"
    BAD_OPTION = "E220"
    UNKNOWN_QUERY = "E221"
    UNKNOWN_BIND = "E222"
    BAD_BIND = "E223"
    EVAL_INPUTS = "E224"
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
    BAD_FACT_SHEET = "E230"
    FACT_SHEET_FILE = "E231"
    STORE_CONFIG = "E240"
    STORE_AUTH = "E241"
    STORE_SERVER = "E242"
    BULK_LOAD = "E243"
    READ_ONLY_VIEW = "E244"
    BAD_DATE = "E250"
    DIFF_ARGS = "E251"
    NO_HISTORY = "E252"
    BAD_PARAMETER = "E260"
    MISSING_ASSET = "E261"
    PYVIS_MISSING = "E290"
    PYVIS_TOO_LARGE = "E291"
    UNKNOWN_STATUS = "E385"


MEANINGS: dict[str, str] = {
    E.EMPTY: "an input file is empty",
    E.BINARY: "an input file is binary, not text",
    E.ENCODING: "an input file is not UTF-8 (nor a recognised legacy encoding)",
    E.TOO_LARGE: "an input file or record is over the size limit for one article",
    E.NO_ARTICLES: "an input folder holds no articles",
    E.UNKNOWN_FORMAT: "an input file has an extension cmkg does not read",
    E.BAD_JSONL: "a line of a JSON Lines corpus is not a usable article record",
    E.NOT_FOUND: "an input path does not exist or cannot be read",
    E.NO_CONTENT: "a page has no article text",
    E.MODEL_MISSING: "the pinned spaCy model is missing or of the wrong version",
    E.BAD_CONFIG: "a rule or configuration file is malformed",
    E.BAD_VOCABULARY: "a file of data/vocabulary is malformed",
    E.RULE_FILE: "a rule or lexicon file of data/rules is missing or not valid JSON",
    E.RULE_KEY: "a rule record has an unknown or missing key",
    E.RULE_TYPE: "a rule record or lexicon has a value of the wrong type",
    E.RULE_LEXICON: "a rule names a lexicon that data/rules/lexicons.json does not define",
    E.RULE_UNUSED: "a lexicon of data/rules/lexicons.json is read by no rule",
    E.RULE_DUPLICATE: "two rule records share one id",
    E.RULE_UNKNOWN_ID: "the rule code emitted a rule id that data/rules/rules.json does not declare",
    E.ENGINE_MISSING: "the build engine asked for is not installed (pip install 'cmkg[dask]')",
    E.BAD_PARQUET: "a Parquet corpus cannot be read (damaged, or pyarrow missing)",
    E.SCHEDULER: "the Dask scheduler given with --scheduler cannot be reached",
    E.PARTITION_FAILED: "a partition of a Dask build failed for good (its articles are not stored)",
    E.PARTS_DIR: "the partition output directory (--parts) cannot be created or written",
    E.ENGINE_OPTIONS: "build options that contradict each other or the engine",
    E.BAD_RDF: "an RDF file to import cannot be parsed",
    E.BAD_QUERY: "a SPARQL query is malformed or unknown",
    E.FORBIDDEN_QUERY: "a SPARQL query would write or reach outside the local graph",
    E.QUERY_TIMEOUT: "a SPARQL query ran past its timeout",
    E.STORE: "the graph store cannot be opened, reached or written",
    E.UNKNOWN_COUNTRY: "a country name, alias or code cmkg does not know",
    E.BAD_FACT_SHEET: "a fact sheet does not follow the schema (cmkg.core.factsheet)",
    E.FACT_SHEET_FILE: "a fact sheet file cannot be read as JSON",
    E.BAD_RECORD: "a JSONL record has a field of the wrong type or a lone surrogate",
    E.UNREADABLE: "an input file or directory cannot be read (permissions)",
    E.SYMLINK: "an input symlink is dangling or loops back",
    E.ARTICLE_FAILED: "extracting or building one article failed; the rest of the batch was stored",
    E.QUERY_TOO_LARGE: "a SPARQL query is over the size limit",
    E.QUERY_TOO_DEEP: "a SPARQL query nests too deeply",
    E.BAD_BINDING: "a --bind name or value is not a SPARQL variable, IRI or literal",
    E.QUERY_CRASHED: "query evaluation crashed or could not start as required",
    E.REMOTE_CONTEXT: "a JSON-LD file refers to a remote context, which cmkg never fetches",
    E.PARTIAL_IMPORT: "an imported file carries no named graphs, so it is no working cmkg graph",
    E.STORE_CORRUPT: "the graph store's files are damaged",
    E.DISK_FULL: "the disk is full",
    E.STORE_LOCKED: "another process holds the graph store for writing",
    E.MALFORMED_HTTP: "an HTTP request to cmkg serve is malformed",
    E.BUSY: "cmkg serve is busy; try again",
    E.NOT_ACCEPTABLE: "no result format matches the request's Accept header",
    E.STORE_CONFIG: "a store location, server profile or profile setting (CMKG_STORE_*) is invalid",
    E.STORE_AUTH: "a SPARQL server refused a request for want of credentials or permission",
    E.STORE_SERVER: "a SPARQL server answered a store request with an error",
    E.BULK_LOAD: "a bulk load did not load a file",
    E.READ_ONLY_VIEW: "a write was attempted through the read-only rdflib view of a store",
    E.BAD_DATE: "a date option (--since, --as-of) is not a YYYY-MM-DD date",
    E.DIFF_ARGS: "cmkg diff was given neither --since nor a store to compare with",
    E.NO_HISTORY: "a graph store has no status history (built before dated facts); rebuild it",
    E.BAD_OPTION: "an option value outside its allowed values (--status, --format)",
    E.UNKNOWN_QUERY: "a one-word query that names no stored query",
    E.UNKNOWN_BIND: "a --bind name that is no variable of the query",
    E.BAD_BIND: "a --bind that is not name=value",
    E.EVAL_INPUTS: "cmkg eval: a gold file has no article to score",
    E.BAD_PARAMETER: "a value for a parameter the stored query does not declare",
    E.MISSING_ASSET: "a page script, stylesheet or template is missing from the installed package",
    E.PYVIS_MISSING: "pyvis, or the vis-network files it ships, cannot be found (export --format pyvis)",
    E.PYVIS_TOO_LARGE: "the graph is too large for the pyvis page; export --format html (sigma.js) instead",
    E.UNKNOWN_STATUS: "a rule names a status (STATUS.x) that data/vocabulary/statuses.json does not define",
}

TEMPLATES: dict[str, str] = {
    E.BAD_VOCABULARY: "{path}: {problem}",
    E.UNKNOWN_STATUS: "{path}: no status {status!r}; the statuses are {known}",
    E.BAD_FACT_SHEET: "{path}: not a valid fact sheet: {problem}",
    E.FACT_SHEET_FILE: "{path}: cannot read fact sheet: {problem}",
    E.BAD_DATE: "{path}: {option} {value!r} is not a date; give YYYY-MM-DD",
    E.DIFF_ARGS: "{path}: nothing to compare with; give --since YYYY-MM-DD or --against OTHER_STORE",
    E.NO_HISTORY: "{path}: this store has no status history; run 'cmkg build --store {path}' again",
}


def error(code: str, **fields: object) -> CmkgError:
    """The error for ``code`` with its template filled in (every template names the file first)."""
    return CmkgError(code, TEMPLATES[code].format(**fields))


def _restore(cls: type, args: tuple, state: dict) -> Exception:
    err = cls.__new__(cls)
    Exception.__init__(err, *args)
    err.__dict__.update(state)
    return err


class CmkgError(Exception):
    """Base class: ``code`` plus a one-line message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = " ".join(str(message).split())

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"

    def __reduce__(self):
        # Errors cross process boundaries (build workers report bad articles to the client); subclasses
        # have their own constructor arguments, so rebuild from the state rather than call __init__.
        return (_restore, (type(self), self.args, self.__dict__))


class IngestError(CmkgError):
    """A file (or one line of a corpus) that could not be read as an article."""

    def __init__(self, code: str, path: str | Path, problem: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(code, f"{where}: {problem}")
        self.path = str(path)
        self.line = line
        self.problem = problem
