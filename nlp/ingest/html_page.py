"""HTML pages: the story inside ``<article>``, metadata from ``<meta>``.

Captions (``<figure>``), related links (``<aside>``), navigation, scripts and
JSON-LD carry decoy facts, so they are removed before any text is read.  Pages
without an ``<article>`` element fall back to trafilatura's main-content
extractor.
"""

from __future__ import annotations

import json
import re

import lxml.html

from cmkg.core.errors import E, IngestError
from cmkg.nlp.article import Article, make_article
from cmkg.nlp.ingest.furniture import furniture as _furniture
from cmkg.nlp.ingest.text_page import normalise_date
from cmkg.nlp.publisher import page_government, title_sites

__all__ = ["parse_html"]

_NEVER_CONTENT = (
    "script",
    "style",
    "noscript",
    "template",
    "aside",
    "figure",
    "nav",
    "form",
    "iframe",
    "svg",
    "button",
    "footer",
)
_BLOCKS = {
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "td",
    "caption",
}  # a table's own title
_CELLS = {"td", "th"}
_NOT_PAGE_DATE = {"p", "aside", "figure", "nav", "footer", "li", "td"}  # where a <time> is an event's date
_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "published": ("article:published_time", "datepublished", "dc.date", "date", "pubdate", "publish-date"),
    "url": ("og:url",),
    "author": ("author", "article:author", "dc.creator"),
    "publisher": ("og:site_name", "publisher"),
}


def _meta(doc) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in doc.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        content = (el.get("content") or "").strip()
        if not name or not content:
            continue
        for field, keys in _META_KEYS.items():
            if name in keys and field not in found:
                found[field] = content
    canon = doc.find(".//link[@rel='canonical']")
    if "url" not in found and canon is not None and canon.get("href", "").startswith("http"):
        found["url"] = canon.get("href")
    return found


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _byline(article) -> list[str]:
    names: list[str] = []
    for el in article.xpath(
        ".//*[@itemprop='author' or contains(concat(' ', normalize-space(@class), ' '), ' byline ')"
        " or contains(@class, 'author')]"
    ):
        raw = re.sub(r"^by\s+", "", _text(el), flags=re.I)
        raw = raw.split(",")[0]
        for name in re.split(r"\s+and\s+", raw):
            if name and name not in names and len(name.split()) <= 4:
                names.append(name.strip())
    return names


def _row(el) -> str | None:
    """A data table's row as one '| a | b |' line, as a text page writes it, so a row's cells stay one record
    (``components.table_rows``); None for a row that is no data row (a layout table's cells hold blocks)."""
    cells = [c for c in el if isinstance(c.tag, str) and c.tag in _CELLS]
    if len(cells) < 2 or any(isinstance(d.tag, str) and d.tag in _BLOCKS for c in cells for d in c.iterdescendants()):
        return None
    return "| " + " | ".join(_text(c) for c in cells) + " |"


def _blocks(root) -> list[str]:
    """Text of block elements in document order, innermost blocks only; a data table's row is one block."""
    out: list[str] = []
    rows = {el: line for el in root.iter("tr") if (line := _row(el)) is not None}
    for el in root.iter():
        if el in rows:
            out.append(rows[el])
            continue
        if not isinstance(el.tag, str) or el.tag not in _BLOCKS or any(a in rows for a in el.iterancestors("tr")):
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el.iterdescendants()):
            continue
        text = _text(el)
        if text:
            out.append(text)
    return out


def _page_government(doc, site_name: str | None) -> str | None:
    """Whose page it is, from the site name and the text pieces of the headers and footers outside the story."""
    pieces = [site_name] if site_name else []
    pieces += title_sites(doc.findtext(".//title") or "")  # "... | Treasury.gov.au"
    for el in doc.xpath("//header[not(ancestor::article)] | //footer[not(ancestor::article)]"):
        pieces += [" ".join(t.split()) for t in el.itertext() if t.strip()]
    return page_government(pieces)


def _page_date(doc, article) -> str | None:
    """The publication date where no <meta> gives it: the story's marked publication <time> ('pubdate',
    itemprop 'datePublished', outside its paragraphs and asides), else the page's JSON-LD 'datePublished' (a date,
    never read as content).  A <time> in the text is an event's date, not the page's."""
    for el in article.xpath(".//time[@datetime]"):
        marked = el.get("pubdate") is not None or (el.get("itemprop") or "").lower() == "datepublished"
        if marked and not any(a.tag in _NOT_PAGE_DATE for a in el.iterancestors()):
            return el.get("datetime")
    for el in doc.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(el.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                return item["datePublished"]
    return None


def parse_html(text: str, source: str, **override) -> Article:
    try:
        doc = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise IngestError(E.NO_CONTENT, source, f"cannot parse HTML: {exc}") from None
    meta = _meta(doc)
    government = _page_government(doc, meta.get("publisher"))
    title = meta.get("title") or ""
    articles = doc.xpath("//article")
    authors: list[str] = []
    if articles:
        article = max(articles, key=lambda a: len(a.text_content()))
        meta.setdefault("published", _page_date(doc, article) or "")
        # the story's own headline before any <meta> title: meta tags are never content, and a page's og:title or
        # JSON-LD headline may belong to another story (a decoy the story's sentences would then be read with)
        h1 = article.find(".//h1")
        if h1 is None:  # a story headed by its <h2>, before any paragraph (a ministry's template)
            never = " or ".join(f"ancestor::{tag}" for tag in _NEVER_CONTENT)  # not a caption's or a sidebar's
            first = next(iter(article.xpath(f"(.//h2 | .//p)[not({never})]")), None)
            h1 = first if first is not None and first.tag == "h2" else None
        if h1 is not None:
            title = _text(h1) or title
            h1.drop_tree()
        authors = _byline(article)
        for el in article.xpath(".//" + " | .//".join(_NEVER_CONTENT)):
            el.drop_tree()
        for el in article.xpath(".//h1 | .//time | .//*[contains(@class,'byline')] | .//*[@itemprop='author']"):
            el.drop_tree()
        paras = _blocks(article) or [_text(article)]
    else:
        import trafilatura  # only for pages without <article>: slow to import

        extracted = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True) or ""
        paras = [ln for ln in extracted.split("\n") if ln.strip()]
    if not title:
        t = doc.find(".//title")
        title = _text(t) if t is not None else ""
    f = _furniture()
    paras = [p for p in paras if not any(rx.match(p) for rx in f.drop)]
    if not paras:
        raise IngestError(E.NO_CONTENT, source, "HTML page has no article text")
    if meta.get("author") and not authors:
        authors = [meta["author"]]
    return make_article(
        paras,
        title=override.get("title") or title,
        source=source,
        url=override.get("url") or meta.get("url"),
        published=normalise_date(override.get("published") or meta.get("published")),
        authors=tuple(authors),
        publisher=meta.get("publisher"),
        government=government,
        format="html",
    )
