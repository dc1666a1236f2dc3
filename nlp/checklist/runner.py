"""Run the behavioural suite through the real extractor and compare fact by fact.

Cases become clean-text articles (so datelines and bullets pass through
ingestion as real articles do), go through ``extract_many`` in batches, and
each checked field is compared with the corpus scorer's own units
(``cmkg.nlp.evaluate.score_article``): a case passes when a checked field has
no false positive and no false negative, and the statuses, roles and countries
it states are right.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from cmkg.nlp.checklist.fill import lexicon
from cmkg.nlp.checklist.generate import Case
from cmkg.nlp.evaluate import score_article
from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

__all__ = ["Outcome", "check", "run_cases", "summarise", "case_article"]

KINDS = ("mft", "inv", "dir")


@dataclass(frozen=True)
class Outcome:
    case: Case
    problems: tuple[str, ...]
    predicted: dict[str, Any]

    @property
    def passed(self) -> bool:
        return not self.problems


HEADER_KEYS = ("Source:", "Published:")


def _has_own_header(text: str) -> bool:
    """A case written as a whole page (title, Source, Published) says whose site it is on; keep that."""
    lines = text.split("\n", 3)
    return len(lines) > 3 and all(line.startswith(key) for line, key in zip(lines[1:3], HEADER_KEYS, strict=True))


def case_article(case: Case):
    """The case as a clean-text article: title, Source, Published, then the body."""
    if _has_own_header(case.text):
        return read_text_as_article(case.text, f"checklist/{case.id}")
    header = f"Checklist case {case.id}\nSource: checklist:{case.id}\nPublished: {lexicon()['published']}\n\n"
    return read_text_as_article(header + case.text, f"checklist/{case.id}")


def _parties(a: dict) -> str:
    return "+".join(sorted(a["parties"]))


def _status_problems(case: Case, pred: dict) -> list[str]:
    out = []
    for a in case.expect.get("agreements", []) if "agreements" in case.fields else []:
        got = {x["status"] for x in pred.get("agreements", []) if set(x["parties"]) == set(a["parties"])}
        if got and a.get("status") and a["status"] not in got:
            out.append(f"agreement {_parties(a)}: status {sorted(got)}, expected {a['status']}")
    for x in case.expect.get("export_controls", []) if "export_controls" in case.fields else []:
        for m in x["minerals"]:
            got = {
                p["status"]
                for p in pred.get("export_controls", [])
                if p["country"] == x["country"] and m in p["minerals"]
            }
            if got and x["status"] not in got:
                out.append(f"export control {x['country']}/{m}: status {sorted(got)}, expected {x['status']}")
    return out


def _people_problems(case: Case, pred: dict) -> list[str]:
    if "people" not in case.fields:
        return []
    out = []
    found = {" ".join(p["name"].casefold().split()): p for p in pred.get("people", [])}
    for p in case.expect.get("people", []):
        got = found.get(" ".join(p["name"].casefold().split()))
        if not got:
            continue
        role, want = (got.get("role") or "").casefold(), p["role"].casefold()
        if not role or (role not in want and want not in role):
            out.append(f"person {p['name']}: role {got.get('role')!r}, expected {p['role']!r}")
        if got.get("country") != p["country"]:
            out.append(f"person {p['name']}: country {got.get('country')}, expected {p['country']}")
    return out


def _pretty(item: Any) -> str:
    """A scorer unit as text: a party set 'AUS+JPN', a pair or triple 'CHN/gallium'."""
    if isinstance(item, tuple):
        return "/".join(map(str, item))
    text = str(item)
    if text.startswith("frozenset("):
        return "+".join(sorted(re.findall(r"'([^']*)'", text))) or "(no parties)"
    if text.startswith("("):
        return "/".join(re.findall(r"'([^']*)'", text))
    return text


def check(case: Case, sheet: dict) -> tuple[str, ...]:
    """What is wrong with the fact sheet for this case (empty: the case passes)."""
    gold = dict(case.expect)
    res = score_article(sheet, gold)
    problems = []
    for f in case.fields:
        problems += [f"{f}: missing {_pretty(item)}" for item in res[f]["fn_items"]]
        problems += [f"{f}: unexpected {_pretty(item)}" for item in res[f]["fp_items"]]
    return tuple(problems + _status_problems(case, sheet) + _people_problems(case, sheet))


def _summary(case: Case, sheet: dict) -> dict[str, Any]:
    """The checked fields of the prediction, without evidence, for failure reports."""
    keep = {
        "agreements": ("parties", "status"),
        "export_controls": ("country", "minerals", "status"),
        "production_shares": ("country", "activity", "mineral", "share_percent"),
        "people": ("name", "role", "country"),
    }
    out: dict[str, Any] = {}
    for f in case.fields:
        items = sheet.get(f, [])
        out[f] = [{k: x.get(k) for k in keep[f]} for x in items] if f in keep else items
    return out


def run_cases(
    cases: Iterable[Case], batch_size: int = 64, progress: Callable[[Iterable], Iterable] | None = None
) -> list[Outcome]:
    cases = list(cases)
    sheets = extract_many((case_article(c) for c in cases), batch_size=batch_size)
    if progress:
        sheets = progress(sheets)
    return [Outcome(c, check(c, s), _summary(c, s)) for c, s in zip(cases, sheets, strict=True)]


def summarise(outcomes: list[Outcome]) -> dict[str, dict[str, Any]]:
    """Pass rate per capability, overall and by kind of test, in suite order.

    ``invariance_breaks`` counts the invariance cases that fail while their
    base passes: a failure the perturbation caused, not one inherited.
    """
    table: dict[str, dict[str, Any]] = {}
    passed = {o.case.id: o.passed for o in outcomes}
    for o in outcomes:
        row = table.setdefault(
            o.case.capability, {"cases": 0, "passed": 0, **{k: [0, 0] for k in KINDS}, "invariance_breaks": 0}
        )
        row["cases"] += 1
        row["passed"] += o.passed
        row[o.case.kind][0] += o.passed
        row[o.case.kind][1] += 1
        # an invariance failure whose unperturbed base passes: the perturbation itself broke it
        row["invariance_breaks"] += o.case.kind == "inv" and not o.passed and passed.get(o.case.base_id, False)
    for row in table.values():
        row["pass_rate"] = round(row["passed"] / row["cases"], 3)
    return table
