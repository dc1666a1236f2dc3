"""Allowed values of command-line options, and the one check that enforces them.

A value outside the allowed set stops the command with a coded error that
lists the allowed values and, when one is close, suggests it ("did you
mean"), instead of quietly running with nothing matched.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from cmkg.core.errors import CmkgError, E
from cmkg.core.vocabulary import vocabulary
from cmkg.graph.exporters import EXPORT_FORMATS

__all__ = ["suggest", "check_choice", "DEAL_STATUSES", "DEALS_FORMATS", "SPARQL_FORMATS", "EXPORT_FORMATS"]


DEAL_STATUSES = vocabulary().status_rank  # agreement statuses, furthest first (data/vocabulary/statuses.json)
DEALS_FORMATS = ("table", "json", "csv")
SPARQL_FORMATS = ("table", "json", "csv", "tsv")


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
