"""Where an official's title ends and the name begins, read over open-ended portfolio tails.

Split from ``title_tokens`` (token tests for titles) so each stays small: the last portfolio of a comma series
('of Foreign Affairs, International Trade and Worship'), a courtesy style that closes a tail the portfolio list
does not know ('for Trade Negotiations Mr. X'), and the style inside a name read backwards.  Round 52: what a
plural title governs before its list of names ('The governors of the three lithium provinces, A of X, B of Y'; each
name's own place after it), a plural portfolio word ('Energies'), a place word opening the next listed name ('and
Sofia Rahman'), and the portfolio after a dangling link ('the Head of Strategic Command, General X').
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.sentence_runs import capitalised as _capitalised
from cmkg.nlp.role_words import role_words
from cmkg.nlp.rules import words as _w

MAX_BODY_WORDS = 6  # 'of the three lithium provinces'

__all__ = [
    "plural_head",
    "portfolio_word",
    "body_link",
    "after_listed_name",
    "common_body_start",
    "common_body_end",
    "place_after_name",
    "after_dangling_portfolio",
    "after_inner_style",
    "post_of_mission",
    "body_article",
    "copula_after",
    "last_of_series",
    "office_copula",
    "tail_before_acronym",
    "tail_before_honorific",
    "tail_before_name",
]


def last_of_series(doc: Doc, k: int, end: int, anchor: Callable[[Token], bool]) -> int:
    """'of Foreign Affairs, International Trade and Worship, X': after 'and' that closes a series of portfolios, up
    to two capitalised words the list does not know, then a comma or a linked state ('of Morocco'), are the
    series' last portfolio (``k`` if not)."""
    if doc[k].lower_ not in _w("persons.list_joiners") or doc[k - 1].lower_ not in _w("persons.portfolio_words"):
        return k
    j = k + 1
    while j < min(end, k + 3) and _capitalised(doc[j]) and doc[j].ent_type_ != "PERSON" and not anchor(doc[j]):
        j += 1
    closed = j < end and (
        doc[j].text == "," or (doc[j].lower_ in _w("persons.title_links") and _state_after(doc, j, end))
    )
    return j if j > k + 1 and closed else _conjunct_before_name(doc, k, end, anchor)


def _conjunct_before_name(doc: Doc, k: int, end: int, anchor: Callable[[Token], bool]) -> int:
    """'of Foreign Affairs, International Trade and Worship Pablo X': 'and' that closes a comma series of
    portfolios is always followed by the series' last portfolio, so when a run of capitalised words follows it
    straight into a name, its first word (two when the first is an adjective: 'and Technical Supervision')
    ends the title and the rest, at least two words, is the name (``k`` when no comma series precedes)."""
    if not _comma_series(doc, k):
        return k
    j, words = k + 1, 0
    particles = _w("persons.name_particles")
    while j < min(end, k + 2 + MAX_NAME_AFTER_SERIES) and not anchor(doc[j]):
        if _capitalised(doc[j]):
            words += 1
        elif not (words >= 2 and (doc[j].lower_ in particles or doc[j].text == "-")):
            break  # "and Sanitation Konstantin von Ahlen": a particle inside the name
        j += 1
    if words < 3:
        return k
    adjective = doc[k + 1].tag_ == "JJ" and words >= 4
    return k + 3 if adjective else k + 2


def _comma_series(doc: Doc, k: int) -> bool:
    """A comma between two capitalised portfolio words before the 'and' at ``k``: 'Affairs, International Trade'."""
    portfolio = _w("persons.portfolio_words")
    for j in range(k - 1, max(0, k - 6), -1):
        if doc[j].text == ",":
            return doc[j - 1].lower_ in portfolio and _capitalised(doc[j + 1])
        if not _capitalised(doc[j]):
            return False
    return False


def _state_after(doc: Doc, j: int, end: int) -> bool:
    """'... and Worship of Morocco, X': a linked state right after the series closes it too."""
    k = j + 1
    while k < end and doc[k].lower_ in _w("officials.definite_article"):
        k += 1
    return k < end and doc[k].ent_type_ in ("GPE", "NORP") and bool(doc[k].ent_kb_id_)


MAX_TAIL_BEFORE_HONORIFIC = 4
MAX_NAME_AFTER_SERIES = 5


