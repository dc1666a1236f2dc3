"""Fact sheets to RDF: one named graph per article, n-ary nodes for facts.

rdflib has no RDF-star, so a fact with provenance is a node: an Agreement
with its parties, an ExportControl, a ProductionShare, a RoleHolding, each
pointing to an Evidence node (sentence, offsets, rule, confidence) that
``prov:wasDerivedFrom`` the article.  Direct ``cmkg:hasDealWith`` edges are
added for the everyday question.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef

from cmkg.core.factsheet import (
    Agreement,
    ExportControl,
    FactSheet,
    Person,
    ProductionShare,
    Relation,
    check_fact_sheet,
)
from cmkg.core.gazetteer import gazetteer
from cmkg.core.vocabulary import is_multilateral, vocabulary
from cmkg.graph.vocab import (
    CMKG,
    ID,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WD,
    XSD,
    activity_iri,
    agreement_iri,
    article_iri,
    country_iri,
    graph_iri,
    measure_iri,
    mineral_iri,
    org_iri,
    person_iri,
    slug,
    status_iri,
    type_iri,
)

__all__ = ["sheet_to_graph", "article_graph_iri", "CAMEO_BY_STATUS"]

CAMEO_BY_STATUS = {s.id: s.cameo for s in vocabulary().agreement_statuses}
CONTROL_CAMEO = vocabulary().control_cameo  # impose embargo, boycott, or sanctions


def article_graph_iri(sheet: FactSheet) -> URIRef:
    return graph_iri(sheet.get("key") or sheet.get("url") or sheet["article"])


def _country(g: Graph, code: str) -> URIRef:
    gz = gazetteer()
    iri = country_iri(code)
    c = gz.countries.get(code)
    g.add((iri, RDF.type, CMKG.Country))
    g.add((iri, RDF.type, SCHEMA.Country))
    g.add((iri, RDFS.label, Literal(gz.label(code), lang="en")))
    g.add((iri, CMKG.code, Literal(code)))
    for alias in gz.aliases(code):
        g.add((iri, SKOS.altLabel, Literal(alias, lang="en")))
    if c and c.qid:
        g.add((iri, OWL.sameAs, WD[c.qid]))
        g.add((iri, SKOS.exactMatch, WD[c.qid]))
    if code == "EU":
        g.add((iri, RDF.type, CMKG.Organization))
        g.add((iri, RDF.type, SCHEMA.Organization))
    return iri


def _mineral(g: Graph, name: str) -> URIRef:
    gz = gazetteer()
    iri = mineral_iri(name)
    m = gz.minerals.get(name)
    g.add((iri, RDF.type, CMKG.Mineral))
    g.add((iri, RDF.type, SKOS.Concept))
    g.add((iri, SKOS.prefLabel, Literal(name, lang="en")))
    g.add((iri, RDFS.label, Literal(name, lang="en")))
    g.add((iri, SKOS.inScheme, CMKG.MineralScheme))
    if m and m.qid:
        g.add((iri, SKOS.exactMatch, WD[m.qid]))
    if m and m.symbol:
        g.add((iri, CMKG.symbol, Literal(m.symbol)))
    if m and m.group and m.group != name:
        g.add((iri, SKOS.broader, mineral_iri(m.group)))
    return iri


def _person(g: Graph, name: str) -> URIRef:
    iri = person_iri(name)
    g.add((iri, RDF.type, SCHEMA.Person))
    g.add((iri, RDF.type, CMKG.Person))
    g.add((iri, SCHEMA.name, Literal(name)))
    g.add((iri, RDFS.label, Literal(name)))
    known = gazetteer().known_official(name)
    if known and known[2]:
        g.add((iri, OWL.sameAs, WD[known[2]]))
        g.add((iri, SKOS.exactMatch, WD[known[2]]))
    return iri


def _add_when(g: Graph, ev: URIRef, when: Mapping[str, Any]) -> None:
    """The fact's date on its evidence node: every fact knows when, or says it is undated."""
    g.add((ev, CMKG.dateBasis, Literal(when["basis"])))
    if when.get("date"):
        g.add((ev, CMKG.eventDate, Literal(when["date"], datatype=XSD.date)))
        g.add((ev, CMKG.datePrecision, Literal(when["precision"])))
    if when.get("text"):
        g.add((ev, CMKG.dateExpression, Literal(when["text"])))


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


@dataclass
class _ArticleGraph:
    """The named graph of one article, and the numbering of its evidence nodes."""

    g: Graph
    art: URIRef
    aid: str
    published: str | None = None
    counter: Iterator[int] = field(default_factory=lambda: iter(range(1_000_000)))

    def evidence(self, fact: Mapping[str, Any], prov: Mapping[str, Any] | None = None) -> URIRef:
        ev = _evidence(self.g, self.art, self.aid, next(self.counter), prov, fact.get("evidence", ""))
        _add_when(self.g, ev, self.when(fact))
        return ev

    def when(self, fact: Mapping[str, Any]) -> Mapping[str, Any]:
        """The fact's own date, else its article's publication date, else undated."""
        if fact.get("when"):
            return fact["when"]
        if self.published:
            return {"date": self.published, "precision": "day", "basis": "published"}
        return {"date": None, "precision": None, "basis": "undated"}


