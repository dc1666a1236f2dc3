"""Agreements' status histories, merged across articles.

Each article's graph holds dated *status steps*: "this sentence, dated so,
says the agreement is signed".  One article may see an agreement announced,
another see it signed, a third see it suspended.  The history merges every
step of an agreement, in date order, into *status changes*: a status with
``cmkg:validFrom``, ``cmkg:validTo`` (the next change's date),
``prov:generatedAtTime`` (when the first article reporting it appeared) and
every evidence sentence behind it.  A later step at an earlier stage of the
agreement's life (``data/rules/status_history.json``) confirms the current
status rather than changing it.

The history lives in its own named graph, recomputed from all steps by
``refresh_history`` after a build or an import.  It depends only on the set
of steps, never on the order articles arrived in, so any build order gives
the same timeline.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from cmkg.core.resources import load_json
from cmkg.graph.sparql import run_query
from cmkg.graph.vocab import CMKG, ID, PREFIXES

__all__ = ["HISTORY_GRAPH", "Change", "merge_steps", "refresh_history", "history_update", "stage"]

HISTORY_GRAPH = str(ID["graph/status-history"])
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


@cache
def _rules() -> dict[str, Any]:
    return load_json("rules", "status_history.json")


def stage(status: str) -> int:
    """Where ``status`` lies in an agreement's life (planned first, lapsed last)."""
    return _rules()["stage"][status]


@dataclass
class Step:
    """One dated observation: an agreement's status as one sentence of one article gives it."""

    agreement: str
    status: str
    date: str | None
    precision: str | None
    published: str | None
    evidence: str


@dataclass
class Change:
    """One step of an agreement's merged history."""

    agreement: str
    sequence: int
    status: str
    previous: str | None
    valid_from: str | None
    precision: str | None
    generated: str | None
    valid_to: str | None = None
    evidence: list[str] = field(default_factory=list)


def _is_change(current: Change | None, step: Step) -> bool:
    if current is None:
        return True
    if step.status == current.status:
        return False
    if current.status in _rules()["reopens"]:
        return True
    return stage(step.status) > stage(current.status)


def _order(step: Step) -> tuple:
    return (step.date is None, step.date or "", stage(step.status), step.published or "", step.evidence)


def merge_steps(steps: list[Step]) -> list[Change]:
    """One agreement's steps (any order) as its history: dated changes in date order, undated last."""
    changes: list[Change] = []
    for step in sorted(steps, key=_order):
        current = changes[-1] if changes else None
        if step.date is None and current is not None:
            current.evidence.append(step.evidence)  # an undated mention confirms whatever is current
            continue
        if _is_change(current, step):
            if current is not None:
                current.valid_to = step.date
            changes.append(
                Change(
                    step.agreement,
                    len(changes),
                    step.status,
                    current.status if current else None,
                    step.date,
                    step.precision,
                    step.published,
                )
            )
        changes[-1].evidence.append(step.evidence)
        if step.published and (changes[-1].generated is None or step.published < changes[-1].generated):
            changes[-1].generated = step.published
    return changes


def _steps(store: Any) -> dict[str, list[Step]]:
    from cmkg.graph.questions import stored_query

    rows = run_query(store, stored_query("status_steps"), timeout=600).rows
    by_agreement: dict[str, list[Step]] = defaultdict(list)
    for r in rows:
        a = r["agreement"].value
        by_agreement[a].append(
            Step(
                a,
                r["status"].value.rsplit("#status-", 1)[-1],
                r["from"].value if r.get("from") else None,
                r["precision"].value if r.get("precision") else None,
                r["published"].value if r.get("published") else None,
                r["evidence"].value,
            )
        )
    return by_agreement


def _node(change: Change) -> str:
    digest = hashlib.sha256(change.agreement.encode()).hexdigest()[:16]
    return f"{ID}status-change/{digest}-{change.sequence}"


def _lit(value: str, datatype: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"^^<{datatype}>'


def _triples(c: Change) -> str:
    xsd = PREFIXES["xsd"]
    node = f"<{_node(c)}>"
    out = [
        f"{node} a <{CMKG.StatusChange}> , <{PREFIXES['prov']}Entity>",
        f"{node} <{CMKG.changeOf}> <{c.agreement}>",
        f"{node} <{CMKG.sequence}> {_lit(str(c.sequence), xsd + 'integer')}",
        f"{node} <{CMKG.stepStatus}> <{CMKG}status-{c.status}>",
    ]
    if c.previous:
        out.append(f"{node} <{CMKG.previousStatus}> <{CMKG}status-{c.previous}>")
    if c.valid_from:
        out.append(f"{node} <{CMKG.validFrom}> {_lit(c.valid_from, xsd + 'date')}")
        out.append(f"{node} <{CMKG.datePrecision}> {_lit(c.precision or 'day', xsd + 'string')}")
    if c.valid_to:
        out.append(f"{node} <{CMKG.validTo}> {_lit(c.valid_to, xsd + 'date')}")
    if c.generated:
        out.append(f"{node} <{PREFIXES['prov']}generatedAtTime> {_lit(c.generated, xsd + 'dateTime')}")
    out += [f"{node} <{CMKG.evidence}> <{ev}>" for ev in sorted(set(c.evidence))]
    return " .\n".join(out) + " ."


def history_update(changes: list[Change]) -> str:
    """A SPARQL update that replaces the history graph with ``changes``, in one request."""
    ops = [f"DROP SILENT GRAPH <{HISTORY_GRAPH}>"]
    if changes:
        body = "\n".join(_triples(c) for c in changes)
        ops.append(f"INSERT DATA {{ GRAPH <{HISTORY_GRAPH}> {{\n{body}\n}} }}")
    return _PROLOGUE + " ;\n".join(ops)


def refresh_history(store: Any) -> int:
    """Recompute every agreement's history from all status steps; return how many changes it holds."""
    changes = [c for steps in _steps(store).values() for c in merge_steps(steps)]
    store.update(history_update(changes))
    return len(changes)
