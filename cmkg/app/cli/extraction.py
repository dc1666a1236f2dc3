"""Commands that read articles: extract, build, eval."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from cmkg.app.cli.common import STORE_OPT, app, fail, progress, report_bad
from cmkg.app.pipeline import read_articles
from cmkg.core.errors import CmkgError, E, IngestError
from cmkg.core.terminal import printable

__all__ = ["extract", "build", "eval_cmd"]


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Article files, directories or .jsonl corpora."),
    out: Path | None = typer.Option(None, "--out", help="Write DIR/<article stem>.json instead of printing."),
) -> None:
    """One fact sheet per article (JSON in the dev-corpus gold schema, plus evidence)."""
    from cmkg.graph.exporters import atomic_write
    from cmkg.nlp.extract import extract_many

    good, bad = read_articles(paths)
    sheets = []
    for article, sheet in zip(good, progress(extract_many(good), len(good), "extracting"), strict=True):
        if isinstance(sheet, IngestError):
            bad.append(sheet)
        elif out:
            atomic_write(out / f"{article.stem}.json", json.dumps(sheet, indent=2, ensure_ascii=False).encode("utf-8"))
        else:
            sheets.append(sheet)
    if not out and sheets:
        typer.echo(json.dumps(sheets[0] if len(sheets) == 1 else sheets, indent=2, ensure_ascii=False))
    report_bad(bad, len(good) + len(bad))
    if bad:
        raise typer.Exit(1)


@app.command()
def build(
    paths: list[str] | None = typer.Argument(None, help="Inputs (default: the bundled data/articles)."),
    store: str = STORE_OPT,
    jobs: int = typer.Option(1, "--jobs", help="spaCy processes."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="One line per article stored."),
) -> None:
    """Extract articles and add them to the graph store (one named graph each)."""
    from cmkg.app.pipeline import build_store
    from cmkg.graph.store import open_store
    from cmkg.graph.store_errors import store_errors

    def stored(sheet: dict) -> None:
        if verbose:
            n = len(sheet.get("agreements", []))
            typer.echo(f"cmkg: stored {printable(sheet['article'])} ({n} agreements)", err=True)

    try:
        st = open_store(store)
    except CmkgError as err:
        fail(err)
    try:
        with store_errors(store):
            report = build_store(
                st, paths, jobs=jobs, on_stored=stored, progress=lambda it: progress(it, None, "building")
            )
    except CmkgError as err:
        fail(err)
    if report.refreshed_pending:
        typer.echo(
            f"cmkg: refreshed {report.refreshed_pending} deal summaries left pending by an interrupted build", err=True
        )
    typer.echo(
        f"cmkg: {report.stored} article(s) in {store}: {len(st.graphs())} named graphs, {len(st)} quads", err=True
    )
    report_bad(report.bad, report.stored + len(report.bad))
    if report.bad:
        raise typer.Exit(1)


def _predict(sheets, bad: list) -> dict:
    """Fact sheets by article stem; an article whose extraction failed goes to ``bad``."""
    preds = {}
    for sheet in sheets:
        if isinstance(sheet, IngestError):
            bad.append(sheet)
        else:
            preds[Path(sheet["article"]).stem] = sheet
    return preds


@app.command("eval")
def eval_cmd(
    gold_dir: Path | None = typer.Argument(None),
    articles_dir: Path | None = typer.Argument(None),
    as_json: bool = typer.Option(False, "--json"),
    fold: str = typer.Option(
        "all", "--fold", help="all, tuning or validation (items numbered 03, 06, ...; scored, errors hidden)."
    ),
    all_errors: bool = typer.Option(
        False,
        "--all-errors",
        help="Also list errors of items numbered 03, 06, ... (for corpora with no held-out fold).",
    ),
    checklist: bool = typer.Option(False, "--checklist", help="Run the behavioural suite instead of a gold corpus."),
    failures: int = typer.Option(0, "--failures", help="With --checklist: show up to N failing cases per capability."),
    capability: list[str] | None = typer.Option(None, "--capability", help="With --checklist: only this capability."),
    seed: int | None = typer.Option(None, "--seed", help="With --checklist: another fill of the templates."),
    markdown: bool = typer.Option(False, "--markdown", help="With --checklist: the table in Markdown."),
) -> None:
    """Score extraction against gold fact sheets (dev corpus README scoring), or run the behavioural suite."""
    if checklist:
        from cmkg.app.cli.checklist import run_checklist
        from cmkg.nlp.checklist import DEFAULT_SEED

        run_checklist(DEFAULT_SEED if seed is None else seed, capability, failures, as_json, markdown)
        return
    if gold_dir is None or articles_dir is None:
        raise typer.BadParameter("give GOLD_DIR and ARTICLES_DIR, or --checklist")
    from cmkg.nlp.evaluate import FOLDS, in_fold, load_gold, score_corpus
    from cmkg.nlp.extract import extract_many

    if fold not in FOLDS:
        fail(CmkgError(E.BAD_CONFIG, f"--fold {fold}: expected one of {', '.join(FOLDS)}"))
    golds = {stem: g for stem, g in load_gold(gold_dir).items() if in_fold(stem, fold)}
    good, bad = read_articles([str(articles_dir)])
    good = [a for a in good if in_fold(a.stem, fold)]
    res = score_corpus(_predict(extract_many(good), bad), golds)
    hidden = [] if all_errors else [stem for stem in golds if not in_fold(stem, "tuning")]
    for stem in hidden:  # the held-out fold is scored, never read: no per-item errors
        for field in res["fields"]:
            res["articles"][stem][field]["fp_items"] = res["articles"][stem][field]["fn_items"] = []
    if as_json:
        typer.echo(json.dumps(res, indent=2, default=str))
    else:
        typer.echo(f"{'field':20s} {'P':>6s} {'R':>6s} {'F1':>6s}   tp  fp  fn")
        for k, v in res["fields"].items():
            typer.echo(
                f"{k:20s} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}  "
                f"{v['tp']:3d} {v['fp']:3d} {v['fn']:3d}"
            )
        typer.echo(f"macro F1 {res['macro_f1']:.3f}; " + ", ".join(f"{k} {v}" for k, v in res["accuracy"].items()))
        if hidden:
            typer.echo(f"(per-item errors of {len(hidden)} validation-fold item(s) hidden)")
        for stem, a in res["articles"].items():
            for field in res["fields"]:
                if a[field]["fp_items"] or a[field]["fn_items"]:
                    typer.echo(printable(f"  {stem} {field}: FP {a[field]['fp_items']} FN {a[field]['fn_items']}"))
    report_bad(bad, len(good) + len(bad))
    if bad:
        raise typer.Exit(1)  # a score over a partial corpus must not pass for a full one
