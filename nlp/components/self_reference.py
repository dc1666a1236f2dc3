"""An official text speaking of itself: 'The purpose of this Memorandum ...', '..., have reached the following
understandings:'.  Such a noun binds the document's own pair (the states its opening or title named), unless
the instrument has an owner or a making clause with sides of its own ('Noting the memorandum concluded between
A and B').  Moved out of :mod:`agreements` unchanged.  Word lists: ``status.self_reference_determiners``,
``agreement.plural_only_nouns``, ``agreement.party_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_phrases import making_words
from cmkg.nlp.components.syntax import subject_tokens, verb_chain
from cmkg.nlp.rules import words as _w

__all__ = ["self_reference"]


def _sides_named(clause: Token) -> bool:
    """A making clause with a partner phrase or an agent of its own ('concluded between A and B', 'signed by A')."""
    preps = _w("agreement.party_prepositions")
    own = any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in preps) for c in clause.children)
    return lemma(clause) in making_words() and own


def self_reference(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'The purpose of this Memorandum ...': an official text speaking of itself binds the document's pair."""
    own = any(x.dep_ == "det" and x.lower_ in _w("status.self_reference_determiners") for x in c.t.children)
    # "..., have reached the following understandings:": a preamble whose subject opened the document
    opening = c.v is not None and not c.parties and sent[0].i in {x.i for x in c.v.subtree if x.pos_ in ("AUX", "VERB")}
    # "... and to wind down its supply arrangement with a firm": an instrument with an owner is not the text's own
    owned = any(x.dep_ == "poss" for x in c.t.children)
    # "Noting the memorandum concluded between A and B": a recital's instrument whose making clause names its own
    # sides is another
    owned = owned or any(_sides_named(x) for x in c.t.children if x.dep_ in ("acl", "relcl"))
    # "Directed the Secretariat to explore, with the GCC Secretariat, a memorandum": a side named beside it
    sides = [p for p in [*c.t.ancestors, *c.t.head.children] if p.dep_ == "prep"]
    owned = owned or any(p.lower_ in _w("agreement.party_prepositions") for p in sides)
    own = own or (opening and not owned and not any(subject_tokens(x) for x in verb_chain(c.v)))
    # the formula's own noun with a subjectless verb, wherever the parser put the sentence's root
    # (a quote or a heading beside the preamble can make the recitals one long 'sentence')
    preamble = c.lem in _w("agreement.plural_only_nouns") and c.v is not None and not subject_tokens(c.v)
    preamble = preamble and not owned  # 'the following understandings', not 'its supply arrangement'
    if (own or preamble and not c.parties) and len(c.parties) < 2 and ctx.doc_pair:
        c.with_ = [x for x in ctx.doc_pair if x not in c.parties] + c.with_
        c.self_reference = True
    if preamble and len(c.parties) >= 2:
        c.rule = c.rule or "agreement.preamble"
    return True
