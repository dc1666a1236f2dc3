"""What 'the country' refers to when a sentence names no state itself.

'The deal is unlikely to dent China's dominance soon. The country controls 90% of processing': the
previous sentence's state subject, else the one state it names (here as a possessive); nothing when it
names several.  Word lists: ``agreement.singular_state_nouns``, ``agreement.government_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.rules import rules

__all__ = [
    "counted_conjuncts",
    "counted_group",
    "latest_list",
    "numeral_group",
    "previous_state",
    "names_own_place",
    "state_noun",
    "styled_state",
]

MAX_SENTENCES_BACK = 3


def state_noun(x: Token) -> bool:
    """'the country', 'the nation', 'the kingdom' (not 'the government', which has its own reading)."""
    nouns = rules().words("agreement.singular_state_nouns") - rules().words("agreement.government_nouns")
    return x.lower_ in nouns and x.tag_ == "NN" and not names_own_place(x)


def names_own_place(x: Token) -> bool:
    """'the island of Cyprus', 'the emirate of Dubai', 'the Dubai emirate': the noun names its own place, which
    is no reference back to an earlier state."""
    ofs = [p for p in x.children if p.dep_ == "prep" and p.lower_ in rules().words("territory.of_word")]
    named = [o for p in ofs for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return bool(named) or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in x.children)


def previous_state(s: Token) -> list[str]:
    """The state the sentence before ``s`` makes its subject, else the one state it names."""
    start = s.sent.start
    if start == 0:
        return []
    prev = s.doc[start - 1].sent
    subject = countries_in(subject_tokens(prev.root)) if prev.root.pos_ in ("VERB", "AUX") else []
    named = list(dict.fromkeys(x.ent_kb_id_ for x in prev if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_))
    return subject[:1] or (named if len(named) == 1 else [])


def counted_group(s: Token) -> list[str]:
    """'Ministers from A, B, C and D met in Oslo ... The four governments signed': a counted collective
    ('the four governments', 'the three countries') is the latest list of exactly that many states, in
    this sentence before it or in the few before (a venue or an observer named alone is no such list)."""
    counts = rules().table("production_share.number_words")
    n = next((_number(c.lower_, counts) for c in s.children if c.dep_ == "nummod"), None)
    return latest_list(s, n) if n is not None and n >= 2 else []


def counted_conjuncts(tokens: list[Token]) -> list[str]:
    """'The EU and the five Central Asian states signed', 'signed with the four governments': a counted
    collective among the parties (not the subject alone, which :mod:`parties` reads as a reference) is the
    latest list of exactly that many states."""
    collective = rules().words("agreement.collective_states") | rules().words("agreement.collective_people")
    found = [c for t in tokens for x in (t, *t.conjuncts) if x.lower_ in collective for c in counted_group(x)]
    return list(dict.fromkeys(found))


def numeral_group(s: Token) -> list[str]:
    """'Two of the region's biggest miners, A and B, signed', 'where all four signed': a number that stands
    for states, the ones its partitive phrase appositions name, else the latest list of that many states."""
    n = _number(s.lower_, rules().table("production_share.number_words")) if s.pos_ == "NUM" else None
    if n is None or n < 2:
        return []
    of = [o for p in s.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    named = countries_in(of + [a for o in of for a in o.children if a.dep_ == "appos"])  # apposed or conjoined
    return named if len(named) == n else latest_list(s, n)


def latest_list(s: Token, n: int) -> list[str]:
    """The latest list of exactly ``n`` states before ``s``, in its sentence or the few before."""
    start, back = s.sent.start, 0
    while start > 0 and back < MAX_SENTENCES_BACK:
        start, back = s.doc[start - 1].sent.start, back + 1
    for t in reversed(s.doc[start : s.i]):
        if t.dep_ == "conj" or t.ent_iob_ == "I":
            continue  # a list is read from its first item
        codes = countries_in([t])
        if len(codes) == n:
            return codes
    return []


def _number(word: str, counts: dict) -> int | None:
    return int(word) if word.isdigit() else counts.get(word)


def styled_state(subj: Token) -> str | None:
    """'said the Kingdom welcomed ...': a state called by the noun of its own style ('the Kingdom of Saudi
    Arabia', 'the Republic of Chile'), when the text gives exactly one state that style."""
    if subj.lower_ not in rules().words("agreement.singular_state_nouns") - rules().words("agreement.government_nouns"):
        return None
    if not subj.text[:1].isupper() or any(c.dep_ in ("poss", "amod", "compound") for c in subj.children):
        return None
    styled = {
        e.kb_id_
        for e in subj.doc.ents
        if e.label_ == "GPE" and e.kb_id_ and e.text.lower().removeprefix("the ").startswith(subj.lower_ + " ")
    }
    return styled.pop() if len(styled) == 1 else None
