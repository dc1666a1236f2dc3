"""From a processed article to the fact sheet (the dev-corpus gold schema).

The fact sheet is the contract between ``nlp/`` and ``graph/``: everything
the graph states comes from here, and every fact carries its evidence (the
sentence, its character offsets in the article body, the rule, a
confidence).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from cmkg.core.factsheet import GOLD_KEYS, FactSheet, Provenance
from cmkg.core.gazetteer import gazetteer
from cmkg.core.vocabulary import is_core_deal
from cmkg.nlp.article import Article
from cmkg.nlp.components.control_places import backer_state
from cmkg.nlp.components.entity_kinds import nonstate_kind
from cmkg.nlp.components.page_staff import sign_off_line
from cmkg.nlp.dates import resolve_when
from cmkg.nlp.footnotes import original_sentence
from cmkg.nlp.rules import rules

__all__ = ["FACT_SHEET_KEYS", "build_fact_sheet", "deals_with"]

FACT_SHEET_KEYS = GOLD_KEYS


KNOWN_HOLDER = "officials.known_holder"  # a well-known office holder named without a title


def _sentence(article: Article, f) -> str:
    return original_sentence(article.body, f.sent_start, f.sent_end, f.sentence).strip()


def _evidence(article: Article, f) -> Provenance:
    return {
        "article_id": article.id,
        "sentence": _sentence(article, f),
        "start": f.sent_start,
        "end": f.sent_end,
        "rule": f.rule,
        "confidence": f.confidence,
    }


def _after_place(e) -> bool:
    """'<Place>, <Country>' after a place preposition: the country only locates the place."""
    doc = e.doc
    if e.start < 3 or doc[e.start - 1].text != ",":
        return False
    place = doc[e.start - 2]
    if place.pos_ != "PROPN" or place.ent_kb_id_:
        return False
    head = place
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in rules().words("venue.prepositions")


def _untagged_name(e: Span, head: Token) -> bool:
    """A capital city right before capitalised words of no entity that the parser joins to it: a name's first word."""
    g = gazetteer()
    words = e.doc[e.end : head.i + 1]
    capital = g.capital_of(e.text) is not None
    return (
        capital
        and len(words) > 0
        and all(w.pos_ == "PROPN" and not w.ent_type_ and w.text[:1].isupper() for w in words)
    )


def _actor_countries(doc: Doc) -> list[str]:
    """Countries mentioned as actors: not venues, not company nationalities, not 'X-based', not an owner's or
    funder's nationality joined by a hyphen ('Chinese-backed plants', 'Russian-backed financing')."""
    company_words = rules().words("agreement.company_words")
    language_nouns = rules().words("language_nouns")
    venue_preps = rules().words("venue.prepositions")
    out: list[str] = []
    for e in doc.ents:
        if e.label_ not in ("GPE", "NORP") or not e.kb_id_:
            continue
        root = e.root
        head = root.head
        if (
            root.dep_ == "pobj"
            and head.lower_ in venue_preps
            and not (
                head.lower_ in rules().words("venue.destination_prepositions")
                and head.head.pos_ == "NOUN"
                and head.head.lower_ not in rules().words("venue.visit_nouns")
            )
        ):
            continue
        if root.dep_ == "appos" and head.ent_type_ == "GPE":
            continue
        if root.dep_ in ("poss", "compound", "amod") and (
            head.lower_ in company_words or head.ent_type_ in ("ORG", "PERSON") and not head.ent_kb_id_
        ):
            continue
        if root.dep_ == "compound" and _untagged_name(e, head):
            continue  # "the London Metal Exchange price": a place inside a body's name the model left untagged
        next_word = e.doc[e.end].lower_ if e.end < len(e.doc) else ""
        if e.label_ == "NORP" and (
            head.lower_ in company_words or head.lower_ in language_nouns or next_word in language_nouns
        ):
            continue  # "its French acronym" names a language, not an actor
        if (
            root.dep_ == "poss"
            and head.pos_ == "PROPN"
            and not head.ent_kb_id_
            and head.ent_type_ not in ("PERSON", "GPE", "NORP")
        ):
            continue  # "Brazil's Vale": a company's nationality
        if _after_place(e):
            continue  # "in Busan, South Korea": where a meeting happened
        if nonstate_kind(root):
            continue  # "a Japanese trading house", "Argentina's Catamarca province": a body's origin or place
        if backer_state(e.doc[e.start]):
            continue  # "Chinese-owned smelters", "a Japanese-funded study": an owner's or funder's nationality
        if sign_off_line(root):
            continue  # "Contacts: Emeka Okafor (London)": where the page's staff sit
        if e.kb_id_ not in out:
            out.append(e.kb_id_)
    return out


