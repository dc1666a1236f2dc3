"""Commands that ask the graph: deals, sparql.

Option values are checked before the store is opened (``choices``), so a
typo gets a coded error with the allowed values and a suggestion, never an
empty answer with exit status 0.
"""

from __future__ import annotations

import json

import typer

from cmkg.app.cli.choices import DEAL_STATUSES, DEALS_FORMATS, SPARQL_FORMATS, check_choice
from cmkg.app.cli.common import STORE_OPT, TIMEOUT_OPT, app, fail
from cmkg.core.errors import CmkgError
from cmkg.graph.questions import list_queries

__all__ = ["deals", "sparql"]


def _deal_rows(st, with_: str, status: str | None, as_of: str | None, store: str, timeout: float) -> list[dict]:
    """The current answer from the deal summaries, or with ``as_of`` the one from the status history."""
    from cmkg.graph.questions import deals_with

    if as_of:
        from cmkg.graph.timeline import check_date, deals_as_of, require_history

        day = check_date(as_of, "--as-of", store)
        require_history(st)
        return deals_as_of(st, with_, day, status=status, timeout=timeout)
    rows = deals_with(st, with_, status=status, timeout=timeout)
    _pending_note(st)
    return rows


def _pending_note(store) -> None:
    from cmkg.graph.questions import pending_summaries

    if pending := pending_summaries(store):
        typer.echo(
            f"cmkg: note: {pending} deal summaries are pending after an interrupted build; "
            "run 'cmkg build' to refresh them (cmkg sparql deal_evidence is always current)",
            err=True,
        )


@app.command()
def deals(
    with_: str = typer.Option(
        "US", "--with", metavar="COUNTRY", help="Country name, alias or ISO code (US, United States, JPN)."
    ),
    status: str | None = typer.Option(
        None,
        "--status",
        metavar="STATUS",
        help=f"Only partners whose furthest status is this one: {', '.join(DEAL_STATUSES)}.",
    ),
    fmt: str = typer.Option("table", "--format", metavar="FORMAT", help=f"One of {', '.join(DEALS_FORMATS)}."),
    as_of: str | None = typer.Option(
        None,
        "--as-of",
        metavar="DATE",
        help="The answer as it stood on that day (YYYY-MM-DD), from the status history.",
    ),
    store: str = STORE_OPT,
    timeout: float = TIMEOUT_OPT,
) -> None:
    """Which countries have deals with a country, with evidence (now, or --as-of a date).

    Partners that only have planned deals, talks, a truce or a multilateral
    grouping are marked [borderline] (core: false in JSON and CSV).

    Example: cmkg deals --with Japan --status signed --format csv
    """
    from cmkg.app.cli.render import deals_csv, print_deals_table
    from cmkg.graph.store import open_store

    try:
        fmt = check_choice("--format", fmt, DEALS_FORMATS)
        if status is not None:
            status = check_choice("--status", status, DEAL_STATUSES)
        st = open_store(store, read_only=True, must_exist=True)
        rows = _deal_rows(st, with_, status, as_of, store, timeout)
    except CmkgError as err:
        fail(err)
    if fmt == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        typer.echo(deals_csv(rows))
    else:
        print_deals_table(rows, with_)


_STORED = ", ".join(list_queries())


@app.command(epilog=f"Stored queries: {_STORED}.")
def sparql(
    query: str = typer.Argument(..., metavar="QUERY", hidden=True),
    bind: list[str] = typer.Option(
        [],
        "--bind",
        metavar="NAME=VALUE",
        help="Give a query variable a value: <IRI>, a country (US, Japan) or a literal; NAME must be a "
        "variable of the query. Repeatable.",
    ),
    fmt: str = typer.Option(
        "table",
        "--format",
        metavar="FORMAT",
        help=f"SELECT/ASK results: {', '.join(SPARQL_FORMATS)}; CONSTRUCT/DESCRIBE always print Turtle.",
    ),
    store: str = STORE_OPT,
    timeout: float = TIMEOUT_OPT,
) -> None:
    """Run a read-only SPARQL query (SERVICE, LOAD, FROM and updates are refused).

    QUERY: SPARQL text, a .rq file, or the name of a stored query.

    Labels are language-tagged: write rdfs:label "gallium"@en, not "gallium".

    Example: cmkg sparql export_controls --bind country=China --format csv
    """
    from cmkg.app.cli.render import print_result_table
    from cmkg.graph.query_output import format_result
    from cmkg.graph.query_params import parse_bindings, resolve_query
    from cmkg.graph.sparql import run_query
    from cmkg.graph.store import open_store

    try:
        fmt = check_choice("--format", fmt, SPARQL_FORMATS)
        text = resolve_query(query, list_queries())
        bindings = parse_bindings(bind, text)
        st = open_store(store, read_only=True, must_exist=True)
        res = run_query(st, text, bindings=bindings, timeout=timeout)
    except CmkgError as err:
        fail(err, 3)  # a timed-out local query was killed with its child; a remote one's thread is a daemon
    if res.kind == "select" and fmt == "table":
        print_result_table(res)
    else:
        typer.echo(format_result(res, fmt))
