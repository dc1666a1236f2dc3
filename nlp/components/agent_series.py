"""Undo a misparse that cuts a list of signing states after its first item.

"The Bank is among the signatories of the memorandum signed in New York by the United States, the European Union,
Angola, the DRC and Zambia": en_core_web_sm takes the first state as the agent's object and hangs the rest of the
list, from the comma on, on the sentence's subject as an apposition, so the memorandum has one maker.  A state right
after the comma that closes an agent's or a party preposition's state object, hung on a word before that phrase,
and opening a run of states that a coordinator closes, is the next item of the same list: it becomes the object's
conjunct.  Over syntax and entity classes; the prepositions are ``agreement.party_prepositions`` and the agent's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.rules import words as _w

__all__ = ["join_split_agent_series"]

STATE_TYPES = frozenset({"GPE", "ORG"})  # the model's tags: this runs before the entity rules ('the EU' as ORG)
SPLIT_DEPS = frozenset({"appos", "conj"})  # how the parser hangs the rest of the list elsewhere


def _state(x: Token) -> bool:
    """A word of a name the gazetteer knows as a state (or the EU), whatever tag the model gave it."""
    if x.ent_type_ not in STATE_TYPES:
        return False
    name = next((e for e in x.doc.ents if e.start <= x.i < e.end), None)
    return name is not None and gazetteer().resolve_country(name.text) is not None


def _list_object(p: Token) -> bool:
    """A state as the object of an agent ('by A') or a party preposition ('between A', 'with A')."""
    prep = p.head
    return (
        p.dep_ == "pobj" and _state(p) and (prep.dep_ == "agent" or prep.lower_ in _w("agreement.party_prepositions"))
    )


def _closed_run(x: Token) -> bool:
    """The words from ``x`` to the state after the list's coordinator are states, commas and their articles and
    'of' ('A, the Republic of the Congo and B'); what follows the closing state ('..., together with X') is no
    part of the run."""
    words = sorted((y for y in x.subtree if y.i >= x.i), key=lambda y: y.i)
    cc = next((k for k, y in enumerate(words) if y.dep_ == "cc"), None)
    last = next((k for k, y in enumerate(words) if cc is not None and k > cc and _state(y)), None)
    if last is None:
        return False
    return all(_state(y) or y.is_punct or y.dep_ in ("cc", "det", "prep") for y in words[: last + 1])


def join_split_agent_series(sent: Span) -> None:
    doc = sent.doc
    for p in [t for t in sent if _list_object(t)]:
        k = p.right_edge.i + 1
        if k + 1 >= sent.end or doc[k].text != ",":
            continue
        x = next((y for y in doc[k + 1 : k + 5] if _state(y) and y.dep_ in SPLIT_DEPS), None)
        if x is None or x.left_edge.i != k + 1 or x.head.i >= p.head.i or not _closed_run(x):
            continue
        doc[k].head = p
        x.head, x.dep_ = p, "conj"
