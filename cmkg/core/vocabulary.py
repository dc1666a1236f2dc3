"""The domain vocabulary: statuses, agreement types, measures, activities.

``data/vocabulary/*.json`` is the one source; the extraction rules, the fact
sheet schema, the RDF builder, the deal summaries and the explorer read it
through here, and a test proves that ``data/ontology.ttl`` and
``data/shapes.ttl`` state the same concepts.  "Core deal" is defined once, by
:func:`is_core_deal`; :func:`core_deal_sparql` is the same rule for SPARQL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from cmkg.core.errors import E, error
from cmkg.core.resources import data_path

__all__ = [
    "Concept",
    "AgreementStatus",
    "Vocabulary",
    "vocabulary",
    "load_vocabulary",
    "is_multilateral",
    "is_core_deal",
    "core_deal_sparql",
    "SCHEME_FILES",
    "StatusNames",
    "STATUS",
]

SCHEME_FILES = ("statuses", "agreement_types", "measures", "activities")
_FILE_KEYS = {"_comment", "scheme", "iri_prefix", "concepts", "core_deal", "cameo"}
_CONCEPT_KEYS = {
    "id",
    "label",
    "definition",
    "broader",
    "agreement",
    "control",
    "prospective",
    "core",
    "stage",
    "notation",
    "color",
}
_AGREEMENT_KEYS = {"rank", "core", "cameo", "dashed"}
_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Concept:
    """One SKOS concept: ``iri_prefix + id`` in the cmkg namespace, in ``scheme``."""

    id: str
    label: str
    scheme: str
    iri_prefix: str
    definition: str | None = None
    broader: str | None = None
    notation: str | None = None  # a short form for labels ("MOU"), when the id is not one

    @property
    def local_name(self) -> str:
        return self.iri_prefix + self.id


@dataclass(frozen=True)
class AgreementStatus:
    """A status an agreement can have; ``rank`` 0 is furthest along."""

    id: str
    rank: int
    core: bool
    cameo: str
    dashed: bool


@dataclass(frozen=True)
class Vocabulary:
    concepts: dict[str, tuple[Concept, ...]]  # scheme file stem -> concepts, in file order
    agreement_statuses: tuple[AgreementStatus, ...]  # by rank
    control_statuses: tuple[str, ...]
    prospective_statuses: frozenset[str]  # agreement statuses of a deal not yet agreed (planned, negotiating)
    core_types: frozenset[str]
    agreement_types: tuple[str, ...]
    measures: tuple[str, ...]
    activities: tuple[str, ...]
    activity_stage: dict[str, str]  # activity -> supply-chain stage (upstream, midstream, reserves)
    control_cameo: str
    max_core_parties: int
    status_colors: dict[str, str]  # status -> "#rrggbb" the explorer draws it in, every status, in file order

    @property
    def status_rank(self) -> tuple[str, ...]:
        """Agreement statuses from furthest along to least: a pair's best status is the first."""
        return tuple(s.id for s in self.agreement_statuses)

    @property
    def core_statuses(self) -> frozenset[str]:
        return frozenset(s.id for s in self.agreement_statuses if s.core)

    @property
    def dashed_statuses(self) -> frozenset[str]:
        return frozenset(s.id for s in self.agreement_statuses if s.dashed)

    def cameo(self, status: str) -> str:
        """CAMEO event code of an agreement in ``status``."""
        return next(s.cameo for s in self.agreement_statuses if s.id == status)


class _Bad(Exception):
    """A problem in one vocabulary file; ``load_vocabulary`` adds the file name."""


def _fail(stem: str, problem: str) -> _Bad:
    return _Bad(stem, problem)


def _check_keys(stem: str, where: str, got: Any, allowed: set[str]) -> None:
    if not isinstance(got, dict):
        raise _fail(stem, f"{where}: expected an object")
    unknown = sorted(set(got) - allowed)
    if unknown:
        raise _fail(stem, f"{where}: unknown key(s) {', '.join(unknown)}")