def _add_article(g: Graph, sheet: FactSheet, key: str) -> _ArticleGraph:
    art = article_iri(key)
    aid = sheet["article_id"]
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, RDF.type, PROV.Entity))
    g.add((art, SCHEMA.headline, Literal(sheet.get("title") or sheet["article"])))
    g.add((art, CMKG.contentHash, Literal(aid)))
    g.add((art, CMKG.sourceName, Literal(sheet["article"])))
    if sheet.get("url"):
        g.add((art, SCHEMA.url, Literal(sheet["url"], datatype=XSD.anyURI)))
    published = _iso_date(sheet.get("published"))
    if published:
        g.add((art, SCHEMA.datePublished, Literal(published, datatype=XSD.date)))
    for a in sheet.get("authors") or []:
        g.add((art, SCHEMA.author, Literal(a)))
    if sheet.get("agency"):
        g.add((art, SCHEMA.publisher, Literal(sheet["agency"])))
    return _ArticleGraph(g, art, aid, published)


def _iso_date(text: str | None) -> str | None:
    """The YYYY-MM-DD of a publication date, or None when it is not an ISO date."""
    try:
        return date.fromisoformat(str(text)[:10]).isoformat() if text else None
    except ValueError:
        return None


def _status_step(ag: _ArticleGraph, agreement: URIRef, a: Agreement, ev: URIRef) -> None:
    """One dated observation of an agreement's status; graph.history merges them across articles."""
    g = ag.g
    when = ag.when(a)
    step = ID[f"status-step/{ev.rsplit('/', 1)[-1]}"]
    g.add((step, RDF.type, CMKG.StatusStep))
    g.add((step, RDF.type, PROV.Entity))
    g.add((step, CMKG.stepOf, agreement))
    g.add((step, CMKG.stepStatus, status_iri(a["status"])))
    g.add((step, CMKG.evidence, ev))
    g.add((step, PROV.wasDerivedFrom, ag.art))
    if when.get("date"):
        # "will sign on Friday", "by 2030": the event lies ahead, but the status reported holds from publication
        ahead = ag.published is not None and when["date"] > ag.published
        g.add((step, CMKG.validFrom, Literal(ag.published if ahead else when["date"], datatype=XSD.date)))
        g.add((step, CMKG.datePrecision, Literal("day" if ahead else when["precision"])))
    if ag.published:
        g.add((step, PROV.generatedAtTime, Literal(f"{ag.published}T00:00:00Z", datatype=XSD.dateTime)))


def _add_entities(ag: _ArticleGraph, sheet: FactSheet) -> None:
    g = ag.g
    for code in sheet.get("countries", []):
        _country(g, code)
        g.add((country_iri(code), SCHEMA.subjectOf, ag.art))
    for org_id in sheet.get("organizations", []):
        org = gazetteer().orgs.get(org_id)
        iri = country_iri("EU") if org_id == "EU" else org_iri(org_id)
        g.add((iri, RDF.type, CMKG.Organization))
        g.add((iri, RDF.type, SCHEMA.Organization))
        g.add((iri, RDFS.label, Literal(org.label if org else org_id, lang="en")))
        if org and org.qid:
            g.add((iri, OWL.sameAs, WD[org.qid]))
    for name in sheet.get("minerals", []):
        _mineral(g, name)


def _add_person(ag: _ArticleGraph, p: Person) -> None:
    g = ag.g
    person = _person(g, p["name"])
    holding = ID[f"role/{slug(p['name'])}-{slug(p.get('role') or 'official')}"]
    g.add((holding, RDF.type, CMKG.RoleHolding))
    g.add((holding, CMKG.holder, person))
    g.add((holding, CMKG.roleTitle, Literal(p.get("role") or "")))
    if p.get("country"):
        g.add((holding, CMKG.forCountry, _country(g, p["country"])))
        g.add((person, CMKG.represents, country_iri(p["country"])))
    g.add((holding, CMKG.evidence, ag.evidence(p)))


def _add_agreement(ag: _ArticleGraph, a: Agreement) -> None:
    g = ag.g
    type_ = a.get("type", "agreement")
    iri = agreement_iri(a.get("name"), a["parties"], type_)
    g.add((iri, RDF.type, CMKG.Agreement))
    label = a.get("name") or f"{type_.capitalize()}: {' - '.join(gazetteer().label(c) for c in a['parties'])}"
    g.add((iri, RDFS.label, Literal(label, lang="en")))
    g.add((iri, CMKG.agreementType, type_iri(type_)))
    g.add((iri, CMKG.status, status_iri(a["status"])))
    g.add((iri, CMKG.cameoCode, Literal(CAMEO_BY_STATUS[a["status"]])))
    if a.get("date"):
        g.add((iri, CMKG.dateText, Literal(a["date"])))
    if is_multilateral(len(a["parties"]), a.get("multilateral", False)):
        g.add((iri, CMKG.multilateral, Literal(True)))
    for c in a["parties"]:
        g.add((iri, CMKG.party, _country(g, c)))
        for d in a["parties"]:
            if d != c:
                g.add((country_iri(c), CMKG.hasDealWith, country_iri(d)))
    for m in a.get("minerals", []):
        g.add((iri, CMKG.covers, _mineral(g, m)))
    for who in a.get("announced_by", []):
        g.add((iri, CMKG.announcedBy, _person(g, who)))
    ev = ag.evidence(a, a.get("provenance"))
    g.add((iri, CMKG.evidence, ev))
    _status_step(ag, iri, a, ev)


