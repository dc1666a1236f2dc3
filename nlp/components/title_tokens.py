"""Token tests for reading an official's title: which words belong to it, and what they say of the state.

Split from ``officials``: portfolio commas and joiners, a country closing a title, the host after 'ambassador
to', 'the country's' as a reference back, a name after a plural title, surname (and patronymic initial) resolution."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.entity_kinds import STATE_LABELS
from cmkg.nlp.components.name_forms import initialled_given_name
from cmkg.nlp.components.sentence_runs import capitalised as _capitalised
from cmkg.nlp.components.title_tails import after_listed_name, copula_after, place_after_name
from cmkg.nlp.role_words import role_word_parts
from cmkg.nlp.rules import words as _w

__all__ = [
    "titlecase_honorific",
    "particle_after_name_word",
    "country_anaphor",
    "last_country",
    "portfolio_joiner",
    "in_last_entity",
    "title_word",
    "portfolio_comma",
    "lowercase_portfolio_comma",
    "serial_portfolio",
    "listed_after",
    "after_preposition",
    "resolve_surname",
    "short_name",
    "merge_short_names",
    "surname_like_head",
    "given_name_head",
    "place_opens_name",
    "place_in_title",
    "post_nominal",
    "relative_title",
    "relative_verb",
]


class _Named(Protocol):
    name: str


def country_anaphor(t: Token) -> bool:
    """'the country's new president': a state noun with a possessive mark refers back to a state."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (
        t.lower_ in _w("syntax.unnamed_state_nouns")
        and nxt is not None
        and nxt.text in _w("officials.possessive_marks")
    )


def last_country(t: Token) -> str | None:
    """The state named last before ``t`` in its sentence or the one before (a GPE, not a demonym)."""
    sents = [s for s in t.doc.sents if s.start <= t.i]
    start = sents[-2].start if len(sents) > 1 else sents[-1].start
    codes = [x.ent_kb_id_ for x in t.doc[start : t.i] if x.ent_type_ == "GPE" and x.ent_kb_id_ and x.ent_iob_ == "B"]
    return codes[-1] if codes else None


def portfolio_joiner(doc: Doc, i: int, toks: list[Token]) -> bool:
    """'Mineral and Petroleum Resources Minister': 'and' between two capitalised portfolio words is in the title."""
    return (
        bool(toks)
        and i > 0
        and doc[i].lower_ in _w("persons.list_joiners") - {","}
        and doc[i - 1].lower_ in _w("persons.portfolio_words")
        and toks[0].lower_ in _w("persons.portfolio_words")  # "energy and natural resources minister"
    )


def in_last_entity(t: Token, last: Token) -> bool:
    """``t`` belongs to the entity that ends the title at ``last``."""
    return bool(last.ent_type_) and all(t.doc[k].ent_iob_ == "I" for k in range(t.i + 1, last.i + 1))


def title_word(t: Token) -> bool:
    """'Minister of', 'Secretary of': a word before 'of' inside a title; 'the (State) Visit of' is no title."""
    return (t.text[:1].isupper() or t.ent_type_ in ("GPE", "NORP", "ORG")) and t.lower_ not in _w("venue.visit_nouns")


def portfolio_comma(doc: Doc, i: int) -> bool:
    """'Minister of Economy, Trade and Industry': a comma inside a portfolio list does not end the title."""
    j = i + 1
    while j < len(doc) and j <= i + 2 and doc[j].lower_ in _w("persons.list_joiners", "officials.definite_article"):
        j += 1  # "Economic Growth, Energy, and the Environment": a serial comma before the last portfolio
    nxt = doc[j] if j < len(doc) else None
    return (
        doc[i].text == ","
        and nxt is not None
        and nxt.text[:1].isupper()
        and nxt.lower_ in _w("persons.portfolio_words")
        and nxt.ent_type_ not in ("GPE", "NORP", "PERSON")
    )


def lowercase_portfolio_comma(doc: Doc, i: int, toks: list[Token]) -> bool:
    """'Bang Moon-kyu, the trade, industry and energy minister,': a comma inside a lowercase apposed title whose
    words so far are all portfolios, when lowercase portfolios after it close with a title word."""
    if doc[i].text != "," or not toks:
        return False
    portfolios = _w("persons.portfolio_words", "persons.list_joiners")
    words = [t for t in toks if t.text != "," and not (t.pos_ == "DET" and t.i == toks[0].i)]
    if not words or not all(t.is_lower and t.lower_ in portfolios for t in words):
        return False
    j = i + 1
    while j < doc[i].sent.end and doc[j].is_lower and doc[j].lower_ in portfolios:
        j += 1
    return i + 1 < j < doc[i].sent.end and doc[j].is_lower and doc[j].lower_ in _title_words()


