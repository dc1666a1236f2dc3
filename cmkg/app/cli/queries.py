"""Commands that ask the graph: deals, sparql."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import typer

from cmkg.app.cli.common import STORE_OPT, app, fail
from cmkg.core.errors import CmkgError

__all__ = ["deals", "sparql"]


def _deal_rows(store: str, with_: str, status: str | None, as_of: str | None, timeout: float) -> list[dict]:
    """The current answer from the deal summaries, or with ``as_of`` the one from the status history."""
    from cmkg.graph.questions import deals_with, pending_summaries
    from cmkg.graph.store import open_store

    st = open_store(store, read_only=True, must_exist=True)
    if as_of:
        from cmkg.graph.timeline import check_date, deals_as_of, require_history

        day = check_date(as_of, "--as-of", store)
        require_history(st)
        return deals_as_of(st, with_, day, status=status, timeout=timeout)
    rows = deals_with(st, with_, status=status, timeout=timeout)
    if pending := pending_summaries(st):
        typer.echo(
            f"cmkg: note: {pending} deal summaries are pending after an interrupted build; "
            "run 'cmkg build' to refresh them (cmkg sparql deal_evidence is always current)",
            err=True,
        )
    return rows


@app.command()
def deals(
    with_: str = typer.Option("US", "--with", help="Country name, alias or ISO code."),
    status: str | None = typer.Option(None, "--status", help="Only this status."),
    as_of: str | None = typer.Option(None, "--as-of", help="The answer as it stood on YYYY-MM-DD."),
    fmt: str = typer.Option("table", "--format", help="table, json or csv."),
    store: str = STORE_OPT,
    timeout: float = typer.Option(10.0, "--timeout"),
) -> None:
    """Which countries have deals with a country, with evidence (now, or --as-of a date)."""
    try:
        rows = _deal_rows(store, with_, status, as_of, timeout)
    except CmkgError as err:
        fail(err)
    if fmt == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["partner", "label", "core", "status", "agreements", "evidence"])
        for r in rows:
            w.writerow(
                [
                    r["partner"],
                    r["label"],
                    r["core"],
                    r["status"],
                    "; ".join(a["label"] for a in r["agreements"]),
                    r["evidence"][0]["sentence"],
                ]
            )
        typer.echo(buf.getvalue().rstrip("\n"))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"Deals with {with_}", show_lines=True)
        for col in ("partner", "status", "agreement", "evidence (source)"):
            table.add_column(col, overflow="fold")
        for r in rows:
            ev = r["evidence"][0]
            tag = "" if r["core"] else " [borderline]"
            table.add_row(
                f"{r['label']} ({r['partner']}){tag}",
                r["status"],
                "; ".join(a["label"] for a in r["agreements"]),
                f"{ev['sentence']} ({ev['article']})",
            )
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
        typer.echo(f"cmkg: error: {err}", err=True)
        sys.stderr.flush()
        os._exit(3)  # a timed-out query may still be running in Oxigraph: end the process
    typer.echo(format_result(res, fmt))
