"""An instrument, referred back to by a pronoun, as the subject that makes another: 'The MOU commits both sides
to ... It also establishes a Joint Working Group on Critical Minerals'.

The new body is the instrument's parties' own.  Without this the pronoun reads as a state ('it' the story's
subject, or the page's publisher) and the body gets one party.  When the subject of a verb that makes
instruments (``status.announced``) is a pronoun of ``export_control.anaphoric_pronouns`` that opens its sentence,
and the sentence before has an agreement noun as its main subject, the parties are the members the story last
recorded for an agreement (``Context.last_listed``).  Under any other verb such a pronoun names no state
('The EU-Chile Interim Trade Agreement enters into force. It applies the trade part of the Advanced Framework
Agreement': not the story's last state) when the verb is one an instrument does (``agreement.instrument_verbs``:
apply, cover, replace); 'It will sign', 'It is in talks' are a state's acts.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.acronym_names import defined_name
from cmkg.nlp.components.party_phrases import agreement_words, lemma
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.syntax import subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["defined_instrument", "instrument_pronoun", "instrument_pronoun_parties"]


def instrument_pronoun(s: Token) -> bool:
    """A pronoun subject opening its sentence after a sentence whose main subject is an instrument: it stands for
    that instrument ('The EU-Chile Interim Trade Agreement enters into force. It applies ...'), no state."""
    if s.lower_ not in _w("export_control.anaphoric_pronouns") or s.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(x.pos_ in ("NOUN", "PROPN") for x in s.sent if x.i < s.i):
        return False  # "The kingdom ... has made mining a pillar, and it has signed ...": the antecedent is nearer
    before = sentences_before(s.sent, 1, breaks="skip")
    root = before[0].root if before else None
    if root is not None and root.like_num:  # '2.1 The AFA was signed ...': the parser makes the item's number root
        root = next((x for x in root.children if x.pos_ in ("VERB", "AUX")), root)
    subjects = subject_tokens(root) if root is not None and root.pos_ in ("VERB", "AUX") else []
    return any(lemma(x) in agreement_words() or defined_instrument(x) for x in subjects)


def defined_instrument(x: Token) -> bool:
    """'The AFA was signed ...' after 'the Advanced Framework Agreement (the "AFA")': initials defined as an
    instrument's name."""
    name = defined_name(x)
    return name is not None and name.split()[-1].lower() in agreement_words()


def instrument_pronoun_parties(s: Token, verb: Token, ctx: Context) -> list[str]:
    """The parties of the instrument a pronoun subject ``s`` of ``verb`` stands for, or []."""
    if lemma(verb) not in _w("status.announced") or ctx.last_listed is None or not instrument_pronoun(s):
        return []
    # "It also adds to A's agreement with B": the pronoun's instrument acts on another one, whose parties are its own
    objects = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if any(lemma(o) in agreement_words() for o in objects):
        return []
    return list(ctx.member_sets.get(ctx.last_listed[0], []))
