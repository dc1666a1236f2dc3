"""Commands on the store as a whole: export, import, validate, serve."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import typer

from cmkg.app.cli.choices import EXPORT_FORMATS, check_choice
from cmkg.app.cli.common import STORE_OPT, TIMEOUT_OPT, app, fail
from cmkg.core.errors import CmkgError, E
from cmkg.core.terminal import printable

__all__ = ["export_cmd", "validate", "serve", "import_cmd"]


def _interrupt(signum, frame) -> None:
    """SIGTERM stops ``cmkg serve`` like Ctrl-C, so the server closes its socket cleanly."""
    raise KeyboardInterrupt


@app.command("export")
def export_cmd(
    fmt: str = typer.Option(..., "--format", metavar="FORMAT", help=f"One of {', '.join(EXPORT_FORMATS)}."),
    out: str = typer.Option(..., "--out", metavar="FILE", help="File to write, or - for standard output."),
    store: str = STORE_OPT,
) -> None:
    """Export the graph as RDF, GraphML or an offline interactive HTML page.

    Example: cmkg export --format turtle --out - | head
    """
    from cmkg.graph.exporters import export, export_bytes
    from cmkg.graph.store import open_store

    try:
        fmt = check_choice("--format", fmt, EXPORT_FORMATS)
        st = open_store(store, read_only=True, must_exist=True)
        if out == "-":
            data = export_bytes(st, fmt)
        else:
            export(st, fmt, Path(out))
    except CmkgError as err:
        fail(err)
    if out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    typer.echo(f"cmkg: wrote {printable(out)}", err=True)


@app.command()
def validate(store: str = STORE_OPT) -> None:
    """Check the graph against the SHACL shapes in data/shapes.ttl (exit 1 if it does not conform).

    Example: cmkg validate --store cmkg-store
    """
    from cmkg.graph.store import open_store
    from cmkg.graph.validate import validate_store

    try:
        report = validate_store(open_store(store, read_only=True, must_exist=True))
    except CmkgError as err:
        fail(err)
    if report.conforms:
        typer.echo(f"cmkg: {store} conforms to the cmkg SHACL shapes")
        return
    typer.echo(report.text.rstrip())
    typer.echo(f"cmkg: {store} does not conform: {report.violations} violation(s)", err=True)
    raise typer.Exit(1)


@app.command()
def serve(
    port: int = typer.Option(8765, "--port", metavar="PORT", help="Port (0 picks a free one)."),
    host: str = typer.Option(
        "127.0.0.1", "--host", metavar="ADDRESS", help="Address to bind; anything but localhost exposes the graph."
    ),
    store: str = STORE_OPT,
    timeout: float = TIMEOUT_OPT,
) -> None:
    """Serve the explorer, a query page and a read-only SPARQL endpoint (/sparql).

    Example: cmkg serve --port 8765   (then open http://127.0.0.1:8765/)
    """
    from cmkg.graph.exporters import render_store_html
    from cmkg.graph.questions import list_queries
    from cmkg.graph.serve import make_server
    from cmkg.graph.sparql_sandbox import network_isolation
    from cmkg.graph.store import open_store

    try:
        st = open_store(store, read_only=True, must_exist=True)
        html = render_store_html(st, served=True).encode("utf-8")
    except CmkgError as err:
        fail(err)
    queries = {name: path.read_text(encoding="utf-8") for name, path in list_queries().items()}
    try:
        server = make_server(host, port, st, html, queries, timeout)
    except OSError as exc:
        fail(CmkgError(E.STORE, f"{host}:{port}: cannot listen ({exc.strerror})"))
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"cmkg: warning: listening on {host}; anyone who can reach it can read the graph", err=True)
    if why := network_isolation():
        typer.echo(f"cmkg: note: queries run with this machine's network ({why}); see SECURITY.md", err=True)
    bound_host, bound_port = server.server_address[:2]
    typer.echo(
        f"cmkg: serving {store} at http://{bound_host}:{bound_port}/ (SPARQL at /sparql); Ctrl-C stops", err=True
    )
    typer.echo(f"http://{bound_host}:{bound_port}/")
    sys.stdout.flush()
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command("import")
def import_cmd(
    path: Path = typer.Argument(..., metavar="FILE", hidden=True),
    store: str = STORE_OPT,
) -> None:
    """Load an RDF file (Turtle, TriG, N-Quads, N-Triples, JSON-LD) into the store.

    FILE: a .ttl, .trig, .nq, .nt or .jsonld file.

    Example: cmkg import graph.trig --store cmkg-store
    """
    from cmkg.graph.exporters import import_rdf, triples_only
    from cmkg.graph.store import open_store
    from cmkg.graph.store_errors import store_errors

    try:
        with store_errors(store):
            n = import_rdf(open_store(store), path)
    except CmkgError as err:
        fail(err)
    typer.echo(f"cmkg: imported {n} quads from {printable(path)}", err=True)
    if lost := triples_only(path, n):
        fail(lost, 1)
