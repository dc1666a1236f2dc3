"""Who is no party of an instrument with its own 'between' phrase: witnesses, and everyone when a company is
among its members (not state-to-state, whoever signs or looks on).

"Ministers of A and B witnessed the signing of an offtake deal between Andes Copper and a refiner from B":
the deal's parties are the companies, so neither the witnesses nor the refiner's country is a party.  A
word of a ministry's long name the parser split off as a conjunct ('the Ministry of Industry and
Entrepreneurship Development') is no company.  Words: ``agreement.mutual_prepositions``,
``syntax.government_heads``, ``agreement.government_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, is_company, lemma
from cmkg.nlp.components.syntax import countries_in, has_neg, verb_chain
from cmkg.nlp.rules import words as _w

__all__ = ["between_companies", "between_members_only", "between_sides_only", "commercial_only"]

BETWEEN = "between"


def between_companies(t: Token) -> bool:
    """Whether the instrument ``t`` has a 'between' phrase with a company among its members."""
    mutual = [p for p in t.children if p.dep_ == "prep" and p.lower_ in _w("agreement.mutual_prepositions")]
    members = [x for p in mutual for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]
    return any(_private_member(x) or _classified_company(x) for x in members)


def _classified_company(x: Token) -> bool:
    """'U.S. company Cove Kaz Capital', 'Kazakh state company Tau-Ken Samruk': a member introduced by a
    lowercase company noun is a company, however the parser tagged (or flattened) the names around it."""
    words = _w("agreement.company_words")
    return any(y.pos_ == "NOUN" and y.text.islower() and y.lower_ in words for y in x.subtree if y.i < x.i)


def commercial_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'This is a commercial agreement', 'commercial deals worth $5 billion': an instrument a commercial
    modifier qualifies is between companies, no state agreement, whichever states a label or the story
    would lend it.  Words: ``agreement.commercial_modifiers``."""
    commercial = _w("agreement.commercial_modifiers")
    own = any(x.dep_ == "amod" and x.lower_ in commercial for x in c.t.children)
    return not (own or _said_commercial(c.t, commercial))


def _said_commercial(t: Token, commercial: frozenset[str]) -> bool:
    """'Pakistan's headline deal ... is a commercial agreement': the copula calls the instrument a commercial one
    and nothing else ('is no mere commercial agreement', 'a commercial and strategic agreement', 'the first
    commercial agreement of its kind between the two states' say more)."""
    if t.dep_ != "nsubj" or t.head.lemma_ not in _w("export_control.naming_copulas") or has_neg(t.head):
        return False
    for attr in (a for a in t.head.children if a.dep_ == "attr"):
        mods = [
            x for x in attr.children if x.dep_ in ("amod", "compound", "nmod", "det", "advmod", "prep", "cc", "conj")
        ]
        plain = all(x.lower_ in commercial or x.lower_ in _w("persons.indefinite_article") for x in mods)
        plain = plain and not any(c.dep_ == "conj" for x in mods for c in x.children)  # 'commercial and strategic'
        if plain and any(x.lower_ in commercial for x in mods):
            return True
    return False


def _private_member(x: Token) -> bool:
    """A company, not a word inside a government body's entity."""
    k = x.i
    while k > x.sent.start and x.doc[k].ent_iob_ == "I":
        k -= 1
    public = _w("syntax.government_heads", "agreement.government_nouns")
    return is_company(x) and not any(t.lower_ in public for t in x.doc[k : x.i + 1])


def between_members_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'Trump witnessed the signing of a declaration between Thailand and Cambodia': no party. 'Ministers of A
    and B witnessed the signing of a deal between Andes Copper and a refiner from B': a deal between companies
    has no state party at all.  'The Ministry is following the talks between A and B': a watcher is no party
    either (``agreement.watching_verbs``)."""
    if between_companies(c.t):
        return False  # no state party, whatever a list label or the story would lend it later
    if (
        c.v is not None
        and len(c.with_) >= 2
        and any(lemma(x) in _w("agreement.witness_verbs", "agreement.watching_verbs") for x in verb_chain(c.v))
    ):
        c.subj = []
    return True


def between_sides_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'Indonesia sought an agreement with the United States, modelled on the 2023 agreement between the United
    States and Japan': an instrument in a phrase that names its own sides ('between A and B') is theirs; the
    subject of the clause the phrase hangs from compares, cites or works under it.  A subject that joins it
    (``agreement.membership_verbs``, ``agreement.joining_party_verbs``: 'Peru acceded to the pact between Chile and
    Mexico', 'signed on to', 'became a party to', 'was admitted to') stays a party."""
    if c.t.dep_ != "pobj" or c.v is None or c.outside:
        return True
    if c.t.head.head.lemma_.lower() in _w("agreement.member_nouns", "agreement.membership_nouns"):
        return True  # 'C is (not) a party to the agreement between A and B': the outsider rules' clause
    between = [
        x for p in c.t.children if p.dep_ == "prep" and p.lower_ == BETWEEN for x in countries_in(list(p.subtree))
    ]
    joining = _w("agreement.membership_verbs", "agreement.joining_party_verbs")
    if len(set(between)) < 2 or any(lemma(x) in joining for x in verb_chain(c.v)):
        return True
    if any(s not in between for s in c.subj):  # a citing subject: its clause's verb is no status of the instrument
        c.subj = [s for s in c.subj if s in between]
        c.v = None  # its status is its own ('the 2023 agreement'), not the citing clause's ('has sought')
    return True
