"""The Article record every reader returns.

A dateline before the lead ("MUMBAI, April 19 (Kyodo) - ") is recognised
here, whatever the reader, and kept as ``Article.dateline``; the body keeps
it verbatim and extraction blanks it out.

Paragraph offsets index into ``Article.body`` (paragraphs joined by a blank
line), so evidence offsets computed on the body stay valid in the graph.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache

from cmkg.core.resources import load_json
from cmkg.nlp.dateline import Dateline, find_dateline, find_later_datelines

__all__ = ["Article", "Paragraph", "make_article"]

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Paragraph:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    body: str
    paragraphs: tuple[Paragraph, ...]
    source: str
    url: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None
    publisher: str | None = None
    # the government whose page it is, read from the masthead and footer when there is no URL (nlp/publisher.py)
    government: str | None = None
    format: str = "text"
    dateline: Dateline | None = None
    later_datelines: tuple[Dateline, ...] = ()  # datelines opening later paragraphs (a roundup's other stories)

    @property
    def dateline_span(self) -> tuple[int, int] | None:
        """Character span of the dateline in ``body``."""
        if self.dateline is None:
            return None
        start = self.paragraphs[self.dateline.paragraph].start
        return start, start + self.dateline.length

    @property
    def dateline_spans(self) -> list[tuple[int, int]]:
        """Character spans of every dateline in ``body``: the lead's and those of later paragraphs."""
        found = [self.dateline] if self.dateline is not None else []
        return [
            (self.paragraphs[d.paragraph].start, self.paragraphs[d.paragraph].start + d.length)
            for d in found + list(self.later_datelines)
        ]

    extra: dict = field(default_factory=dict, compare=False)

    @property
    def stem(self) -> str:
        """File-name-safe name for per-article outputs."""
        base = self.source.rsplit("/", 1)[-1]
        if "#" in base:
            base = base.replace("#", "-")
        base = re.sub(r"\.(txt|html?|jsonl)$", "", base)
        return re.sub(r"[^A-Za-z0-9_.-]+", "_", base) or self.id

    @property
    def key(self) -> str:
        """Identity that survives edits: the URL, else the source name.

        A changed article keeps its key and gets a new ``id``, which is how the
        store knows to replace the old facts rather than add to them.  A corpus
        record with its own id sets ``extra["key"]``, so two records never merge.
        """
        return self.extra.get("key") or self.url or self.source


@cache
def _script_gloss() -> re.Pattern[str]:
    return re.compile(load_json("boilerplate.json")["script_gloss"])


def _clean(text: str) -> str:
    """Runs of spaces made one, and a name's gloss in another script dropped ('Lin Yu-ting (...), deputy
    director-general'): the parser would read it as a word between the name and the title apposed to it."""
    return re.sub(r"[ \t\u00a0\u2009\u202f]+", " ", _script_gloss().sub("", text)).strip()


def make_article(paragraphs: list[str], *, title: str, source: str, **meta) -> Article:
    """Join paragraphs, record offsets and hash the content for a stable id."""
    parts: list[Paragraph] = []
    pos = 0
    texts = [t for t in (_clean(p) for p in paragraphs) if t]
    dateline = find_dateline(texts)
    if dateline is not None:
        meta["dateline"] = dateline
        if dateline.agency and not meta.get("agency"):
            meta["agency"] = dateline.agency
    later = find_later_datelines(texts, dateline)
    if later:
        meta["later_datelines"] = tuple(later)
    for text in texts:
        parts.append(Paragraph(text, pos, pos + len(text)))
        pos += len(text) + len(PARAGRAPH_SEPARATOR)
    body = PARAGRAPH_SEPARATOR.join(texts)
    title = _clean(title or "")
    digest = hashlib.sha256((title + "\n" + body).encode("utf-8")).hexdigest()[:16]
    return Article(id=digest, title=title, body=body, paragraphs=tuple(parts), source=source, **meta)
