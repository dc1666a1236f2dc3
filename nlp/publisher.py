"""The government that published an article, read from its URL.

An official release (meti.go.jp, industry.gov.au, state.gov, ec.europa.eu)
speaks for its government: an official it names with no country ("Minister
Ahn", "Under Secretary Jose W. Fernandez") most likely serves it.  A host
with a government label (``officials.government_host_labels``: gov, go,
gob, gouv...) under a country-code domain names that country; a few
top-level domains and hosts are tables (``officials.government_tlds``,
``officials.government_hosts``).  News sites name no government.

A page with no URL (a scraped dump, an HTML file saved without its address)
still says whose page it is in its furniture: the masthead above the headline
("European Commission | Press corner", "Ministry of Foreign Affairs of the
Republic of Kazakhstan"), the copyright and address lines of the footer
("(c) Commonwealth of Australia", "Address: ..., Republic of Korea").  A
masthead or footer segment with a government-body word
(``officials.government_body_nouns``, ``agreement.government_nouns``) makes the
page a government's; the state is the one state such segments name, else the
one state the other masthead and footer segments name.  A news masthead
("South China Herald") has no government word and names no publisher; menu
items ("Home | China | World") and teaser headlines are no evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.rules import rules

__all__ = ["publisher_country", "page_government", "page_furniture"]


def publisher_country(url: str | None) -> str | None:
    """ISO alpha-3 (or EU) of the government whose site ``url`` is on; None for any other site."""
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    labels = host.split(".")
    if len(labels) < 2:
        return None
    for suffix, code in rules().table("officials.government_hosts").items():
        if host == suffix or host.endswith("." + suffix):
            return code
    tld = labels[-1]
    if tld in rules().table("officials.government_tlds"):
        return rules().table("officials.government_tlds")[tld]
    if not set(labels[:-1]) & rules().words("officials.government_host_labels"):
        return None
    by_iso2 = {c.iso2.lower(): c.code for c in gazetteer().countries.values() if c.iso2}
    return by_iso2.get(rules().table("officials.country_code_domains").get(tld, tld))


@cache
def _state_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over the states' names (not demonyms, capitals or all-capital abbreviations like 'US', which
    a menu's 'ABOUT US' would match)."""
    forms = {
        f: code
        for f, (code, kind) in gazetteer().country_forms.items()
        if kind == "name" and f[:1].isupper() and not (f.isupper() and len(f) <= 4)
    }
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), forms


def _states_named(segment: str) -> list[str]:
    pattern, forms = _state_names()
    return list(dict.fromkeys(forms[m.group(0)] for m in pattern.finditer(segment)))


def _government_worded(segment: str) -> bool:
    cues = rules().words("officials.government_body_nouns") | rules().words("agreement.government_nouns")
    return any(w.lower().rstrip("s") in cues or w.lower() in cues for w in re.findall(r"[A-Za-z]+", segment))


def _beside_other_words(segment: str) -> bool:
    """'Address: ..., Republic of Korea', 'Republic of Zimbabwe' (a letterhead's formal name): not a menu's 'China'."""
    if _state_names()[0].sub("", segment).strip(" ,.-"):
        return True
    return bool({w.lower() for w in segment.split()} & rules().words("agreement.singular_state_nouns"))


def page_furniture(head: list[str], tail: list[str]) -> list[str]:
    """The lines that say whose page it is: every masthead line above the headline, and of the last lines those
    that are a footer's (a copyright mark, an address, a separated list), not a teaser headline."""
    marks = rules().words("officials.page_copyright_marks") | rules().words("officials.page_address_labels")
    sep = rules().value("officials.page_segment_separator")
    foot = [ln for ln in tail if sep in ln or any(m in ln.lower() for m in marks)]
    return head + foot


def page_government(lines: Iterable[str]) -> str | None:
    """ISO alpha-3 (or EU) of the government whose page the masthead and footer ``lines`` belong to; None if they
    name no government body or no single state."""
    sep = rules().value("officials.page_segment_separator")
    segments = [s.strip() for ln in lines for s in ln.split(sep) if s.strip()]
    worded = [s for s in segments if _government_worded(s)]
    if not worded:
        return None
    own = {c for s in worded for c in _states_named(s)}  # "Ministry of Foreign Affairs of the Republic of X"
    if len(own) == 1:
        return own.pop()
    if own:
        return None
    # "Ministry of Mines" above "Republic of Zimbabwe": the one state the other segments name beside other words
    # (a menu item that is only a state's name, "China", is a section of a news site)
    named = {c for s in segments for c in _states_named(s) if _beside_other_words(s)}
    return named.pop() if len(named) == 1 else None
