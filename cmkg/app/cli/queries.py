"""Commands that ask the graph: deals, sparql."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import typer

from cmkg.app.cli.common import STORE_OPT, app, fail
from cmkg.core.errors import CmkgError
from cmkg.core.terminal import printable

__all__ = ["deals", "sparql"]


@app.command()
def deals(
    with_: str = typer.Option("US", "--with", help="Country name, alias or ISO code."),
    status: str | None = typer.Option(None, "--status", help="Only this status."),
    fmt: str = typer.Option("table", "--format", help="table, json or csv."),
    store: str = STORE_OPT,
    timeout: float = typer.Option(10.0, "--timeout"),
) -> None:
    """Which countries have deals with a country, with evidence."""
    from cmkg.graph.questions import deals_with
    from cmkg.graph.store import open_store

    try:
        st = open_store(store, read_only=True, must_exist=True)
        rows = deals_with(st, with_, status=status, timeout=timeout)
        from cmkg.graph.questions import pending_summaries

        if pending := pending_summaries(st):
            typer.echo(
                f"cmkg: note: {pending} deal summaries are pending after an interrupted build; "
                "run 'cmkg build' to refresh them (cmkg sparql deal_evidence is always current)",
                err=True,
            )
    except CmkgError as err:
        fail(err)
    if fmt == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["partner", "label", "core", "status", "agreements", "evidence"])
        for r in rows:
            agreements = "; ".join(a["label"] for a in r["agreements"])
            cells = (r["partner"], r["label"], r["core"], r["status"], agreements, r["evidence"][0]["sentence"])
            w.writerow([printable(c) for c in cells])
        typer.echo(buf.getvalue().rstrip("\n"))
    else:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        table = Table(title=f"Deals with {with_}", show_lines=True)
        for col in ("partner", "status", "agreement", "evidence (source)"):
            table.add_column(col, overflow="fold")
        for r in rows:
            ev = r["evidence"][0]
            tag = "" if r["core"] else " [borderline]"
            agreements = "; ".join(a["label"] for a in r["agreements"])
            cells = (
                f"{r['label']} ({r['partner']}){tag}",
                r["status"],
                agreements,
                f"{ev['sentence']} ({ev['article']})",
            )
            table.add_row(*(escape(printable(c)) for c in cells))  # neither terminal controls nor rich markup
        Console(width=160).print(table)


@app.command()
def sparql(
    query: str = typer.Argument(..., help="A query, a .rq file, or the name of a stored query."),
    bind: list[str] = typer.Option([], "--bind", help="name=value (IRI in <>, country code, or literal)."),
    fmt: str = typer.Option("table", "--format", help="table, json, csv, tsv (SELECT/ASK); turtle for CONSTRUCT."),
    store: str = STORE_OPT,
    timeout: float = typer.Option(10.0, "--timeout"),
) -> None:
    """Run a read-only SPARQL query (SERVICE, LOAD, FROM and updates are refused)."""
    from cmkg.graph.query_output import format_result, parse_bindings
    from cmkg.graph.questions import list_queries
    from cmkg.graph.sparql import run_query
    from cmkg.graph.store import open_store

    text = query
    if query.endswith(".rq") and Path(query).exists():
        text = Path(query).read_text(encoding="utf-8")
    elif query in list_queries():
        text = list_queries()[query].read_text(encoding="utf-8")
    try:
        st = open_store(store, read_only=True, must_exist=True)
        res = run_query(st, text, bindings=parse_bindings(bind), timeout=timeout)
    except CmkgError as err:
        fail(err, 3)  # a timed-out local query was killed with its child; a remote one's thread is a daemon
    typer.echo(format_result(res, fmt))
