"""Give a relative clause, or a participle's 'by' phrase, the parser hung on a date back to what the date dates.

"the additional rules announced by Beijing on 9 October, which cover holmium and europium, ...": en_core_web_sm
hangs the 'which' clause on the nearest noun, the date, so the rules seem to cover nothing and the date covers
the goods.  A date names no thing that covers, signs or holds: a relative clause with a relative pronoun
(``agreement.relative_pronouns``, not 'when') as its subject on a date belongs to the first noun above the date
(through the phrase and the participle it dates) that is no date itself.  Over syntax, entity classes and word
lists.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.rules import words as _w

__all__ = ["hang_date_agents", "hang_date_relatives"]

_CLIMB_DEPS = ("pobj", "prep", "npadvmod", "acl", "nummod", "compound")  # from the date up to its noun
_MAX_STEPS = 4  # 'rules announced by Beijing on 9 October': date, 'on', the participle, the noun


def hang_date_relatives(sent: Span) -> None:
    for v in [x for x in sent if x.dep_ == "relcl" and x.head.ent_type_ == "DATE"]:
        if not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _w("agreement.relative_pronouns") for c in v.children
        ):
            continue
        noun = _dated_noun(v.head)
        if noun is not None:
            v.head = noun


def _dated_noun(date: Token) -> Token | None:
    x = date
    for _ in range(_MAX_STEPS):
        if x.dep_ not in _CLIMB_DEPS or x.head.i == x.i:
            return None
        x = x.head
        if x.pos_ in ("NOUN", "PROPN") and x.ent_type_ != "DATE":
            return x
    return None


def hang_date_agents(sent: Span) -> None:
    """'the framework announced on 13 November by Argentina and the United States': the 'by' phrase the parser hung
    on the date is the agent of the participle the date's phrase hangs on (``officials.by_word``)."""
    for by in [x for x in sent if x.dep_ == "prep" and x.lower_ in _w("officials.by_word")]:
        date = by.head
        if date.ent_type_ != "DATE" or date.dep_ != "pobj" or date.head.dep_ != "prep":
            continue
        verb = date.head.head
        if verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children):
            by.head, by.dep_ = verb, "agent"
