"""Plural instruments signed by one official 'and his A and B counterparts': one instrument per counterpart.

"The memoranda were signed by [minister] and his Egyptian and Jordanian counterparts", "[A's minister] and her
counterparts from Ghana and Zambia signed memoranda": a counterpart is someone's opposite number, so each
counterpart's state pairs with the official's, not with the others.  The signers read as one subject give one
set of three; with the counterparts' states moved to the partner side, the plural noun distributes over them
as it does for 'signed memoranda with A and B'.  Only a plural instrument: 'signed a memorandum with his
Ghanaian and Zambian counterparts' is one instrument of three.  Word lists: ``officials.counterpart_word``,
``officials.counterpart_origin_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.counterpart import is_plural
from cmkg.nlp.components.dep_labels import SUBJECT_DEPS
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import countries_in, country_of_token
from cmkg.nlp.rules import words as _w

__all__ = ["counterparts_apart"]


def _counterpart_group(x: Token) -> tuple[Token, list[str]] | None:
    """'his Egyptian and Jordanian counterparts', 'her counterparts from A and B': the possessive pronoun and the
    states of a plural counterpart noun it owns.  The demonyms are read by position back to the pronoun, since the
    parser hangs 'her Egyptian, French and Polish counterparts' in pieces; 'A's minister and Ghanaian
    counterparts' says not whose counterparts they are."""
    if lemma(x) not in _w("officials.counterpart_word") or x.tag_ != "NNS":
        return None
    between: list[str] = []
    for y in reversed(x.sent[: x.i - x.sent.start]):
        if y.tag_ == "PRP$":
            origin = _w("officials.counterpart_origin_prepositions")
            after = countries_in(z for m in x.children if m.lower_ in origin for z in m.subtree)
            return y, list(dict.fromkeys(between + after))
        if not (country_of_token(y) or y.pos_ in ("CCONJ", "PUNCT")):
            return None
        between = [code for code in (country_of_token(y),) if code] + between
    return None


def _signer_states(v: Token, pron: Token) -> list[str]:
    """The states named in the signers' phrase before the pronoun: after the passive's 'by', else from the start
    of the subject; the parser may hang the official under the counterparts, so position, not the tree."""
    agent = next((p for p in v.children if p.dep_ == "agent" and p.i < pron.i), None)
    subjects = [s.left_edge.i for s in v.children if s.dep_ in SUBJECT_DEPS and s.left_edge.i < pron.i]
    start = agent.i + 1 if agent is not None else min(subjects, default=pron.i)
    return list(dict.fromkeys(code for y in pron.doc[start : pron.i] if (code := country_of_token(y))))


def _coordinated(pron: Token) -> bool:
    """'X and his counterparts', 'X, and her counterparts': the pronoun follows a coordinator."""
    before = pron.doc[pron.i - 1] if pron.i > pron.sent.start else pron
    return before.pos_ == "CCONJ"


def counterparts_apart(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'memoranda signed by X and his A and B counterparts': X's state with each counterpart's, one per pair."""
    if not is_plural(c.t) or c.with_ or c.v is None:
        return True
    # coordinated with a signer ('X and his A and B counterparts'), wherever the parser hung it
    groups = [g for x in sent if (g := _counterpart_group(x)) and len(g[1]) >= 2 and _coordinated(g[0])]
    if not groups:
        return True
    pron, theirs = groups[0]
    # the official's state as the phrase names it, else as the rules read the signer ('Vice Minister X': the story's)
    own = [x for x in _signer_states(c.v, pron) if x not in theirs] or [x for x in c.subj if x not in theirs]
    if len(own) == 1:
        c.subj, c.with_ = own, theirs
        c.rule = c.rule or "agreement.counterparts_apart"
    return True
