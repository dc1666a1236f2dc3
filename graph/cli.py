"""The ``cmkg`` command line.

Query commands (deals, sparql, export) open only the store and never import
spaCy; extraction commands load the model lazily.  Every failure prints one
line naming the file and the problem and exits non-zero.
"""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import sys
from pathlib import Path
from typing import Optional

import typer

from nlp.errors import E, CmkgError, IngestError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="cmkg: critical-minerals policy knowledge graph.")
SUMMARY_BATCH = 250  # articles between deal-summary refreshes and store flushes during a build
STORE_OPT = typer.Option("cmkg-store", "--store", help="Graph store directory (embedded Oxigraph), or :memory:.")


def _fail(err: Exception, code: int = 2) -> None:
    typer.echo(f"cmkg: error: {err}", err=True)
    raise typer.Exit(code)


def _interrupt(signum, frame) -> None:
    """SIGTERM stops ``cmkg serve`` like Ctrl-C, so its Oxigraph backend is shut down too."""
    raise KeyboardInterrupt


def _default_inputs() -> list[str]:
    from nlp.resources import data_path

    return [str(data_path("articles"))]


def _progress(items, total: int | None, label: str):
    if not sys.stderr.isatty() or os.environ.get("CI"):
        yield from items
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


def _stream(paths: list[str], bad: list[IngestError]):
    """Articles one at a time (a 5,000-article corpus is never all in memory); failures go to ``bad``."""
    from nlp.ingest import iter_articles

    for item in iter_articles(paths):
        if isinstance(item, IngestError):
            bad.append(item)
        else:
            yield item


def _read(paths: list[str]):
    from nlp.ingest import iter_articles

    good, bad = [], []
    for item in iter_articles(paths):
        (bad if isinstance(item, IngestError) else good).append(item)
    return good, bad


def _report_bad(bad: list[IngestError], total: int) -> None:
    for err in bad:
        typer.echo(f"cmkg: error: {err}", err=True)
    if bad and total > 1:
        typer.echo(f"cmkg: {len(bad)} of {total} inputs failed: " + ", ".join(e.path + (f":{e.line}" if e.line else "") for e in bad), err=True)


@app.command()
def extract(paths: list[str] = typer.Argument(..., help="Article files, directories or .jsonl corpora."),
            out: Optional[Path] = typer.Option(None, "--out", help="Write DIR/<article stem>.json instead of printing.")) -> None:
    """One fact sheet per article (JSON in the dev-corpus gold schema, plus evidence)."""
    from graph.exporters import atomic_write
    from nlp.extract import extract_many

    good, bad = _read(paths)
    sheets = []
    for article, sheet in zip(good, _progress(extract_many(good), len(good), "extracting")):
        if out:
            atomic_write(out / f"{article.stem}.json", json.dumps(sheet, indent=2, ensure_ascii=False).encode("utf-8"))
        else:
            sheets.append(sheet)
    if not out and sheets:
        typer.echo(json.dumps(sheets[0] if len(sheets) == 1 else sheets, indent=2, ensure_ascii=False))
    _report_bad(bad, len(good) + len(bad))
    if bad:
        raise typer.Exit(1)


