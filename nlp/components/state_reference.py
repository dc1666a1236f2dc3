"""What 'the country' refers to when a sentence names no state itself.

'The deal is unlikely to dent China's dominance soon. The country controls 90% of processing': the
previous sentence's state subject, else the one state it names (here as a possessive); nothing when it
names several.  Word lists: ``agreement.singular_state_nouns``, ``agreement.government_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.rules import rules

__all__ = ["previous_state", "state_noun"]


def state_noun(x: Token) -> bool:
    """'the country', 'the nation', 'the kingdom' (not 'the government', which has its own reading)."""
    nouns = rules().words("agreement.singular_state_nouns") - rules().words("agreement.government_nouns")
    return x.lower_ in nouns and x.tag_ == "NN"


def previous_state(s: Token) -> list[str]:
    """The state the sentence before ``s`` makes its subject, else the one state it names."""
    start = s.sent.start
    if start == 0:
        return []
    prev = s.doc[start - 1].sent
    subject = countries_in(subject_tokens(prev.root)) if prev.root.pos_ in ("VERB", "AUX") else []
    named = list(dict.fromkeys(x.ent_kb_id_ for x in prev if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_))
    return subject[:1] or (named if len(named) == 1 else [])
