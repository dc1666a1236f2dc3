"""An instrument, referred back to by a pronoun, as the subject that makes another: 'The MOU commits both sides
to ... It also establishes a Joint Working Group on Critical Minerals'.

The new body is the instrument's parties' own.  Without this the pronoun reads as a state ('it' the story's
subject, or the page's publisher) and the body gets one party.  When the subject of a verb that makes
instruments (``status.announced``) is a pronoun of ``export_control.anaphoric_pronouns`` that opens its sentence,
and the sentence before has an agreement noun as its main subject, the parties are the members the story last
recorded for an agreement (``Context.last_listed``).
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.party_phrases import agreement_words, lemma
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.syntax import subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["instrument_pronoun_parties"]


def instrument_pronoun_parties(s: Token, verb: Token, ctx: Context) -> list[str]:
    """The parties of the instrument a pronoun subject ``s`` of ``verb`` stands for, or []."""
    if s.lower_ not in _w("export_control.anaphoric_pronouns") or lemma(verb) not in _w("status.announced"):
        return []
    if ctx.last_listed is None or any(x.pos_ in ("NOUN", "PROPN") for x in s.sent if x.i < s.i):
        return []  # "The kingdom ... has made mining a pillar, and it has signed ...": the antecedent is nearer
    before = sentences_before(s.sent, 1, breaks="skip")
    root = before[0].root if before else None
    subjects = subject_tokens(root) if root is not None and root.pos_ in ("VERB", "AUX") else []
    if not any(lemma(x) in agreement_words() for x in subjects):
        return []
    return list(ctx.member_sets.get(ctx.last_listed[0], []))
