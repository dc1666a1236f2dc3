"""Read articles from files, directories and corpora.

Every reader yields either an :class:`~nlp.article.Article` or an
:class:`~cmkg.core.errors.IngestError`, never raises for bad input, so a batch keeps
its good files and can list its bad ones.
"""

from __future__ import annotations

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
]

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


def expand_path(path: Path) -> Iterator[Path | IngestError]:
    """The article files under ``path`` in reading order, or the error that it names none."""
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
        )
        if not files:
            yield IngestError(E.NO_ARTICLES, path, "directory holds no .txt, .html, .jsonl or .parquet articles")
        yield from files
    elif path.exists():
        yield path
    else:
        yield IngestError(E.NOT_FOUND, path, "no such file or directory")


def iter_articles(paths: Iterable[str | Path], max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | IngestError]:
    for raw in paths:
        for item in expand_path(Path(raw)):
            if isinstance(item, IngestError):
                yield item
            elif item.suffix.lower() == ".jsonl":
                yield from read_jsonl(item)
            elif item.suffix.lower() == ".parquet":
                yield from read_parquet(item)
            else:
                try:
                    yield read_article(item, max_bytes)
                except IngestError as err:
                    yield err
