"""An official in an absolute 'with' clause acts for the state the main clause is about.

"New Zealand, the Cook Islands' partner in free association, paused NZ$18.2 million in funding, with Foreign
Minister Winston Peters saying Wellington had not been consulted": the 'with' clause (``officials.absolute_
prepositions``) gives the reason or voice of the main clause's act, so its subject speaks or acts for the main
clause's subject when that names a state.  Read only when the official's title names no state.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["absolute_subject_state"]


def absolute_subject_state(ent: Span) -> str | None:
    """The state of the main clause's subject, when ``ent`` is the subject of an absolute 'with' clause on it."""
    root = ent.root
    if root.dep_ == "nsubj" and root.head.tag_ == "VBG" and root.head.dep_ in ("pcomp", "pobj"):
        prep = root.head.head  # 'with [X saying ...]'
    elif root.dep_ == "pobj" and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in root.children):
        prep = root.head  # 'with X [saying ...]': the participle hung on the name
    else:
        return None
    if prep.lower_ not in _w("officials.absolute_prepositions") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    subjects = subject_tokens(prep.head)
    aside = {y.i for s in subjects for x in s.children if x.dep_ in ("appos", "relcl", "acl") for y in x.subtree}
    codes = countries_in(x for s in subjects for x in s.subtree if x.i not in aside)  # not "the Cook Islands' partner"
    return codes[0] if len(set(codes)) == 1 else None
