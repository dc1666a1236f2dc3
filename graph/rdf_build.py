"""Fact sheets to RDF: one named graph per article, n-ary nodes for facts.

Countries, organisations, minerals and people are described once, in the
entities graph (``cmkg.graph.entities``); the article's graph holds the
facts about them.  rdflib has no RDF-star, so a fact with provenance is a node: an Agreement
with its parties, an ExportControl, a ProductionShare, a RoleHolding, each
pointing to an Evidence node (sentence, offsets, rule, confidence) that
``prov:wasDerivedFrom`` the article.  Direct ``cmkg:hasDealWith`` edges are
added for the everyday question.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef

from cmkg.core.gazetteer import gazetteer
from cmkg.graph.entities import agreement_label, describe_country, describe_mineral, describe_org, describe_person
from cmkg.graph.vocab import (
    CMKG,
    ENTITIES_GRAPH,
    ID,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    XSD,
    activity_iri,
    agreement_iri,
    article_iri,
    country_iri,
    graph_iri,
    measure_iri,
    slug,
    status_iri,
    type_iri,
)

__all__ = ["sheet_to_graph", "article_graph_iri", "CAMEO_BY_STATUS"]

CAMEO_BY_STATUS = {
    "signed": "057",
    "announced": "057",
    "existing": "057",
    "planned": "0311",
    "negotiating": "036",
    "lapsed": "057",
}
CONTROL_CAMEO = "163"  # impose embargo, boycott, or sanctions


def article_graph_iri(sheet: dict[str, Any]) -> URIRef:
    return graph_iri(sheet.get("key") or sheet.get("url") or sheet["article"])


def _evidence(g: Graph, art: URIRef, aid: str, n: int, prov: dict[str, Any] | None, sentence: str) -> URIRef:
    ev = ID[f"evidence/{aid}-{n}"]
    g.add((ev, RDF.type, CMKG.Evidence))
    g.add((ev, RDF.type, PROV.Entity))
    g.add((ev, CMKG.sentence, Literal(sentence)))
    g.add((ev, PROV.wasDerivedFrom, art))
    if prov:
        g.add((ev, CMKG.startOffset, Literal(int(prov["start"]), datatype=XSD.integer)))
        g.add((ev, CMKG.endOffset, Literal(int(prov["end"]), datatype=XSD.integer)))
        g.add((ev, CMKG.rule, Literal(prov["rule"])))
        g.add((ev, CMKG.confidence, Literal(Decimal(str(round(float(prov["confidence"]), 3))), datatype=XSD.decimal)))
    return ev


def sheet_to_graph(sheet: dict[str, Any], ds: Dataset | None = None) -> Dataset:
    """Add one article's facts to ``ds`` (new Dataset if None) in its own named graph.

    The entities the facts mention are described in ``ENTITIES_GRAPH`` of the
    same dataset; stores merge that graph rather than replace it.
    """
    ds = ds if ds is not None else Dataset()
    key = sheet.get("key") or sheet.get("url") or sheet["article"]
    g = ds.graph(graph_iri(key))
    ent = ds.graph(ENTITIES_GRAPH)

    art = article_iri(key)
    aid = sheet["article_id"]
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, RDF.type, PROV.Entity))
    g.add((art, SCHEMA.headline, Literal(sheet.get("title") or sheet["article"])))
    g.add((art, CMKG.contentHash, Literal(aid)))
    g.add((art, CMKG.sourceName, Literal(sheet["article"])))
    if sheet.get("url"):
        g.add((art, SCHEMA.url, Literal(sheet["url"], datatype=XSD.anyURI)))
    if sheet.get("published"):
        g.add((art, SCHEMA.datePublished, Literal(sheet["published"], datatype=XSD.date)))
    for a in sheet.get("authors") or []:
        g.add((art, SCHEMA.author, Literal(a)))
    if sheet.get("agency"):
        g.add((art, SCHEMA.publisher, Literal(sheet["agency"])))
    counter = iter(range(1_000_000))

    for code in sheet.get("countries", []):
        describe_country(ent, code)
        g.add((country_iri(code), SCHEMA.subjectOf, art))
    for org_id in sheet.get("organizations", []):
        describe_org(ent, org_id)
    for name in sheet.get("minerals", []):
        describe_mineral(ent, name)
    for p in sheet.get("people", []):
        person = describe_person(ent, p["name"])
        holding = ID[f"role/{slug(p['name'])}-{slug(p.get('role') or 'official')}"]
        g.add((holding, RDF.type, CMKG.RoleHolding))
        g.add((holding, CMKG.holder, person))
        g.add((holding, CMKG.roleTitle, Literal(p.get("role") or "")))
        if p.get("country"):
            g.add((holding, CMKG.forCountry, describe_country(ent, p["country"])))
            g.add((person, CMKG.represents, country_iri(p["country"])))
        g.add((holding, CMKG.evidence, _evidence(g, art, aid, next(counter), None, p.get("evidence", ""))))
    for a in sheet.get("agreements", []):
        iri = agreement_iri(a.get("name"), a["parties"], a.get("type", "agreement"))
        g.add((iri, RDF.type, CMKG.Agreement))
        label = a.get("name") or agreement_label(a.get("type", "agreement"), a["parties"])
        g.add((iri, RDFS.label, Literal(label, lang="en")))
        g.add((iri, CMKG.agreementType, type_iri(a.get("type", "agreement"))))
        g.add((iri, CMKG.status, status_iri(a["status"])))
        g.add((iri, CMKG.cameoCode, Literal(CAMEO_BY_STATUS.get(a["status"], "057"))))
        if a.get("date"):
            g.add((iri, CMKG.dateText, Literal(a["date"])))
        if len(a["parties"]) > 3 or a.get("multilateral"):
            g.add((iri, CMKG.multilateral, Literal(True)))
        for c in a["parties"]:
            g.add((iri, CMKG.party, describe_country(ent, c)))
            for d in a["parties"]:
                if d != c:
                    g.add((country_iri(c), CMKG.hasDealWith, country_iri(d)))
        for m in a.get("minerals", []):
            g.add((iri, CMKG.covers, describe_mineral(ent, m)))
        for who in a.get("announced_by", []):
            g.add((iri, CMKG.announcedBy, describe_person(ent, who)))
        g.add((iri, CMKG.evidence, _evidence(g, art, aid, next(counter), a.get("provenance"), a.get("evidence", ""))))
    for x in sheet.get("export_controls", []):
        measure = x.get("measure", "controls")
        iri = ID[f"control/{x['country']}-{'-'.join(slug(m) for m in x['minerals'])}-{measure}-{x['status']}"]
        g.add((iri, RDF.type, CMKG.ExportControl))
        g.add(
            (
                iri,
                RDFS.label,
                Literal(
                    f"{gazetteer().label(x['country'])} export {measure} on {', '.join(x['minerals'])}",
                    lang="en",
                ),
            )
        )
        g.add((iri, CMKG.imposedBy, describe_country(ent, x["country"])))
        g.add((iri, CMKG.controlStatus, status_iri(x["status"])))
        g.add((iri, CMKG.measure, measure_iri(x.get("measure", "controls"))))
        g.add((iri, CMKG.cameoCode, Literal(CONTROL_CAMEO)))
        for m in x["minerals"]:
            g.add((iri, CMKG.onMineral, describe_mineral(ent, m)))
        g.add((iri, CMKG.evidence, _evidence(g, art, aid, next(counter), x.get("provenance"), x.get("evidence", ""))))
    for s in sheet.get("production_shares", []):
        iri = ID[f"share/{s['country']}-{slug(s['mineral'])}-{s['activity']}"]
        g.add((iri, RDF.type, CMKG.ProductionShare))
        g.add(
            (
                iri,
                RDFS.label,
                Literal(
                    f"{gazetteer().label(s['country'])} {s['activity']} "
                    f"{s['share_percent']:g}% of world {s['mineral']}",
                    lang="en",
                ),
            )
        )
        g.add((iri, CMKG.producer, describe_country(ent, s["country"])))
        g.add((iri, CMKG.mineral, describe_mineral(ent, s["mineral"])))
        g.add((iri, CMKG.activity, activity_iri(s["activity"])))
        g.add((iri, CMKG.sharePercent, Literal(Decimal(str(float(s["share_percent"]))), datatype=XSD.decimal)))
        g.add((iri, CMKG.evidence, _evidence(g, art, aid, next(counter), s.get("provenance"), s.get("evidence", ""))))
    for r in sheet.get("relations", []):
        ev = _evidence(g, art, aid, next(counter), r.get("provenance"), r.get("evidence", ""))
        if r["kind"] == "territory_of":
            t, c = describe_country(ent, r["territory"]), describe_country(ent, r["country"])
            g.add((t, CMKG.territoryOf, c))
            stmt = ID[f"territory/{r['territory']}-{r['country']}"]
            g.add((stmt, RDF.type, CMKG.TerritoryStatement))
            g.add((stmt, CMKG.territory, t))
            g.add((stmt, CMKG.sovereign, c))
            g.add((stmt, CMKG.evidence, ev))
        elif r["kind"] == "participation" and r.get("agreement"):
            iri = agreement_iri(r["agreement"], [], "initiative")
            stmt = ID[f"participation/{aid}-{slug(r['agreement'])}-{r['count']}"]
            g.add((stmt, RDF.type, CMKG.ParticipationCount))
            g.add((stmt, CMKG.ofAgreement, iri))
            g.add((stmt, CMKG["count"], Literal(int(r["count"]), datatype=XSD.integer)))
            g.add((stmt, CMKG.additional, Literal(bool(r.get("additional")))))
            g.add((stmt, CMKG.evidence, ev))
    return ds
