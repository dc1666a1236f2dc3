"""The rule registry: typed, validated rule records and the lexicons they use.

Rules are data, in the manner of medspaCy's ``ConTextRule``: each record in
``data/rules/rules.json`` has an ``id`` (the string written into every fact's
provenance ``rule``), the component that applies it, a description, the names
of the lexicons it reads and an example sentence it must fire on (a test
checks that).  A rule that grew by many mechanisms keeps its description to
what the rule is and lists each mechanism apart under ``mechanisms`` (one
string each), so a reader finds one construction without reading them all.
Lexicons are the named word lists and tables of
``data/rules/lexicons.json`` (dotted names: ``agreement.nouns``).  The code
holds the mechanisms and reads words only through :meth:`RuleSet.words` and
:meth:`RuleSet.table`, so one list is changed in one place.

Loading fails with one coded line naming the file when a record has an
unknown or missing key, names a lexicon that does not exist, repeats an id, or
when a lexicon is used by no rule: a word list nobody reads is a second source
of truth in waiting.

A word list may take in another by name (``"@syntax.sentence_joiners"`` as an
item): a list that specialises or extends another holds only its own words, so
a word two roles share is written once.  Keys starting with ``_`` are notes
(``_note_<list>`` says why two similar lists are kept apart).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from cmkg.core.errors import CmkgError, E
from cmkg.core.resources import data_path

__all__ = [
    "RuleRecord",
    "RuleSet",
    "load_rules",
    "rules",
    "use_rules",
    "words",
    "fired",
    "DEFAULT_RULES",
    "DEFAULT_LEXICONS",
]

DEFAULT_RULES = "rules/rules.json"
DEFAULT_LEXICONS = "rules/lexicons.json"
REQUIRED_KEYS = frozenset({"id", "component", "description", "lexicons", "example"})
OPTIONAL_KEYS = frozenset({"mechanisms"})
COMPONENTS = frozenset({"cmkg_relations", "cmkg_learned_agreements", "cmkg_officials", "cmkg_entities", "ingest"})


@dataclass(frozen=True)
class RuleRecord:
    id: str
    component: str
    description: str
    lexicons: tuple[str, ...]
    example: str
    mechanisms: tuple[str, ...] = ()


class RuleSet:
    """Rule records plus the lexicons they read, checked against each other at load time."""

    def __init__(self, records: list[RuleRecord], lexicons: dict[str, Any], source: str) -> None:
        self.records = {r.id: r for r in records}
        self.lexicons = lexicons
        self.source = source
        self._sets: dict[str, frozenset[str]] = {}

    def words(self, name: str) -> frozenset[str]:
        """A word list as a set (case as stored: lemmas and lower-case forms)."""
        cached = self._sets.get(name)
        if cached is None:
            value = self._lookup(name)
            if not isinstance(value, list):
                raise CmkgError(E.RULE_TYPE, f"{self.source}: lexicon {name} is not a word list")
            cached = self._sets[name] = frozenset(value)
        return cached

    def table(self, name: str) -> dict[str, Any]:
        value = self._lookup(name)
        if not isinstance(value, dict):
            raise CmkgError(E.RULE_TYPE, f"{self.source}: lexicon {name} is not a table")
        return value

    def value(self, name: str) -> Any:
        return self._lookup(name)

    def _lookup(self, name: str) -> Any:
        try:
            return self.lexicons[name]
        except KeyError:
            raise CmkgError(E.RULE_LEXICON, f"{self.source}: no lexicon named {name}") from None

    def rule(self, rule_id: str) -> str:
        """The id itself, after checking it is declared: emitted ids can never drift from the list."""
        if rule_id not in self.records:
            raise CmkgError(E.RULE_UNKNOWN_ID, f"{self.source}: rule {rule_id} is emitted but not declared")
        return rule_id


def _flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Dotted names for every list, table or number; a table whose values are lists stays one lexicon."""
    out: dict[str, Any] = {}
    for key, value in tree.items():
        if key.startswith("_"):
            continue
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value.get("_lexicon") is not True and not _is_table(value):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = {k: v for k, v in value.items() if k != "_lexicon"} if isinstance(value, dict) else value
    return out