def deals_with(agreements: Iterable[dict], country: str = "USA") -> tuple[list[str], list[str]]:
    """(core partners, borderline partners) of ``country`` from agreement facts."""
    core: list[str] = []
    borderline: list[str] = []
    for a in agreements:
        parties = a["parties"]
        if country not in parties or len(parties) < 2:
            continue
        others = [p for p in parties if p != country]
        is_core = is_core_deal(a["status"], a.get("type"), len(parties), a.get("multilateral", False))
        for p in others:
            (core if is_core else borderline).append(p)
    core = list(dict.fromkeys(core))
    borderline = [p for p in dict.fromkeys(borderline) if p not in core]
    return core, borderline


_GROUPS = {"agreement": "agreements", "export_control": "export_controls", "production_share": "production_shares"}


def _group_facts(article: Article, facts) -> dict[str, list[dict[str, Any]]]:
    """Facts by fact-sheet key, each with its evidence sentence and provenance; smaller kinds go to relations."""
    out: dict[str, list[dict[str, Any]]] = {"agreements": [], "export_controls": [], "production_shares": []}
    territories: list[dict[str, Any]] = []
    extras: list[dict[str, Any]] = []
    for f in facts:
        d = dict(f.data)
        if f.kind not in _GROUPS:
            d["kind"] = f.kind
        d["evidence"] = _sentence(article, f)
        d["provenance"] = _evidence(article, f)
        d["when"] = resolve_when(f.sentence, article.published).as_dict()
        if f.kind in _GROUPS:
            out[_GROUPS[f.kind]].append(d)
        else:
            (territories if f.kind == "territory_of" else extras).append(d)
    out["relations"] = territories + extras
    return out


def _sheet_countries(groups: dict[str, list[dict[str, Any]]], officials, doc: Doc) -> list[str]:
    """Every country the facts, the officials or the actor mentions name, once, in order of appearance by kind."""
    g = gazetteer()
    countries: list[str] = []
    for code in (
        [c for a in groups["agreements"] for c in a["parties"]]
        + [c["country"] for c in groups["export_controls"]]
        + [s["country"] for s in groups["production_shares"]]
        + [p.country for p in officials if p.country]
        + [c for t in groups["relations"] if t["kind"] == "territory_of" for c in (t["territory"], t["country"])]
        + _actor_countries(doc)
    ):
        if code and code not in countries and (code in g.countries):
            countries.append(code)
    return countries


def _words_before(e, n: int) -> str:
    """The ``n`` words before a mention, past an article: 'according to', 'margins of (an)'."""
    articles = rules().words("officials.definite_article") | rules().words("persons.indefinite_article")
    start = e.start - (1 if e.start > 0 and e.doc[e.start - 1].lower_ in articles else 0)
    return " ".join(t.lower_ for t in e.doc[max(e.sent.start, start - n) : start])


def _cited_only(e) -> bool:
    """'according to the IEA', 'consistent with WTO obligations', 'on the margins of the UN General Assembly',
    'a ruling at the WTO': a grouping cited as a source, a body of rules, an occasion or a forum does not act."""
    after = e.doc[e.end] if e.end < len(e.doc) else None
    norm = (  # 'WTO rules' cites a rulebook; 'the WTO ruled' is the body acting
        after is not None and after.pos_ != "VERB" and after.lemma_.lower() in rules().words("organizations.norm_nouns")
    )
    source = _words_before(e, 2) in rules().words("organizations.source_phrases")
    occasion = any(
        _words_before(e, 2).split()[:1] == [w] and _words_before(e, 1) in rules().words("officials.title_of_word")
        for w in rules().words("organizations.occasion_nouns")
    )
    forum = e.root.dep_ == "pobj" and e.root.head.lower_ in rules().words("organizations.forum_prepositions")
    return norm or source or occasion or forum or _meeting_named(e)  # "challenged the ban at the WTO"


