"""Name forms the tokenizer cuts or the name tests miss: an initial glued to the name ('Ts.Batbayar').

Mongolian official style writes the patronymic initial glued to the given name with a stop ('B.Enkhbold',
'Ts.Batbayar', 'Kh.Nyamdorj'); other languages glue initials the same way ('K.R.Venkatesan').  spaCy keeps a
one-letter initial whole ('B.Enkhbold') but cuts a two-letter one at the stop ('Ts' '.' 'Batbayar'), as it
cuts a missing space between sentences; the model then tags 'Ts' alone as the person.  Before the model runs,
a glued initial from ``persons.glued_initials`` is merged back with its name, so both forms are one token;
such a token stands for two words of a name (the initial and the name), where the name tests count words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from cmkg.core.resources import load_json
from cmkg.nlp.components.sentence_runs import capitalised as _capitalised
from cmkg.nlp.dates import month_numbers
from cmkg.nlp.role_words import role_word_parts
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "after_firm_name",
    "past_firm_names",
    "initialled_given_name",
    "merge_glued_initials",
    "spaced_initial",
    "merge_initial_forms",
    "peer_name_end",
    "leaves_shouted_run",
    "capitalised_after_links",
    "subnational_at",
    "glued_initial_name",
    "name_onset",
    "name_word",
    "name_word_count",
    "NAME_WORD",
    "unshouted",
    "body_possessor",
    "past_apposed_title",
]


class _Holder(Protocol):
    role: str | None
    private: bool


H = TypeVar("H", bound=_Holder)

CLOSED_CLASS = frozenset({"ADP", "DET", "PRON", "SCONJ", "CCONJ", "AUX", "PART"})

NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)+")  # O'Connell, N'Diaye
# 'B.Enkhbold', 'Ts.Batbayar', 'K.R.Venkatesan', 'D.Oyun' (of 'D.Oyun-Erdene'): initials then a name
GLUED_INITIAL_NAME = re.compile(r"(?:[A-Z][a-z]?\.)+[A-Z][^\W\d_A-Z]+")
INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")  # 'H.D.' of 'H.D. Kumaraswamy': given names as one token of initials


def _initial_at_start(t: Token) -> bool:
    return t.i == 0 or bool(t.doc[t.i - 1].whitespace_) or not t.doc[t.i - 1].is_alpha


def _initial(t: Token) -> bool:
    """A capital letter, or a two-letter initial of the list ('Ts', 'Kh', 'Sh'), opening a word."""
    single = len(t.text) == 1 and t.text.isupper()
    return _initial_at_start(t) and (single or t.text in _w("persons.glued_initials"))


def merge_glued_initials(doc: Doc) -> Doc:
    """'Ts' '.' 'Batbayar' -> 'Ts.Batbayar': a glued initial, its stop and a capitalised name are one word."""
    spans = []
    for i in range(len(doc) - 2):
        a, stop = doc[i], doc[i + 1]
        if (
            stop.text == "."
            and not a.whitespace_
            and not stop.whitespace_
            and _initial(a)
            and GLUED_INITIAL_NAME.fullmatch(doc[i : i + 3].text) is not None
        ):
            spans.append(doc[i : i + 3])
    spans += _spaced_initials(doc, {s.start for s in spans})
    if spans:
        with doc.retokenize() as retokenizer:
            for span in filter_spans(spans):
                retokenizer.merge(span)
    return doc


def _spaced_initials(doc: Doc, taken: set[int]) -> list[Span]:
    """'Ts' '.' before a spaced name ('Governor Ts. Oyunchimeg'), 'Ma' '.' ('Sen. Ma. Corazon Reyes'): a two-letter
    initial or an abbreviated given name (``persons.given_name_abbreviations``) keeps its stop, as 'B.' does."""
    forms = _w("persons.glued_initials", "persons.given_name_abbreviations")
    return [
        doc[i : i + 2]
        for i in range(len(doc) - 2)
        if i not in taken
        and doc[i].text in forms
        and doc[i + 1].text == "."
        and not doc[i].whitespace_
        and doc[i + 1].whitespace_
        and doc[i + 2].text[:1].isupper()
        and doc[i + 2].is_alpha
        and _initial_at_start(doc[i])
        and _opens_name(doc, i)
    ]


def _opens_name(doc: Doc, i: int) -> bool:
    """The initial opens a name: no capitalised name word before it ('Jack Ma. Commerce Minister X' ends a
    sentence), unless that word is a title's or a style's, and no title word right after its stop."""
    parts = role_word_parts("head", "modifier")
    prev = doc[i - 1] if i > 0 else None
    titles = parts | _w("persons.portfolio_words")  # 'Minister of Industry and Mineral Resources Ts. X'
    after_name = prev is not None and prev.is_alpha and prev.text[:1].isupper() and prev.lower_ not in titles
    after_name = after_name and prev.lower_.rstrip(".") not in _w("persons.honorifics")
    titled = any(x.lower_ in parts or x.lower_ in _w("persons.portfolio_words") for x in doc[i + 2 : i + 4])
    return not after_name and not titled  # 'said Yu. Commerce Minister X': a sentence's end, then a title


def spaced_initial(t: Token) -> bool:
    """'Ts.', 'Ma.': a two-letter initial or abbreviated given name kept whole with its stop."""
    return t.text.endswith(".") and t.text[:-1] in _w("persons.glued_initials", "persons.given_name_abbreviations")


def glued_initial_name(t: Token) -> bool:
    """'Ts.Batbayar', 'B.Enkhbold': one token holding initials and a name."""
    return GLUED_INITIAL_NAME.fullmatch(t.text) is not None


def name_word(t: Token) -> bool:
    """A word of a name: letters, an initial ('R.', 'K.', 'H.D.'), or initials glued to a name ('Ts.Batbayar')."""
    return (
        t.is_alpha
        or bool(NAME_WORD.fullmatch(t.text))
        or (len(t.text) == 2 and t.text[0].isupper() and t.text[1] == ".")
        or bool(INITIALS.fullmatch(t.text))
        or spaced_initial(t)
        or glued_initial_name(t)
    )


def name_word_count(tokens: Iterable[Token]) -> int:
    """How many words of a name ``tokens`` hold: a glued initial and its name are two ('Minister Ts.Batbayar')."""
    return sum(2 if glued_initial_name(t) else 1 for t in tokens)


def name_onset(t: Token) -> bool:
    """A capitalised word that may be part of a name read backwards from an apposed title.  A closed-class word
    capitalised only because it opens the sentence is none where it governs what follows or what follows is no
    name ('In Bali, Coordinating Minister X', 'With Tshisekedi, Minister Y', 'On Monday I, Minister Z'), but
    opens one before a name it does not govern ('An Duk-geun', 'Do Duc Duy', 'To Lam'); a month or weekday is
    none where a preposition takes it or it ends the name ('On Tuesday, Minister X', 'Last Tuesday, ...'), but
    opens one before a surname ('June Nakamura', 'Monday Okafor')."""
    if t.tag_ == "PRP$":
        return False  # 'His Royal Highness X, Crown Prince': a possessive opens an honorific, never a name
    if _date_word(t):
        return t.dep_ != "pobj" and _name_follows(t) and not _date_word(t.doc[t.i + 1])
    if t.pos_ in CLOSED_CLASS:
        return _name_follows(t) and _ungoverned(t.doc[t.i + 1], t)
    return True


def _name_follows(t: Token) -> bool:
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is not None and nxt.is_alpha and nxt.text[:1].isupper()


def _ungoverned(nxt: Token, t: Token) -> bool:
    """The word after a closed-class ``t`` is no place, date or body, and no person ``t`` takes as its object."""
    if nxt.ent_type_ and nxt.ent_type_ != "PERSON":
        return False
    return not (nxt.ent_type_ == "PERSON" and nxt.head == t)


def _date_word(t: Token) -> bool:
    """A month or weekday name (the date tables), or a number: 'Last Tuesday, Minister X'."""
    low = t.lower_.rstrip(".")
    return t.like_num or low in month_numbers() or low in load_json("rules", "dates.json")["weekdays"]


SHOUTED_WORDS = 2  # letters-only words of 2+ letters in capitals: fewer is an acronym ('ESDM'), not a shouted line


def unshouted(words: list[str]) -> list[str]:
    """A line set in capitals ('THE HON MADELEINE KING MP', 'MINISTER FOR RESOURCES') in the case a reader
    expects; a name or title with lower-case letters, or one acronym, is left as it is."""
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    if sum(len(w) > 1 for w in lettered) < SHOUTED_WORDS or not all(w.isupper() for w in lettered):
        return words
    particles = _w("persons.name_particles")
    return [w.lower() if w.lower() in particles else _LETTER_RUN.sub(lambda m: m[0].capitalize(), w) for w in words]


_LETTER_RUN = re.compile(r"[^\W\d_]+")  # 'MARSHALL-CHIEF' -> 'Marshall-Chief', "O'CONNELL" -> "O'Connell"


_INITIAL = re.compile(r"[A-Z][a-z]?\.|[A-Z]")  # 'T.', 'Ts.', 'M': a given or patronymic name cut to its first letters


def _parts(name: str) -> tuple[list[str], list[str], str]:
    """A name's given words, its initials and its last word: 'D.Oyunbileg' -> ([], ['D'], 'oyunbileg')."""
    words = [w for piece in name.split() for w in re.findall(r"[A-Z][a-z]?\.|[^.\s]+", piece)]
    given = words[:-1]
    return (
        [w.casefold() for w in given if not _INITIAL.fullmatch(w)],
        [w.rstrip(".").casefold() for w in given if _INITIAL.fullmatch(w)],
        words[-1].casefold() if words else "",
    )


