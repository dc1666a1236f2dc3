"""Questions about time: a partner's status timeline, and the deals as they stood on a date.

Both read the merged status history (``cmkg.graph.history``) through stored
queries (``data/queries/status_timeline.rq``, ``deals_as_of.rq``), so a
SPARQL client asking the same query gets the same answer.  The plain deals
question keeps its summary-based path (``cmkg.graph.questions.deals_with``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pyoxigraph as ox

from cmkg.core.errors import E, error
from cmkg.core.vocabulary import is_core_deal, vocabulary
from cmkg.graph.questions import resolve_country, stored_query, term_value
from cmkg.graph.sparql import DEFAULT_TIMEOUT, run_query
from cmkg.graph.store import Store
from cmkg.graph.vocab import XSD, country_iri

__all__ = ["timeline", "deals_as_of", "check_date", "date_literal", "require_history"]


def check_date(value: str, option: str, where: str) -> str:
    """``value`` if it is a YYYY-MM-DD date; E250 naming the option otherwise."""
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise error(E.BAD_DATE, path=where, option=option, value=value) from None


def date_literal(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(str(XSD.date)))


def require_history(store: Store) -> None:
    """E252 when the store predates status histories: agreements, but no dated status steps."""
    stale = "ASK { GRAPH ?g { ?a a cmkg:Agreement } FILTER NOT EXISTS { GRAPH ?h { ?s a cmkg:StatusStep } } }"
    if run_query(store, stale).boolean:
        raise error(E.NO_HISTORY, path=store.location)


def _row(r: dict[str, Any]) -> dict[str, Any]:
    return {k: term_value(v) for k, v in r.items()}


def timeline(
    store: Store, country: str, *, since: str | None = None, timeout: float = DEFAULT_TIMEOUT
) -> list[dict[str, Any]]:
    """The dated status changes of ``country``'s agreements, one entry per change and partner, oldest first.

    Each entry has the date (and its precision), the status before and after,
    until when it held, the agreement, the partner and every evidence sentence
    with its article.  ``since`` keeps the changes dated on or after it."""
    code = resolve_country(country)
    bindings: dict[str, Any] = {"country": ox.NamedNode(str(country_iri(code)))}
    if since:
        bindings["since"] = date_literal(since)
    rows = run_query(store, stored_query("status_timeline"), bindings=bindings, timeout=timeout).rows
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in rows:
        r = _row(raw)
        entry = out.setdefault(
            (r["change"], r["partner"]),
            {
                "date": r.get("from"),
                "precision": r.get("precision"),
                "until": r.get("to"),
                "partner": r["partner"].rsplit("/", 1)[-1],
                "partner_label": r["partnerLabel"],
                "agreement": r["label"],
                "from_status": r.get("previous") or None,
                "status": r["status"],
                "evidence": [],
            },
        )
        item = {"sentence": r["sentence"], "article": r["title"], "url": r.get("url"), "published": r.get("published")}
        if item not in entry["evidence"]:
            entry["evidence"].append(item)
    entries = list(out.values())
    for e in entries:
        e["evidence"].sort(key=lambda i: (i["published"] or "", i["article"], i["sentence"]))
    return sorted(entries, key=lambda e: (e["date"] is None, e["date"] or "", e["partner"], e["agreement"]))


def deals_as_of(
    store: Store, country: str, as_of: str, *, status: str | None = None, timeout: float = DEFAULT_TIMEOUT
) -> list[dict[str, Any]]:
    """``country``'s partners as they stood on ``as_of``, in the shape of ``questions.deals_with``.

    An agreement counts with the status in force that day; a partner's status
    is the furthest of its agreements', and the core-deal rule is the one of
    ``cmkg.core.vocabulary``."""
    code = resolve_country(country)
    bindings = {"country": ox.NamedNode(str(country_iri(code))), "asOf": date_literal(as_of)}
    rows = [_row(r) for r in run_query(store, stored_query("deals_as_of"), bindings=bindings, timeout=timeout).rows]
    rank = {s: i for i, s in enumerate(vocabulary().status_rank)}
    partners: dict[str, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: (rank[r["status"]], r["label"])):
        core = is_core_deal(
            r["status"], r["type"].rsplit("#type-", 1)[-1], int(r["parties"]), bool(r.get("multilateral"))
        )
        p = partners.setdefault(
            r["code"],
            {
                "partner": r["code"],
                "label": r["partnerLabel"],
                "core": False,
                "status": r["status"],
                "since": r["from"],
                "agreements": [],
                "evidence": [],
            },
        )
        p["core"] = p["core"] or core
        agreement = {"label": r["label"], "status": r["status"], "since": r["from"]}
        if agreement not in p["agreements"]:
            p["agreements"].append(agreement)
        item = {"sentence": r["sentence"], "article": r["title"], "url": r.get("url")}
        if item not in p["evidence"]:
            p["evidence"].append(item)
    for p in partners.values():
        p["evidence"].sort(key=lambda i: (i["article"], i["sentence"]))
    out = [p for p in partners.values() if not status or p["status"] == status]
    return sorted(out, key=lambda p: (not p["core"], p["label"]))