def serial_portfolio(doc: Doc, k: int, end: int) -> bool:
    """'Economic Growth, Energy, and the Environment': after a comma, ('and') ('the') and a capitalised portfolio
    word go on with the title."""
    skip = _w("persons.list_joiners", "officials.definite_article")
    while k < end - 1 and doc[k].lower_ in skip - {","}:
        k += 1
    return k < end and doc[k].lower_.rstrip(".") in _w("persons.portfolio_words") and _capitalised(doc[k])


def listed_after(prev: Span, ent: Span) -> bool:
    """``ent`` follows ``prev`` in a list of names under one title ('Senators X and Y'), each name perhaps with its
    state ('the two foreign ministers, X of Congo and Y of Rwanda')."""
    between = list(ent.doc[place_after_name(ent.doc, prev.end, ent.start) : ent.start])  # "X of the Congo, Y"
    return 0 < len(between) <= 2 and all(t.lower_ in _w("persons.list_joiners") for t in between)


def after_preposition(t: Token, toks: list[Token]) -> bool:
    """'Ambassador to X', 'ambassador in X': the host of a post.  A state that names a government body is its
    employer wherever the body stands: 'deputy minister in the Somali Ministry of Mines', 'at X's Treasury'."""
    idx = [x.i for x in toks]
    hosts, the = _w("officials.host_prepositions"), _w("officials.definite_article")
    if t.dep_ in ("compound", "amod", "poss", "nmod") and t.head.lemma_.lower() in _w(
        "officials.government_body_nouns"
    ):
        return False
    return (
        t.i - 1 in idx
        and t.doc[t.i - 1].lower_ in hosts
        or (t.i - 2 in idx and t.doc[t.i - 1].lower_ in the and t.doc[t.i - 2].lower_ in hosts)
    )


def short_name(name: str) -> bool:
    """One surname, with its particles ('Vance', 'von der Leyen', 'de la Cruz'): no given name to tell it apart."""
    *lead, _last = name.split()
    return all(w.casefold() in _w("persons.name_particles") for w in lead)


def resolve_surname(name: str, people: dict[str, _Named]) -> str:
    """'Vance' -> 'JD Vance', 'von der Leyen' -> 'Ursula von der Leyen' when an earlier full name ends with it."""
    if not short_name(name):
        return _double_surname(name, people)
    tail = name.casefold().split()
    for full in people:
        words = full.casefold().split()
        if len(words) > len(tail) and words[-len(tail) :] == tail:
            return full
    if " " in name:
        return name
    firsts = [full for full in people if full.split()[0].casefold() == name.casefold()]  # 'Muto' for 'MUTO Yoji'
    firsts = firsts or initialled_given_name(name, list(people))  # 'L.Oyun-Erdene'
    if len(firsts) == 1:
        return firsts[0]
    inner = [full for full in people if name.casefold() in (w.casefold() for w in full.split()[1:-1])]
    return inner[0] if len(inner) == 1 else name  # 'Williams' for 'Aurora Williams Baussa' (two surnames)


def _double_surname(name: str, people: dict[str, _Named]) -> str:
    """'Đedović Handanović' -> 'Dubravka Đedović Handanović', 'López Obrador' -> 'Andrés Manuel López Obrador': a
    person named again by both surnames is the one longer name of the text ending with them (else as written)."""
    tail = name.casefold().split()
    ends = [full for full in people if len(full.split()) > len(tail) and full.casefold().split()[-len(tail) :] == tail]
    return ends[0] if len(ends) == 1 else name


class _Holder(Protocol):
    name: str
    role: str | None
    private: bool


def merge_short_names(people: dict[str, _Holder]) -> dict[str, _Holder]:
    """'Minister Motegi:' (a speaker label) before 'Foreign Minister Motegi Toshimitsu': a one-word name that one
    full name of the text opens or ends, whichever comes first, is that person; the full name lends it nothing
    but gains a role it lacks (the short mention's country is the sentence's guess, the full title's is better).
    A short name whose own title the full one does not hold ('Industry Minister Kim' beside 'Prime Minister Kim
    Min-seok', 'Senator Lee' beside 'President Lee Jae-myung') is another person of that name and stays."""
    full_names = {k: v for k, v in people.items() if not short_name(k)}
    out: dict[str, _Holder] = {}
    for name, person in people.items():
        full = resolve_surname(name, full_names)
        if full == name or full not in full_names or not _same_title(person.role, full_names[full].role):
            out[name] = person
            continue
        holder = full_names[full]
        holder.role = holder.role or person.role
        holder.private = holder.private and person.private
    return out


def _same_title(short: str | None, full: str | None) -> bool:
    """Whether a short mention's title may be the full mention's: none, or its words all among the full one's
    ('Minister' of 'Foreign Minister'; not 'Industry Minister' of 'Prime Minister')."""
    if not short or not full:
        return True
    return set(_TITLE_WORD.findall(short.casefold())) <= set(_TITLE_WORD.findall(full.casefold()))


