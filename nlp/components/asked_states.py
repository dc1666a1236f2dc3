"""The states a question heading asks about, for the answer paragraph under it.

An explainer sets out its story as questions and answers ('Has the Cook Islands signed anything with the United
States?' and then 'Yes. A 2023 joint statement with Washington covers ...').  The answer leaves the side the
question named implicit, as a sentence leaves the story's subject implicit: the question is the answer's nearest
antecedent, when it asks about a pair (one state in a partner phrase: ``agreement.party_prepositions``) and the
answer does not open by denying it ('No.': ``status.negating_determiners``).  States the question coordinates
('What about Argentina and Bolivia?') are topics taken in turn, not the two sides of one instrument.  A question
heading is a line of its own ending in a question mark (``agreement.heading_question_ends``), right above the
answer's paragraph.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.rules import words as _w

__all__ = ["asked_states"]


def asked_states(sent: Span) -> list[str]:
    """The states named in the question heading right above the sentence's paragraph, in their order."""
    doc = sent.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, doc[sent.start].idx)
    if start < 0:
        return []
    above = text[:start].rstrip("\n")
    line_start = above.rfind("\n") + 1
    line = above[line_start:].strip()
    if not line or line[-1] not in _w("agreement.heading_question_ends"):
        return []
    states = [
        e for e in doc.ents if line_start <= e.start_char < len(above) and e.label_ in ("GPE", "NORP") and e.kb_id_
    ]
    if any(a.root in b.root.conjuncts for a in states for b in states):
        return []  # 'What about Argentina and Bolivia?': two topics asked about in turn, no pair
    # a pair asked about: one state in a partner phrase ('... anything with the United States?'), not a topic
    # ('Why is China worried?'); and an answer that opens by denying it ('No. ...') names no side of it
    paired = any(e.root.dep_ == "pobj" and e.root.head.lower_ in _w("agreement.party_prepositions") for e in states)
    opening = re.match(r"\W*(\w+)", text[start + 1 :])  # the answer paragraph's first word
    denied = opening is not None and opening.group(1).lower() in _w("status.negating_determiners")
    return list(dict.fromkeys(e.kb_id_ for e in states)) if paired and not denied else []