@app.command()
def build(paths: Optional[list[str]] = typer.Argument(None, help="Inputs (default: the bundled data/articles)."),
          store: str = STORE_OPT, jobs: int = typer.Option(1, "--jobs", help="spaCy processes."),
          verbose: bool = typer.Option(False, "--verbose", "-v", help="One line per article stored.")) -> None:
    """Extract articles and add them to the graph store (one named graph each)."""
    from graph.rdf_build import sheet_to_graph
    from graph.store import open_store
    from nlp.extract import extract_many

    bad: list[IngestError] = []
    try:
        st = open_store(store)
    except CmkgError as err:
        _fail(err)
    st.ensure_ontology()
    if (left := st.flush_summaries()):
        typer.echo(f"cmkg: refreshed {left} deal summaries left pending by an interrupted build", err=True)
    n = 0
    for sheet in _progress(extract_many(_stream(paths or _default_inputs(), bad), n_process=jobs), None, "building"):
        st.add_dataset(sheet_to_graph(sheet), defer=True)  # summaries once per batch: see graph/deal_summary.py
        n += 1
        if n % SUMMARY_BATCH == 0:
            st.flush_summaries()
            st.flush()  # write RocksDB's memtables out: without it RSS grows with the corpus (820 MB vs 160 MB at 3,000)
        if verbose:
            typer.echo(f"cmkg: stored {sheet['article']} ({len(sheet.get('agreements', []))} agreements)", err=True)
    st.flush_summaries()
    st.flush()
    typer.echo(f"cmkg: {n} article(s) in {store}: {len(st.graphs())} named graphs, {len(st)} quads", err=True)
    _report_bad(bad, n + len(bad))
    if bad:
        raise typer.Exit(1)


@app.command()
def deals(with_: str = typer.Option("US", "--with", help="Country name, alias or ISO code."),
          status: Optional[str] = typer.Option(None, "--status", help="Only this status."),
          fmt: str = typer.Option("table", "--format", help="table, json or csv."),
          store: str = STORE_OPT, timeout: float = typer.Option(10.0, "--timeout")) -> None:
    """Which countries have deals with a country, with evidence."""
    from graph.questions import deals_with
    from graph.store import open_store

    try:
        st = open_store(store, read_only=True, must_exist=True)
        rows = deals_with(st, with_, status=status, timeout=timeout)
        from graph.questions import pending_summaries

        if (pending := pending_summaries(st)):
            typer.echo(f"cmkg: note: {pending} deal summaries are pending after an interrupted build; "
                       "run 'cmkg build' to refresh them (cmkg sparql deal_evidence is always current)", err=True)
    except CmkgError as err:
        _fail(err)
    if fmt == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["partner", "label", "core", "status", "agreements", "evidence"])
        for r in rows:
            w.writerow([r["partner"], r["label"], r["core"], r["status"], "; ".join(a["label"] for a in r["agreements"]), r["evidence"][0]["sentence"]])
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
            table.add_row(f"{r['label']} ({r['partner']}){tag}", r["status"], "; ".join(a["label"] for a in r["agreements"]),
                          f"{ev['sentence']} ({ev['article']})")
        Console(width=160).print(table)


@app.command()
def sparql(query: str = typer.Argument(..., help="A query, a .rq file, or the name of a stored query."),
           bind: list[str] = typer.Option([], "--bind", help="name=value (IRI in <>, country code, or literal)."),
           fmt: str = typer.Option("table", "--format", help="table, json, csv, tsv (SELECT/ASK); turtle for CONSTRUCT."),
           store: str = STORE_OPT, timeout: float = typer.Option(10.0, "--timeout")) -> None:
    """Run a read-only SPARQL query (SERVICE, LOAD, FROM and updates are refused)."""
    from graph.query_output import format_result, parse_bindings
    from graph.questions import list_queries
    from graph.sparql import run_query
    from graph.store import open_store

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


@app.command("export")
def export_cmd(fmt: str = typer.Option(..., "--format", help="turtle, trig, nquads, nt, jsonld, graphml or html."),
               out: Path = typer.Option(..., "--out"), store: str = STORE_OPT) -> None:
    """Export the graph as RDF, GraphML or an offline interactive HTML page."""
    from graph.exporters import export
    from graph.store import open_store

    try:
        export(open_store(store, read_only=True, must_exist=True), fmt, out)
    except CmkgError as err:
        _fail(err)
    typer.echo(f"cmkg: wrote {out}", err=True)


@app.command()
def validate(store: str = STORE_OPT) -> None:
    """Check the graph against the SHACL shapes in data/shapes.ttl (exit 1 if it does not conform)."""
    from graph.store import open_store
    from graph.validate import validate_store

    try:
        report = validate_store(open_store(store, read_only=True, must_exist=True))
    except CmkgError as err:
        _fail(err)
    if report.conforms:
        typer.echo(f"cmkg: {store} conforms to the cmkg SHACL shapes")
        return
    typer.echo(report.text.rstrip())
    typer.echo(f"cmkg: {store} does not conform: {report.violations} violation(s)", err=True)
    raise typer.Exit(1)


