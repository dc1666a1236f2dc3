"""The page's own government coordinated with a named side in the subject of an instrument.

A government's speech or release names its partner and leaves itself a voice word: "our Government and the
European Union signed a Memorandum", "We and Peru initialled a roadmap", "The Ministry and the Ministry of Mines
of Chile concluded a memorandum", "the Kingdom and the United States agreed a framework", "Our country and Japan
are negotiating an agreement".  The named conjunct alone is half a set (a one-party record, or nothing); the
other half is the publisher (``doc._.cmkg_publisher``: its site, else its masthead and footer).

A conjunct is the page's own voice (:func:`own_voice`) when it is 'we' the page speaks (``voice.first_person``), or a
government, body or state noun (``agreement.host_voice_nouns``, ``agreement.government_nouns``,
``officials.government_body_nouns``, ``agreement.singular_state_nouns``) with 'our' or a definite article and
no owner of its own ("the Zambian Government", "the Government of Peru", "our partners' governments" name or
imply another); a bare state noun ('the Kingdom', 'the Republic') only capitalised, and not when the text has
already given that noun to another state ("the Republic of Korea ... the Republic").  Every conjunct must be
the voice or name a state: "our Government and the company" is a firm's deal, not a pair of states.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.components.voice import first_person
from cmkg.nlp.rules import words as _w

__all__ = ["joint_host", "own_span", "own_voice"]

_OWNER_DEPS = ("amod", "nmod", "nummod", "appos", "npadvmod")


def own_span(x: Token) -> list[Token]:
    """The conjunct's own words: its subtree less the conjuncts, conjunctions and punctuation the parser hung on it
    ("Our Government, represented by the Minister, and Chile": 'Chile' is not the Government's)."""
    others = {y.i for c in x.children if c.dep_ in ("conj", "cc", "punct") for y in c.subtree}
    return [y for y in x.subtree if y.i not in others]


def _voice_noun(x: Token, ours: bool) -> bool:
    """A government or body noun; a state or service noun with 'our' ('our country', 'our survey'), or
    capitalised in the publisher's own style ('the Kingdom' on a page of the Kingdom of Saudi Arabia, 'the
    Republic' on one of the Republic of Zambia)."""
    if lemma(x) in _w("agreement.host_voice_nouns", "agreement.government_nouns", "officials.government_body_nouns"):
        return True
    if ours:  # 'our country'; 'our survey' on a geological survey's page: a body the page's 'our' makes its own
        nouns = _w("agreement.singular_state_nouns", "agreement.owned_body_nouns")
        return lemma(x) in nouns or x.lower_ in nouns
    return x.tag_ in ("NNP", "NNPS") and x.lower_ in _w("officials.formal_state_words") and _styled(x)


@cache
def _style_words(code: str) -> frozenset[str]:
    forms = [f for f, (c, kind) in gazetteer().country_forms.items() if c == code and kind == "name"]
    return frozenset(w.lower() for f in forms for w in f.split())


def _styled(x: Token) -> bool:
    """The noun is a word of the publisher's own name ('Kingdom of Saudi Arabia', 'Russian Federation')."""
    publisher = x.doc._.cmkg_publisher
    return bool(publisher) and x.lower_ in _style_words(publisher)


def _given_before(x: Token) -> bool:
    """'the Republic of Korea ... the Republic': the text has already given the noun to a named state."""
    for ent in x.doc.ents:
        if ent.end <= x.i and any(y.lower_ == x.lower_ for y in ent) and countries_in(list(ent)):
            return True
    return False


def own_voice(x: Token) -> bool:
    """'we', 'our Government', 'the Ministry', 'our country', 'the Kingdom': the page's own government."""
    if x.lower_ in _w("agreement.joint_voice"):
        return first_person(x) is not None
    voice, definite = _w("agreement.joint_voice"), _w("agreement.definite_determiners")
    ours = False
    for c in x.children:
        if c.dep_ == "poss":
            if c.lower_ not in voice:
                return False  # "Peru's Government", "its ministry"
            ours = True
        elif c.dep_ == "det" and c.lower_ not in definite:
            return False  # "a government", "another ministry"
        elif c.dep_ in _OWNER_DEPS or (c.dep_ == "compound" and (c.ent_type_ or c.tag_ not in ("NNP", "NNPS"))):
            return False  # "the Zambian Government", "the regional government", "port authority"
    if x.tag_ not in ("NN", "NNS", "NNP", "NNPS") or not _voice_noun(x, ours):
        return False
    mine = [y for y in own_span(x) if y.i != x.i]
    if any(y.ent_type_ in ("GPE", "NORP") for y in mine) or countries_in(mine):
        return False  # "the Government of Peru", "the Ministry of Mines of Chile": named
    return ours or not _given_before(x)


def _units(subj: list[Token]) -> list[Token]:
    """The subject's conjuncts, whether the parser coordinated them or gave the verb two subjects."""
    out: list[Token] = []
    for s in subj:
        for u in [s, *s.conjuncts]:
            if u.i not in {o.i for o in out}:
                out.append(u)
    return out


def joint_host(c: Candidate, subj: list[Token], publisher: str) -> bool:
    """Add the publisher to a set whose subject coordinates the page's voice with named states; True when added.
    The caller has checked that the clause acts on the instrument and that the page has a government."""
    if c.with_ or not c.subj or publisher in c.parties or any(m not in c.subj for m in c.mods):
        return False
    units = _units(subj)
    if len(units) < 2:
        return False
    hosts = [u for u in units if own_voice(u)]
    named = [u for u in units if u not in hosts and countries_in(own_span(u))]
    if not hosts or len(hosts) + len(named) != len(units):
        return False
    c.company = False
    c.subj = [publisher, *c.subj]
    c.rule = c.rule or "agreement.implied_counterpart"  # the side the text leaves implicit
    return True