def _same_person(short: str, full: str) -> bool:
    """'Rosalinda T. Macasaet' and 'Rosalinda Macasaet', 'D.Oyunbileg' and 'Dashdorj Oyunbileg', 'M Mahlaule' and
    'Mikateko Mahlaule': one last word, and every given word of each form is a given word of the other or opens
    with one of its initials."""
    (wa, ia, la), (wb, ib, lb) = _parts(short), _parts(full)
    if la != lb or not (ia or ib) or not (wa or wb):
        return False
    return all(w in wb or any(w.startswith(i) for i in ib) for w in wa) and all(
        w in wa or any(w.startswith(i) for i in ia) for w in wb
    )


def _fullness(name: str) -> tuple[int, int]:
    words, initials, _last = _parts(name)
    return len(words), -len(initials)


def merge_initial_forms(people: dict[str, H]) -> dict[str, H]:
    """One person written with and without initials in one text ('USEC. ROSALINDA T. MACASAET' in a heading,
    'Undersecretary Rosalinda Macasaet' in the prose; 'Vice Minister D.Oyunbileg' after 'Mr. Dashdorj
    Oyunbileg'): the form with the most written-out words, and fewest initials, is the name; it keeps its own
    role and gains one it lacks. A form that two other names could be stays apart."""
    out = dict(people)
    for name in sorted(people, key=_fullness):
        matches = [other for other in out if other != name and _same_person(name, other)]
        if len(matches) != 1 or _fullness(matches[0]) <= _fullness(name):
            continue
        holder, person = out[matches[0]], out.pop(name)
        holder.role = holder.role or person.role
        holder.private = holder.private and person.private
    return out


