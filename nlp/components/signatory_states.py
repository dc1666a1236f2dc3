"""Which states the officials in a subject or phrase stand for: 'Estonian Foreign Minister [Name] and
Indonesian Minister [Name] signed', 'signed by [title] [Name] and [title] [Name]'.

Split from parties.py along its seam: these read the officials of a phrase against the story's people (the
people table of parties.Context, passed in), parties.py reads the states behind a verb or phrase.
Word lists: ``persons.title_links``, ``persons.name_particles``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.fronted_venues import fronted_comma
from cmkg.nlp.components.title_tokens import resolve_surname
from cmkg.nlp.rules import words as _w

__all__ = ["person_key", "signatory_countries"]

BACK_TOKENS = 60  # how far back a bare office may point to another state's office holder


def signatory_countries(subj: list[Token], people: dict) -> list[str]:
    """Countries of the officials among coordinated subjects and their appositions.

    "Estonian Foreign Minister Dragan Petrovic and Indonesian Minister ... Omar Haddadin signed",
    "the President of Argentina, Alberto Fernandez, signed": each official stands for their country.
    """
    out: list[str] = []
    for s in subj:
        # an agent ("signed by X and Y") and an inverted speaker ('..., said Minister X') follow their verb
        inverted = s.dep_ == "nsubj" and s.i > s.head.i
        limit = s.sent.end if s.dep_ == "pobj" or inverted else s.head.i
        # the whole subject phrase, not only its parsed conjuncts: titles and names are often mis-attached
        phrase = list(s.subtree) + (_agent_run(s) if s.head.dep_ == "agent" else _titled_run_before(s, limit))
        for x in (x for x in phrase if _names_person(x, people) and x.i < limit and not _in_nonparty_role(x)):
            person = people.get(person_key(x, people))
            if person and person.country and not person.private and person.country not in out:
                out.append(person.country)
        own = s.doc._.cmkg_publisher
        # ... also where the parser hung the coordination on the other's possessive ('[the PM and A]'s President')
        offices = (s, *s.conjuncts, *(x for x in s.subtree if x.i < s.i and x.dep_ in ("poss", "conj", "nmod")))
        if out and own and own not in out and any(_own_office(x, people, own) for x in offices):
            out.append(own)  # "which the Prime Minister and President Joe Biden agreed", on Canberra's page
    return out


def _foreign_office_before(x: Token, own: str) -> bool:
    """Another state's public office, named by its state, in the sentence or two before ``x``'s."""
    doc = x.doc
    start = max(0, x.sent.start - BACK_TOKENS)
    for y in doc[start : x.sent.start]:
        if y.lower_ not in _w("officials.public_heads"):
            continue
        states = [c.ent_kb_id_ for c in y.subtree if c.ent_type_ in ("GPE", "NORP") and c.ent_kb_id_ and c.i < y.i]
        if any(code != own for code in states):
            return True
    return False


def _own_office(x: Token, people: dict, own: str) -> bool:
    """'the Prime Minister', 'the Minister': a bare national office (``officials.public_heads``), with its article
    and no name, state or owner, which on a government's page is that government's own office holder, unless the
    story has named another state's holder of that office, whom it may point back to ('Malaysia's Prime Minister
    arrived ... The Prime Minister and ... signed')."""
    if x.lower_ not in _w("officials.public_heads") or x.ent_type_ in ("PERSON", "GPE", "NORP"):
        return False
    office = " ".join(c.lower_ for c in x.children if c.dep_ == "compound" and c.i < x.i) + " " + x.lower_
    earlier = (p for p in people.values() if p.start < x.sent.start)  # named before this sentence
    if any(p.country and p.country != own and office.strip() in (p.role or "").lower() for p in earlier):
        return False
    if _foreign_office_before(x, own):  # "Japan's Minister of Economy visited Santiago. The Minister and ..."
        return False
    kids = list(x.children)
    bare = any(c.dep_ == "det" and c.lower_ in _w("officials.definite_article") for c in kids)
    # "the Prime Minister and A's President, X,": the parser may hang the conjunct's name on the first office
    last = max((c.i for c in x.conjuncts), default=x.i)
    owned = any(c.dep_ in ("poss", "amod", "nmod") or (c.dep_ in ("appos", "prep") and c.i < last) for c in kids)
    named = x.i + 1 < len(x.doc) and x.doc[x.i + 1].ent_type_ == "PERSON"
    return bare and not owned and not named