_TITLE_WORD = re.compile(r"[^\W\d_]+")


def surname_like_head(doc: Doc, k: int, end: int, heads: frozenset[str]) -> bool:
    """'Minister King and I': a capitalised title word straight after another one, followed by no name; 'the
    Deputy Minister' after a determiner, 'X, Deputy Secretary' after a comma, and 'Deputy Ruler of Abu Dhabi' with
    the office's 'of' are titles of two words."""
    t = doc[k]
    deputy = doc[k - 1].lower_ in _w("persons.deputy_words")  # 'its Deputy Chairperson', 'Deputy Ruler of X'
    j = k - 2  # 'the First Deputy Minister': over the title's modifiers to its determiner
    while j > 0 and doc[j].lower_ in role_word_parts("modifier"):
        j -= 1
    after_name = deputy and j > 0 and doc[j].text == ","  # 'X, Deputy Secretary, Y Division'
    owned = j >= 0 and (doc[j].tag_ in (("DT", "PRP$", "POS") if deputy else ("DT",)) or after_name)
    office_of = deputy and k + 1 < end and doc[k + 1].lower_ in _w("syntax.of_prepositions")
    return (
        t.lower_ in heads
        and _capitalised(t)
        and doc[k - 1].lower_ in heads
        and not owned
        and (k + 1 >= end or not (_capitalised(doc[k + 1]) or office_of))
    )


def given_name_head(doc: Doc, k: int, end: int, heads: frozenset[str]) -> bool:
    """'Dr. Sultan bin Ahmed Al Jaber', 'Sultan Al Jaber': a title word right before a patronymic particle or a
    family name's article is a given name (a title is never followed by 'bin' or 'Al'; 'Sultan Haitham bin Tarik'
    keeps its title)."""
    t = doc[k]
    return (
        t.lower_ in heads
        and _capitalised(t)
        and k + 1 < end
        and doc[k + 1].lower_ in _w("persons.patronymic_particles", "persons.family_articles")
    )


def place_opens_name(doc: Doc, k: int, end: int) -> bool:
    """'Minister of Energy Transition Sofia Fuente', 'Trade Minister Jordan Mwangi': a place named in one word
    right after a title, before a capitalised word that is no place, date or title word, opens the name."""
    t = doc[k]
    if not (t.ent_type_ == "GPE" and t.ent_iob_ == "B" and k + 1 < end and doc[k + 1].ent_iob_ != "I"):
        return False
    if k > 0 and doc[k - 1].lower_ in _w("persons.title_links") and not after_listed_name(doc, k):
        return False  # "the Foreign Minister of Jordan Ayman Safadi": the title's state; not "X, Y and Sofia Z"
    nxt = doc[k + 1]
    if nxt.lower_ in _w("persons.name_particles"):
        return True
    return (
        _capitalised(nxt)
        and nxt.is_alpha
        and nxt.pos_ == "PROPN"
        and nxt.ent_type_ not in ("GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "ORG", "MINERAL")
        and nxt.lower_ not in role_word_parts("head", "modifier")
        and nxt.lower_ not in _w("persons.portfolio_words")
    )


def place_in_title(doc: Doc, k: int) -> int:
    """How many words at ``k`` belong to the title's place: the rest of a state's name ('Ambassador to South
    Africa'), or a whole place the gazetteer does not link after a title link ('Governor of California X',
    'Mayor of Los Angeles X'): the name starts after it."""
    t = doc[k]
    if t.ent_iob_ == "I" and t.ent_type_ in STATE_LABELS and t.ent_kb_id_ and doc[k - 1].ent_type_ == t.ent_type_:
        return 1
    if t.ent_iob_ != "B" or t.ent_type_ not in ("GPE", "LOC") or t.ent_kb_id_:
        return 0
    if doc[k - 1].lower_ not in _w("persons.title_links"):
        return 0
    j = k + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return j - k if j < len(doc) and _capitalised(doc[j]) else 0


def post_nominal(t: Token) -> bool:
    """'MP', 'EGH', 'OBE': letters of an office or an honour written after a name."""
    letters, dotted = t.text.replace(".", ""), "." in t.text.rstrip(".")  # 'S.E.', 'M.Sc.'; not 'Con', 'Ma'
    degree = letters.lower() in _w("persons.degree_post_nominals") and (dotted or not letters.isupper())
    return (not letters.istitle() or dotted) and (letters.lower() in _w("persons.post_nominals") or degree)


def relative_verb(ent: Span) -> Token | None:
    """The verb of a relative clause right after a name ('X, who heads ...', 'X, who is ...')."""
    doc, i = ent.doc, ent.end
    if not (i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in _w("agreement.relative_pronouns")):
        return None
    return doc[i + 2]


def relative_title(ent: Span) -> list[Token]:
    """'X, who is Ghana's mines minister,', 'X, who serves as Foreign Minister of Cambodia,', 'X is Vice-Minister of
    Mines': the title a copular relative or main clause right after a name gives (the office verbs 'heads', 'chairs'
    have their own reading)."""
    verb = relative_verb(ent) or copula_after(ent)
    if verb is None:
        return []
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head  # "X, who was sworn in as president": the onset verb after its auxiliary
    lemma = verb.lemma_.lower()
    current = lemma in _w("officials.copular_office_verbs") and verb.tag_ != "VBD"  # 'who was ...': a former office
    if not (current or lemma in _w("officials.office_onset_verbs")):
        return []
    # "who was named head of research at X": the employer phrase the parser hangs on the verb is the title's
    employer = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _w("officials.employer_prepositions")]
    attrs = [c for c in verb.children if c.dep_ in ("attr", "oprd")]
    if attrs:  # 'Vice', '-', 'Minister' may each be read as an attribute
        return _with_employer(list(verb.doc[attrs[0].left_edge.i : attrs[-1].right_edge.i + 1]), employer)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _w("officials.copular_office_prepositions"):
            return _with_employer([x for o in c.children if o.dep_ == "pobj" for x in o.subtree], employer)
    return []