def tail_before_honorific(doc: Doc, k: int, end: int, honorific: Callable[[Token], bool]) -> int:
    """Index of the honorific that closes an open-ended portfolio tail at ``k``; ``k`` when none does.

    'Deputy Minister for Trade Negotiations Mr. X', 'Minister of Hydrocarbons and Biofuels Dr. X', 'Secretary for
    Overseas Workers Engr. X': a courtesy style marks where the name begins, so the capitalised words between a
    title link or portfolio word and the style finish the title, whether or not the portfolio list knows them.
    A joiner right before the style ('X and Mr. Y') coordinates two people, and closes nothing."""
    if k == 0 or doc[k - 1].lower_ not in _w("persons.title_links", "persons.portfolio_words"):
        return k
    j = k
    while j < end and j - k < MAX_TAIL_BEFORE_HONORIFIC and not honorific(doc[j]):
        inner = doc[j].lower_ in _w("persons.title_links") and j > k
        if not (_capitalised(doc[j]) or inner) or (doc[j].ent_type_ in ("GPE", "NORP") and doc[j].ent_kb_id_):
            return k
        j += 1
    named = j + 1 < end and (_capitalised(doc[j + 1]) or doc[j + 1].text == ".")
    closed = j < end and j > k and honorific(doc[j]) and doc[j - 1].lower_ not in _w("persons.list_joiners")
    return j if closed and named and _capitalised(doc[j - 1]) else k


MAX_TAIL_BEFORE_ACRONYM = 8


def tail_before_acronym(doc: Doc, k: int, end: int) -> int:
    """Index after the bracketed acronym that closes a body's name at ``k`` ('of Mineral Research and Exploration
    (MTA) X', 'of the National Geological Survey (NGS) X'); ``k`` when none does.  A body's acronym ends its
    name, so the capitalised words before it are the title's and a capitalised word after it starts the name,
    whether or not the portfolio list knows the body's words."""
    if k == 0 or doc[k - 1].lower_ not in _w("persons.title_links", "persons.portfolio_words"):
        return k
    j = k
    while j < end and j - k < MAX_TAIL_BEFORE_ACRONYM and doc[j].text != "(":
        inner = doc[j].lower_ in _w("persons.title_links") and j > k
        if not (_capitalised(doc[j]) or inner) or doc[j].ent_type_ == "PERSON":
            return k
        j += 1
    shut = j + 3 < end and j > k and doc[j + 1].is_upper and doc[j + 1].is_alpha and doc[j + 2].text == ")"
    return j + 3 if shut and _capitalised(doc[j + 3]) and _capitalised(doc[j - 1]) else k


def after_inner_style(doc: Doc, start: int, end: int, honorific: Callable[[Token], bool]) -> int:
    """Where a name read backwards from a comma begins: after the last courtesy style inside the run
    ('... and Quarries Dr. X, officials said' is X), else at ``start``."""
    inner = [j for j in range(start + 1, end - 1) if honorific(doc[j]) and _capitalised(doc[j - 1])]
    if not inner:
        return start
    j = inner[-1] + 1
    return j + 1 if j < end and doc[j].text == "." else j


def office_copula(t: Token) -> bool:
    """'is' in 'X is Deputy Minister of Lands': a present copula of office (``officials.copular_office_verbs``)
    between a name and its title, which stands where an apposition's comma would ('X, Deputy Minister of ...')."""
    return t.pos_ == "AUX" and t.tag_ in ("VBZ", "VBP") and t.lemma_.lower() in _w("officials.copular_office_verbs")


def copula_after(ent: Span) -> Token | None:
    """'X is Vice-Minister of Industry in the government of ...': the name is the subject of the verb right after
    it, a copula of office (``officials.copular_office_verbs``)."""
    verb = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    verb = verb.head if verb is not None and verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i else verb
    if verb is not None and any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return None  # "X was not appointed", "X could be appointed": no office held
    if verb is None or not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i for t in ent):  # 'von der'
        return None  # "X has been appointed Deputy Minister of ...": the onset verb after its auxiliaries
    return verb if verb.lemma_.lower() in _w("officials.copular_office_verbs", "officials.office_onset_verbs") else None


