"""Allowed values of command-line options, and the one check that enforces them.

A value outside the allowed set stops the command with a coded error that
lists the allowed values and, when one is close, suggests it ("did you
mean"), instead of quietly running with nothing matched.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from cmkg.core.errors import CmkgError, E
from cmkg.graph.exporters import EXPORT_FORMATS

__all__ = ["suggest", "check_choice", "DEAL_STATUSES", "DEALS_FORMATS", "SPARQL_FORMATS", "EXPORT_FORMATS"]


def _deal_statuses() -> tuple[str, ...]:
    """Deal statuses, furthest first, from where the deal summaries rank them (one source of truth)."""
    try:  # the status vocabulary moves to one module; read it there when it exists
        from cmkg.core import vocabulary  # type: ignore[attr-defined]

        return tuple(vocabulary.DEAL_STATUSES)
    except (ImportError, AttributeError):
        from cmkg.graph.deal_summary import STATUS_RANK

        return tuple(STATUS_RANK)


DEAL_STATUSES = _deal_statuses()
DEALS_FORMATS = ("table", "json", "csv")
SPARQL_FORMATS = ("table", "json", "csv", "tsv")


EXPORT_FORMATS = EXPORT_FORMATS


def suggest(value: str, allowed: Iterable[str]) -> str:
    """ " (did you mean 'x'?)" for the closest allowed value, or "" when none is close."""
    allowed = list(allowed)
    lowered = {a.lower(): a for a in allowed}
    close = difflib.get_close_matches(value.lower(), list(lowered), n=1, cutoff=0.6)
    return f" (did you mean '{lowered[close[0]]}'?)" if close else ""


def check_choice(option: str, value: str, allowed: Iterable[str]) -> str:
    """``value`` if it is allowed, else a coded error naming the allowed values."""
    allowed = list(allowed)
    if value in allowed:
        return value
    raise CmkgError(
        E.BAD_OPTION, f"{option} '{value}' is not allowed{suggest(value, allowed)}; allowed: {', '.join(allowed)}"
    )
