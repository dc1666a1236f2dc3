"""Turn raw bytes into text, or say exactly why not.

Checks run cheapest first so a 50 MB binary is refused before it is read
whole.  A byte-order mark decides the encoding first, so UTF-16 and UTF-32
text (full of NUL bytes) is not mistaken for a binary file.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from cmkg.core.errors import E, IngestError

__all__ = ["MAX_ARTICLE_BYTES", "read_text", "decode_bytes"]

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode_with_bom(raw: bytes, where: str, line: int | None) -> str | None:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    E.ENCODING,
                    where,
                    f"starts with a {codec.upper()} byte-order mark but is not {codec.upper()} "
                    f"(offset {exc.start}); re-save it as UTF-8",
                    line,
                ) from None
    return None


def decode_bytes(raw: bytes, where: str, line: int | None = None) -> str:
    bommed = _decode_with_bom(raw, where, line)
    if bommed is not None:
        raw = bommed.encode("utf-8")
    if not raw.strip():
        raise IngestError(E.EMPTY, where, "file is empty", line)
    sample = raw[:8192]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) * 0.05:
        raise IngestError(E.BINARY, where, "looks like a binary file, not text", line)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            E.ENCODING,
            where,
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8",
            line,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError(E.NOT_FOUND, path, "no such file") from None
    if size > max_bytes:
        raise IngestError(
            E.TOO_LARGE, path, f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for one article"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(E.UNREADABLE, path, f"cannot read: {exc.strerror}") from None
    return decode_bytes(raw, str(path))
