"""The fact sheet: the typed record ``cmkg.nlp`` builds and ``cmkg.graph`` reads.

Its JSON form is the dev-corpus gold schema plus evidence and provenance.
The ``TypedDict`` classes below are the schema *and* the validator: the
checker walks their annotations, so adding an optional field is one line
(``field: NotRequired[str | None]``).  A value that must come from the domain
vocabulary says so with ``Annotated[str, OneOf("...")]``.

A sheet that breaks the schema raises :class:`FactSheetError` (E230) naming
the sheet and the path of the bad value; a file that is not JSON raises E231.
"""

# No ``from __future__ import annotations`` here: TypedDict reads ``NotRequired`` from
# evaluated annotations to know which keys are required.
import json
import types
from functools import cache
from pathlib import Path
from typing import (
    Annotated,
    Any,
    NotRequired,
    Required,
    TypedDict,
    Union,
    get_args,
    get_origin,
    get_type_hints,
    is_typeddict,
)

from cmkg.core.errors import TEMPLATES, E, IngestError
from cmkg.core.vocabulary import vocabulary

__all__ = [
    "OneOf",
    "Provenance",
    "When",
    "DATE_PRECISIONS",
    "DATE_BASES",
    "Person",
    "Agreement",
    "ExportControl",
    "ProductionShare",
    "Relation",
    "FactSheet",
    "FactSheetError",
    "GOLD_KEYS",
    "check_fact_sheet",
    "read_fact_sheet",
]


DATE_PRECISIONS = ("day", "week", "month", "year")  # a fact's date is the first day of such a period
DATE_BASES = ("stated", "relative", "published", "undated")  # how cmkg.nlp.dates found a fact's date
_DATE_WORDS = {"date_precisions": DATE_PRECISIONS, "date_bases": DATE_BASES}


class OneOf:
    """Annotation metadata: the value must be one of a vocabulary list (an attribute of ``Vocabulary``)."""

    def __init__(self, vocabulary_list: str) -> None:
        self.name = vocabulary_list

    def allowed(self) -> tuple[str, ...]:
        v = vocabulary()
        if self.name in _DATE_WORDS:
            return _DATE_WORDS[self.name]
        return v.status_rank if self.name == "agreement_statuses" else tuple(getattr(v, self.name))


class Provenance(TypedDict):
    start: int
    end: int
    rule: str
    confidence: float
    article_id: NotRequired[str]
    sentence: NotRequired[str]


class When(TypedDict):
    """When a fact happened (``cmkg.nlp.dates``): ISO date of the period's first day, its precision,
    how it was found (stated, relative, published, undated) and the words that said so."""

    date: str | None
    precision: Annotated[str, OneOf("date_precisions")] | None
    basis: Annotated[str, OneOf("date_bases")]
    text: NotRequired[str | None]


class Person(TypedDict):
    name: str
    role: str | None
    country: str | None
    evidence: NotRequired[str]
    rule: NotRequired[str]  # the rule id that found the person (data/rules/rules.json)


class Dateline(TypedDict):
    """The dateline before the lead, kept as metadata ("MUMBAI, April 19 (Kyodo) - ")."""

    place: str
    agency: str | None
    date: str | None


class Agreement(TypedDict):
    parties: list[str]
    status: Annotated[str, OneOf("agreement_statuses")]
    type: NotRequired[Annotated[str, OneOf("agreement_types")]]
    name: NotRequired[str | None]
    minerals: NotRequired[list[str]]
    announced_by: NotRequired[list[str]]
    date: NotRequired[str | None]
    multilateral: NotRequired[bool]
    evidence: NotRequired[str]
    when: NotRequired[When]
    provenance: NotRequired[Provenance]


class ExportControl(TypedDict):
    country: str
    minerals: list[str]
    status: Annotated[str, OneOf("control_statuses")]
    measure: NotRequired[Annotated[str, OneOf("measures")]]
    evidence: NotRequired[str]
    when: NotRequired[When]
    provenance: NotRequired[Provenance]


class ProductionShare(TypedDict):
    country: str
    activity: Annotated[str, OneOf("activities")]
    mineral: str
    share_percent: float
    evidence: NotRequired[str]
    when: NotRequired[When]
    provenance: NotRequired[Provenance]


class Relation(TypedDict):
    """A smaller fact: ``territory_of`` (territory, country) or ``participation`` (count, additional, agreement)."""

    kind: str
    territory: NotRequired[str]
    country: NotRequired[str]
    count: NotRequired[int]
    additional: NotRequired[bool]
    agreement: NotRequired[str | None]
    evidence: NotRequired[str]
    when: NotRequired[When]
    provenance: NotRequired[Provenance]


