"""Commands about time: timeline (status changes per partner) and diff (what changed).

``cmkg deals --as-of`` lives with ``deals`` in ``queries``; all three read
the merged status history that ``cmkg build`` keeps (``cmkg.graph.history``).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import typer

from cmkg.app.cli.common import STORE_OPT, app, fail
from cmkg.core.errors import CmkgError, E, error
from cmkg.core.terminal import printable

__all__ = ["timeline", "diff", "render_rows"]

TIMELINE_COLUMNS = (
    "date",
    "precision",
    "until",
    "partner",
    "agreement",
    "from_status",
    "status",
    "sentence",
    "article",
)
DIFF_COLUMNS = ("change", "date", "label", "parties", "from_status", "status", "sentence", "article")


def _flat(entry: dict[str, Any]) -> dict[str, Any]:
    ev = entry["evidence"][0] if entry["evidence"] else {}
    out = {**entry, "sentence": ev.get("sentence"), "article": ev.get("article")}
    if isinstance(out.get("parties"), list):
        out["parties"] = " ".join(out["parties"])
    return out


def render_rows(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: str, title: str) -> str:
    """Rows as JSON (whole entries, every evidence sentence), CSV (one sentence each) or a table."""
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False)
    flat = [_flat(r) for r in rows]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        for r in flat:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
        return buf.getvalue().rstrip("\n")
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=True)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in flat:
        table.add_row(*(printable("" if r.get(c) is None else str(r.get(c))) for c in columns))
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(table)
    return console.export_text().rstrip("\n")


def _check_format(fmt: str, allowed: tuple[str, ...], where: str) -> None:
    if fmt not in allowed:
        raise CmkgError(E.BAD_QUERY, f"{where}: --format {fmt!r} is not one of {', '.join(allowed)}")


@app.command()
def timeline(
    with_: str = typer.Option("US", "--with", help="Country name, alias or ISO code."),
    since: str | None = typer.Option(None, "--since", help="Only changes dated on or after YYYY-MM-DD."),
    fmt: str = typer.Option("table", "--format", help="table, json or csv."),
    store: str = STORE_OPT,
    timeout: float = typer.Option(10.0, "--timeout"),
) -> None:
    """The dated status changes of a country's agreements, per partner, with evidence."""
    from cmkg.graph.store import open_store
    from cmkg.graph.timeline import check_date, require_history
    from cmkg.graph.timeline import timeline as read_timeline

    try:
        _check_format(fmt, ("table", "json", "csv"), store)
        since = check_date(since, "--since", store) if since else None
        st = open_store(store, read_only=True, must_exist=True)
        require_history(st)
        rows = read_timeline(st, with_, since=since, timeout=timeout)
    except CmkgError as err:
        fail(err)
    typer.echo(render_rows(rows, TIMELINE_COLUMNS, fmt, f"Status timeline of {with_}"))


@app.command()
def diff(
    since: str | None = typer.Option(None, "--since", help="Changes dated on or after YYYY-MM-DD."),
    against: str | None = typer.Option(None, "--against", help="An older store: list what --store adds to it."),
    fmt: str = typer.Option("table", "--format", help="table, json, csv, or trig (a named graph of changes)."),
    store: str = STORE_OPT,
    timeout: float = typer.Option(30.0, "--timeout"),
) -> None:
    """What changed: new partners, new agreements, status changes, export controls added, eased or lifted."""
    from cmkg.graph.diff import changes_since, changes_to_rdf, diff_snapshots, snapshot
    from cmkg.graph.store import open_store
    from cmkg.graph.timeline import check_date, require_history

    try:
        _check_format(fmt, ("table", "json", "csv", "trig"), store)
        if not since and not against:
            raise error(E.DIFF_ARGS, path=store)
        since = check_date(since, "--since", store) if since else None
        new_store = open_store(store, read_only=True, must_exist=True)
        require_history(new_store)
        new = snapshot(new_store, timeout=timeout)
        if against:
            old_store = open_store(against, read_only=True, must_exist=True)
            require_history(old_store)
            changes = diff_snapshots(snapshot(old_store, timeout=timeout), new)
            if since:
                changes = [c for c in changes if c["date"] and c["date"] >= since]
        else:
            changes = changes_since(new, since)
    except CmkgError as err:
        fail(err)
    name = f"changes in {store}" + (f" against {against}" if against else "") + (f" since {since}" if since else "")
    if fmt == "trig":
        typer.echo(changes_to_rdf(changes, name).serialize(format="trig").rstrip("\n"))
        return
    typer.echo(render_rows(changes, DIFF_COLUMNS, fmt, name.capitalize()))
