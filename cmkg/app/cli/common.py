"""The Typer app and the helpers every command module shares.

Apart from ``cmkg.app.cli`` itself so that the command modules import it
without importing the package that imports them (no import cycle).
"""

from __future__ import annotations

import os
import sys

import typer

from cmkg.core.errors import CmkgError, IngestError
from cmkg.core.terminal import printable

__all__ = [
    "app",
    "main",
    "fail",
    "print_error",
    "progress",
    "report_bad",
    "STORE_OPT",
    "TIMEOUT_OPT",
    "MAX_ERROR_LINES",
]

MAX_ERROR_LINES = 50  # a 200,000-line bad corpus must not print 20 MB of errors


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"cmkg {version('cmkg')}")
        raise typer.Exit()


# Plain (click) help: option metavars read as written (COUNTRY, FORMAT), flags show no type.
app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="cmkg: critical-minerals policy knowledge graph.",
)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version of cmkg and exit."
    ),
) -> None:
    """cmkg: critical-minerals policy knowledge graph.

    Example: cmkg build && cmkg deals --with US
    """


STORE_OPT = typer.Option(
    "cmkg-store",
    "--store",
    metavar="DIR|URL",
    help="Graph store: a directory (embedded Oxigraph), :memory:, or the URL of a SPARQL 1.1 server "
    "(e.g. http://127.0.0.1:7878).",
)
TIMEOUT_OPT = typer.Option(
    10.0, "--timeout", metavar="SECONDS", help="Stop a query that runs longer than this many seconds."
)


def print_error(err: Exception) -> None:
    """The one coded error line (control characters made visible), then any excerpt under it."""
    typer.echo(f"cmkg: error: {printable(err)}", err=True)
    for line in getattr(err, "excerpt", []):
        typer.echo(printable(line), err=True)


def fail(err: Exception, code: int = 2) -> None:
    """Print one coded error line and exit."""
    print_error(err)
    raise typer.Exit(code)


def progress(items, total: int | None, label: str):
    """A rich progress bar on an interactive terminal; the items unchanged elsewhere."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        yield from items
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


def report_bad(bad: list[IngestError], total: int, limit: int = MAX_ERROR_LINES) -> None:
    """One line per failed input (the first ``limit``), then a summary line when the batch had more than one."""
    for err in bad[:limit]:
        typer.echo(f"cmkg: error: {printable(err)}", err=True)
    if len(bad) > limit:
        typer.echo(f"cmkg: ... and {len(bad) - limit:,} more error(s) not shown", err=True)
    if bad and total > 1:
        names = ", ".join(printable(e.path + (f":{e.line}" if e.line else "")) for e in bad[:limit])
        more = f" and {len(bad) - limit:,} more" if len(bad) > limit else ""
        typer.echo(f"cmkg: {len(bad):,} of {total:,} inputs failed: {names}{more}", err=True)


def main() -> None:
    try:
        app()
    except CmkgError as err:
        print_error(err)
        sys.exit(2)
