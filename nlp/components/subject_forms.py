"""Subjects the parser leaves unlinked or unnamed: who a clause with no plain country subject is said of.

Official prose and news often name the acting states in a form the subject rules of :mod:`parties` do
not read: a communique's numbered operative paragraph with no subject ("1. RECALL ..., and AGREE to"),
a collective subject with an 'including' list ("Partner countries including A, B and C signed"), a
government named by its leader ("the Trump administration", "the Albanese government"), the noun
phrase a long preamble opens with, or countries right before a verb the parser gave no subject.
Words: ``agreement.inclusion_prepositions``, ``agreement.government_nouns``, ``agreement.member_nouns``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.syntax import countries_in, country_of_token, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "bare_officials",
    "after_fronted_phrase",
    "distributive_subject",
    "included_states",
    "leader_government",
    "listed_owners",
    "listed_states",
    "operative_clause",
    "orphaned_subject",
    "subject_before",
]

ORPHAN_DEPS = frozenset({"ROOT", "nsubj", "nsubjpass", "dep", "npadvmod"})


def operative_clause(verb: Token) -> bool:
    """'1. RECALL the Declaration ..., and AGREE to ...': a numbered or bulleted paragraph of a communique.

    The verb opens its own sentence (after a list marker at most) in the base form, with no subject:
    the paragraph continues the preamble ("The Ministers of A, B and C, meeting in ..., :"), whose
    subject is the document's voice.
    """
    if verb.dep_ != "ROOT" or verb.tag_ != "VB" or subject_tokens(verb):
        return False
    before = verb.doc[verb.sent.start : verb.i]
    return all(x.is_punct or x.is_space or x.tag_ == "LS" or x.like_num for x in before)


def included_states(s: Token) -> list[str]:
    """'Partner countries including A, B and C signed': the states a collective subject's 'including' names."""
    collective = _w("agreement.collective_states", "agreement.member_nouns")
    if s.lower_ not in collective and s.lemma_.lower() not in collective:
        return []
    return listed_states(s)


def listed_states(s: Token) -> list[str]:
    """The states an 'including' phrase on a subject names, whatever its head."""
    preps = [p for p in s.children if p.dep_ == "prep" and p.lower_ in _w("agreement.inclusion_prepositions")]
    return countries_in([o for p in preps for o in p.children if o.dep_ == "pobj"])


def listed_owners(s: Token) -> list[str]:
    """'several of them, including A and B, now prohibit', 'producers including A and B ban': the listed states of
    a subject that is states or a quantity of them own its measure; 'importers, including A and B, need licences
    for exports from C' are only subject to C's (``syntax.unnamed_state_nouns``, ``syntax.indefinite_words``)."""
    stately = s.lower_ in _w("syntax.unnamed_state_nouns", "syntax.indefinite_words") or s.lemma_.lower() in _w(
        "syntax.unnamed_state_nouns"
    )
    return listed_states(s) if stately else []


def leader_government(s: Token, people: dict[str, Any]) -> str | None:
    """'the Trump administration', 'the Albanese government', 'the Lula government': a government named by its
    leader stands for the leader's state (an official of the story's ``people``, else a well-known office holder)."""
    if s.lower_ not in _w("agreement.government_nouns"):
        return None
    for m in (x for x in s.children if x.dep_ in ("compound", "amod", "nmod") and x.text[:1].isupper()):
        person = next((p for name, p in people.items() if m.text in name.split()), None)
        if person is not None and person.country and not person.private:
            return person.country
        known = gazetteer().officials
        hit = next((v for k, v in known.items() if m.text in k.split()), None)  # a surname or a single-word alias
        if hit is not None:
            return hit[1]
    return None


def orphaned_subject(verb: Token) -> list[Token]:
    """A root verb with no subject after a long preamble: the noun phrase that opens the sentence.

    "The Government of X and the Government of Y (hereinafter ...), RECOGNISING ..., have reached ...":
    the parser attaches the opening phrase elsewhere, but it is what the verb is said of.
    """
    if verb.dep_ != "ROOT":
        return []
    for x in verb.sent:
        if x.i >= verb.i:
            break
        if x.dep_ in ORPHAN_DEPS and x.head.i != verb.i and countries_in([x]):
            return [x]
    return _titled_opening(verb)