def _with_employer(title: list[Token], employer: list[Token]) -> list[Token]:
    """The title and, right after it, the employer phrase(s) hung on the verb ('at Tessera Economics')."""
    if not title:
        return title
    after = [x for p in employer if p.i > title[-1].i for x in p.subtree]
    return title + sorted(after, key=lambda x: x.i) if after and after[0].i == title[-1].i + 1 else title


def titlecase_honorific(t: Token, after: Token | None) -> bool:
    """'Engineer Khalid ...', 'General Asim ...': a profession or rank worn as a title only when capitalised
    and followed by a capitalised word, not opening an organisation's name ('engineers', 'General Motors' are none),
    nor completing the office before it ('Secretary-General', 'Director General', 'Attorney General')."""
    return (
        t.lower_ in _w("persons.titlecase_honorifics")
        and t.text[:1].isupper()
        and after is not None
        and after.text[:1].isupper()
        and not (t.ent_type_ == "ORG" and t.ent_iob_ == "B")  # an organisation's name opens with it
        and not completes_office(t)
    )


def completes_office(t: Token) -> bool:
    """'Secretary-General', 'Governor General', 'Consul General': a word that completes an office
    (``persons.post_head_words``) joined by a hyphen to the word before it, or after an office it completes
    (``persons.post_head_offices``), is part of that title, no rank of its own."""
    if t.lower_ not in _w("persons.post_head_words") or t.i == 0:
        return False
    before = t.doc[t.i - 1]
    hyphened = before.text == "-" and not before.whitespace_ and before.i > 0 and not t.doc[before.i - 1].whitespace_
    return hyphened or before.lower_ in _w("persons.post_head_offices")


def rest_of_office(t: Token) -> bool:
    """'-General', 'General' at the start of a PERSON span after 'Secretary' or 'Consul': the rest of the office
    before the name, no part of it."""
    hyphen = t.text == "-" and t.i + 1 < len(t.doc) and completes_office(t.doc[t.i + 1])
    return hyphen or completes_office(t)


def post_head_step(doc: Doc, k: int, end: int, heads: frozenset[str]) -> int:
    """'Director General', 'Director-General' (the hyphen a token of its own): how many tokens from ``k`` a word
    that completes the title before it takes (0 if none)."""
    hyphen = doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and k + 1 < end
    j = k + 1 if hyphen else k
    completed = doc[k - 1].lower_.rstrip(".") in heads or doc[k - 1].lower_ in _w("persons.post_head_words")
    completes = doc[j].lower_ in _w("persons.post_head_words") and completed  # "Chargé d'Affaires a.i. X"
    return j - k + 1 if completes else 0


def particle_after_name_word(doc: Doc, i: int, start: int, anchor: Callable[[Token], bool]) -> bool:
    """'the Universidad Mayor de San Andrés': a name opening with a particle ('von der Leyen') follows a title
    word, not a word inside another proper name (a capitalised word before it that is no title, body or state)."""
    if doc[start].lower_ not in _w("persons.name_particles") or i == 0 or not _capitalised(doc[i - 1]):
        return False
    x = doc[i - 1]
    known = _w("persons.portfolio_words", "persons.institution_words")
    titled = anchor(x) or x.lower_ in _title_words() or x.lower_ in known
    return not (titled or (x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of the public titles and their modifiers ('vice', 'prime' of 'prime minister')."""
    return role_word_parts("head", "modifier")