def body_article(doc: Doc, i: int, toks: list[Token]) -> bool:
    """'Chairman of the Committee of Geology X': the article at ``i`` of a capitalised body that the title word
    before its 'of' holds, read back from the name (``toks``: the title words after it so far)."""
    return (
        i >= 2
        and bool(toks)
        and toks[0].text[:1].isupper()
        and doc[i].lower_ in _w("officials.definite_article")
        and doc[i - 1].lower_ in _w("officials.title_of_word")
        and doc[i - 2].text[:1].isupper()
        and doc[i - 2].lower_ in role_words("head", "private")  # not "At the Summit of the ..."
    )


def tail_before_name(doc: Doc, k: int, end: int, honorific: Callable[[Token], bool]) -> int:
    """Where a title's open-ended tail at ``k`` ends before the name: at a courtesy style ('for Trade Negotiations
    Mr. X') or after a body's bracketed acronym ('of Mineral Research and Exploration (MTA) X'); ``k`` if neither."""
    return max(tail_before_honorific(doc, k, end, honorific), tail_before_acronym(doc, k, end))


MAX_BRACKETED_PORTFOLIO = 5  # "(Trade)", "(Middle East and Africa)"


def post_of_mission(doc: Doc, k: int, end: int) -> int:
    """How many words at ``k`` place a diplomat's title in the mission: a portfolio in brackets ('Minister (Trade)',
    'Counsellor (Economic Affairs)'), the mission itself after a host link ('at the Embassy', 'at the High
    Commission of Kenya', ``persons.mission_nouns``) or a world region after a title link ('for Southeast Asia',
    ``entities.world_regions``, which the model may tag as a person); the name begins after them (0 if none)."""
    if k > 0 and doc[k - 1].lower_ in _w("persons.title_links"):  # '... secretary of state for Southeast Asia'
        regions = _w("entities.world_regions")
        span = next((n for n in (3, 2, 1) if k + n <= end and doc[k : k + n].text.lower() in regions), 0)
        if span:
            return span
    if doc[k].text == "(":
        j = k + 1
        while j < min(end, k + 1 + MAX_BRACKETED_PORTFOLIO) and _bracket_word(doc[j], j > k + 1):
            j += 1
        return j + 1 - k if j > k + 1 and j < end and doc[j].text == ")" else 0
    if doc[k].lower_ not in _w("persons.host_links"):
        return 0
    j = k + 1
    while j < end and doc[j].lower_ in _w("officials.definite_article"):
        j += 1
    phrase = next((n for n in (2, 1) if " ".join(x.lower_ for x in doc[j : j + n]) in _w("persons.mission_nouns")), 0)
    if not phrase or j + phrase > end:
        return 0
    j += phrase
    if j + 1 < end and doc[j].lower_ in _w("syntax.of_prepositions"):  # 'of Kenya', however the tagger typed it
        place = j + 1
        while place < end and doc[place].lower_ in _w("officials.definite_article"):
            place += 1
        stop = place
        while stop < end and _capitalised(doc[stop]) and doc[stop].ent_type_ != "PERSON":
            stop += 1
        j = stop if stop > place else j
    return j - k


def _bracket_word(t: Token, inner: bool) -> bool:
    """A portfolio word inside the brackets: capitalised, not initials ('(MTA)' is the body's acronym)."""
    return (_capitalised(t) and not t.is_upper) or (inner and t.lower_ in _w("persons.title_links"))


def after_dangling_portfolio(doc: Doc, k: int, start: int, end: int) -> int:
    """'the National Coordinator of Salt Flats, Ximena Lagos Urrutia', 'the Head of Strategic Command, General X': a
    title ending on its link word takes the capitalised run after it as its portfolio, not a name, when the model
    tags no word of it a person and a comma and another capitalised word follow (the holder's name, apposed): the
    name starts after the comma.  ``start`` otherwise."""
    if start != k or k == 0 or doc[k - 1].lower_ not in _w("persons.title_links"):
        return start
    j = k
    while j < min(end, k + MAX_BODY_WORDS) and _capitalised(doc[j]) and doc[j].ent_type_ != "PERSON":
        j += 1
    comma = j > k and j + 1 < end and doc[j].text == ","
    return j + 1 if comma and _capitalised(doc[j + 1]) else start


