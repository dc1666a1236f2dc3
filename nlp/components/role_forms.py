"""Office forms of a name's title: a plural title shared by a list of names, and a post-nominal that is an office.

"The two foreign ministers, X of Congo and Y of Rwanda": each holds one office, 'Foreign Minister', not the
plural the list shares.  "Liam Byrne MP said": the letters after the name stand for a seat in parliament
(``persons.office_post_nominals``); honours and degrees ('OBE', 'PhD') stand for none.  And a role's title case.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from cmkg.nlp.components.name_forms import unshouted
from cmkg.nlp.components.persons import is_anchor, is_honorific
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "own_place_role",
    "plural_office",
    "plural_words",
    "post_nominal_office",
    "role_words_of",
    "singular_role",
    "singular_words",
    "title_case",
]


def post_nominal_office(ent: Span) -> str | None:
    """'Liam Byrne MP', 'Ana Costa, MEP': the office a post-nominal right after the name stands for
    (``persons.office_post_nominals``); an honour ('OBE') or a degree names none.  A label of office before the
    name ('[Chair: X, MP]', ``persons.office_labels``) comes first: it is the office the record gives."""
    doc = ent.doc
    j = ent.start - 1
    while j > 0 and (is_honorific(doc[j]) or doc[j].text == "." or doc[j].lower_ in _w("officials.definite_article")):
        j -= 1  # '[Chair: Ms. X, MP]', '[Chair: the Honourable X]'
    label = doc[j - 1] if j >= 1 and doc[j].text == ":" else None
    comma = ent.end + 1 < len(doc) and doc[ent.end].text == ","
    k = ent.end + 1 if comma else ent.end
    after = doc[k + 1] if k + 1 < len(doc) else None
    # "X, MP," stands alone; not "X, MP's chairman" or "Lynas, MP Materials": a firm's initials
    alone = after is None or (after.is_punct or after.is_space if comma else after.tag_ != "POS")
    office = rules().table("persons.office_post_nominals").get(doc[k].text.rstrip(".")) if k < len(doc) else None
    office = office if alone else None
    # 'Chair: Ms Lee Wan, Acme Mining Ltd': a body after the comma that is no post-nominal is the name's own
    if label is not None and label.lower_ in _w("persons.office_labels") and (office or not comma):
        return label.text.title()
    return office


def singular_role(role: str | None, heads: frozenset[str]) -> str | None:
    """'Foreign Ministers' -> 'Foreign Minister': a plural title shared by a list of names is each one's office."""
    if not role:
        return role
    return " ".join(singular_words(role.split(), heads))


def own_place_role(role: str, place: list[str]) -> str:
    """'Governor of the Three Lithium Provinces' and 'Gerardo Morales of Jujuy' -> 'Governor of Jujuy': a name's own
    place in a list under one plural title takes the place of the body the title names (``place`` with its link)."""
    head = re.split(r"\s+(?:" + "|".join(map(re.escape, _w("persons.title_links"))) + r")\s+", role, maxsplit=1)[0]
    return title_case([*head.split(), *place])


@lru_cache(maxsize=4)
def _multiword_heads(heads: frozenset[str]) -> tuple[str, ...]:
    return tuple(h for h in heads if " " in h)


def singular_words(words: list[str], heads: frozenset[str]) -> list[str]:
    """'Ministers' -> 'Minister', and 'Members of Parliament' -> 'Member of Parliament': a plural word whose
    singular is a head, or opens a head of several words with the words after it."""
    out = list(words)
    for i, w in enumerate(words):
        low = w.lower()
        if not low.endswith("s") or low in heads:
            continue
        rest = " ".join([low[:-1], *(x.lower() for x in words[i + 1 :])])
        if low[:-1] in heads or any(rest == h or rest.startswith(h + " ") for h in _multiword_heads(heads)):
            out[i] = w[:-1]
    return out


def plural_words(toks: list[Token], heads: frozenset[str]) -> bool:
    """'X and Y, Hon'ble Members of Parliament,': an apposition whose office is in the plural, before the first link
    of its title ('Member of the House of Representatives' is one member)."""
    links = _w("persons.title_links")
    words = [t.text for t in toks]
    first_link = next((k for k, w in enumerate(words) if w.lower() in links), len(words))
    return singular_words(words, heads)[:first_link] != words[:first_link]


def plural_office(t: Token, anchors: frozenset[str]) -> bool:
    """'Senators', and 'Ministers' in 'Prime Ministers X and Y', which the tagger reads as a singular proper noun."""
    tagged = t.tag_ in ("NNS", "NNPS") and is_anchor(t, anchors)
    return tagged or (t.lower_.endswith("s") and t.lower_[:-1] in anchors)


def title_case(words: list[str]) -> str:
    """A role in title case: small words lower inside it, acronyms kept, no spaces inside brackets or before commas."""
    small = _w("officials.title_small_words")
    out = []
    for i, w in enumerate(unshouted(words)):
        out.append(
            w if (w.isupper() and len(w) > 1) else (w.lower() if (w.lower() in small and i) else w[:1].upper() + w[1:])
        )
    joined = re.sub(r"\s+(,|'s\b)", r"\1", re.sub(r"\s+-\s+", "-", " ".join(out)))  # and "(MTA)", not "( MTA )"
    joined = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", joined))
    return re.sub(r"\s*\(\)", "", joined)  # "of the Congo (DRC)" loses the state's acronym with the state


def role_words_of(keep: list[Token], expand: Callable[[str], str]) -> list[str]:
    """The words of a role, a state that owns a body inside it read as the body's article ('Director-General of
    Japan's Agency for Natural Resources' -> 'Director-General of the Agency ...'): the owner is the country."""
    if not keep:
        return []
    marks = _w("officials.possessive_marks")
    owned = {
        t.i
        for e in keep[0].doc.ents
        if e.label_ in ("GPE", "NORP") and e.start > keep[0].i and e.end < len(e.doc) and e.doc[e.end].text in marks
        for t in e
    }
    out = []
    for t in keep:
        if t.i not in owned:
            out.append(expand(t.text))
        elif t.i - 1 not in owned:
            out.append("the")  # the owner's first word stands for the article; the rest of its name goes
    return out
