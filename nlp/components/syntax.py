"""Small dependency-tree helpers shared by the relation rules."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

__all__ = [
    "country_of_token",
    "countries_in",
    "conj_chain",
    "governing_verb",
    "subject_tokens",
    "verb_chain",
    "has_neg",
]

GOVERNMENT_HEADS = {
    "government",
    "administration",
    "officials",
    "official",
    "ministry",
    "cabinet",
    "side",
    "leaders",
    "delegation",
}


def country_of_token(t: Token) -> str | None:
    """Country code of a token that names (or is headed by a modifier naming) a state."""
    if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_:
        return t.ent_kb_id_
    if t.lower_ in GOVERNMENT_HEADS or t.pos_ in ("NOUN",):
        for child in t.children:
            if (
                child.dep_ in ("compound", "amod", "poss", "nmod")
                and child.ent_type_ in ("GPE", "NORP")
                and child.ent_kb_id_
                and (t.lower_ in GOVERNMENT_HEADS or child.ent_type_ == "GPE")
            ):
                return child.ent_kb_id_
    return None


def conj_chain(t: Token) -> list[Token]:
    """The token and every conjunct coordinated with it ("Japan, Australia and Thailand")."""
    return [t, *t.conjuncts]


def countries_in(tokens: Iterable[Token]) -> list[str]:
    out: list[str] = []
    for t in tokens:
        for c in conj_chain(t):
            code = country_of_token(c)
            if code and code not in out:
                out.append(code)
            for appos in (x for x in c.children if x.dep_ == "appos"):
                code = country_of_token(appos)
                if code and code not in out:
                    out.append(code)
    return out


def governing_verb(t: Token, max_steps: int = 5) -> Token | None:
    cur = t
    for _ in range(max_steps):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "amod":
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def verb_chain(v: Token | None) -> list[Token]:
    """The verb and the verbs that control it ("said it planned to close")."""
    out: list[Token] = []
    cur = v
    while cur is not None and len(out) < 5:
        out.append(cur)
        if (
            cur.dep_ in ("xcomp", "ccomp", "conj", "advcl", "relcl", "acl")
            and cur.head.i != cur.i
            and cur.head.pos_ in ("VERB", "AUX", "NOUN")
        ):
            if cur.head.pos_ == "NOUN":
                break
            cur = cur.head
        else:
            break
    return out


def subject_tokens(v: Token) -> list[Token]:
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.dep_ != "expl"]
    agent = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agent + subj if agent else subj


def has_neg(v: Token) -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def sentence_of(t: Token) -> Span:
    return t.sent
