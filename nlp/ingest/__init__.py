"""Read articles from files, directories and corpora.

Every reader yields either an :class:`~nlp.article.Article` or an
:class:`~cmkg.core.errors.IngestError`, never raises for bad input, so a batch keeps
its good files and can list its bad ones.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from cmkg.core.errors import E, IngestError
from cmkg.nlp.article import Article
from cmkg.nlp.ingest.decode import MAX_ARTICLE_BYTES, read_text
from cmkg.nlp.ingest.html_page import parse_html
from cmkg.nlp.ingest.jsonl import read_jsonl
from cmkg.nlp.ingest.parquet import read_parquet
from cmkg.nlp.ingest.text_page import is_clean_text, parse_clean_text, parse_page_dump

__all__ = [
    "ARTICLE_SUFFIXES",
    "CORPUS_SUFFIXES",
    "read_article",
    "read_text_as_article",
    "iter_articles",
    "expand_path",
    "MAX_ARTICLE_BYTES",
    "MAX_ARTICLE_CHARS",
]

MAX_ARTICLE_CHARS = 1_000_000  # spaCy's default max_length; the parser needs ~1 GB per 100,000 characters

CORPUS_SUFFIXES = {".jsonl", ".parquet"}  # many articles per file
ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm"} | CORPUS_SUFFIXES


def read_text_as_article(text: str, source: str, suffix: str = ".txt") -> Article:
    """Sniff the format of already-decoded text and parse it."""
    head = text.lstrip()[:2000].lower()
    if suffix in (".html", ".htm") or head.startswith(("<!doctype html", "<html")) or "<article" in head:
        return parse_html(text, source)
    if is_clean_text(text):
        return parse_clean_text(text, source)
    return parse_page_dump(text, source)


def read_article(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES - CORPUS_SUFFIXES:
        raise IngestError(
            E.UNKNOWN_FORMAT,
            path,
            f"unknown extension '{suffix or '(none)'}'; expected .txt, .html, .jsonl or .parquet",
        )
    return read_text_as_article(read_text(path, max_bytes), str(path), suffix)


def _walk_dir(root: Path) -> Iterator[Path | IngestError]:
    """Article files under ``root``, following symlinks once; loops, dangling links and unreadable dirs reported."""
    errors: list[IngestError] = []
    seen: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        errors.append(IngestError(E.UNREADABLE, exc.filename or root, f"cannot read directory: {exc.strerror}"))

    found = []
    for top, dirs, names in os.walk(root, onerror=unreadable, followlinks=True):
        here = Path(top)
        st = here.stat()
        if (st.st_dev, st.st_ino) in seen:
            errors.append(IngestError(E.SYMLINK, here, "symlink loop: this directory was already read; skipped"))
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            p = here / name
            if name.startswith("."):
                continue
            if p.is_symlink() and not p.exists():
                errors.append(IngestError(E.SYMLINK, p, f"dangling symlink to {os.readlink(p)}"))
            elif p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file():
                found.append(p)
    yield from errors
    if not found and not errors:
        yield IngestError(E.NO_ARTICLES, root, "directory holds no .txt, .html, .jsonl or .parquet articles")
    yield from sorted(found)


def expand_path(path: Path) -> Iterator[Path | IngestError]:
    """The article files under ``path`` in reading order, or the errors that stand in for unreadable ones."""
    if path.is_dir():
        yield from _walk_dir(path)
    elif path.exists():
        yield path
    elif path.is_symlink():
        yield IngestError(E.SYMLINK, path, f"dangling symlink to {os.readlink(path)}")
    else:
        yield IngestError(E.NOT_FOUND, path, "no such file or directory")


def _sized(item: Article | IngestError) -> Article | IngestError:
    """spaCy refuses texts over its max_length (1,000,000 characters) with a traceback; say so per article."""
    if isinstance(item, Article) and len(item.body) > MAX_ARTICLE_CHARS:
        return IngestError(
            E.TOO_LARGE,
            item.source,
            f"article text is {len(item.body):,} characters; the limit is {MAX_ARTICLE_CHARS:,}; split it",
        )
    return item


def iter_articles(paths: Iterable[str | Path], max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | IngestError]:
    for raw in paths:
        for item in expand_path(Path(raw)):
            if isinstance(item, IngestError):
                yield item
            elif item.suffix.lower() == ".jsonl":
                yield from map(_sized, read_jsonl(item))
            elif item.suffix.lower() == ".parquet":
                yield from map(_sized, read_parquet(item))
            else:
                try:
                    yield _sized(read_article(item, max_bytes))
                except IngestError as err:
                    yield err
