"""Text that came from articles, file names or queries, made safe for a terminal.

Article text and file names are untrusted: an ESC or OSC sequence in them
could recolour, retitle or rewrite the analyst's terminal, and a newline in a
file name could forge a whole output line. Human-facing output (tables, CSV,
error lines) passes through :func:`printable`; JSON output stays exact, since
its own escaping already makes control characters inert.
"""

from __future__ import annotations

__all__ = ["printable"]

# C0 controls except TAB, DEL, and the C1 range (which some terminals treat as CSI/OSC).
_UNSAFE = {c for c in range(0x20) if c != 0x09} | {0x7F} | set(range(0x80, 0xA0))
_ESCAPES = str.maketrans({c: f"\\x{c:02x}" for c in _UNSAFE} | {0x2028: "\\u2028", 0x2029: "\\u2029"})


def printable(text: object) -> str:
    """``text`` as one line with every control character shown as an escape (``\\x1b``, ``\\x0a``)."""
    return str(text).translate(_ESCAPES)
