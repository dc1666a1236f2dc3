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
masthead or footer segment naming a government body (a capitalised
``officials.government_body_nouns`` / ``agreement.government_nouns`` word heading
a name: "Ministry of Mines", "European Commission") owned by one state ("... of
the Republic of Kazakhstan", "Kenya Government") makes the page that state's; a
body with no owner takes the one state of the letterhead, copyright and address
segments ("Republic of Zimbabwe", "(c) Commonwealth of Australia").  A news
masthead ("South China Herald", "Mining Ministry Watch - news from Peru") names
no publisher; menu items ("Home | Government | Sport"), sections ("Cabinet
watch") and headlines are no evidence, and the story is never read as masthead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.rules import rules

__all__ = [
    "letterhead_line",
    "page_furniture",
    "page_government",
    "publisher_country",
    "publisher_of",
    "host_value",
    "site_host",
    "title_sites",
]


def publisher_of(url: str | None, government: str | None) -> str | None:
    """The article's publishing government: a government's site decides; on any other site (a news site, a
    parliament's reprint) or with no site, the page's own furniture or letterhead, which readers fill only where
    it is evidence (a news page gives none)."""
    return publisher_country(url) or government


def site_host(url: str | None) -> str:
    """The host a Source or URL value names, with or without its scheme ('www.esdm.go.id'); '' for a value that
    names no site ('Ministry of Mines', 'checklist:12')."""
    if not url or " " in url.strip():
        return ""
    value = url.strip()
    host = (urlsplit(value if "//" in value else "//" + value).hostname or "").rstrip(".").lower()
    return host if "." in host else ""


def host_value(host: str, table: str) -> str | None:
    """The value a host table gives ``host`` or the domain it ends in ('www.wa.gov.au' under 'wa.gov.au')."""
    values = rules().table(table).items()
    return next((v for suffix, v in values if host == suffix or host.endswith("." + suffix)), None)


def publisher_country(url: str | None) -> str | None:
    """ISO alpha-3 (or EU) of the government whose site ``url`` is on; None for any other site."""
    host = site_host(url)
    labels = host.split(".")
    if len(labels) < 2:
        return None
    if (code := host_value(host, "officials.government_hosts")) is not None:
        return code
    tld = labels[-1]
    if tld in rules().table("officials.government_tlds"):
        return rules().table("officials.government_tlds")[tld]
    if not set(labels[:-1]) & rules().words("officials.government_host_labels"):
        return None
    by_iso2 = {c.iso2.lower(): c.code for c in gazetteer().countries.values() if c.iso2}
    return by_iso2.get(rules().table("officials.country_code_domains").get(tld, tld))


@cache
def _state_names(kind: str = "name") -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over the states' names (or demonyms: 'Australian Government'), never all-capital abbreviations
    like 'US', which a menu's 'ABOUT US' would match."""
    forms = {
        _fold(f): code
        for f, (code, k) in gazetteer().country_forms.items()
        if k == kind and f[:1].isupper() and not (f.isalpha() and f.isupper() and len(f) <= 4)
    }
    if kind == "name":  # 'Bundesrepublik Deutschland', 'Reino de España', 'République française': the state's own
        forms.update(rules().table("officials.page_state_endonyms"))
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), forms


def _fold(text: str) -> str:
    """'Perú', 'Ministère', 'Bakanlığı' as 'Peru', 'Ministere', 'Bakanligi': mastheads in the state's own language
    carry accents that the gazetteer's and the lexicons' ASCII forms do not."""
    text = text.replace("\u0131", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _untitled(segment: str) -> str:
    """A masthead in capitals ('REPUBLIC OF NAMIBIA', 'KEMENTERIAN ENERGI DAN SUMBER DAYA MINERAL REPUBLIK
    INDONESIA') in the case of a name ('Republic of Namibia'), so names and body nouns are read as in mixed
    case; linking words ('of', 'dan', 'de') in lower case.  A mixed-case segment is left as it is."""
    letters = [c for c in segment if c.isalpha()]
    if len(_TOKEN.findall(segment)) < 2 or not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return segment
    small = rules().words("officials.page_body_links") | rules().words("officials.page_owner_articles")
    return _TOKEN.sub(lambda m: m.group(0).lower() if m.group(0).lower() in small else m.group(0).title(), segment)


def _states_named(segment: str) -> list[str]:
    pattern, forms = _state_names()
    return list(dict.fromkeys(forms[m.group(0)] for m in pattern.finditer(segment)))


_TOKEN = re.compile(r"[A-Za-z]+")


def _body_nouns(segment: str) -> list[re.Match[str]]:
    """The government-body nouns of ``segment`` that head a body's name: capitalised ('Ministry', not a headline's
    'mines ministry') and not followed by a lower-case word ('Cabinet watch', 'Department news' are a news site's
    sections); 'of'/'for'/'and' go on to the body's portfolio ('Ministry of Mines and Mining Development')."""
    cues = rules().words("officials.page_body_nouns")
    links = rules().words("officials.page_body_links")
    tokens = list(_TOKEN.finditer(segment))
    after_state = {m.end() + 1 for m in _state_names()[0].finditer(segment)}  # 'the United States government'
    found = []
    for i, t in enumerate(tokens):
        word = t.group(0)
        if word.lower() not in cues and word.lower().removesuffix("s") not in cues:
            continue
        if not word[0].isupper() and t.start() not in after_state:
            continue
        nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
        if not nxt or nxt[0].isupper() or nxt.lower() in links:
            found.append(t)
    return found


def _formal(words: Iterable[str]) -> bool:
    """Whether ``words`` are only a state's formal style ('Republic of', 'Commonwealth of the')."""
    return all(w.lower() in rules().words("officials.formal_state_words") for w in words)


def _styled(name: str) -> bool:
    """'Republic of Zimbabwe', not 'Zimbabwe' or 'South Africa': a state's name in its formal style."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in _style_heads()


def _style_heads() -> frozenset[str]:
    """The formal words that open a style ('Republic', 'República', 'Jamhuri'), not its links ('of', 'de')."""
    r = rules()
    return r.words("officials.formal_state_words") - r.words("officials.page_owner_links") - _articles()


def _articles() -> frozenset[str]:
    return rules().words("officials.page_owner_articles")


def _owners(segment: str) -> set[str]:
    """The states that own the government body named in ``segment``: 'Ministry of Foreign Affairs of Peru', 'the
    Portal of Ghana', 'Kenya Government', "Peru's Ministry", a state name that is itself a body ('European
    Commission') or a formal style ('... Mineral Resources Republic of Indonesia'); not 'news from Peru'."""
    pattern, forms = _state_names()
    nouns = _body_nouns(segment)
    links = rules().words("officials.page_owner_links")
    owners: set[str] = set()
    for m in pattern.finditer(segment):
        before = [w.lower() for w in _TOKEN.findall(segment[: m.start()])[-2:]]
        after = segment[m.end() :]
        if (
            (before and before[-1] in links | _style_heads())  # 'of Peru', 'del Perú', 'Republik Indonesia'
            or (len(before) == 2 and before[0] in links and before[1] in _articles())  # 'of the', 'de la'
            or after.startswith(("'s", "\u2019s"))
            or any(n.start() >= m.start() and n.end() <= m.end() for n in nouns)
            or any(n.start() == m.end() + 1 for n in nouns)
            or _styled(m.group(0))
            or _framed(segment, m, nouns)
        ):
            owners.add(forms[m.group(0)])
    demonyms, adjectives = _state_names("demonym")
    for m in demonyms.finditer(segment):  # 'Australian Government', not 'Chinese Government Watch'
        if any(n.start() == m.end() + 1 and not _TOKEN.search(segment[n.end() :]) for n in nouns):
            owners.add(adjectives[m.group(0)])
    return owners


def _framed(segment: str, state: re.Match[str], nouns: list[re.Match[str]]) -> bool:
    """A body's name closed by its state ('Kementerian Luar Negeri Malaysia', 'Ministry of Foreign Affairs
    Malaysia') or opened by it and its style ('Turkiye Cumhuriyeti Ticaret Bakanligi'): the segment is one name
    with the body's noun at one end and the state at the other."""
    if not nouns:
        return False
    opens, closes = nouns[0].start() == 0, nouns[-1].end() == len(segment)
    if opens and state.end() == len(segment):
        return True
    style = _TOKEN.findall(segment[state.end() : nouns[-1].start()])
    return closes and state.start() == 0 and bool(style) and style[0].lower() in _style_heads()


def _letterhead_state(segment: str) -> str | None:
    """The state a letterhead, copyright or address segment names and nothing else: 'Republic of Zimbabwe',
    '(c) Commonwealth of Australia', 'Address: 12 Harbour Road, Port Louis, Mauritius' (or a street number and
    two commas: '402, Hannuri-daero, Sejong-si, Republic of Korea'); never a menu's bare
    'China' or a news masthead's 'Zimbabwe Independent'."""
    pattern, forms = _state_names()
    low = segment.lower()
    labelled = any(low.startswith(label) for label in rules().words("officials.page_address_labels"))
    if labelled or (re.search(r"\d", segment) and segment.count(",") >= 2):  # '402, Hannuri-daero, Sejong-si, ...'
        last = segment.rsplit(",", 1)[-1].strip(" .")
        return forms.get(last) if pattern.fullmatch(last) else None
    marked = any(m in low for m in rules().words("officials.page_copyright_marks"))
    rest = segment
    for mark in rules().words("officials.page_copyright_marks"):
        rest = re.sub(re.escape(mark), " ", rest, flags=re.I)
    rest = re.sub(r"\b\d{4}\b", " ", rest)
    named = list(pattern.finditer(rest))
    if len(named) != 1:
        return None
    m = named[0]
    residue = _TOKEN.findall(rest[: m.start()] + " " + rest[m.end() :])
    if _formal(residue) and (marked or residue or _styled(m.group(0))):
        return forms[m.group(0)]
    return None


_HOST = re.compile(r"(?<![\w.-])(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])", re.I)


def _host_states(segment: str) -> set[str]:
    """The governments whose sites a furniture segment names ('www.esdm.go.id', 'press@mofa.go.jp',
    'https://www.gob.mx/se'); a news site's address ('reuters.com') names none."""
    return {c for m in _HOST.finditer(segment) if (c := publisher_country("http://" + m.group(1).lower()))}


_SITE_LINE_WORDS = 8  # 'Contact: press@mines.gov.zm', 'www.esdm.go.id': a footer's line; a story's sentence is longer


def _site_line(line: str) -> bool:
    """A short line of the footer, not the story's last sentence that cites a ministry's site."""
    return len(_TOKEN.findall(_HOST.sub(" ", line))) <= _SITE_LINE_WORDS and not line.rstrip().endswith(".")


_FOOTER_WORDS = 24  # '(c) 2025 Ministry of Mines | Address: ...': a footer's line; the story's last paragraph is longer


def _story_paragraph(line: str) -> bool:
    """The story's last paragraph among the page's last lines, not its footer: long, and ending as a sentence
    does; '(c) and (d) The Government of ...' answers items (c) and (d) of a question, it marks no copyright,
    and a dash in '7 November 2025 - The commerce ministry ...' is no separator."""
    return len(_TOKEN.findall(line)) > _FOOTER_WORDS and bool(re.search(r"[.!?\"\u201d)]\s*$", line))


_FULL_NAME_WORDS = 5  # 'Ministry of Economy, Trade and Industry' is one state's; 'Ministry of Commerce' is any state's


@cache
def _agencies() -> tuple[re.Pattern[str], dict[str, str]]:
    """The gazetteer's national bodies by the names that are theirs alone: an acronym ('ARECOMS', 'METI'), a name
    with no generic body noun ('Public Investment Fund') or with its state's name ('Office of the US Trade
    Representative'), or a body's full name ('Ministry of Economy, Trade and Industry'); never 'Ministry of
    Commerce' or 'Energy Department', which many states have."""
    g, cues = gazetteer(), rules().words("officials.page_body_nouns")
    forms = {}
    for form, org_id in g.org_forms.items():
        org = g.orgs[org_id]
        words = _TOKEN.findall(form)
        if org.kind != "agency" or not org.country or not words or not form[:1].isupper():
            continue
        generic = any(w.lower() in cues for w in words) and not _states_named(_fold(form))
        if (form.isupper() and len(form) >= 3) or not generic or len(words) >= _FULL_NAME_WORDS:
            forms[_fold(form)] = org.country
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), forms


def _agency_states(segment: str) -> set[str]:
    """The states whose national bodies a masthead segment ('ARECOMS') or a copyright segment ('(c) 2026 ARECOMS',
    'Copyright (c) Ministry of Economy, Trade and Industry. All Rights Reserved.') names; a menu item or teaser
    ('METI watch', 'Latest from JOGMEC') is none."""
    pattern, forms = _agencies()
    marked = any(m in segment.lower() for m in rules().words("officials.page_copyright_marks"))
    return {forms[m.group(0)] for m in pattern.finditer(segment) if marked or m.group(0) == segment}


def _segments(lines: Iterable[str]) -> list[str]:
    """The furniture lines cut at their separators ('|', '\u00b7', ' - ', ' / ', a run of spaces), accents folded and
    capitals put in a name's case."""
    seps = rules().words("officials.page_segment_separators")
    cut = re.compile("|".join(re.escape(s) for s in sorted(seps, key=len, reverse=True)))
    return [_untitled(s.strip()) for ln in lines for s in cut.split(_fold(ln)) if s.strip()]


def _capital_letterhead(line: str) -> bool:
    """'KEMENTERIAN ENERGI DAN SUMBER DAYA MINERAL REPUBLIK INDONESIA', 'REPUBLIC OF NAMIBIA MINISTRY OF MINES':
    a line in capitals that opens with a body's noun or a state's style, which a page dump's reader can take for
    the headline; a headline in capitals opens with its subject ('CHINA'S MINISTRY ... BANS')."""
    segments = _segments([line])
    return bool(segments) and segments[0] != _fold(line).strip() and _opens_as_letterhead(segments[0])


def letterhead_line(line: str) -> bool:
    """A masthead line above a story: it opens with a body's noun or a state's style ('Ministry of Mines and
    Energy', 'Gobierno de Chile', 'REPUBLIC OF ZAMBIA'), is cut into pieces by separators, or names a
    government's site; a treaty's title ('MEMORANDUM OF UNDERSTANDING BETWEEN ...') or a dateline is none."""
    seps = rules().words("officials.page_segment_separators") - {"  "}
    if any(s in line for s in seps) or (_site_line(line) and _host_states(line)):
        return True
    segments = _segments([line])
    return bool(segments) and _opens_as_letterhead(segments[0])


def _opens_as_letterhead(segment: str) -> bool:
    """'Ministry ...', 'Kementerian ...', 'Republic of ...', 'Jamhuri ya ...': a body's or a state's name first (a
    bullet before it aside), and nothing after its state but another body ('Republic of Ghana Ministry of Trade');
    'MINISTRY OF MINES OF TANZANIA WELCOMES PARTNERSHIP' goes on after the state: a headline."""
    first = _TOKEN.search(segment)
    cues = rules().words("officials.page_body_nouns") | _style_heads()
    if not first or first.group(0).lower() not in cues:
        return False
    named = list(_state_names()[0].finditer(segment))
    rest = _TOKEN.findall(segment[named[-1].end() :]) if named else []
    return not rest or rest[0].lower() in cues


_ITEM_PROSE_WORDS = 12  # '(c) Commonwealth of Australia 2025': a copyright line is short; a lettered answer is prose
_LETTERED_ITEM = re.compile(r"^\([a-z]\)\s+(?!\d{4}\b|copyright\b)", re.I)  # as data/boilerplate.json's '(c)' end


def _lettered_item(line: str) -> bool:
    """'(c) and (d) The Government of X has ...': item (c) of a lettered answer, a paragraph of the story whose
    marker reads like a copyright mark; '(c) Commonwealth of Australia' is a footer's short line."""
    words = _TOKEN.findall(line)
    return bool(_LETTERED_ITEM.match(line.strip())) and len(words) >= _ITEM_PROSE_WORDS and "." in line[4:]


def page_furniture(head: list[str], tail: list[str], title: str = "", first: bool = False) -> list[str]:
    """The lines that say whose page it is: every masthead line above the headline, the 'headline' itself when it
    is a separated masthead taken for one ('news.lk | The Official Government News Portal of Sri Lanka'), and of
    the last lines those that are a footer's (a copyright mark, an address, a separated list, a government's
    site), not a teaser headline.  A ``first`` title (the page's first line) in capitals that reads as a
    letterhead is furniture too."""
    marks = rules().words("officials.page_copyright_marks") | rules().words("officials.page_address_labels")
    sep = rules().value("officials.page_segment_separator")
    seps = rules().words("officials.page_segment_separators")
    foot = [
        ln
        for ln in tail
        if not _story_paragraph(ln)
        and (
            any(s in ln for s in seps)
            or (any(m in ln.lower() for m in marks) and not _lettered_item(ln))
            or (_site_line(ln) and _host_states(ln))
        )
    ]
    masthead = sep in title or (first and _capital_letterhead(title))
    return head + ([title] if masthead else []) + foot


def page_government(lines: Iterable[str]) -> str | None:
    """ISO alpha-3 (or EU) of the government whose page the masthead and footer ``lines`` belong to; None if they
    name no government body, site or single state.  A body's name owned by one state decides ('Ministry of
    Foreign Affairs of the Republic of Kazakhstan', 'KEMENTERIAN ... REPUBLIK INDONESIA', 'Gobierno del Perú');
    then a government's site ('www.esdm.go.id'); a body's name with no owner ('Ministry of Mines') takes the one
    state of the letterhead, copyright and address segments ('Republic of Zimbabwe').  A one-word menu item
    ('Government'), a section ('Cabinet watch') or a news masthead ('Mining Ministry Watch - news from Peru')
    is no body."""
    segments = _segments(lines)
    bodies = [s for s in segments if len(_TOKEN.findall(s)) > 1 and _body_nouns(s)]
    own = (
        {c for s in bodies for c in _owners(s)}
        or {c for s in segments for c in _host_states(s)}
        or {c for s in segments for c in _agency_states(s)}
    )
    if own or not bodies:
        return own.pop() if len(own) == 1 else None
    named = {c for s in segments if (c := _letterhead_state(s))}
    return named.pop() if len(named) == 1 else None


def title_sites(title: str) -> list[str]:
    """The segments of a page title that are only a site's address ('Reserve design | Treasury.gov.au'): the site
    names its government as a footer's address does; the headline's own words are never furniture."""
    pieces = [title]
    for sep in rules().words("officials.page_segment_separators"):
        pieces = [x for piece in pieces for x in piece.split(sep)]
    return [x.strip() for x in pieces[1:] if _HOST.fullmatch(x.strip())]