class FactSheet(TypedDict):
    article: str
    article_id: str
    key: NotRequired[str | None]
    title: NotRequired[str | None]
    url: NotRequired[str | None]
    published: NotRequired[str | None]
    authors: NotRequired[list[str]]
    agency: NotRequired[str | None]
    dateline: NotRequired[Dateline | None]
    countries: list[str]
    organizations: list[str]
    people: list[Person]
    not_actors: list[str]
    agreements: list[Agreement]
    deals_with_usa: list[str]
    deals_with_usa_acceptable: list[str]
    export_controls: list[ExportControl]
    production_shares: list[ProductionShare]
    minerals: list[str]
    relations: NotRequired[list[Relation]]


GOLD_KEYS = (
    "article",
    "countries",
    "organizations",
    "people",
    "not_actors",
    "agreements",
    "deals_with_usa",
    "deals_with_usa_acceptable",
    "export_controls",
    "production_shares",
    "minerals",
)  # the dev-corpus gold schema: the keys ``cmkg eval`` scores


class FactSheetError(IngestError):
    """A fact sheet that breaks the schema (E230) or a sheet file that cannot be read (E231).

    An ``IngestError`` so that a build reports it with the inputs that failed and goes on."""

    def __init__(self, code: str, path: str | Path, problem: str) -> None:
        super().__init__(code, path, problem)
        self.message = " ".join(TEMPLATES[code].format(path=path, problem=problem).split())


class _Invalid(Exception):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)


_SCALARS = {str: "a string", int: "an integer", float: "a number", bool: "true or false", type(None): "null"}


def _scalar_ok(value: Any, tp: type) -> bool:
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, tp)


def _describe(tp: Any) -> str:
    origin = get_origin(tp)
    if origin in (Annotated, NotRequired, Required):
        return _describe(get_args(tp)[0])
    if origin in (Union, types.UnionType):
        return " or ".join(_describe(a) for a in get_args(tp))
    if origin is list:
        return "a list"
    if is_typeddict(tp):
        return "an object"
    return _SCALARS.get(tp, getattr(tp, "__name__", str(tp)))


def _check(value: Any, tp: Any, where: str) -> None:
    origin = get_origin(tp)
    if origin in (NotRequired, Required):
        _check(value, get_args(tp)[0], where)
        return
    if origin is Annotated:
        base, *meta = get_args(tp)
        _check(value, base, where)
        for m in meta:
            if isinstance(m, OneOf) and value not in m.allowed():
                raise _Invalid(where, f"{value!r} is not one of {', '.join(m.allowed())}")
        return
    if origin in (Union, types.UnionType):
        for option in get_args(tp):
            try:
                _check(value, option, where)
                return
            except _Invalid:
                continue
        raise _Invalid(where, f"expected {_describe(tp)}, got {type(value).__name__}")
    if origin is list:
        if not isinstance(value, list):
            raise _Invalid(where, f"expected a list, got {type(value).__name__}")
        (item,) = get_args(tp)
        for i, v in enumerate(value):
            _check(v, item, f"{where}[{i}]")
        return
    if is_typeddict(tp):
        _check_record(value, tp, where)
        return
    if not _scalar_ok(value, tp):
        raise _Invalid(where, f"expected {_describe(tp)}, got {type(value).__name__}")


@cache
def _hints(tp: Any) -> dict[str, Any]:
    return get_type_hints(tp, include_extras=True)


def _check_record(value: Any, tp: Any, where: str) -> None:
    if not isinstance(value, dict):
        raise _Invalid(where, f"expected an object, got {type(value).__name__}")
    hints = _hints(tp)
    missing = sorted(k for k in tp.__required_keys__ if k not in value)
    if missing:
        raise _Invalid(where, f"missing key(s) {', '.join(missing)}")
    unknown = sorted(k for k in value if k not in hints)
    if unknown:
        raise _Invalid(where, f"unknown key(s) {', '.join(map(str, unknown))}")
    for key, v in value.items():
        _check(v, hints[key], f"{where}.{key}" if where else key)


def check_fact_sheet(sheet: Any, source: str | Path | None = None) -> FactSheet:
    """Return ``sheet`` if it follows the schema; raise E230 naming the sheet and the bad value if not."""
    try:
        _check_record(sheet, FactSheet, "")
    except _Invalid as err:
        name = source or (sheet.get("article") if isinstance(sheet, dict) else None) or "fact sheet"
        raise FactSheetError(E.BAD_FACT_SHEET, name, str(err)) from None
    return sheet


def read_fact_sheet(path: str | Path) -> FactSheet:
    """A fact sheet JSON file, checked: E231 if it cannot be read as JSON, E230 if it breaks the schema."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        problem = err.strerror if isinstance(err, OSError) and err.strerror else str(err).split("\n")[0]
        raise FactSheetError(E.FACT_SHEET_FILE, path, problem) from None
    return check_fact_sheet(data, path)