def _is_table(value: dict[str, Any]) -> bool:
    """A mapping from words to labels or numbers (``type_by_noun``), not a folder of lexicons."""
    return all(isinstance(v, (str, int, float)) for k, v in value.items() if not k.startswith("_"))


INCLUDE = "@"


def _included(lexicons: dict[str, Any], source: str) -> dict[str, Any]:
    """Every word list with its ``@name`` items replaced by the words of the named list (in place, once each)."""
    done: dict[str, list[Any]] = {}

    def expand(name: str, path: tuple[str, ...]) -> list[Any]:
        if name in done:
            return done[name]
        out: list[Any] = []
        for item in lexicons[name]:
            if not (isinstance(item, str) and item.startswith(INCLUDE)):
                out.append(item)
                continue
            other = item[len(INCLUDE) :]
            if other in path:
                raise CmkgError(E.RULE_LEXICON, f"{source}: lexicon {name} takes itself in through {other}")
            if not isinstance(lexicons.get(other), list):
                raise CmkgError(E.RULE_LEXICON, f"{source}: lexicon {name} takes in {other}, which is no word list")
            out.extend(w for w in expand(other, (*path, other)) if w not in out)
        done[name] = out
        return out

    return {k: expand(k, (k,)) if isinstance(v, list) else v for k, v in lexicons.items()}


def _record(raw: Any, source: str, lexicons: dict[str, Any]) -> RuleRecord:
    if not isinstance(raw, dict):
        raise CmkgError(E.RULE_TYPE, f"{source}: a rule record must be an object, got {type(raw).__name__}")
    where = f"{source}: rule {raw.get('id', '?')}"
    unknown = sorted(set(raw) - REQUIRED_KEYS - OPTIONAL_KEYS)
    if unknown:
        raise CmkgError(E.RULE_KEY, f"{where}: unknown key(s) {', '.join(unknown)}")
    missing = sorted(REQUIRED_KEYS - set(raw))
    if missing:
        raise CmkgError(E.RULE_KEY, f"{where}: missing key(s) {', '.join(missing)}")
    if not all(isinstance(raw[k], str) and raw[k].strip() for k in ("id", "component", "description", "example")):
        raise CmkgError(E.RULE_TYPE, f"{where}: id, component, description and example must be non-empty strings")
    if raw["component"] not in COMPONENTS:
        raise CmkgError(E.RULE_TYPE, f"{where}: unknown component {raw['component']}")
    if not isinstance(raw["lexicons"], list) or not all(isinstance(x, str) for x in raw["lexicons"]):
        raise CmkgError(E.RULE_TYPE, f"{where}: lexicons must be a list of lexicon names")
    absent = [x for x in raw["lexicons"] if x not in lexicons]
    if absent:
        raise CmkgError(E.RULE_LEXICON, f"{where}: no lexicon named {', '.join(absent)}")
    mechanisms = raw.get("mechanisms", [])
    if not isinstance(mechanisms, list) or not all(isinstance(m, str) and m.strip() for m in mechanisms):
        raise CmkgError(E.RULE_TYPE, f"{where}: mechanisms must be a list of non-empty strings")
    lexicon_names = tuple(raw["lexicons"])
    return RuleRecord(raw["id"], raw["component"], raw["description"], lexicon_names, raw["example"], tuple(mechanisms))