def _add_control(ag: _ArticleGraph, x: ExportControl) -> None:
    g = ag.g
    measure = x.get("measure", "controls")
    minerals = x["minerals"]
    iri = ID[f"control/{x['country']}-{'-'.join(slug(m) for m in minerals)}-{measure}-{x['status']}"]
    g.add((iri, RDF.type, CMKG.ExportControl))
    label = f"{gazetteer().label(x['country'])} export {measure} on {', '.join(minerals)}"
    g.add((iri, RDFS.label, Literal(label, lang="en")))
    g.add((iri, CMKG.imposedBy, _country(g, x["country"])))
    g.add((iri, CMKG.controlStatus, status_iri(x["status"])))
    g.add((iri, CMKG.measure, measure_iri(measure)))
    g.add((iri, CMKG.cameoCode, Literal(CONTROL_CAMEO)))
    for m in minerals:
        g.add((iri, CMKG.onMineral, _mineral(g, m)))
    g.add((iri, CMKG.evidence, ag.evidence(x, x.get("provenance"))))


def _add_share(ag: _ArticleGraph, s: ProductionShare) -> None:
    g = ag.g
    iri = ID[f"share/{s['country']}-{slug(s['mineral'])}-{s['activity']}"]
    g.add((iri, RDF.type, CMKG.ProductionShare))
    label = f"{gazetteer().label(s['country'])} {s['activity']} {s['share_percent']:g}% of world {s['mineral']}"
    g.add((iri, RDFS.label, Literal(label, lang="en")))
    g.add((iri, CMKG.producer, _country(g, s["country"])))
    g.add((iri, CMKG.mineral, _mineral(g, s["mineral"])))
    g.add((iri, CMKG.activity, activity_iri(s["activity"])))
    g.add((iri, CMKG.sharePercent, Literal(Decimal(str(float(s["share_percent"]))), datatype=XSD.decimal)))
    g.add((iri, CMKG.evidence, ag.evidence(s, s.get("provenance"))))


def _add_relation(ag: _ArticleGraph, r: Relation) -> None:
    g = ag.g
    ev = ag.evidence(r, r.get("provenance"))
    if r["kind"] == "territory_of":
        t, c = _country(g, r["territory"]), _country(g, r["country"])
        g.add((t, CMKG.territoryOf, c))
        stmt = ID[f"territory/{r['territory']}-{r['country']}"]
        g.add((stmt, RDF.type, CMKG.TerritoryStatement))
        g.add((stmt, CMKG.territory, t))
        g.add((stmt, CMKG.sovereign, c))
        g.add((stmt, CMKG.evidence, ev))
    elif r["kind"] == "participation" and r.get("agreement"):
        iri = agreement_iri(r["agreement"], [], "initiative")
        stmt = ID[f"participation/{ag.aid}-{slug(r['agreement'])}-{r['count']}"]
        g.add((stmt, RDF.type, CMKG.ParticipationCount))
        g.add((stmt, CMKG.ofAgreement, iri))
        g.add((stmt, CMKG["count"], Literal(int(r["count"]), datatype=XSD.integer)))
        g.add((stmt, CMKG.additional, Literal(bool(r.get("additional")))))
        g.add((stmt, CMKG.evidence, ev))


def sheet_to_graph(sheet: FactSheet, ds: Dataset | None = None) -> Dataset:
    """Add one article's facts to ``ds`` (new Dataset if None) in its own named graph.

    The sheet is checked first (E230 names the bad value), so a malformed sheet
    adds nothing rather than half an article.  Evidence nodes are numbered in
    the order people, agreements, controls, shares, relations."""
    check_fact_sheet(sheet)
    ds = ds if ds is not None else Dataset()
    key = sheet.get("key") or sheet.get("url") or sheet["article"]
    ag = _add_article(ds.graph(graph_iri(key)), sheet, key)
    _add_entities(ag, sheet)
    for p in sheet.get("people", []):
        _add_person(ag, p)
    for a in sheet.get("agreements", []):
        _add_agreement(ag, a)
    for x in sheet.get("export_controls", []):
        _add_control(ag, x)
    for s in sheet.get("production_shares", []):
        _add_share(ag, s)
    for r in sheet.get("relations", []):
        _add_relation(ag, r)
    return ds
