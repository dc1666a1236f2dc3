"""The Typer app and the helpers every command module shares.

Apart from ``cmkg.app.cli`` itself so that the command modules import it
without importing the package that imports them (no import cycle).
"""

from __future__ import annotations

import os
import sys

import typer

from cmkg.core.errors import CmkgError, IngestError

__all__ = ["app", "main", "fail", "progress", "report_bad", "STORE_OPT"]

app = typer.Typer(add_completion=False, no_args_is_help=True, help="cmkg: critical-minerals policy knowledge graph.")
STORE_OPT = typer.Option("cmkg-store", "--store", help="Graph store directory (embedded Oxigraph), or :memory:.")


def fail(err: Exception, code: int = 2) -> None:
    """Print one coded error line and exit."""
    typer.echo(f"cmkg: error: {err}", err=True)
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


def report_bad(bad: list[IngestError], total: int) -> None:
    """One line per failed input, then a summary line when the batch had more than one."""
    for err in bad:
        typer.echo(f"cmkg: error: {err}", err=True)
    if bad and total > 1:
        names = ", ".join(e.path + (f":{e.line}" if e.line else "") for e in bad)
        typer.echo(f"cmkg: {len(bad)} of {total} inputs failed: {names}", err=True)


def main() -> None:
    try:
        app()
    except CmkgError as err:
        typer.echo(f"cmkg: error: {err}", err=True)
        sys.exit(2)
