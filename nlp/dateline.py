"""Datelines: the place, date and agency before a news lead, kept as metadata.

"MUMBAI, April 19 (Kyodo) - ", "PERTH (AFP) - ", "BRUSSELS -- ",
"BERLIN, Germany, Aug. 26, 2025 /CNW/ - ", "Riyadh, January 14, 2026, SPA -- " (an agency's bare
initials) and a paragraph that is only a place and a date ("Brussels, 13 June 2023") are not sentence
text: left in, they glue the place onto the lead's subject and the parser loses the lead's agreement.
They are recognised at ingestion and kept as ``Article.dateline`` (place, agency, date, character span);
the stored body keeps the text verbatim (so evidence quoting it still matches), and extraction parses the
body with the dateline blanked out.  A dateline a colon closes ("Manama, Sept. 23 (BNA): ", a capital
alone as in "Doha: ") is kept as metadata too, but its words stay in the parsed text: the colon already
parts it from the lead, and the place stays a mention of the story's state.  Month words come from
``cmkg.nlp.dates.month_numbers`` (the rule lexicon ``dates.months`` and the abbreviations of
``dates.json``); the patterns are shapes, not words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cmkg.core.gazetteer import gazetteer

__all__ = [
    "Dateline",
    "find_dateline",
    "find_later_datelines",
    "split_dateline",
    "blank_dateline",
    "blank_datelines",
    "FIRST_PARAGRAPHS",
]

FIRST_PARAGRAPHS = 2  # a dateline opens the body: look no further
_CAPS_WORD = r"[A-Z][A-Z'’.\-]+"
_NAME_WORD = r"[A-Z][\w'’.\-]*"
_AGENCY = r"(?:\((?P<agency>[A-Z][\w .&'’-]{0,40})\)|/(?P<wire>[A-Z][\w .&'’-]{0,40})/)"
_DASH = r"(?:--|[-–—])"
_BARE_AGENCY = r"(?:,\s*(?P<bare>[A-Z]{2,6}))"  # "Riyadh, January 14, 2026, SPA -- ": an agency's initials alone
_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]\s+")  # a numbered item of a digest


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str | None
    date: str | None
    paragraph: int = 0  # which paragraph opens with it
    length: int = 0  # its characters at the start of that paragraph


@cache
def _patterns() -> tuple[re.Pattern, ...]:
    from cmkg.nlp.dates import month_numbers

    words = month_numbers()  # full names and abbreviations ("Sept.")
    month = "(?i:" + "|".join(sorted({w[:3] for w in words} | set(words), key=len, reverse=True)) + r")[a-z]*\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    date = rf"(?:{month}\s+{day}(?:,?\s+\d{{4}})?|{day}\s+{month}(?:,?\s+\d{{4}})?)"
    region = rf"(?:,\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})?"
    date_year = rf"(?:{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{month},?\s+\d{{4}})"
    caps = re.compile(
        rf"^(?P<place>{_CAPS_WORD}(?:(?:\s+|/){_CAPS_WORD}){{0,3}}){region}(?:,?\s*(?P<date>{date}))?\s*{_AGENCY}?\s*{_DASH}\s+(?=\S)"
    )
    named = re.compile(
        rf"^(?P<place>{_NAME_WORD}(?:(?:\s+|/){_NAME_WORD}){{0,3}}){region}(?:,?\s*(?P<date>{date}))\s*{_AGENCY}?\s*{_DASH}\s+(?=\S)"
    )
    alone = re.compile(rf"(?P<date>{date})")
    # "Brussels, 13 June 2023 Today, ..." (a dateline line merged into the lead) and "Washington, D.C. - "
    dashless = re.compile(
        rf"^(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}){region},?\s*(?P<date>{date_year})\s+(?=[A-Z])"
    )
    regional = re.compile(
        rf"^(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}),\s*(?P<region>[A-Z][\w.]*)\s*{_DASH}\s+(?=\S)"
    )
    wired = re.compile(rf"^(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}){region},?\s*{_AGENCY}\s*{_DASH}\s+(?=\S)")
    # "Manama, Sept. 23 (BNA): ", "Riyadh, January 14, 2026, SPA -- ": a date with an agency, a colon or bare initials
    agency = rf"(?:\s*{_AGENCY}|{_BARE_AGENCY})"
    stated = re.compile(
        rf"^(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}),?\s*(?P<date>{date}){agency}\s*(?:{_DASH}|:)\s+(?=\S)"
    )
    # "Doha: The State of Qatar ...": a place alone before a colon, when it is a capital
    placed = re.compile(rf"^(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}):\s+(?=[A-Z])")
    return caps, named, alone, dashless, regional, wired, stated, placed


def _inline(text: str) -> tuple[Dateline, str] | None:
    caps, named, _, dashless, regional, wired, stated, placed = _patterns()
    for pattern in (caps, named, dashless, regional, wired, stated, placed):
        m = pattern.match(text)
        if m is None:
            continue
        place = m.group("place").strip()
        groups = m.groupdict()
        agency = groups.get("agency") or groups.get("wire") or groups.get("bare")
        if pattern is placed and gazetteer().capital_of(place) is None:
            continue  # "Summary: ...", "China: ..." (a label, a section's state), not a capital's dateline
        if pattern is caps and not (agency or groups.get("date")) and len(place.replace(" ", "")) < 4:
            continue  # "US - China ..." is a headline-ish sentence, not a dateline
        if pattern is regional and len(groups["region"].strip(".")) > 4 and "." not in groups["region"]:
            continue  # "Washington, D.C. -" and "Ottawa, ON -" but not "Japan, Australia - and ..."
        # a colon already parts the dateline from the lead: its words stay, a mention of the story's place
        end = 0 if m.group(0).rstrip().endswith(":") else m.end()
        dateline = Dateline(place, agency.strip() if agency else None, groups.get("date"), 0, end)
        return dateline, text[end:]
    return None


def _alone(text: str) -> Dateline | None:
    """A whole paragraph that is a place, a date and perhaps a publisher: 'Brussels, 13 June 2023'."""
    alone = _patterns()[2]
    m = alone.search(text)
    if m is None or len(text.split()) > 12 or text.rstrip().endswith((".", ":", ";", "?", "!")):
        return None
    rest = (text[: m.start()] + " " + text[m.end() :]).replace(",", " ").split()
    if not rest or not all(w[:1].isupper() for w in rest):
        return None
    place = re.split(r"\s*,\s*|\s{2,}", (text[: m.start()] or text[m.end() :]).strip(" ,"))[0]
    return Dateline(place.strip(), None, m.group("date"), 0, len(text))


def split_dateline(paragraphs: list[str]) -> tuple[Dateline | None, list[str]]:
    """The dateline of the first paragraphs and the paragraphs without it (for callers that cut it)."""
    dateline = find_dateline(paragraphs)
    out = list(paragraphs)
    if dateline is not None:
        k = dateline.paragraph
        out[k] = out[k][dateline.length :]
        out = [p for p in out if p.strip()]
    return dateline, out


def find_dateline(paragraphs: list[str]) -> Dateline | None:
    """The dateline opening one of the first paragraphs (paragraphs as stored, already stripped)."""
    for k, text in enumerate(paragraphs[:FIRST_PARAGRAPHS]):
        found = _alone(text) or (_inline(text) or (None, ""))[0]
        if found is not None:
            return Dateline(found.place, found.agency, found.date, k, found.length)
    return None


def find_later_datelines(paragraphs: list[str], first: Dateline | None) -> list[Dateline]:
    """Datelines opening later paragraphs ("TOKYO, May 2 (Kyodo) - " of a second story in a roundup).

    Past the opening paragraphs only a dateline with an agency, or an all-capitals place and a date,
    counts: "NOTE TO EDITORS - " and "On Monday, May 5 - " are no datelines.  A digest's numbered item counts
    from the first paragraph on when its all-capitals place is a state or a capital ("3. LIBREVILLE - ").
    """
    start = first.paragraph + 1 if first is not None else FIRST_PARAGRAPHS
    out = []
    for k in range(first.paragraph + 1 if first is not None else 0, len(paragraphs)):
        number = _ITEM_NUMBER.match(paragraphs[k])
        skip = number.end() if number else 0
        found = (_inline(paragraphs[k][skip:]) or (None, ""))[0]
        # a digest's numbered item ("3. LIBREVILLE - Ore deadline stands"), from the first: a number and a place
        # in capitals that is a state or a capital ("2. RARE EARTHS - China added ..." is a heading)
        itemised = bool(number) and found is not None and found.place.isupper() and _known_place(found.place)
        later = k >= start and found is not None and (found.agency or (found.date and found.place.isupper()))
        if itemised or later:
            out.append(Dateline(found.place, found.agency, found.date, k, skip + found.length))
    return out


def _known_place(place: str) -> bool:
    return gazetteer().resolve_country(place) is not None


def blank_dateline(body: str, span: tuple[int, int] | None) -> str:
    """The body with its dateline turned to spaces: the parser never sees it, offsets stay valid."""
    if span is None:
        return body
    start, end = span
    return body[:start] + " " * (end - start) + body[end:]


def blank_datelines(body: str, spans: list[tuple[int, int]]) -> str:
    """The body with every dateline turned to spaces."""
    for span in spans:
        body = blank_dateline(body, span)
    return body
