"""``cmkg eval --checklist``: the behavioural suite's pass rate per capability.

The table is what the README shows (``--markdown``), ``--failures N`` prints
up to N failing cases per capability with what went wrong, and the command
exits 1 when a capability falls below its floor in
``data/checklist/floors.json``, so CI scripts can use it as a gate.
"""

from __future__ import annotations

import json
from itertools import zip_longest
from pathlib import Path
from typing import Any

import typer

from cmkg.app.cli.common import progress
from cmkg.core.resources import load_json
from cmkg.core.terminal import printable

__all__ = ["run_checklist"]

KINDS = ("mft", "inv", "dir")


def _rate(pair: list[int]) -> str:
    return f"{pair[0] / pair[1]:.3f}" if pair[1] else "-"


def _rows(table: dict[str, dict[str, Any]], floors: dict[str, float]) -> list[list[str]]:
    rows = []
    for name, row in table.items():
        floor = floors.get(name)
        flag = " (below floor)" if floor is not None and row["pass_rate"] < floor else ""
        rows.append(
            [name, str(row["cases"]), f"{row['pass_rate']:.3f}{flag}", *(_rate(row[k]) for k in KINDS)]
            + [str(row["invariance_breaks"]), "-" if floor is None else f"{floor:.3f}"]
        )
    total = [sum(r["cases"] for r in table.values()), sum(r["passed"] for r in table.values())]
    breaks = sum(r["invariance_breaks"] for r in table.values())
    rows.append(["all", str(total[0]), _rate([total[1], total[0]]), "", "", "", str(breaks), ""])
    return rows


HEADER = ["capability", "cases", "pass", "mft", "inv", "dir", "inv breaks", "floor"]


def _print_table(rows: list[list[str]], markdown: bool) -> None:
    if markdown:
        typer.echo("| " + " | ".join(HEADER) + " |")
        typer.echo("|" + "|".join("---" if i == 0 else "---:" for i in range(len(HEADER))) + "|")
        for r in rows:
            typer.echo("| " + " | ".join(r) + " |")
        return
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    for r in [HEADER, *rows]:
        cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
        typer.echo("  ".join(cells).rstrip())


def _failure(o) -> dict[str, Any]:
    c = o.case
    out = {"id": c.id, "kind": c.kind, "text": c.text, "problems": list(o.problems), "predicted": o.predicted}
    if c.kind == "inv":
        out |= {"perturbation": c.perturbation, "base_id": c.base_id}
    if c.kind == "dir":
        out |= {"change": c.perturbation, "base": c.base}
    return out


def _failures(outcomes, limit: int) -> dict[str, list[dict[str, Any]]]:
    """Up to ``limit`` failures per capability, one per template in turn, so examples are varied."""
    groups: dict[str, dict[str, list]] = {}
    for o in outcomes:
        if not o.passed:
            groups.setdefault(o.case.capability, {}).setdefault(o.case.id.rsplit(".", 1)[0], []).append(o)
    out: dict[str, list[dict[str, Any]]] = {}
    for cap, by_template in groups.items():
        rounds = zip_longest(*by_template.values())
        ordered = [o for r in rounds for o in r if o is not None]
        out[cap] = [_failure(o) for o in ordered[:limit]]
    return out


def run_checklist(
    seed: int,
    capability: list[str] | None,
    failures: int,
    as_json: bool,
    markdown: bool,
    suite: Path | None = None,
) -> None:
    """Run the built-in suite, or another in ``suite``; only the built-in suite has floors to hold."""
    from cmkg.nlp.checklist import capabilities, generate, run_cases, summarise

    unknown = sorted(set(capability or ()) - {c["name"] for c in capabilities(suite)})
    if unknown:
        raise typer.BadParameter(f"no capability named {', '.join(unknown)}", param_hint="--capability")
    cases = generate(seed, set(capability) if capability else None, suite)
    outcomes = run_cases(cases, progress=lambda it: progress(it, len(cases), "checklist"))
    table = summarise(outcomes)
    floors = {} if suite is not None else load_json("checklist", "floors.json")["floors"]
    below = [n for n, r in table.items() if n in floors and r["pass_rate"] < floors[n]]
    if as_json:
        fails = _failures(outcomes, failures if failures else len(outcomes))
        typer.echo(json.dumps({"seed": seed, "capabilities": table, "floors": floors, "failures": fails}, indent=2))
    else:
        _print_table(_rows(table, floors), markdown)
        for name, items in _failures(outcomes, failures).items() if failures else ():
            typer.echo(f"\n{name}: failing cases")
            for f in items:
                typer.echo(f"  {f['id']}: {printable(f['text'])}")
                for p in f["problems"]:
                    typer.echo(f"      - {printable(p)}")
    if below:
        typer.echo(f"cmkg: {len(below)} capabilities below their floor: {', '.join(below)}", err=True)
        raise typer.Exit(1)
