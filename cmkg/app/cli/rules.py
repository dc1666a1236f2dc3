"""``cmkg rules``: the rule registry, and how often each rule fires on a corpus."""

from __future__ import annotations

import json

import typer

from cmkg.app.cli.common import app, fail, progress, report_bad
from cmkg.app.pipeline import read_articles
from cmkg.core.errors import CmkgError
from cmkg.core.terminal import printable

__all__ = ["rules_cmd"]


@app.command("rules")
def rules_cmd(
    paths: list[str] | None = typer.Argument(None, help="Articles to run: adds how often each rule fired."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per rule."),
) -> None:
    """List the extraction rules (id, component, description); with a corpus, count their firings."""
    from cmkg.nlp.rules import fired, load_rules

    try:
        rule_set = load_rules()
    except CmkgError as err:
        fail(err)
    counts = None
    bad = []
    if paths:
        from cmkg.nlp.extract import extract_many

        good, bad = read_articles(paths)
        counts = fired(progress(extract_many(good), len(good), "extracting"))
    rows = [
        {
            "id": r.id,
            "component": r.component,
            "description": r.description,
            "mechanisms": list(r.mechanisms),
            "lexicons": list(r.lexicons),
            "example": r.example,
            **({"fired": counts.get(r.id, 0)} if counts is not None else {}),
        }
        for r in rule_set.records.values()
    ]
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        width = max(len(r["id"]) for r in rows)
        for r in rows:
            count = f"{r['fired']:6d}  " if counts is not None else ""
            typer.echo(f"{r['id']:{width}s}  {count}{r['component']:15s} {printable(r['description'])}")
    if counts is not None:
        unknown = sorted(set(counts) - set(rule_set.records))
        if unknown:  # an id emitted but not declared would be a bug in the rule code
            typer.echo(f"cmkg: error: undeclared rule ids fired: {', '.join(unknown)}", err=True)
            raise typer.Exit(1)
    report_bad(bad, len(paths or []))
    if bad:
        raise typer.Exit(1)
