"""Agreement nouns that name no instrument of the parties they sit beside.

A quantified noun ('any agreement must be made with Greenland', 'every deal with Beijing') speaks of deals
in general, not of one made or sought.  An instrument named after the city where it was made ('the
Washington Accords', 'the Lusaka Protocol') does not make the capital's state its one party: the name is a
venue.  A named body that a speaker addresses ('he told the Canadian Club of Ottawa', 'addressed the Economic
Club') is an audience, not an initiative.  Talks named beside another instrument ('A and B are negotiating an
MOU, alongside talks between C and D that E is hosting') that a third state hosts or mediates are that state's
process, not a deal C and D are negotiating.  Word lists: ``agreement.set_companion_prepositions``,
``agreement.witness_verbs``, ``status.talks_nouns``, ``agreement.generic_determiners``,
``agreement.distributive_words``, ``agreement.audience_verbs``, ``agreement.audience_prepositions``,
``agreement.initiative_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma, with_parties
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["generic_mention", "hosted_companion_talks", "talks_with_others"]

PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def generic_mention(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Keep the candidate unless its noun is quantified, a venue-named one-party name, or an audience."""
    return not (_quantified(c.t) or _venue_named(c) or _audience(c))


def _quantified(t: Token) -> bool:
    """'any agreement', 'every deal', 'each partnership's roadmap': a quantifier on the noun speaks of deals in
    general.  One that needs a singular noun ('each') on a plural is the parser's ('A and B are each negotiating
    agreements with C': 'each' distributes the subjects)."""
    singular_only = _w("agreement.distributive_words")
    return any(
        x.dep_ == "det"
        and x.lower_ in _w("agreement.generic_determiners")
        and not (x.lower_ in singular_only and t.tag_ in PLURAL_TAGS)
        for x in t.children
    )


def _venue_named(c: Candidate) -> bool:
    """A named instrument whose one state is read from a capital inside its name ('the Washington Accords'):
    an accord, protocol or declaration is named after the city that hosted it.  An initiative noun ('the
    Canberra Initiative') may be a state's own programme and is kept."""
    parties = set(c.subj) | set(c.with_)
    if not c.name or len(parties) != 1 or lemma(c.t) in _w("agreement.initiative_nouns"):
        return False
    doc, k = c.t.doc, c.t.i - 1
    g = gazetteer()
    while k >= c.t.sent.start and doc[k].text[:1].isupper():
        span = next((e for e in doc.ents if e.start <= k < e.end), None)  # 'Kuala Lumpur': the whole form
        code = g.capital_of(span.text if span is not None else doc[k].text)
        if code is not None and code in parties:
            return True
        k -= 1
    return False


def _audience(c: Candidate) -> bool:
    """'he told the Canadian Club of Ottawa', 'spoke to the Atlantic Council': a named body addressed."""
    if not c.name:
        return False
    t, head = c.t, c.t.head
    if t.dep_ == "dobj" and lemma(head) in _w("agreement.audience_verbs"):
        return True
    return (
        t.dep_ == "pobj"
        and head.lower_ in _w("agreement.audience_prepositions")
        and lemma(head.head) in _w("agreement.audience_verbs")
    )


def talks_with_others(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'A and B did not sign minerals agreements, but their delegations held talks with the Department of
    State': talks the sentence affirms with a side that is not among the denied deal's parties keep no deal
    of theirs under negotiation (the talks are another deal's)."""
    parties = set(c.subj) | set(c.with_)
    talks = [x for x in sent if x.lower_ in _w("status.talks_nouns") and x.pos_ in ("NOUN", "PROPN")]
    return any(p not in parties for x in talks for p in with_parties(x, ctx))


def hosted_companion_talks(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Talks in a companion phrase that a third state hosts or mediates are no deal of their sides (module
    docstring)."""
    t = c.t
    if t.lower_ not in _w("status.talks_nouns") or t.dep_ != "pobj":
        return True
    if t.head.lower_ not in _w("agreement.set_companion_prepositions"):
        return True
    hosts = [v for v in t.children if v.dep_ in ("relcl", "acl") and lemma(v) in _w("agreement.witness_verbs")]
    return not any(x not in c.parties for v in hosts for x in countries_in(list(v.children)))