def _titled_opening(verb: Token) -> list[Token]:
    """'(U.S.) Under Secretary of State X and Minister of Y Z signed': a title word read as a preposition
    ('Under') swallows the whole subject; a sentence-opening phrase that names people and runs, with no comma,
    up to a verb with no subject is that subject."""
    sent = verb.sent
    k = sent.start
    while k < verb.i and verb.doc[k].ent_type_ in ("GPE", "NORP"):
        k += 1  # "U.S. Under Secretary X ...": the title's own country before it
    first = verb.doc[k]
    if first.dep_ != "prep" or first.head.i != verb.i or not first.text[:1].isupper():
        return []
    span = verb.doc[sent.start : verb.i]
    # a comma or colon ends the phrase; a hyphen inside a name ('Asante-Boateng') is glued to its words
    if any(t.is_punct and t.whitespace_ for t in span) or not any(t.ent_type_ == "PERSON" for t in span):
        return []
    return list(span)


def subject_before(verb: Token, conj: bool = False) -> list[Token]:
    """'attended as Namibia and Uzbekistan signed': countries right before a verb that has no subject."""
    k = verb.i - 1
    excluded = ("xcomp", "relcl", "acl") if conj else ("conj", "xcomp", "relcl", "acl")
    if k < verb.sent.start or verb.dep_ in excluded or not countries_in([verb.doc[k]]):
        return []
    head = _phrase_head(verb.doc[k])
    return [head] if head.head.i != verb.i else []


def _phrase_head(t: Token) -> Token:
    """The noun phrase a country right before a subjectless verb ends: up its conjuncts, and up an 'of' chain
    when the head names at least the same states ('the Heads of State of A and the Republic of B signed',
    the parser having hung the phrase as an apposition of an earlier noun)."""
    head = t
    while True:
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        of = head.head if head.dep_ == "pobj" else None
        up = of.head if of is not None and of.lower_ in _w("syntax.of_prepositions") and of.head.i < of.i else None
        if up is None or not set(countries_in([head])) < set(countries_in([up])):
            return head
        head = up


def distributive_subject(s: Token) -> list[str]:
    """'On Monday, A and B each signed ...': a distributive subject ('each') stands for the states listed right
    before it, wherever the parser hung the list (often on the fronted date)."""
    if s.lower_ not in _w("agreement.distributive_words"):
        return []
    if s.i == s.sent.start:  # "Among them are A, B and C. Each has since signed ...": the list before
        return _longest_list(s.doc[s.sent.start - 1].sent) if s.sent.start > 0 else []
    head = s.doc[s.i - 1]
    while head.dep_ == "conj" and head.head.i < head.i and countries_in([head.head]):
        head = head.head
    return countries_in([head])


def _longest_list(sent) -> list[str]:
    """The longest list of two or more states a sentence gives."""
    lists = [countries_in([t]) for t in sent if t.dep_ != "conj" and t.ent_iob_ != "I"]
    best = max(lists, key=len, default=[])
    return best if len(best) >= 2 else []


def after_fronted_phrase(subj: list[Token], verb: Token) -> list[str]:
    """'On the sidelines of a summit hosted by Brazil, Australia and India signed': the subject after the comma.

    A fronted phrase ending in a country, then a comma and the real subject: the parser coordinates the
    subject with the phrase's last noun. Only the conjuncts after that comma are the subject.
    """
    own_agent = bool(subj) and subj[0].head.dep_ == "agent" and subj[0].head.head.i == verb.i
    if len(subj) != 1 or subj[0].dep_ != "pobj" or own_agent or subj[0].i > verb.i or not subj[0].conjuncts:
        return []  # the verb's own agent ("signed by Brazil, Australia and India") is a real subject list
    s = subj[0]
    if s.i + 1 >= s.sent.end or s.doc[s.i + 1].text != ",":
        return []
    if s.head.lower_ in rules().words("status.subordinating_marks"):
        return []  # "Chile attended as Ghana, Namibia and Peru signed": 'as' opens the clause; all three sign
    out: list[str] = []
    for x in sorted(s.conjuncts, key=lambda x: x.i):
        code = country_of_token(x) if x.i > s.i else None
        if code and code not in out:
            out.append(code)
    return out


def bare_officials(s: Token, partners: list[str]) -> bool:
    """'Officials are negotiating an agreement with B': unqualified officials (no firm's or body's word on them)
    making or negotiating it, in a sentence that names no state but the partners as a place, are the story's own
    government, no other side."""
    making = _w("status.signed", "status.announced", "status.negotiating", "status.planned")
    bare = s.lower_ in _w("syntax.government_heads") and not any(x.dep_ != "det" for x in s.children)
    bare = bare and s.head.lemma_.lower() in making  # not "Officials welcomed the agreement with B": onlookers
    named = {x.ent_kb_id_ for x in s.sent if x.ent_type_ == "GPE" and x.ent_kb_id_}
    return bare and named <= set(partners)