def leaves_shouted_run(doc: Doc, start: int, j: int) -> bool:
    """'ROSALINDA T. MACASAET Malacañang Press Briefing Room': a name set in capitals (two words or more) ends
    where the words turn to mixed case; a heading's name runs into the next line once ingestion joins them.
    One word in capitals before mixed case is a family name ('WANG Jianguo', 'TAKEDA Haruto'), and stays."""
    t = doc[j]
    if t.is_upper or not t.text[:1].isupper():
        return False
    return sum(x.is_upper and len(x.text.rstrip(".")) > 1 for x in doc[start:j]) >= SHOUTED_WORDS


MAX_PEER_PLACE_WORDS = 3  # 'of Kestle', 'of Brixton in the London Borough of Lambeth' is cut to its first words


def peer_name_end(doc: Doc, i: int, end: int) -> int:
    """Index after a peer's name at ``i`` ('Lord Harwood of Kestle', 'Baroness Penrose-Adeyemi'), else ``i``.

    A peerage style (``persons.peerage_styles``) is part of the name a peer is known by, unlike a courtesy style:
    the style, the title name (one capitalised word, hyphenated or not) and an optional territorial
    designation ('of' and up to three capitalised words that name no state)."""
    if i + 1 >= end or doc[i].lower_ not in _w("persons.peerage_styles") or not doc[i].text[:1].isupper():
        return i
    j = i + 1
    if not (doc[j].is_alpha and doc[j].text[:1].isupper()) or doc[j].ent_type_ in ("GPE", "NORP"):
        return i
    j += 1
    while j + 1 < end and doc[j].text == "-" and not doc[j].whitespace_ and doc[j + 1].is_alpha:
        j += 2  # 'Penrose-Adeyemi'
    if j < end and doc[j].is_alpha and doc[j].text[:1].isupper():
        return i  # 'Baroness Amara Okonjo': a given name and a surname, the common reading
    if j + 1 < end and doc[j].lower_ in _w("officials.title_of_word") and _place_words(doc, j + 1, end):
        j += 1 + _place_words(doc, j + 1, end)
    return j