def _concepts(stem: str, raw: dict[str, Any]) -> tuple[Concept, ...]:
    _check_keys(stem, "file", raw, _FILE_KEYS)
    missing = sorted({"scheme", "iri_prefix", "concepts"} - set(raw))
    if missing:
        raise _fail(stem, f"file: missing key(s) {', '.join(missing)}")
    out: list[Concept] = []
    for i, c in enumerate(raw.get("concepts") or []):
        _check_keys(stem, f"concept {i}", c, _CONCEPT_KEYS)
        if not isinstance(c.get("id"), str) or not isinstance(c.get("label"), str):
            raise _fail(stem, f"concept {i}: 'id' and 'label' must be strings")
        out.append(
            Concept(
                c["id"],
                c["label"],
                raw["scheme"],
                raw["iri_prefix"],
                c.get("definition"),
                c.get("broader"),
                c.get("notation"),
            )
        )
    ids = [c.id for c in out]
    if not ids or len(set(ids)) != len(ids):
        raise _fail(stem, "concept ids must be present and unique")
    return tuple(out)


def _agreement_statuses(raw: dict[str, Any]) -> tuple[AgreementStatus, ...]:
    out = []
    for c in raw["concepts"]:
        a = c.get("agreement")
        if a is None:
            continue
        _check_keys("statuses", f"concept {c['id']!r} agreement", a, _AGREEMENT_KEYS)
        if set(a) != _AGREEMENT_KEYS:
            raise _fail("statuses", f"concept {c['id']!r} agreement needs {', '.join(sorted(_AGREEMENT_KEYS))}")
        out.append(AgreementStatus(c["id"], int(a["rank"]), bool(a["core"]), str(a["cameo"]), bool(a["dashed"])))
    out.sort(key=lambda s: s.rank)
    if [s.rank for s in out] != list(range(len(out))):
        raise _fail("statuses", "agreement ranks must be 0, 1, 2, ... without gaps or repeats")
    return tuple(out)


def _status_colors(raw: dict[str, Any]) -> dict[str, str]:
    """Each status's colour: the explorer and the pyvis page draw from here, so a new status cannot go uncoloured."""
    colors = {c["id"]: c.get("color") for c in raw["concepts"]}
    for status, color in colors.items():
        if not isinstance(color, str) or not _HEX_COLOR.fullmatch(color):
            raise _fail("statuses", f"concept {status!r}: color must be '#' and six hex digits, got {color!r}")
    alike = sorted(s for s, c in colors.items() if [x.lower() for x in colors.values()].count(c.lower()) > 1)
    if alike:
        raise _fail("statuses", f"statuses {', '.join(alike)} share a color: the explorer could not tell them apart")
    return colors


def load_vocabulary(directory: str | Path | None = None) -> Vocabulary:
    """Read and check ``data/vocabulary`` (or ``directory``); a malformed file raises E103 naming it."""
    folder = Path(directory) if directory is not None else data_path("vocabulary")
    raw: dict[str, Any] = {}
    stem = SCHEME_FILES[0]
    try:
        for stem in SCHEME_FILES:
            raw[stem] = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
        return _build(raw)
    except _Bad as err:
        bad_stem, problem = err.args
        raise error(E.BAD_VOCABULARY, path=folder / f"{bad_stem}.json", problem=problem) from None
    except (OSError, ValueError) as err:
        raise error(E.BAD_VOCABULARY, path=folder / f"{stem}.json", problem=str(err).splitlines()[0]) from None


