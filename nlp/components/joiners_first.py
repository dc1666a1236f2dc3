"""Founders a story lists after the newcomers it leads with.

A release about an accession leads with the news ("Today Qatar and the UAE signed the Pax Silica
Declaration, becoming the first countries to join the initiative") and names the founders later, by a
definite reference to the same instrument ("The Declaration was signed in December by A, B and C",
"The charter had been launched by A and B in 2023").  The agreement is one: its parties are every
signatory the text names, the newcomers and the founders.  :mod:`accession` reads the other order
(members listed first, the newcomer after); this reads the order of news writing, at the document's end,
when both facts exist: the joiners' named fact takes the founders, and the founders' half set goes.

Only where the first sentence says someone joins (a membership verb, not negated) and the later one
refers to the instrument by its own head noun with a definite determiner, as the subject or object of a
committing or founding verb, and lists two states or more that are not the joiners.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.acronym_names import name_key
from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.status import is_membership
from cmkg.nlp.components.syntax import has_neg, verb_chain
from cmkg.nlp.rules import words as _w

__all__ = ["JOINERS_FIRST_RULE", "joiners_first"]

JOINERS_FIRST_RULE = "agreement.joiners_first"
_SUBJECT_OR_OBJECT = ("nsubj", "nsubjpass", "dobj")


def _span(doc: Doc, fact: Any) -> Span | None:
    return doc.char_span(fact.sent_start, fact.sent_end, alignment_mode="expand")


def _joins(sent: Span) -> bool:
    """Someone joins in the sentence: 'becoming the first countries to join', 'acceded to the charter'."""
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
    return any(is_membership(v) and not any(has_neg(x) for x in verb_chain(v)) for v in verbs)


def _refers(t: Token, words: set[str]) -> bool:
    """'The Declaration was signed by', 'the charter had been launched by': the instrument by its own head
    noun, definite, subject or object of a committing or founding verb."""
    if t.pos_ not in ("NOUN", "PROPN") or lemma(t) not in words or t.dep_ not in _SUBJECT_OR_OBJECT:
        return False
    if not any(d.dep_ == "det" and d.lower_ in _w("agreement.definite_determiners") for d in t.children):
        return False
    verb = t.head
    committal = _w("status.signed", "agreement.founder_verbs")
    return lemma(verb) in committal and not has_neg(verb)


def _founders_of(doc: Doc, joined: Any, later: Sequence[Any], gone: set[int]) -> Any | None:
    """The later unnamed (or same-named) fact that lists the joined instrument's founders."""
    name = joined.data["name"]
    words = {w.lower() for w in name.split()}  # 'Velora Charter on Friday': the head is a word of the name
    mine = set(joined.data["parties"])
    for f in later:
        if id(f) in gone or f.sent_start == joined.sent_start:
            continue
        other = f.data.get("name")
        if other and name_key(other) != name_key(name):
            continue
        if len(f.data["parties"]) < 2 or mine & set(f.data["parties"]):
            continue
        sent = _span(doc, f)
        if sent is not None and any(_refers(t, words) for t in sent):
            return f
    return None


def joiners_first(doc: Doc, facts: Sequence[Any]) -> set[int]:
    """Enlarge each joiners' named agreement fact by the founders a later sentence lists; the ids of the
    founders' facts, now part of it, to drop."""
    agreements = [f for f in facts if f.kind == "agreement"]
    gone: set[int] = set()
    for k, joined in enumerate(agreements):
        if id(joined) in gone or not joined.data.get("name") or not joined.data["parties"]:
            continue
        sent = _span(doc, joined)
        if sent is None or not _joins(sent):
            continue
        founders = _founders_of(doc, joined, agreements[k + 1 :], gone)
        if founders is None:
            continue
        joined.data["parties"] = [*joined.data["parties"], *founders.data["parties"]]
        joined.rule = JOINERS_FIRST_RULE
        gone.add(id(founders))
    return gone
