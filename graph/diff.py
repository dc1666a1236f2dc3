"""What changed: between two builds of the graph, or since a date.

A build's *snapshot* is its merged status histories and its export controls
(stored queries ``history_snapshot`` and ``controls_snapshot``).  Comparing
two snapshots gives new partners (country pairs that share an agreement for
the first time), new agreements, status changes (a history step with a
previous status that the older build lacks) and export controls added,
eased or lifted.  ``since`` reads one snapshot and keeps what is dated on or
after a day.  The changes can be written as RDF: one named graph of
``cmkg:Change`` nodes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from typing import Any

from rdflib import Dataset, Literal, URIRef

from cmkg.core.resources import load_json
from cmkg.graph.questions import stored_query, term_value
from cmkg.graph.sparql import DEFAULT_TIMEOUT, run_query
from cmkg.graph.store import Store
from cmkg.graph.vocab import CMKG, ID, PREFIXES, PROV, RDF, RDFS, XSD, country_iri, status_iri

__all__ = ["KINDS", "Snapshot", "snapshot", "diff_snapshots", "changes_since", "changes_to_rdf"]

KINDS = ("new_partner", "new_agreement", "status_change", "control_added", "control_eased", "control_lifted")


@cache
def _control_kind() -> dict[str, str]:
    return load_json("rules", "status_history.json")["control_change"]


@dataclass
class Snapshot:
    """One build's history rows (one per status change) and control rows, as plain values."""

    history: list[dict[str, Any]]
    controls: list[dict[str, Any]]

    def agreements(self) -> dict[str, dict[str, Any]]:
        """Each agreement's first history row (its earliest status)."""
        out: dict[str, dict[str, Any]] = {}
        for r in sorted(self.history, key=lambda r: r["seq"]):
            out.setdefault(r["agreement"], r)
        return out

    def pairs(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Country pairs that share an agreement, each with the row of its earliest dated agreement."""
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for r in sorted(self.agreements().values(), key=lambda r: (r.get("from") is None, r.get("from") or "")):
            for pair in combinations(sorted(r["parties"].split(", ")), 2):
                out.setdefault(pair, r)
        return out


def snapshot(store: Store, *, timeout: float = DEFAULT_TIMEOUT) -> Snapshot:
    def rows(name: str) -> list[dict[str, Any]]:
        res = run_query(store, stored_query(name), timeout=timeout)
        return [{k: term_value(v) for k, v in r.items()} for r in res.rows]

    return Snapshot(rows("history_snapshot"), rows("controls_snapshot"))


def _evidence(r: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"sentence": r.get("sentence"), "article": r.get("title"), "url": r.get("url")}]


def _agreement_change(kind: str, r: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "change": kind,
        "date": r.get("from"),
        "about": r["agreement"],
        "label": r["label"],
        "parties": sorted(r["parties"].split(", ")),
        "from_status": r.get("previous") or None,
        "status": r["status"],
        "evidence": _evidence(r),
        **extra,
    }


def _key(r: dict[str, Any]) -> tuple[str, str, str | None]:
    return (r["agreement"], r["status"], r.get("from"))


def _changes(new: Snapshot, keep_partner, keep_agreement, keep_step, keep_control) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for pair, r in new.pairs().items():
        if keep_partner(pair, r):
            out.append(
                {**_agreement_change("new_partner", r), "parties": list(pair), "about": str(country_iri(pair[1]))}
            )
    out += [_agreement_change("new_agreement", r) for a, r in new.agreements().items() if keep_agreement(a, r)]
    out += [_agreement_change("status_change", r) for r in new.history if r.get("previous") and keep_step(r)]
    for r in new.controls:
        if keep_control(r):
            out.append(
                {
                    "change": _control_kind()[r["status"]],
                    "date": r.get("from"),
                    "about": r["control"],
                    "label": r["label"],
                    "parties": [r["country"]],
                    "from_status": None,
                    "status": r["status"],
                    "evidence": _evidence(r),
                }
            )
    return sorted(out, key=lambda c: (c["date"] is None, c["date"] or "", KINDS.index(c["change"]), c["label"]))


def diff_snapshots(old: Snapshot, new: Snapshot) -> list[dict[str, Any]]:
    """What ``new`` states that ``old`` did not."""
    old_pairs, old_agreements = old.pairs(), old.agreements()
    old_steps = {_key(r) for r in old.history}
    old_controls = {r["control"] for r in old.controls}
    return _changes(
        new,
        lambda pair, r: pair not in old_pairs,
        lambda a, r: a not in old_agreements,
        lambda r: _key(r) not in old_steps,
        lambda r: r["control"] not in old_controls,
    )


def changes_since(current: Snapshot, since: str) -> list[dict[str, Any]]:
    """What ``current`` dates on or after ``since`` (an ISO date): undated facts are left out."""

    def after(r: dict[str, Any]) -> bool:
        return bool(r.get("from")) and r["from"] >= since

    return _changes(current, lambda pair, r: after(r), lambda a, r: after(r), after, after)


def changes_to_rdf(changes: list[dict[str, Any]], name: str) -> Dataset:
    """The changes as ``cmkg:Change`` nodes in one named graph, ``id:graph/changes/<hash of name>``."""
    ds = Dataset()
    for k, v in PREFIXES.items():
        ds.bind(k, v)
    g = ds.graph(ID[f"graph/changes/{hashlib.sha256(name.encode()).hexdigest()[:16]}"])
    g.add((g.identifier, RDFS.label, Literal(name)))
    for c in changes:
        key = f"{c['change']}|{c['about']}|{c['status']}|{c['date']}|{' '.join(c['parties'])}"
        node = ID[f"change/{hashlib.sha256(key.encode()).hexdigest()[:16]}"]
        g.add((node, RDF.type, CMKG.Change))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, CMKG.changeKind, Literal(c["change"])))
        g.add((node, CMKG.about, URIRef(c["about"])))
        g.add((node, RDFS.label, Literal(c["label"])))
        g.add((node, CMKG.stepStatus, status_iri(c["status"])))
        if c["from_status"]:
            g.add((node, CMKG.previousStatus, status_iri(c["from_status"])))
        if c["date"]:
            g.add((node, CMKG.validFrom, Literal(c["date"], datatype=XSD.date)))
        for code in c["parties"]:
            g.add((node, CMKG.involves, country_iri(code)))
        for ev in c["evidence"]:
            if ev.get("sentence"):
                g.add((node, CMKG.evidenceSentence, Literal(ev["sentence"])))
    return ds