def _place_words(doc: Doc, k: int, end: int) -> int:
    n = 0
    while k + n < end and n < MAX_PEER_PLACE_WORDS and doc[k + n].is_alpha and doc[k + n].text[:1].isupper():
        if doc[k + n].ent_type_ in ("GPE", "NORP") and doc[k + n].ent_kb_id_:
            return 0  # 'Lord X of Britain' is no designation but a state
        n += 1
    return n


def capitalised_after_links(doc: Doc, i: int, end: int) -> bool:
    """The first word after any title links ('the', 'of') from ``i`` is capitalised: a title goes on."""
    while i < end and doc[i].lower_ in _w("persons.title_links"):
        i += 1
    return i < end and _capitalised(doc[i])


def subnational_at(doc: Doc, i: int) -> bool:
    """A state or province (``officials.subnational_places``) starts at ``i``: 'of Western Australia'."""
    places = rules().table("officials.subnational_places")
    return any(doc[i : i + n].text in places for n in range(1, 5))


def body_possessor(doc: Doc, end: int) -> bool:
    """'the Chilean Lithium Producers' Council': a run of names ending in a plural, followed by a plural's
    possessive mark (the bare apostrophe) and an institution word, is the possessor in a body's name, not a person
    ('President X's office' and 'President Marcos' office' are a person's)."""
    after = doc[end : end + 2]
    marks = {m for m in _w("entities.possessive_marks") if not m.lower().endswith("s")}
    # 'Producers' Council', 'Exporters' Council' (a member plural the tagger may read as a name), not 'Marcos' office'
    members = _w("officials.private_body_words", "officials.legal_form_words")
    plural = end > 0 and (doc[end - 1].tag_ in ("NNS", "NNPS") or doc[end - 1].lower_ in members)
    return plural and len(after) == 2 and after[0].text in marks and after[1].lower_ in _w("persons.institution_words")


MAX_APPOSED_TITLE = 12  # tokens of a title set off after a name


def past_apposed_title(doc: Doc, i: int) -> int:
    """The token after a name that ends at ``i``, past a comma and past a title set off by commas ('X, Minister of
    Mining and Energy, signed for Y'): where the name's own verb may stand."""
    if i >= len(doc) or doc[i].text != ",":
        return i
    close = next((k for k in range(i + 1, min(len(doc), i + MAX_APPOSED_TITLE)) if doc[k].text == ","), None)
    titled = close is not None and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ != "VERB"
    return close + 1 if titled else i + 1


def after_firm_name(doc: Doc, start: int, end: int) -> int:
    """'Kafue Metals Co. Joseph Phiri', 'Director of Hanseong Resources Co. Lee X': a name run that holds a firm's
    legal form before its last two words starts after it (``officials.legal_form_words``); a run that closes on
    one ('Andes Copper Corp') is a firm's name, with no name after it (``end``)."""
    forms = _w("officials.legal_form_words")  # an abbreviation ('Co.', 'LLC'), not 'Minister of State Holdings X'
    if end - start > 1 and doc[end - 1].lower_.rstrip(".") in forms:
        return end
    firm = [k for k in range(start, end - 2) if doc[k].lower_ in forms and (doc[k].text[-1] == "." or doc[k].is_upper)]
    return firm[-1] + 1 if firm else start


def past_firm_names(doc: Doc, names: list[Span]) -> list[Span]:
    """The names with a firm's name before them cut off, and runs that are a firm's name dropped."""
    return [Span(doc, a, n.end, label="PERSON") for n in names if (a := after_firm_name(doc, n.start, n.end)) < n.end]


def initialled_given_name(name: str, fulls: list[str]) -> list[str]:
    """'Prime Minister L.Oyun-Erdene' after 'Oyun-Erdene Luvsannamsrai': a Mongolian name written as the initial of
    the patronymic, a dot and the given name is the full name that opens with that given name and whose last word
    opens with that initial."""
    initial, _, given = name.casefold().partition(".")
    if len(initial) != 1 or not given:
        return []
    return [
        f
        for f in fulls
        if len(f.split()) > 1 and f.casefold().split()[0] == given and f.casefold().split()[-1][:1] == initial
    ]