def _in_nonparty_role(x: Token) -> bool:
    """'by ministers A and B with Rubio as witness': a person in a 'with' phrase whose 'as' phrase (on it or beside it)
    names a role that is no party's (``agreement.nonparty_roles``)."""
    name = x
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    if name.dep_ != "pobj" or name.head.lower_ not in _w("agreement.with_prepositions"):
        return False
    roles = _w("agreement.nonparty_roles")
    holders = (name, name.head.head)
    return any(
        p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in roles for o in p.children)
        for h in holders
        for p in h.children
        if p.i > name.i
    )


def _names_person(x: Token, people: dict) -> bool:
    """A person's name starts at ``x``: a tagged name, or a surname the model left untagged that names a person
    met in full earlier ('Trump and Zelensky signed', after 'US President Donald Trump')."""
    if x.ent_type_ == "PERSON":
        return x.ent_iob_ == "B"
    return not x.ent_type_ and x.pos_ == "PROPN" and x.text[:1].isupper() and person_key(x, people) in people


def _agent_run(s: Token) -> list[Token]:
    """'signed by [demonym title name] and [demonym title name] on Monday': the titled names after 'by'.

    The parser scatters long titles over the verb's other phrases; the run goes on through capitalised
    words, title links and name particles, and ends at a date, a verb or any other lower-case word.
    """
    links = _w("persons.title_links", "persons.name_particles")
    out: list[Token] = []
    for x in s.doc[s.i + 1 : s.sent.end]:
        if x.ent_type_ in ("DATE", "TIME") or x.pos_ in ("VERB", "AUX") or x.is_sent_end:
            break
        if not (x.text[:1].isupper() or x.lower_ in links or x.text in (",", "-")):
            break
        out.append(x)
    return out


def _titled_run_before(s: Token, limit: int) -> list[Token]:
    """'[demonym title name] and [demonym title name] signed': the titled names right before the verb.

    Long titles make the parser hang the first signatory off the second one's title; the run goes back
    from the verb through capitalised words, title links and name particles, as :func:`_agent_run` does.
    """
    links = _w("persons.title_links", "persons.name_particles")
    # "In a meeting with C's Prime Minister X, A signed ...": the run never enters a phrase fronted on the verb
    # (the phrase's own words up to its comma: the parser may hang the signatories after it on its noun)
    # a phrase with no comma is no fronted phrase: 'Under Secretary X and B's Minister Y signed' parses 'Under' as one
    fronted = {i for p in s.head.children if p.dep_ == "prep" and p.i < s.i for i in range(p.i, _phrase_end(p, s))}
    out: list[Token] = []
    for x in reversed(s.doc[s.sent.start : limit]):
        if x.i in fronted:
            break
        if x.dep_ in ("cc", "punct") and x.head.pos_ in ("VERB", "AUX") and x.head.i != s.head.i:
            break  # "A signed X in the presence of P and Q, and B signed": the run never enters an earlier clause
        possessive = x.tag_ == "POS"  # "U.S. Under Secretary X and Spain's Minister Y signed"
        if not (x.text[:1].isupper() or x.lower_ in links or x.text in (",", "-") or possessive) or x.pos_ in (
            "VERB",
            "AUX",
        ):
            break
        out.insert(0, x)
    return out


def _phrase_end(p: Token, s: Token) -> int:
    """Where a fronted phrase's own words end: its first comma before the subject ``s``; with none, the phrase
    has no words of its own (it starts at ``p``, so the empty range fences nothing)."""
    comma = fronted_comma(p.doc, p.i, s.i)
    return p.i if comma is None else comma


def person_key(t: Token, people: dict) -> str:
    """The key of ``people`` (full names) a name token refers to: the same text, else the same last name, else
    the one full name a surname resolves to ('President Tshisekedi' after 'Félix Antoine Tshisekedi Tshilombo':
    the first of two surnames)."""
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    text = ent.text if ent is not None else t.text
    for full in people:
        if full == text or full.split()[-1] == text.split()[-1]:
            return full
    return resolve_surname(" ".join(text.split()), people)