def _meeting_named(e) -> bool:
    """'on the sidelines of the APEC summit', 'ahead of the APEC Economic Leaders' Meeting', 'will travel to Brazil
    for the G20 summit', 'which hosts the APEC summit', 'filed a lawsuit with the WTO': a grouping that only names
    a meeting (``agreement.meeting_nouns``) set as an occasion of something else, or the forum of a case
    (``organizations.case_nouns``), does not act; 'at the G7 Summit, leaders adopted' keeps it."""
    x, meetings = e.root, rules().words("agreement.meeting_nouns")
    for _ in range(3):  # 'APEC' -> 'Leaders' -> 'Meeting'; '(APEC)' apposed to the name before it
        if x.dep_ not in ("compound", "nmod", "poss", "appos", "amod") or x.head.i == x.i:
            break
        x = x.head
        if x.lemma_.lower() in meetings:
            return _occasion_only(x)
    of = e.root.dep_ == "pobj" and e.root.head.lower_ in rules().words("syntax.of_prepositions")
    if of and e.root.head.head.lemma_.lower() in meetings:  # "this week's summit of the African Union"
        return _occasion_only(e.root.head.head)
    case = e.root.dep_ == "pobj" and e.root.head.lower_ in rules().words("organizations.case_prepositions")
    held = e.root.head.head
    cases = rules().words("organizations.case_nouns")
    return case and (
        held.lemma_.lower() in cases or any(c.dep_ == "dobj" and c.lemma_.lower() in cases for c in held.children)
    )


def _occasion_only(meeting) -> bool:
    """The meeting is a time or a purpose of another act ('ahead of', 'for', 'after', 'on the sidelines of';
    ``organizations.occasion_prepositions``, ``organizations.occasion_nouns``) or what a state hosts."""
    prep = meeting.head if meeting.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in rules().words("organizations.occasion_prepositions"):
        return True
    before = prep.head.lemma_.lower() if prep is not None else ""
    hosted = meeting.dep_ == "dobj" and meeting.head.lemma_.lower() in rules().words("organizations.hosting_verbs")
    occasions = rules().words("organizations.occasion_nouns") | rules().words("organizations.occasion_adverbs")
    return hosted or before in occasions


def _organizations(doc: Doc) -> list[str]:
    """Groupings mentioned as actors at least once: not only cited as a source, a rulebook or an occasion."""
    g = gazetteer()
    orgs: list[str] = []
    for e in doc.ents:
        if (
            e.label_ in ("ORG", "GPE")
            and e.kb_id_ in g.orgs
            and g.orgs[e.kb_id_].kind == "igo"
            and e.kb_id_ not in orgs
            and not _cited_only(e)
        ):
            orgs.append(e.kb_id_)
    return orgs


def build_fact_sheet(article: Article, doc: Doc) -> FactSheet:
    people = list(doc._.cmkg_people or [])
    officials = [p for p in people if (p.role or p.rule == KNOWN_HOLDER) and not p.private]
    groups = _group_facts(article, doc._.cmkg_facts or [])
    core, borderline = deals_with(groups["agreements"])
    return {
        "article": article.source.rsplit("/", 1)[-1],
        "article_id": article.id,
        "key": article.key,
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "authors": list(article.authors),
        "agency": article.agency,
        "dateline": None
        if article.dateline is None
        else {"place": article.dateline.place, "agency": article.dateline.agency, "date": article.dateline.date},
        "countries": _sheet_countries(groups, officials, doc),
        "organizations": _organizations(doc),
        "people": [
            {"name": p.name, "role": p.role, "country": p.country, "evidence": p.sentence.strip(), "rule": p.rule}
            for p in officials
        ],
        "not_actors": [p.name for p in people if p.private],
        "agreements": groups["agreements"],
        "deals_with_usa": [c for c in core if c != "USA"],
        "deals_with_usa_acceptable": [c for c in borderline if c != "USA"],
        "export_controls": groups["export_controls"],
        "production_shares": groups["production_shares"],
        "minerals": list(dict.fromkeys(e.kb_id_ for e in doc.ents if e.label_ == "MINERAL")),
        "relations": groups["relations"],
    }