@app.command()
def serve(port: int = typer.Option(8765, "--port", help="Port (0 picks a free one)."),
          host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; anything but localhost exposes the graph."),
          store: str = STORE_OPT, timeout: float = typer.Option(10.0, "--timeout", help="Seconds per query.")) -> None:
    """Serve the explorer, a query page and a read-only SPARQL endpoint (/sparql)."""
    from graph.exporters import render_store_html
    from graph.oxigraph_server import start_oxigraph
    from graph.questions import list_queries
    from graph.serve import make_server
    from graph.store import open_store

    try:
        html = render_store_html(open_store(store, read_only=True, must_exist=True)).encode("utf-8")
        backend, backend_url = start_oxigraph(store, read_only=True, timeout_s=timeout)
    except CmkgError as err:
        _fail(err)
    try:
        queries = {name: path.read_text(encoding="utf-8") for name, path in list_queries().items()}
        try:
            server = make_server(host, port, backend_url, html, queries, timeout)
        except OSError as exc:
            _fail(CmkgError(E.STORE, f"{host}:{port}: cannot listen ({exc.strerror})"))
        if host not in ("127.0.0.1", "localhost", "::1"):
            typer.echo(f"cmkg: warning: listening on {host}; anyone who can reach it can read the graph", err=True)
        bound_host, bound_port = server.server_address[:2]
        typer.echo(f"cmkg: serving {store} at http://{bound_host}:{bound_port}/ (SPARQL at /sparql); Ctrl-C stops", err=True)
        typer.echo(f"http://{bound_host}:{bound_port}/")
        sys.stdout.flush()
        signal.signal(signal.SIGTERM, _interrupt)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        backend.terminate()
        backend.wait(timeout=10)


@app.command("import")
def import_cmd(path: Path = typer.Argument(...), store: str = STORE_OPT) -> None:
    """Load an RDF file (Turtle, TriG, N-Quads, N-Triples, JSON-LD) into the store."""
    from graph.exporters import import_rdf
    from graph.store import open_store

    try:
        n = import_rdf(open_store(store), path)
    except CmkgError as err:
        _fail(err)
    typer.echo(f"cmkg: imported {n} quads from {path}", err=True)


@app.command("eval")
def eval_cmd(gold_dir: Path = typer.Argument(...), articles_dir: Path = typer.Argument(...),
             as_json: bool = typer.Option(False, "--json")) -> None:
    """Score extraction against gold fact sheets (dev corpus README scoring)."""
    from nlp.evaluate import load_gold, score_corpus
    from nlp.extract import extract_many

    good, bad = _read([str(articles_dir)])
    preds = {Path(s["article"]).stem: s for s in extract_many(good)}
    res = score_corpus(preds, load_gold(gold_dir))
    if as_json:
        typer.echo(json.dumps(res, indent=2, default=str))
    else:
        typer.echo(f"{'field':20s} {'P':>6s} {'R':>6s} {'F1':>6s}   tp  fp  fn")
        for k, v in res["fields"].items():
            typer.echo(f"{k:20s} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}  {v['tp']:3d} {v['fp']:3d} {v['fn']:3d}")
        typer.echo(f"macro F1 {res['macro_f1']:.3f}; " + ", ".join(f"{k} {v}" for k, v in res["accuracy"].items()))
        for stem, a in res["articles"].items():
            for field in res["fields"]:
                if a[field]["fp_items"] or a[field]["fn_items"]:
                    typer.echo(f"  {stem} {field}: FP {a[field]['fp_items']} FN {a[field]['fn_items']}")
    _report_bad(bad, len(good) + len(bad))


def main() -> None:
    try:
        app()
    except CmkgError as err:
        typer.echo(f"cmkg: error: {err}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
