"""An official named by title alone as a subject: 'its Trade Minister signed', 'the minister signed'.

"Thailand wants to diversify ...  On Thursday, its Trade Minister signed a deal with Estonia", "France's
minister X travelled to Serbia.  There, the minister signed ...": a public office with only a possessive
pronoun or a definite article stands for the state the text has just made its subject ('its'), or whose
official the last sentence named ('the').  Word lists: ``officials.public_heads``,
``agreement.title_anaphor_determiners``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cmkg.nlp.components.state_reference import previous_state
from cmkg.nlp.rules import words as _w

__all__ = ["titled_subject_state"]


def titled_subject_state(s: Token, last_subjects: Sequence[str], last_people: Sequence[str]) -> list[str]:
    """'its Trade Minister signed', 'the minister signed': the state just made subject, or just named.

    Takes the story's last subjects and last officials' states, not the parties Context, so that this
    module and ``parties`` do not import each other."""
    if s.lower_ not in _w("officials.public_heads") or s.ent_type_ in ("GPE", "NORP"):
        return []
    marks = [c for c in s.children if c.dep_ in ("det", "poss")]
    if not marks or not all(m.lower_ in _w("agreement.title_anaphor_determiners") for m in marks):
        return []
    if any(m.dep_ == "poss" for m in marks):  # "its minister": the state the text has just made its subject
        return (previous_state(s) or list(last_subjects))[:1]
    officials = list(dict.fromkeys(last_people))  # "the minister": the one state whose official was just named
    return officials if len(officials) == 1 else previous_state(s)[:1]
