"""The state an agreement's possessive pronoun points to ('its free trade agreement with the United States').

Real text names one side as a possessor or topic and the instrument a few words later by 'its': 'It is the
Sultanate's first trade agreement since its free trade agreement with the United States', 'For India, it is
the second such agreement, after its CEPA with the United Arab Emirates'.  Without the owner the mention has
one party, and the story's other side (or nothing) completes it wrongly.  The owner is the nearest noun before
the pronoun that is a possessor or a subject, or the object of a fronted phrase ('For India, ...'); only a
state counts, and a nearer person stops the search; a nearer company ('Glencore said its agreement ...') makes
the instrument a company's, with no state party.  A pronoun with no such noun before it in its sentence points
to the sentence before (its main clause's subject); a relative 'whose' to its clause's antecedent.  A state in
an 'of' phrase owns too ('the obligations of the Sultanate of Oman under its free trade agreement with B').
Round 56 (news69): a named initiative owned by a government noun that names no state ('The Federal Government's
Raw Materials Fund') is the page's government's.  Word lists: ``agreement.own_possessives``,
``syntax.of_prepositions``, ``agreement.government_nouns``, ``officials.national_level_words``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.dep_labels import SUBJECT_DEPS
from cmkg.nlp.components.page_we import page_we
from cmkg.nlp.components.parties import Context, is_company, lemma
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["possessive_owner"]

OWNER_DEPS = ("poss", "nsubj", "nsubjpass")


def _fronted(x: Token) -> bool:
    """'For India, it is ...': the object of a phrase that opens the sentence, before its root verb."""
    root = x.sent.root
    return x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.head.i == root.i and x.head.i < root.i


def _owner(pron: Token) -> Token | None:
    """The nearest possessor, subject or fronted object before the pronoun; else the sentence before's subject.
    A relative 'whose' is its clause's antecedent ('New Zealand, whose own trade agreement with the EU ...')."""
    if pron.tag_ == "WP$":
        # "China, its largest trading partner, whose free trade agreement with Peru": through the apposition
        held = next((a.head for a in pron.ancestors if a.dep_ == "relcl"), None)
        if held is None and pron.i - 2 >= pron.sent.start and pron.doc[pron.i - 1].is_punct:
            return pron.doc[pron.i - 2]  # 'Bahrain, whose Agreement ... dates from 2023': the clause misparsed
        return held.head if held is not None and held.dep_ == "appos" and countries_in([held.head]) else held
    for x in reversed(pron.sent[: pron.i - pron.sent.start]):
        if x.pos_ not in ("NOUN", "PROPN") or x.ent_iob_ == "I" and x.dep_ == "compound":
            continue
        if x.dep_ in OWNER_DEPS or _fronted(x) or _of_owner(x):
            return x  # the nearest owner decides, a state or not
    return _previous_subject(pron.sent)


def _of_owner(x: Token) -> bool:
    """'the obligations of the Sultanate of Oman under its agreement': the state an 'of' phrase owns a noun by."""
    held = x.head.head  # the noun the phrase owns ('the obligations'), not a verb's source ('source X from China')
    of = x.dep_ == "pobj" and x.head.lower_ in _w("syntax.of_prepositions") and held.pos_ in ("NOUN", "PROPN")
    return of and bool(countries_in([x]))


def _previous_subject(sent: Span) -> Token | None:
    """No owner before the pronoun in its own sentence: what the sentence before is about, its main clause's
    subject, or that subject's possessor ('Chile's links with Europe are stronger. Its agreement with the EU
    ...': Chile, not Europe, which the subject only mentions)."""
    before = sentences_before(sent, 1)
    if not before:
        return None
    root = before[0].root
    subject = next((x for x in root.children if x.dep_ in SUBJECT_DEPS), None)
    possessor = next((p for p in subject.children if p.dep_ == "poss"), None) if subject is not None else None
    return possessor if possessor is not None else subject


def _company(holder: Token) -> bool:
    """A company by name, or a subject its copula calls one ('Kestrel Mining is the largest miner in A')."""
    said = [a for a in holder.head.children if a.dep_ == "attr"] if holder.dep_ in SUBJECT_DEPS else []
    return is_company(holder) or any(lemma(a) in _w("agreement.company_words") for a in said)


def possessive_owner(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'its agreement with B' with one party found: the state 'its' points to is the other; a company's
    ('Glencore said its supply agreement with B') is no state's, whichever side the story would lend it; a pair's
    'whose' names both sides ('A and B, whose investment treaty has been in force since 2019, ...')."""
    if (home := _government_owner(c, ctx)) is not None:
        c.subj, c.rule = [home], c.rule or "agreement.possessive_owner"
        return True
    pron = next((x for x in c.t.children if x.dep_ == "poss" and x.lower_ in _w("agreement.own_possessives")), None)
    ours = page_we(pron) if pron is not None and pron.lower_ in _w("agreement.first_person_possessives") else None
    if ours and c.with_ and not set(ours) & set(c.with_):
        c.subj = ours  # "Under our memorandum with India, the Geological Survey of India is exploring": the page's
        c.rule = c.rule or "agreement.possessive_owner"
        return True
    if pron is not None and pron.tag_ == "WP$" and not c.parties and (holder := _owner(pron)) is not None:
        pair = countries_in([holder, *holder.conjuncts])  # "A and B, whose investment treaty has been in force"
        if len(pair) >= 2:
            c.subj, c.rule = pair, c.rule or "agreement.possessive_owner"
        return True
    if pron is None or len(c.parties) != 1 or (holder := _owner(pron)) is None:
        return True
    if _company(holder) and not countries_in([holder]):
        return False
    owner = [x for x in countries_in([holder]) if x not in c.parties][:1]
    if owner:
        c.subj += owner
        c.rule = c.rule or "agreement.possessive_owner"
    return True


def _government_owner(c: Candidate, ctx: Context) -> str | None:
    """'The Federal Government's Raw Materials Fund': a named initiative whose owner is a government noun naming no
    state is the page's government's, else the story's home state's.  On a state's or province's own site a bare
    'the Government's' is the place's, and only a national-level word makes it the country's."""
    if not c.name or c.parties:
        return None
    gov = next((x for x in c.t.children if x.dep_ == "poss" and lemma(x) in _w("agreement.government_nouns")), None)
    if gov is None or countries_in([gov]) or any(x.dep_ in ("poss", "prep") for x in gov.children):
        return None
    federal = any(x.lower_ in _w("officials.national_level_words") for x in gov.children)
    if c.t.doc._.cmkg_regional_publisher and not federal:
        return None
    return c.t.doc._.cmkg_publisher or ctx.home
