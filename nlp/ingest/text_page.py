"""Plain-text inputs: clean articles with a header, and raw page dumps.

A page dump is a whole web page flattened to lines: menus, ads, captions,
share buttons and teasers for other stories surround the story.  The story's
own lines are prose, appear once, and sit between the dateline block and the
first end marker; the furniture rules that say so live in
``data/boilerplate.json``.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from itertools import takewhile

from cmkg.core.errors import E, IngestError
from cmkg.nlp.article import Article, make_article
from cmkg.nlp.ingest.entries import chronology, entry_heading
from cmkg.nlp.ingest.furniture import Furniture as _Furniture
from cmkg.nlp.ingest.furniture import furniture as _furniture
from cmkg.nlp.ingest.paragraph_lines import paragraphs as _paragraphs
from cmkg.nlp.ingest.signature_lines import signature_block_at
from cmkg.nlp.ingest.story_lines import WORD as _WORD
from cmkg.nlp.ingest.story_lines import annex_heading, announced_item, figure_rows_at, office_above_name
from cmkg.nlp.publisher import letterhead_line, page_furniture, page_government, site_host

__all__ = ["parse_clean_text", "parse_page_dump", "is_clean_text", "normalise_date"]

_HEADER = re.compile(r"^(source|published|date|url|author|by)\s*:\s*(.*)$", re.I)
_TITLE_LABEL = re.compile(r"^title\s*:\s*", re.I)  # "Title: ..." on the first line is a label, not the title
_SENTENCE_END = re.compile(r"[.!?:\"\u201d\u2019')]$")


def normalise_date(text: str | None) -> str | None:
    """ISO date from the common news formats, or None."""
    if not text:
        return None
    m = re.search(r"\d{4}-\d{2}-\d{2}", text)
    if m:
        return m.group(0)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    cleaned = re.sub(r"\bSept\b", "Sep", cleaned)
    for pat, fmts in (
        (r"\b\d{1,2} [A-Za-z]{3,9}\.?,? \d{4}", ("%d %b %Y", "%d %B %Y")),
        (r"\b[A-Za-z]{3,9}\.? \d{1,2},? \d{4}", ("%b %d %Y", "%B %d %Y")),
    ):
        m = re.search(pat, cleaned)
        if m:
            raw = m.group(0).replace(",", "").replace(".", "")
            for fmt in fmts:
                try:
                    return datetime.strptime(raw, fmt).date().isoformat()
                except ValueError:
                    continue
    return None


def is_clean_text(text: str) -> bool:
    lines = text.lstrip("\n").split("\n")
    return len(lines) > 2 and any(_HEADER.match(ln.strip()) for ln in lines[1:4])


def _teaser(line: str) -> bool:
    """'Read also: <another story's headline>' inside a clean story: that headline's facts are not this story's.
    Judged line by line, before lines join into paragraphs, so the prose under a teaser (no blank line
    between) stays; the line becomes a paragraph break."""
    text = " ".join(line.split())
    return bool(text) and any(rx.match(text) for rx in _furniture().teaser)


def parse_clean_text(text: str, source: str) -> Article:
    """``Title`` / ``Source:`` / ``Published:`` header, a blank line, then the body."""
    lines = text.lstrip("\n").split("\n")
    title = _TITLE_LABEL.sub("", lines[0].strip())
    meta: dict[str, str] = {}
    i = 1
    while i < len(lines) and lines[i].strip():
        m = _HEADER.match(lines[i].strip())
        if m:
            meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    story = lines[i : _closing_links(lines, i)]
    paras = _paragraphs("\n".join("" if _teaser(ln) else ln for ln in story))
    if not paras:
        raise IngestError(E.NO_CONTENT, source, "header found but the body after it is empty")
    authors = tuple(a for a in re.split(r",| and ", meta.get("author", meta.get("by", ""))) if a.strip())
    lead_byline = _byline_names(paras[0], signed=True) if len(paras) > 1 else []
    if lead_byline:  # "By Nikhil Ranganathan" over "New Delhi: ...": the byline is no story text
        authors, paras = (*authors, *lead_byline), paras[1:]
    url = meta.get("source") or meta.get("url")
    return make_article(
        paras,
        title=title,
        source=source,
        url=url,
        government=_clean_page_government(url, lines[i:], on_site=bool(site_host(url))),
        published=normalise_date(meta.get("published") or meta.get("date")),
        authors=tuple(a.strip() for a in authors),
        format="clean-text",
    )


def _closing_links(lines: list[str], start: int) -> int:
    """Where a clean story ends when it closes on a box of links ('Associated Links', 'Related stories' and the
    headlines under it, ``link_box`` in data/boilerplate.json): at the box's label, if neither it nor a line after
    it is prose.  Those headlines are other pages' facts; a label with prose after it, or one that is prose itself
    ('More on the quota: the ministry said ...'), is part of the story, so only a trailing box is cut."""
    boxes = _furniture().link_box
    for k in range(start, len(lines)):
        label = " ".join(lines[k].split())
        if any(p.match(label) for p in boxes) and not any(_is_prose(ln) for ln in lines[k:]):
            return k
    return len(lines)


def _clean_page_government(source: str | None, body: list[str], on_site: bool) -> str | None:
    """Whose page a clean text is when its Source names no site: the Source itself ('Source: Ministry of Foreign
    Affairs of Japan'), masthead lines above the story ('KEMENTERIAN ... REPUBLIK INDONESIA', 'Gobierno de
    Chile | Inicio') and footer lines below it ('(c) 2025 Ministry of Mines and Energy').  On a site that names
    no government, only a letterhead in capitals opening the body: an official document the site reprints
    ('GOVERNMENT OF INDIA / MINISTRY OF MINES' above a parliamentary answer); a news story never opens so."""
    lines = [" ".join(ln.split()) for ln in body if ln.strip()]
    if on_site:
        head = list(takewhile(lambda ln: ln.isupper() and letterhead_line(ln), lines[:_MASTHEAD_LINES]))
        return page_government(head) if head else None
    start = next((k for k, ln in enumerate(lines) if _is_prose(ln)), len(lines))
    head = [ln for ln in lines[: min(start, _MASTHEAD_LINES)] if letterhead_line(ln)]
    tail = [ln for ln in lines[max(start, len(lines) - _FOOTER_LINES) :] if not _is_prose(ln)]
    return page_government(([source] if source else []) + page_furniture(head, tail))


def _is_prose(line: str) -> bool:
    words = _WORD.findall(line)
    return len(words) >= 12 or (len(words) >= 4 and bool(_SENTENCE_END.search(line)))


_MASTHEAD_LINES = 5  # no dated headline found: at most the first lines above the first headline-like line
_FOOTER_LINES = 6  # the last lines: copyright, address, links (and teasers, which page_furniture skips)
_DIGEST_ITEMS = 2  # a digest's bulleted run has items; one full-sentence bullet is a box's teaser or a comment
_WIDGET_WORDS = 6  # "Most Read from Bloomberg": a box's label, never a sentence
_STORY_SENTENCE_WORDS = 10  # a headline in the box is shorter, or ends without a stop
_HEADLINE_MAX_WORDS = 30  # longer and ending a sentence: a paragraph, not a headline


def _resumes_story(line: str) -> bool:
    """The story goes on after a Most Read box: a full sentence, which its headlines never are."""
    return len(_WORD.findall(line)) >= _STORY_SENTENCE_WORDS and bool(_SENTENCE_END.search(line))


def _agency(line: str, f: _Furniture) -> str | None:
    key = re.sub(r"[^a-z -]", "", line.lower()).strip(" -")
    for name, forms in f.agencies.items():
        if key in forms:
            return name
    return None


_MENU_BAR = re.compile(r"\s[|>]\s")  # the bar between a site's menu items, the arrow of its breadcrumbs
_MENU_SEGMENT_WORDS = 6  # a menu item or masthead segment; a headline's segment is longer
_HEADER_AFTER_STORY = 2  # full sentences of story above a dated line: it signs the text off, it heads nothing


def _find_header(lines: list[str], f: _Furniture) -> tuple[int, int, str | None]:
    """(title index, date index, date) of the story header; -1 where absent.  A header sits above the story:
    a dated line after full story sentences ('Windhoek, 6 June 2023' under a gazette notice's signature) is
    a sign-off, and taking it for the header would drop the story above it."""
    story_sentences = 0
    for j, ln in enumerate(lines):
        if story_sentences >= _HEADER_AFTER_STORY:
            break
        if _resumes_story(ln) and len(_WORD.findall(ln)) > 14:
            story_sentences += 1
        if len(_WORD.findall(ln)) > 14 or f.bullet.match(ln):
            continue
        if any(p.search(ln) for p in f.date):
            for k in range(max(0, j - 8), j):
                cand = lines[k]
                if (
                    len(_WORD.findall(cand)) >= 5
                    and not f.bullet.match(cand)
                    and not cand.rstrip().endswith(".")
                    and not any(p.match(cand.strip()) for p in f.drop)
                    and not _menu_line(cand)
                ):
                    return k, j, normalise_date(ln)
    return -1, -1, None


def _byline(header: list[str], f: _Furniture) -> tuple[list[str], str | None]:
    """Authors and agency from the lines between the title and the date."""
    authors: list[str] = []
    agency = None
    for ln in header:
        ag = _agency(ln, f)
        if ag:
            agency = ag
            continue
        if not any(p.search(ln) for p in f.date):
            authors += _byline_names(ln)
    return authors, agency


def _byline_names(line: str, signed: bool = False) -> list[str]:
    """The names a byline line gives ('By A and B', or bare names between a title and its date); with ``signed``,
    only a line that opens with 'By'.  A staff line ('By our correspondent') gives none."""
    m = re.match(r"^by\s+(.+)$", line.strip(), re.I)
    if m is None and signed:
        return []
    names = m.group(1) if m else line
    if re.search(r"correspondent|editor|reporter|writer|staff", names, re.I):
        return []
    parts = [p.strip(" ,·") for p in re.split(r",| and ", names) if p.strip(" ,·")]
    return parts if parts and all(re.fullmatch(r"(?:[A-Z][\w.'-]*\s?){2,4}", p) for p in parts) else []


def _story(lines: list[str], counts: Counter, f: _Furniture) -> tuple[list[str], str | None]:
    """The story's prose lines, up to the first end marker, and an agency named in a sign-off; a chronology's
    dated entry headings too ('1 August 2023 - China'), which say whose the entry under them is."""
    body: list[str] = []
    entries = chronology(lines)
    agency = None
    in_widget = False
    taken = -1  # a name line already kept with the office line above it
    annex = False  # inside the items under an annex's heading
    digest = _sentence_bullets(lines, f.bullet)
    for k, ln in enumerate(lines):
        if body and len(_WORD.findall(ln)) <= _WIDGET_WORDS and any(p.match(ln) for p in f.widget):
            in_widget = True
            continue
        if in_widget and not _resumes_story(ln):
            continue
        in_widget = False
        if any(p.match(ln) for p in f.end):
            agency = agency or _agency(ln.lstrip("-\u2013\u2014 "), f)
            if body:
                break
            continue
        if entries and entry_heading(ln):
            body.append(ln)
            continue
        if (annex and f.item.match(ln)) or annex_heading(body, ln):
            annex = True  # "Annex: List of controlled items" and its numbered items: the goods the story listed
            body.append(ln)
            continue
        annex = False
        if f.bullet.match(ln) and (announced_item(body, f.bullet) or k in digest):
            # "The ban applies to:" and its bulleted items: the story's list, not a menu; so is a digest's run of
            # bulleted full sentences ('- Zimbabwe. Harare on Tuesday banned ...'), which no menu or teaser box is
            body.append(ln)
            continue
        if f.bullet.match(ln) or any(p.match(ln) for p in f.drop):
            continue
        if counts.get(ln, 0) > 1 or any(p.search(ln) for p in f.caption):
            continue
        if k > taken and (size := signature_block_at(lines, k) or figure_rows_at(lines, k)):
            body.append("\n".join(lines[k : k + size]))  # a signature block, a table of figures: lines together
            taken = k + size - 1
        elif office_above_name(lines, k):
            body.append(f"{ln}\n{lines[k + 1]}")  # one block: the layout pairs the office with the name
            taken = k + 1
        elif _is_prose(ln) and k > taken:
            body.append(ln)
    return body, agency


def _sentence_bullets(lines: list[str], bullet: re.Pattern[str]) -> set[int]:
    """The bulleted lines of runs of two or more items in which every item is a full sentence closed by a full
    stop: a digest's items.  A teaser, comment or menu box mixes in a headline, a question or a label, or holds one
    item ('You might have missed' over one teaser), and none of its lines is kept."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if not bullet.match(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and bullet.match(lines[end]):
            end += 1
        run = lines[k:end]
        if len(run) >= _DIGEST_ITEMS and all(_resumes_story(ln) and ln.rstrip().endswith(".") for ln in run):
            out.update(range(k, end))
        k = end
    return out


def _paragraph(line: str) -> bool:
    """A bare text that opens straight on its story has no headline line: a first line of paragraph length
    that ends a sentence is story, kept in the body (it was dropped as a title, and its agreement with it)."""
    return len(_WORD.findall(line)) > _HEADLINE_MAX_WORDS and bool(_SENTENCE_END.search(line))


def _menu_line(line: str) -> bool:
    """'News | Business | China | Opinion', 'Home > Press corner > Press release', 'Republic of Namibia | Ministry
    of Mines and Energy': a site's menu, breadcrumbs or masthead, short segments between bars, sits above the
    headline and is never it ('Australia and India sign a lithium roadmap | DFAT' keeps a headline's segment)."""
    segments = _MENU_BAR.split(line)
    return len(segments) > 1 and all(len(_WORD.findall(seg)) <= _MENU_SEGMENT_WORDS for seg in segments)


def _guessed_title(lines: list[str], k: int, f: _Furniture) -> bool:
    """Whether line ``k`` may stand as the headline of a page without a dated one: long enough for one, no
    bullet, no masthead, and no heading of a list (a line ending in a colon above a bulleted line)."""
    s = lines[k]
    if len(_WORD.findall(s)) < 5 or f.bullet.match(s) or letterhead_line(s) or _menu_line(s):
        return False
    return not (s.rstrip().endswith(":") and k + 1 < len(lines) and f.bullet.match(lines[k + 1]))


def parse_page_dump(text: str, source: str) -> Article:
    f = _furniture()
    stripped = [ln.strip() for ln in text.split("\n") if ln.strip()]
    title_i, date_i, published = _find_header(stripped, f)
    counts = Counter(s for s in stripped if len(_WORD.findall(s)) >= 6)
    authors, agency = _byline(stripped[title_i + 1 : date_i + 1], f) if title_i >= 0 else ([], None)
    start = date_i + 1 if date_i >= 0 else 0
    title = stripped[title_i] if title_i >= 0 else ""
    body, signed_agency = _story(stripped[start:], counts, f)
    agency = agency or signed_agency
    if not title:
        # no dated headline: the first line long enough for one, never a masthead ('MINISTRY OF LANDS AND NATURAL
        # RESOURCES' above a parliamentary answer), which would leave the page's furniture short of its body
        # nor the line that announces the story's list ('Those in force are:' above '- Peru: ...'), whose items
        # would lose their heading
        title = next((s for k, s in enumerate(stripped) if _guessed_title(stripped, k, f)), "")
        body = [b for b in body if b != title or _paragraph(title)]
    if not body:
        raise IngestError(E.NO_CONTENT, source, "no article text found among the page furniture")
    # the masthead is above the headline, never the headline or the story ("Peru's mines ministry watches ...")
    # (no headline at all: the story's first sentence ends the masthead)
    story = next((k for k, s in enumerate(stripped) if _is_prose(s)), 0)
    top = title_i if title_i >= 0 else min(stripped.index(title) if title in stripped else story, _MASTHEAD_LINES)
    head = [ln for ln in stripped[:top] if not _is_prose(ln)]
    government = page_government(page_furniture(head, stripped[-_FOOTER_LINES:], title, first=title_i == 0))
    return make_article(
        body,
        title=title,
        source=source,
        published=published,
        authors=tuple(authors),
        agency=agency,
        government=government,
        format="page-dump",
    )