class _RepeatedKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """JSON keeps the last of two equal keys; a word list written twice would silently lose the first."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _RepeatedKey(key)
        seen[key] = value
    return seen


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
    except FileNotFoundError:
        raise CmkgError(E.RULE_FILE, f"{path}: rule file not found") from None
    except _RepeatedKey as err:
        raise CmkgError(E.RULE_KEY, f"{path}: key {err} given twice in one object") from None
    except json.JSONDecodeError as err:
        raise CmkgError(E.RULE_FILE, f"{path}: not valid JSON (line {err.lineno}: {err.msg})") from None


@cache
def load_rules(rules_path: str | None = None, lexicons_path: str | None = None) -> RuleSet:
    """Read and cross-check the rule records and lexicons (cached per pair of paths)."""
    rpath = Path(rules_path) if rules_path else data_path(*DEFAULT_RULES.split("/"))
    lpath = Path(lexicons_path) if lexicons_path else data_path(*DEFAULT_LEXICONS.split("/"))
    lex_raw = _read(lpath)
    rules_raw = _read(rpath)
    if not isinstance(lex_raw, dict):
        raise CmkgError(E.RULE_TYPE, f"{lpath}: lexicons must be an object of named word lists")
    if not isinstance(rules_raw, dict) or set(rules_raw) - {"_comment", "rules"}:
        raise CmkgError(E.RULE_KEY, f"{rpath}: expected an object with one key, 'rules'")
    lexicons = _included(_flatten(lex_raw), str(lpath))
    records = [_record(r, str(rpath), lexicons) for r in rules_raw.get("rules", [])]
    seen: set[str] = set()
    for r in records:
        if r.id in seen:
            raise CmkgError(E.RULE_DUPLICATE, f"{rpath}: rule id {r.id} is declared twice")
        seen.add(r.id)
    used = {x for r in records for x in r.lexicons}
    unused = sorted(set(lexicons) - used)
    if unused:
        raise CmkgError(E.RULE_UNUSED, f"{lpath}: lexicon(s) used by no rule: {', '.join(unused)}")
    return RuleSet(records, lexicons, str(rpath))


_active: list[RuleSet] = []
# the active set's word lists by name tuple: ``words`` runs ~900,000 times a corpus
_active_words: dict[tuple[str, ...], frozenset[str]] = {}


def use_rules(rule_set: RuleSet) -> RuleSet:
    """Make ``rule_set`` the one the rule functions read (the factories call this with their config)."""
    _active[:] = [rule_set]
    _active_words.clear()
    return rule_set


def rules() -> RuleSet:
    """The active rule set: the configured one, else the packaged ``data/rules/``."""
    return _active[0] if _active else load_rules()


def words(*names: str) -> frozenset[str]:
    """A word list of the active rule set, or the union of several; the rule modules import it as ``_w``,
    their one-letter shorthand for the word lists their conditions test. A union is built once per active
    set ("_w('status.signed', 'status.announced')"), not at every test of a token."""
    found = _active_words.get(names)
    if found is None:
        active = rules()
        found = _active_words[names] = frozenset().union(*(active.words(n) for n in names))
    return found


FACT_FIELDS = ("agreements", "export_controls", "production_shares", "relations")


def fired(sheets: Iterable[dict[str, Any]]) -> Counter[str]:
    """How often each rule fired over fact sheets.

    Fact rules are counted from each fact's provenance ``rule``; the rules of
    the other components by what they leave on the sheet: officials with a
    role (``officials.title``) or a rule of their own (``officials.known_holder``),
    linked entities (``entities.gazetteer``) and actor countries
    (``countries.actors``) and cut datelines (``ingest.dateline``).
    """
    counts: Counter[str] = Counter()
    for sheet in sheets:
        for field_name in FACT_FIELDS:
            counts.update(f["provenance"]["rule"] for f in sheet.get(field_name, []) if "provenance" in f)
        people = sheet.get("people", [])  # titled officials, and well-known holders named without a title
        counts.update(p.get("rule", "officials.title") for p in people if p.get("role") or p.get("rule"))
        counts["entities.gazetteer"] += len(sheet.get("minerals", [])) + len(sheet.get("organizations", []))
        counts["countries.actors"] += len(sheet.get("countries", []))
        counts["ingest.dateline"] += sheet.get("dateline") is not None
    return counts
