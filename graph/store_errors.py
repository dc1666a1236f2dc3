"""Store failures as one line with the path and what to do.

RocksDB (under Oxigraph) reports a corrupted store, a full disk and a store
another process holds as ``RuntimeError`` or ``OSError`` with its own prose;
a traceback helps nobody.  This module names the three cases, tells the user
what to do, and keeps RocksDB's first words as the reason.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

from cmkg.core.errors import CmkgError, E

__all__ = ["translate_store_error", "store_errors", "STORE_FAILURES"]

STORE_FAILURES = (OSError, RuntimeError)


def translate_store_error(exc: BaseException, location: object) -> CmkgError:
    """The coded one-line error for a storage failure at ``location``."""
    if isinstance(exc, CmkgError):
        return exc
    text = " ".join(str(exc).split())
    reason = text[:160] + ("..." if len(text) > 160 else "")
    if "Corruption" in text:
        return CmkgError(
            E.STORE_CORRUPT,
            f"{location}: the graph store is damaged ({reason}); move it aside and rebuild it with "
            f"'cmkg build --store {location}', or import an export with 'cmkg import'",
        )
    if getattr(exc, "errno", None) == errno.ENOSPC or "No space left" in text:
        return CmkgError(
            E.DISK_FULL,
            f"{location}: the disk is full; free some space and run the command again "
            "(articles already stored are kept whole)",
        )
    if "lock" in text.lower() and ("Resource temporarily unavailable" in text or "LOCK" in text):
        return CmkgError(
            E.STORE_LOCKED,
            f"{location}: another cmkg process has this store open for writing; wait for it to finish, "
            "or query with a read-only command",
        )
    return CmkgError(E.STORE, f"{location}: graph store error ({reason})")


@contextmanager
def store_errors(location: object) -> Iterator[None]:
    """Turn storage failures inside the block into the coded error for ``location``."""
    try:
        yield
    except STORE_FAILURES as exc:
        raise translate_store_error(exc, location) from None
