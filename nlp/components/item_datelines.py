"""Roundups whose items carry their own datelines ('3. LIBREVILLE - Ore deadline stands') or sit under a heading
that is a state's name alone ('MALAYSIA', 'Viet Nam:').

Each such item is a story of its own: its place, not the state the whole page names most, is where an office
or a measure the item leaves unowned belongs, and what 'the country' or 'it' means.  The datelines are found at
ingestion (``cmkg.nlp.dateline``) and handed over as ``doc._.cmkg_item_datelines`` (the start of each item and its
place).  A live page's time-stamped posts ('10:15 - ...') are items too, whose place is the page's.  A digest's state
headings are read here, off the text's paragraphs: a paragraph that is nothing but a
state's name, with prose under it, on a page with at least two of them (one such line is a kicker or a tag).  A
law firm's or a digest's numbered heading that labels its topic with a state ('2. Chile: Codelco and SQM') is one
too (round 52).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.doc_text import paragraphs
from cmkg.nlp.ingest.paragraph_lines import timestamped
from cmkg.nlp.rules import words as _w

__all__ = ["dateline_home", "item_homes", "item_home", "live_posts", "state_sections"]


_KEY = ("cmkg", "item_homes")
_SECTIONS_KEY = ("cmkg", "state_sections")
_POSTS_KEY = ("cmkg", "live_posts")
_HEADING_WORDS = 5  # 'Democratic Republic of the Congo'; a longer paragraph is prose or a title
_MIN_SECTIONS = 2
_WORDS = re.compile(r"[A-Za-z]+")
_PROSE_WORDS = 6  # the item under a heading opens with a sentence, not another short line
_LABELLED_HEADING_WORDS = 10  # "1. Argentina: the RIGI becomes law"
_ENUMERATOR = re.compile(r"^(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-z][.)]|[IVX]{1,4}\.)\s+")  # '2.', '(b)', 'IV.'


def dateline_home(doc: Doc) -> str | None:
    """The state of the lead dateline's place, if the gazetteer knows it (a capital or a country name)."""
    dateline = doc._.cmkg_dateline
    return gazetteer().resolve_country(dateline[0]) if dateline else None


def item_homes(doc: Doc) -> list[tuple[int, str | None]]:
    """(start char, state of the item's place) of each datelined or state-headed item, in page order."""
    return _per_doc(doc, _KEY, _homes)


def _homes(doc: Doc) -> list[tuple[int, str | None]]:
    resolve = gazetteer().resolve_country
    dated = [(start, resolve(place)) for start, place in doc._.cmkg_item_datelines or ()]
    return sorted(dated + state_sections(doc) + live_posts(doc))


def live_posts(doc: Doc) -> list[tuple[int, None]]:
    """(start char, None) of each post of a live page that puts its newest post first ('10:15 - ...' above
    '09:30 - ...'): each post is its own story, and the one above it told a later one, so nothing it said stands
    behind the next post's 'the leaders' or 'it'; the page's place stays, and the first post goes on from the
    untimed intro above it.  A page that runs oldest first goes on from post to post ('11:52 - Beijing will pause
    ...', '12:15 - The April licences ...')."""
    return _per_doc(doc, _POSTS_KEY, _newest_first_posts)


def _newest_first_posts(doc: Doc) -> list[tuple[int, None]]:
    stamped = [(m.start(), timestamped(m.group())) for m in paragraphs(doc)]
    posts = [(start, clock) for start, clock in stamped if clock is not None]
    falls = sum(later < earlier for (_, earlier), (_, later) in zip(posts, posts[1:], strict=False))
    newest_first = len(posts) >= _MIN_SECTIONS and falls * 2 > len(posts) - 1
    # the first post goes on from the page's untimed intro ('The presidents of A and B are meeting today')
    return [(start, None) for start, _ in posts[1:]] if newest_first else []


def state_sections(doc: Doc) -> list[tuple[int, str | None]]:
    """(start char, state) of each paragraph that is only a state's name ('INDONESIA', 'Viet Nam:') and is followed
    by prose, when the page has at least two and no state twice.  A capital is a dateline or a market's heading, a
    run of one-line paragraphs a menu, and a name that comes back, or one over a turn in the first person, a
    transcript's speaker ('CHAD')."""
    return _per_doc(doc, _SECTIONS_KEY, lambda d: _sections(paragraphs(d)))


def _per_doc(doc: Doc, key: tuple[str, str], read: Callable[[Doc], list]) -> list:
    """One reading per document, kept in its user data: every sentence of the page asks for the same items."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = read(doc)
    return found


def _sections(paras: list[re.Match[str]]) -> list[tuple[int, str | None]]:
    out: list[tuple[int, str | None]] = []
    spoken = False
    for m, after in zip(paras, [*paras[1:], None], strict=True):
        code = _heading_state(m.group())
        if code and after is not None and len(after.group().split()) >= _PROSE_WORDS:
            out.append((m.start(), code))
            spoken = spoken or _first_person(after.group())
    codes = [code for _, code in out]
    return out if len(out) >= _MIN_SECTIONS and len(set(codes)) == len(codes) and not spoken else []


def _first_person(text: str) -> bool:
    """'I'd add that ...': a speaker's turn, so the one-line paragraphs are speakers' names ('CHAD', 'JORDAN')."""
    return any(w == w.upper() and w.lower() in _w("agreement.speaker_pronouns") for w in _WORDS.findall(text))


def _heading_state(text: str) -> str | None:
    line = _ENUMERATOR.sub("", text.strip())
    label, colon, topic = line.partition(":")
    if topic.strip() and (len(line.split()) > _LABELLED_HEADING_WORDS or line.endswith(".")):
        return None  # "Chile: the Minister said ...": prose after a label, no heading
    name = (label if topic.strip() else line.rstrip(":")).strip()  # "2. Chile: Codelco and SQM": the label
    if not 0 < len(name.split()) <= _HEADING_WORDS or not name[:1].isupper():
        return None
    g = gazetteer()
    return None if g.capital_of(name.title()) or g.capital_of(name) else g.resolve_country(name)


def item_home(doc: Doc, token: int) -> str | None:
    """The state of the datelined item that holds token ``token``, if the page has such items."""
    char = doc[token].idx
    posts = {start for start, _ in live_posts(doc)}  # a live post names no place of its own
    opened = [code for start, code in item_homes(doc) if start <= char and start not in posts]
    return opened[-1] if opened else None
