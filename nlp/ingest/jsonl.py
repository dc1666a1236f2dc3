"""JSON Lines corpora: one article per line, read as a stream.

A malformed line is reported with its line number and the rest of the corpus
is still read, so one bad record never costs a whole batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from cmkg.core.errors import E, IngestError
from cmkg.nlp.article import Article
from cmkg.nlp.ingest.decode import MAX_ARTICLE_BYTES, decode_bytes

__all__ = ["read_jsonl", "read_jsonl_lines", "record_article"]


def record_article(record: dict, where: str, line: int) -> Article:
    """One corpus record (``text`` or ``html``, with optional ``id``, ``title``, ``url``, ``published``)."""
    from cmkg.nlp.article import make_article
    from cmkg.nlp.ingest.html_page import parse_html
    from cmkg.nlp.ingest.text_page import is_clean_text, normalise_date, parse_clean_text, parse_page_dump

    source = f"{where}#{record.get('id') or line}"
    if isinstance(record.get("html"), str) and record["html"].strip():
        return parse_html(
            record["html"], source, title=record.get("title"), url=record.get("url"), published=record.get("published")
        )
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(E.BAD_JSONL, where, "record has neither a non-empty 'text' nor 'html'", line)
    if is_clean_text(text):
        return parse_clean_text(text, source)
    if record.get("title"):
        paras = [p for p in text.split("\n\n") if p.strip()]
        if len(paras) == 1:
            paras = [p for p in text.split("\n") if p.strip()]
        return make_article(
            paras,
            title=record["title"],
            source=source,
            url=record.get("url"),
            published=normalise_date(record.get("published")),
            format="jsonl",
        )
    return parse_page_dump(text, source)


def read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    with path.open("rb") as fh:
        yield from read_jsonl_lines(fh, path)


def read_jsonl_lines(lines: Iterable[bytes], path: Path | str, first_line: int = 1) -> Iterator[Article | IngestError]:
    """The records of ``lines``, numbered from ``first_line``: a partition of a corpus reads like the whole file."""
    for n, raw in enumerate(lines, first_line):
        if not raw.strip():
            continue
        try:
            if len(raw) > MAX_ARTICLE_BYTES:
                raise IngestError(E.TOO_LARGE, path, f"record is over {MAX_ARTICLE_BYTES // 1_000_000} MB", n)
            text = decode_bytes(raw, str(path), n)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise IngestError(E.BAD_JSONL, path, f"invalid JSON ({exc.msg} at column {exc.colno})", n) from None
            if not isinstance(record, dict):
                raise IngestError(E.BAD_JSONL, path, "each line must be a JSON object", n)
            yield record_article(record, str(path), n)
        except IngestError as err:
            if err.line is None:
                err = IngestError(err.code, path, err.problem, n)
            yield err