def place_after_name(doc: Doc, k: int, end: int) -> int:
    """Index after a name's place ('of Catamarca', 'from Jujuy', 'of the Congo') at ``k`` in a list of officials, up
    to the list's next joiner or its end, else ``k``: the one reader of a listed name's place."""
    if k + 1 >= end or doc[k].lower_ not in _w("officials.counterpart_origin_prepositions"):
        return k
    opening = k + 1 + (doc[k + 1].lower_ in _w("officials.definite_article"))  # "X of the Democratic Republic of ..."
    j = opening
    while j < end and doc[j].ent_type_ in ("GPE", "LOC"):
        j += 1
    if j == opening < end and not doc[j].ent_type_ and doc[j].pos_ == "PROPN" and _capitalised(doc[j]):
        j += 1  # "Gerardo Morales of Jujuy": a province the model left untagged, one word
    listed = j < end and doc[j].lower_ in _w("persons.list_joiners")
    return j if j > opening and (listed or j == end) else k


def common_body_end(doc: Doc, k: int, end: int) -> int:
    """'The governors of the three lithium provinces, A, B and C': after a plural title, a link opening a phrase of
    common words up to a comma names what they govern (``officials.governed_units``: provinces, countries, not
    'the heads of the two companies, A and B'); the names start after the comma.  ``k`` if no such phrase."""
    if k >= end or doc[k].lower_ not in _w("persons.title_links"):
        return k
    j = k + 1
    while j < min(end, k + MAX_BODY_WORDS) and not _capitalised(doc[j]) and doc[j].text != ",":
        j += 1
    if j == k + 1 or not {doc[j - 1].lower_, doc[j - 1].lemma_.lower()} & _w("officials.governed_units"):
        return k
    return j + 1 if j > k + 1 and j + 1 < end and doc[j].text == "," and _capitalised(doc[j + 1]) else k


def common_body_start(doc: Doc, comma: int, anchor: Callable[[Token], bool]) -> int | None:
    """The plural title word whose phrase of common words ends at ``comma`` ('The governors of the three lithium
    provinces, A, B and C'), or None."""
    for a in range(comma - 2, max(-1, comma - MAX_BODY_WORDS - 2), -1):
        if doc[a].tag_ == "NNS" and anchor(doc[a]) and common_body_end(doc, a + 1, len(doc)) == comma + 1:
            return a
    return None


def after_listed_name(doc: Doc, k: int) -> bool:
    """``k`` follows a list joiner right after a name ('A, B and Sofia Rahman': a proper noun that names no known
    place, whatever label the model gave it): a place word there opens the next name, not a title's place."""
    before = doc[k - 2] if k > 1 else None
    name = before is not None and (before.ent_type_ == "PERSON" or (before.pos_ == "PROPN" and not before.ent_kb_id_))
    return name and doc[k - 1].lower_ in _w("persons.list_joiners")


def portfolio_word(t: Token) -> bool:
    """A portfolio word (``persons.portfolio_words``), or its plural ('Energies', 'Industries'), however tagged."""
    low, portfolio = t.lower_, _w("persons.portfolio_words")
    singular = low[:-3] + "y" if low.endswith("ies") else low.removesuffix("s")
    return low in portfolio or singular in portfolio or t.lemma_.lower() in portfolio


def body_link(doc: Doc, k: int) -> bool:
    """A title link that opens the body the office sits in ('Executive Director in the Ministry of Mines', 'Minister
    in the Presidency') links only to such a body (``persons.body_links``, ``persons.linked_bodies``): 'Finance
    Minister in the Ramaphosa administration', 'the President in the 1990s' end their titles before it; any other
    link word always links."""
    if doc[k].lower_ not in _w("persons.body_links"):
        return True
    after = [x for x in doc[k + 1 : k + 3] if x.lower_ not in _w("officials.definite_article")][:1]
    return bool(after) and after[0].text[:1].isupper() and after[0].lower_ in _w("persons.linked_bodies")


def plural_head(t: Token, heads: frozenset[str]) -> bool:
    """'Senators', and 'Ministers' of 'the Foreign Ministers of A and B', which the tagger reads as a singular
    proper noun; not the members a body is named after ('the Council of Ministers', 'the Cabinet of Ministers')."""
    low = t.lower_.rstrip(".")
    if not low.endswith("s") or low[:-1] not in heads:
        return False
    body = t.i > 0 and t.doc[t.i - 1].lower_ in _w("persons.title_links")
    return t.tag_ in ("NNS", "NNPS") or (t.tag_ == "NNP" and not body)