def _build(raw: dict[str, Any]) -> Vocabulary:
    concepts = {stem: _concepts(stem, r) for stem, r in raw.items()}
    types = raw["agreement_types"]
    try:
        max_parties = int(types["core_deal"]["max_parties"])
    except (KeyError, TypeError, ValueError):
        raise _fail("agreement_types", "core_deal.max_parties must be an integer") from None
    if any(not isinstance(c.get("stage"), str) for c in raw["activities"]["concepts"]):
        raise _fail("activities", "every activity needs a stage (the supply-chain stage cmkg eval compares)")
    if not isinstance(raw["measures"].get("cameo"), str):
        raise _fail("measures", "cameo must be a string (the CAMEO code of every export control)")
    return Vocabulary(
        concepts=concepts,
        agreement_statuses=_agreement_statuses(raw["statuses"]),
        control_statuses=tuple(c["id"] for c in raw["statuses"]["concepts"] if c.get("control")),
        prospective_statuses=frozenset(c["id"] for c in raw["statuses"]["concepts"] if c.get("prospective")),
        core_types=frozenset(c["id"] for c in types["concepts"] if c.get("core", True)),
        agreement_types=tuple(c.id for c in concepts["agreement_types"]),
        measures=tuple(c.id for c in concepts["measures"]),
        activities=tuple(c.id for c in concepts["activities"]),
        activity_stage={c["id"]: str(c["stage"]) for c in raw["activities"]["concepts"]},
        control_cameo=raw["measures"]["cameo"],
        max_core_parties=max_parties,
        status_colors=_status_colors(raw["statuses"]),
    )


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary, read once per process."""
    return load_vocabulary()


class StatusNames:
    """The status ids of ``statuses.json`` as attributes: ``STATUS.in_force == "in_force"``.

    Rules name statuses through this object, not as string literals, so that the
    file stays the one list of statuses and a misspelt status raises E385 (naming
    the file and the name) instead of comparing silently unequal.  The attribute
    names are the ids themselves, not an upper-case copy: nothing to keep in step,
    and a search for an id finds the file and every rule that uses it.  The
    values are plain ``str``, so fact sheets, RDF and the explorer are unchanged.
    The file is read at the first use, not at import; tests/nlp/test_status_names.py
    checks every ``STATUS.x`` in the source, so a misspelling on a branch no
    article reaches still fails the suite.
    """

    def __init__(self, load: Callable[[], Vocabulary] = lambda: vocabulary(), path: Path | None = None) -> None:
        self._load = load
        self._path = path

    def __getattr__(self, name: str) -> str:
        # only reached for a name not yet in the instance's __dict__: fill it from the file once, then look again
        if name.startswith("_"):
            raise AttributeError(name)
        ids = self.ids()
        if name in ids:
            return name
        path = self._path or data_path("vocabulary") / "statuses.json"
        raise error(E.UNKNOWN_STATUS, path=path, status=name, known=", ".join(ids))

    def ids(self) -> tuple[str, ...]:
        """Every status id, in file order."""
        if "_ids" not in self.__dict__:
            self._ids = tuple(c.id for c in self._load().concepts["statuses"])
            self.__dict__.update({i: i for i in self._ids})
        return self._ids

    def __dir__(self) -> list[str]:
        return [*self.ids(), "ids"]


STATUS = StatusNames()


def is_multilateral(n_parties: int, said_multilateral: bool = False) -> bool:
    """More parties than a deal between a few governments has, or described as multilateral."""
    return bool(said_multilateral) or n_parties > vocabulary().max_core_parties


def is_core_deal(status: str, agreement_type: str | None, n_parties: int, said_multilateral: bool = False) -> bool:
    """A core deal: a status that counts (signed, announced, existing), a type that
    counts (not a truce), and not multilateral.  The one definition; the SPARQL
    form is :func:`core_deal_sparql`."""
    v = vocabulary()
    return (
        status in v.core_statuses
        and (agreement_type or "agreement") in v.core_types
        and not is_multilateral(n_parties, said_multilateral)
    )


def core_deal_sparql(status: str, agreement_type: str, multilateral_pattern: str) -> str:
    """:func:`is_core_deal` as a SPARQL boolean expression.

    ``status`` and ``agreement_type`` are variables bound to the concept IRIs
    (``cmkg:status-…``, ``cmkg:type-…``); ``multilateral_pattern`` is a graph
    pattern that matches when the agreement is multilateral (the RDF builder
    states ``cmkg:multilateral true`` for every agreement that
    :func:`is_multilateral` says is).  Needs the ``cmkg:`` prefix.
    """
    v = vocabulary()
    statuses = ", ".join(f"cmkg:status-{s}" for s in v.status_rank if s in v.core_statuses)
    not_core = ", ".join(f"cmkg:type-{t}" for t in v.agreement_types if t not in v.core_types)
    type_test = f" && {agreement_type} NOT IN ({not_core})" if not_core else ""
    return f"{status} IN ({statuses}){type_test} && NOT EXISTS {{ {multilateral_pattern} }}"
