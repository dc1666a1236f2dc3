"""Fact sheets as flat rows: one row per fact, for tables (Parquet, pandas, SQL engines).

The graph is the reference form; the table is the same facts for tools that
do not speak SPARQL.  Subjects, predicates and objects are the graph's IRIs
(``cmkg.graph.vocab``), so a row can be joined back to the graph, and each row
carries its evidence: the sentence, its character offsets in the article
body, the rule and the confidence (offsets and rule are empty where the
extractor records none, as for officials).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from cmkg.graph.vocab import (
    CMKG,
    activity_iri,
    agreement_iri,
    article_iri,
    country_iri,
    measure_iri,
    mineral_iri,
    person_iri,
)

__all__ = ["FACT_COLUMNS", "fact_rows"]

FACT_COLUMNS = (
    "article",
    "kind",
    "subject",
    "predicate",
    "object",
    "value",
    "status",
    "date",
    "sentence",
    "start_offset",
    "end_offset",
    "rule",
    "confidence",
)


def _row(art: str, kind: str, s: Any, p: Any, o: Any, fact: dict[str, Any], **extra: Any) -> dict[str, Any]:
    prov = fact.get("provenance") or {}
    row = dict.fromkeys(FACT_COLUMNS)
    row.update(
        article=art,
        kind=kind,
        subject=str(s),
        predicate=str(p),
        object=None if o is None else str(o),
        sentence=fact.get("evidence") or None,
        start_offset=prov.get("start"),
        end_offset=prov.get("end"),
        rule=prov.get("rule"),
        confidence=None if prov.get("confidence") is None else round(float(prov["confidence"]), 3),
    )
    row.update(extra)
    return row


def fact_rows(sheet: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The facts of one fact sheet, in the order the sheet lists them."""
    art = str(article_iri(sheet.get("key") or sheet.get("url") or sheet["article"]))
    for p in sheet.get("people", []):
        country = country_iri(p["country"]) if p.get("country") else None
        yield _row(art, "role", person_iri(p["name"]), CMKG.represents, country, p, value=p.get("role") or None)
    for a in sheet.get("agreements", []):
        for x, y in combinations(a["parties"], 2):
            yield _row(
                art,
                "agreement",
                country_iri(x),
                CMKG.hasDealWith,
                country_iri(y),
                a,
                value=str(agreement_iri(a.get("name"), a["parties"], a.get("type", "agreement"))),
                status=a["status"],
                date=a.get("date"),
            )
    for c in sheet.get("export_controls", []):
        for m in c["minerals"]:
            measure = measure_iri(c.get("measure", "controls"))
            yield _row(art, "export_control", country_iri(c["country"]), measure, mineral_iri(m), c, status=c["status"])
    for s in sheet.get("production_shares", []):
        subject, predicate, obj = country_iri(s["country"]), activity_iri(s["activity"]), mineral_iri(s["mineral"])
        yield _row(art, "production_share", subject, predicate, obj, s, value=f"{float(s['share_percent']):g}")
    for r in sheet.get("relations", []):
        if r["kind"] == "territory_of":
            yield _row(art, r["kind"], country_iri(r["territory"]), CMKG.territoryOf, country_iri(r["country"]), r)
        elif r["kind"] == "participation" and r.get("agreement"):
            iri = agreement_iri(r["agreement"], [], "initiative")
            yield _row(art, r["kind"], iri, CMKG["count"], None, r, value=str(r["count"]))
