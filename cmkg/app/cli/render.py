"""Human output of query answers: rich tables that fit the terminal, and CSV.

Every cell passes through ``printable`` (control characters made visible)
and ``rich.markup.escape`` (so a ``[borderline]`` in the data is printed, not
read as a style).  Tables take rich's own width (the terminal, or
``COLUMNS``) and wrap long values instead of cutting them.

The ``deals`` table, CSV and JSON are three views of the same rows
(``cmkg.graph.questions.deals_with``).  The CSV has one row per partner and
every field of the JSON: agreement labels joined with "; ", the sample
evidence sentence with its article and URL, and booleans as true/false.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from cmkg.core.terminal import printable
from cmkg.graph.sparql import QueryResult

__all__ = ["DEALS_CSV_COLUMNS", "NOT_CORE_MARK", "deals_csv", "print_deals_table", "print_result_table"]

DEALS_CSV_COLUMNS = ("partner", "label", "core", "status", "evidence_count", "agreements", "sentence", "article", "url")
NOT_CORE_MARK = "[borderline]"
_NOT_CORE_NOTE = (
    f"{NOT_CORE_MARK}: only planned, under negotiation, a truce or a multilateral grouping; not a core deal"
)


def _cell(value: Any) -> str:
    """A value as safe table text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return escape(printable(value))


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return printable(value)


def deals_csv(rows: list[dict[str, Any]]) -> str:
    """One CSV row per partner, every field of the JSON (lists flattened as the module says)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(DEALS_CSV_COLUMNS)
    for r in rows:
        ev = r["evidence"][0] if r["evidence"] else {}
        flat = {
            **r,
            "agreements": "; ".join(a["label"] for a in r["agreements"]),
            "sentence": ev.get("sentence"),
            "article": ev.get("article"),
            "url": ev.get("url"),
        }
        w.writerow([_csv_value(flat.get(c)) for c in DEALS_CSV_COLUMNS])
    return buf.getvalue().rstrip("\n")


def _console() -> Console:
    # soft_wrap off and no fixed width: rich takes the terminal's width (or COLUMNS) and wraps cells.
    return Console(highlight=False)


def print_deals_table(rows: list[dict[str, Any]], country: str) -> None:
    table = Table(title=f"Deals with {_cell(country)}", show_lines=True)
    # partner and status keep their width (a wrapped "[borderl/ine]" is no marker); the rest wraps
    table.add_column("partner", overflow="fold", min_width=len(NOT_CORE_MARK))
    table.add_column("status", overflow="fold", min_width=max((len(r["status"]) for r in rows), default=6))
    table.add_column("agreements", overflow="fold")
    table.add_column("evidence (source)", overflow="fold")
    for r in rows:
        ev = r["evidence"][0] if r["evidence"] else {}
        mark = "" if r["core"] else f"\n{escape(NOT_CORE_MARK)}"
        more = r["evidence_count"] - 1
        source = f"({_cell(ev.get('article'))}" + (f"; {more} more sentence(s))" if more > 0 else ")")
        table.add_row(
            f"{_cell(r['label'])} ({_cell(r['partner'])}){mark}",
            _cell(r["status"]),
            "\n".join(_cell(a["label"]) for a in r["agreements"]),
            f"{_cell(ev.get('sentence'))} {source}",
            style=None if r["core"] else "dim",
        )
    if any(not r["core"] for r in rows):
        table.caption = escape(_NOT_CORE_NOTE)
    _console().print(table)


def print_result_table(res: QueryResult) -> None:
    """SELECT results as a table that wraps long values, then the row count."""
    table = Table(show_lines=False, expand=False)
    for v in res.variables:
        table.add_column(escape(v), overflow="fold")
    for row in res.rows:
        table.add_row(*(_cell(None if row.get(v) is None else row[v].value) for v in res.variables))
    console = _console()
    console.print(table)
    console.print(f"({len(res.rows)} rows)")
