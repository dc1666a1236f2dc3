"""``cmkg_relations``: typed facts with evidence, sentence by sentence.

Runs the agreement, export-control and production-share rules plus the small
ones here (territory, participation counts, policies), carrying a
:class:`Context` across sentences so pronouns and elided subjects resolve.
Every fact records the sentence's character span in the document, the rule
that fired and a confidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from cmkg.core.resources import load_json
from cmkg.nlp.components.agreements import Context, find_agreements, find_listed_partners
from cmkg.nlp.components.controls import find_controls, find_shares
from cmkg.nlp.components.syntax import countries_in, subject_tokens

__all__ = ["Fact", "RelationExtractor"]


@dataclass
class Fact:
    kind: str
    data: dict[str, Any]
    sent_start: int
    sent_end: int
    rule: str
    confidence: float
    sentence: str = ""


class RelationExtractor:
    def __init__(self, nlp: Language, name: str = "cmkg_relations", year: int | None = None) -> None:
        self.name = name
        rules = load_json("rules", "relations.json")
        self.territory_nouns = set(rules["territory"]["nouns"])
        self.count_nouns = set(rules["participation"]["count_nouns"])
        if not Doc.has_extension("cmkg_facts"):
            Doc.set_extension("cmkg_facts", default=None)
        if not Doc.has_extension("cmkg_published"):
            Doc.set_extension("cmkg_published", default=None)

    def __call__(self, doc: Doc) -> Doc:
        people = {p.name: p for p in (doc._.cmkg_people or [])}
        published = doc._.cmkg_published or ""
        ctx = Context(
            people=people,
            year=int(published[:4]) if published[:4].isdigit() else None,
            month=int(published[5:7]) if published[5:7].isdigit() else None,
        )
        facts: list[Fact] = []
        last_named: str | None = None
        for sent in doc.sents:

            def add(kind: str, data: dict, rule: str, conf: float, sent: Span = sent) -> None:
                facts.append(Fact(kind, data, sent.start_char, sent.end_char, rule, conf, sent.text))

            for a in find_listed_partners(sent, ctx) + find_agreements(sent, ctx):
                add(
                    "agreement",
                    {
                        "parties": a.parties,
                        "status": a.status,
                        "name": a.name,
                        "type": a.type,
                        "minerals": a.minerals,
                        "announced_by": a.announced_by,
                        "date": a.date,
                    },
                    a.rule,
                    a.confidence,
                )
                if a.name and len(a.parties) <= 1:
                    last_named = a.name
            for c in find_controls(sent, ctx):
                add(
                    "export_control",
                    {"country": c.country, "minerals": c.minerals, "status": c.status, "measure": c.measure},
                    c.rule,
                    c.confidence,
                )
            for s in find_shares(sent, ctx):
                add(
                    "production_share",
                    {
                        "country": s.country,
                        "activity": s.activity,
                        "mineral": s.mineral,
                        "share_percent": s.share_percent,
                    },
                    s.rule,
                    s.confidence,
                )
            for terr, owner in self._territories(sent):
                add("territory_of", {"territory": terr, "country": owner}, "territory.appos_of", 0.85)
            for n, extra in self._counts(sent):
                add(
                    "participation",
                    {"count": n, "additional": extra, "agreement": last_named},
                    "participation.count_noun",
                    0.6,
                )
            self._update(ctx, sent)
        doc._.cmkg_facts = facts
        return doc

    def _territories(self, sent: Span):
        doc = sent.doc
        ents = [e for e in sent.ents if e.label_ == "GPE" and e.kb_id_]
        for e in ents:
            window = doc[e.end : min(sent.end, e.end + 10)]
            words = [t.lower_ for t in window]
            if "territory" in words or "dependency" in words:
                k = words.index("territory") if "territory" in words else words.index("dependency")
                if k + 1 < len(window) and window[k + 1].lower_ == "of":
                    for t in window[k + 2 :]:
                        if t.ent_type_ == "GPE" and t.ent_kb_id_ and t.ent_kb_id_ != e.kb_id_:
                            yield e.kb_id_, t.ent_kb_id_
                            break

    def _counts(self, sent: Span):
        for t in sent:
            if t.like_num and t.head.lower_ in self.count_nouns and t.dep_ == "nummod":
                try:
                    n = int(t.text.replace(",", ""))
                except ValueError:
                    continue
                extra = any(c.lower_ in ("another", "more", "additional", "other") for c in t.head.children)
                yield n, extra

    def _update(self, ctx: Context, sent: Span) -> None:
        root = sent.root
        subj = subject_tokens(root) if root.pos_ in ("VERB", "AUX") else []
        codes = countries_in(subj)
        if not codes:
            for verb in (c for c in root.children if c.dep_ in ("ccomp", "xcomp")):
                codes = countries_in(subject_tokens(verb))
                if codes:
                    break
        if codes:
            ctx.last_subjects = codes
        for e in sent.ents:
            if e.label_ in ("GPE", "NORP") and e.kb_id_:
                ctx.last_countries.append(e.kb_id_)
