"""JSON Lines corpora: one article per line, read as a stream.

A malformed line is reported with its line number and the rest of the corpus
is still read, so one bad record never costs a whole batch.  Fields are
type-checked (a ``published`` that is a dict, a ``title`` that is a number),
lone surrogates and absurdly nested JSON are refused per line, and a record
keeps its own ``id``, ``url``, ``title`` and ``published`` whatever format its
text is in, so two records never merge into one article.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cmkg.core.errors import E, IngestError
from cmkg.nlp.article import Article
from cmkg.nlp.ingest.decode import MAX_ARTICLE_BYTES, decode_bytes

__all__ = ["read_jsonl", "read_jsonl_lines", "record_article", "RECORD_FIELDS"]

# field -> the JSON types it may hold (None: null is fine)
RECORD_FIELDS: dict[str, tuple[type, ...]] = {
    "id": (str, int),
    "url": (str, type(None)),
    "title": (str, type(None)),
    "published": (str, type(None)),
    "text": (str, type(None)),
    "html": (str, type(None)),
}
_JSON_NAMES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true/false",
}


def _checked(record: dict, where: str, line: int) -> dict[str, Any]:
    """The record's known fields, each of the right type and encodable as UTF-8."""
    out = {}
    for name, types in RECORD_FIELDS.items():
        value = record.get(name)
        if isinstance(value, bool) or not isinstance(value, types):
            allowed = " or ".join(sorted({_JSON_NAMES.get(t, "null") for t in types}))
            got = _JSON_NAMES.get(type(value), "null")
            raise IngestError(E.BAD_RECORD, where, f"field '{name}' must be {allowed}, not {got}", line)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                cp = ord(value[exc.start])
                raise IngestError(
                    E.BAD_RECORD, where, f"field '{name}' holds a lone surrogate (U+{cp:04X}); fix the corpus", line
                ) from None
        out[name] = value
    return out


def _keep_identity(article: Article, rec: dict[str, Any], source: str) -> Article:
    """The record's own title, url, date and id win over whatever its text's header says."""
    from cmkg.nlp.article import make_article
    from cmkg.nlp.ingest.text_page import normalise_date

    url = rec["url"] or article.url
    extra = dict(article.extra)
    if rec["id"] is not None and not rec["url"]:
        extra["key"] = source  # the record's id, not a header shared with other records, names it
    return make_article(
        [p.text for p in article.paragraphs],
        title=rec["title"] or article.title,
        source=source,
        url=url,
        published=normalise_date(rec["published"]) or article.published,
        authors=article.authors,
        agency=article.agency,
        publisher=article.publisher,
        format=article.format,
        extra=extra,
    )


def record_article(record: dict, where: str, line: int) -> Article:
    """One corpus record (``text`` or ``html``, with optional ``id``, ``title``, ``url``, ``published``)."""
    from cmkg.nlp.article import make_article
    from cmkg.nlp.ingest.html_page import parse_html
    from cmkg.nlp.ingest.text_page import is_clean_text, normalise_date, parse_clean_text, parse_page_dump

    rec = _checked(record, where, line)
    source = f"{where}#{rec['id'] if rec['id'] is not None and str(rec['id']) else line}"
    if rec["html"] and rec["html"].strip():
        art = parse_html(rec["html"], source, title=rec["title"], url=rec["url"], published=rec["published"])
        return _keep_identity(art, rec, source)
    text = rec["text"]
    if not text or not text.strip():
        raise IngestError(E.BAD_JSONL, where, "record has neither a non-empty 'text' nor 'html'", line)
    if is_clean_text(text):
        return _keep_identity(parse_clean_text(text, source), rec, source)
    if rec["title"]:
        paras = [p for p in text.split("\n\n") if p.strip()]
        if len(paras) == 1:
            paras = [p for p in text.split("\n") if p.strip()]
        art = make_article(
            paras,
            title=rec["title"],
            source=source,
            url=rec["url"],
            published=normalise_date(rec["published"]),
            format="jsonl",
        )
        return _keep_identity(art, rec, source)
    return _keep_identity(parse_page_dump(text, source), rec, source)


def _record(raw: bytes, path: Path, n: int) -> dict:
    if len(raw) > MAX_ARTICLE_BYTES:
        raise IngestError(E.TOO_LARGE, path, f"record is over {MAX_ARTICLE_BYTES // 1_000_000} MB", n)
    text = decode_bytes(raw.rstrip(b"\r\n"), str(path), n)  # a column past the line end would mislead
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(E.BAD_JSONL, path, f"invalid JSON ({exc.msg} at column {exc.colno})", n) from None
    except RecursionError:
        raise IngestError(E.BAD_JSONL, path, "JSON nested too deeply", n) from None
    if not isinstance(record, dict):
        raise IngestError(E.BAD_JSONL, path, "each line must be a JSON object", n)
    return record


def read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield IngestError(E.UNREADABLE, path, f"cannot read: {exc.strerror}")
        return
    with fh:
        yield from read_jsonl_lines(fh, path)


def read_jsonl_lines(lines: Iterable[bytes], path: Path | str, first_line: int = 1) -> Iterator[Article | IngestError]:
    """The records of ``lines``, numbered from ``first_line``: a partition of a corpus reads like the whole file."""
    for n, raw in enumerate(lines, first_line):
        if not raw.strip():
            continue
        try:
            yield record_article(_record(raw, Path(path), n), str(path), n)
        except IngestError as err:
            yield err if err.line is not None else IngestError(err.code, path, err.problem, n)
        except (ValueError, RecursionError, UnicodeError) as exc:
            yield IngestError(E.BAD_RECORD, path, f"record could not be read as an article ({exc})", n)
