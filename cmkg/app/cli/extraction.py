"""Commands that read articles: extract, build, eval."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from cmkg.app.cli.common import STORE_OPT, app, fail, print_error, progress, report_bad
from cmkg.app.pipeline import read_articles
from cmkg.core.errors import CmkgError, E, IngestError
from cmkg.core.terminal import printable

__all__ = ["extract", "build", "eval_cmd"]


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., metavar="PATH", hidden=True, show_default=False),
    out: Path | None = typer.Option(
        None, "--out", metavar="DIR", help="Write DIR/<article stem>.json instead of printing."
    ),
) -> None:
    """One fact sheet per article (JSON in the dev-corpus gold schema, plus evidence).

    PATH: article files (.txt, .html), directories or .jsonl corpora.

    Example: cmkg extract article.txt --out sheets/
    """
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


ENGINES = ("local", "dask")


def _engine_options(engine: str, jobs: int, workers: int | None, scheduler: str | None) -> None:
    """Refuse option mixes that would be silently ignored."""
    if engine not in ENGINES:
        fail(CmkgError(E.ENGINE_OPTIONS, f"--engine {engine}: unknown engine; expected one of {', '.join(ENGINES)}"))
    if engine == "local" and (workers or scheduler):
        fail(CmkgError(E.ENGINE_OPTIONS, "--workers and --scheduler need --engine dask"))
    if engine == "dask" and jobs != 1:
        fail(CmkgError(E.ENGINE_OPTIONS, "--jobs is for the local engine; with --engine dask use --workers"))
    if workers and scheduler:
        fail(CmkgError(E.ENGINE_OPTIONS, "give --workers (a local cluster) or --scheduler (an existing one), not both"))
    if jobs < 1 or (workers is not None and workers < 1):
        fail(CmkgError(E.ENGINE_OPTIONS, "--jobs and --workers must be at least 1"))


def _dask_build(st, paths, *, workers, scheduler, parts, shard_mb, verbose):
    try:
        from cmkg.app.engines.dask_engine import build_with_dask, default_parts_dir
    except ImportError as exc:
        fail(CmkgError(E.ENGINE_MISSING, f"--engine dask needs Dask: pip install 'cmkg[dask]' ({exc})"))

    def stored(part) -> None:
        if verbose:
            typer.echo(f"cmkg: partition {part.name}: {part.stored} article(s) -> {part.nquads}", err=True)

    return build_with_dask(
        st,
        paths,
        workers=workers,
        scheduler=scheduler,
        parts_dir=parts or default_parts_dir(st.location),
        shard_bytes=int(shard_mb * 1_000_000) if shard_mb else None,
        progress=lambda it, total: progress(it, total, "partitions"),
        on_part=stored,
    )


# The build command's engine options, declared apart so the command itself reads in one screen.
_JOBS_OPT = typer.Option(1, "--jobs", metavar="N", help="Local engine: processes, each running the whole extraction.")
_ENGINE_OPT = typer.Option("local", "--engine", metavar="ENGINE", help="local (this machine) or dask (a Dask cluster).")
_WORKERS_OPT = typer.Option(None, "--workers", metavar="N", help="Dask: start a local cluster of N worker processes.")
_SCHEDULER_OPT = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Dask: address of a running scheduler.")
_PARTS_OPT = typer.Option(
    None,
    "--parts",
    metavar="DIR",
    help="Dask: directory for the partition outputs, shared by all workers (default STORE-parts).",
)
_PARTITION_MB_OPT = typer.Option(
    None,
    "--partition-mb",
    metavar="MB",
    help="Dask: input megabytes per partition (default: about 1/64 of the corpus, 0.25-4).",
)


@app.command()
def build(
    paths: list[str] | None = typer.Argument(None, metavar="PATH", hidden=True, show_default=False),
    store: str = STORE_OPT,
    jobs: int = _JOBS_OPT,
    engine: str = _ENGINE_OPT,
    workers: int | None = _WORKERS_OPT,
    scheduler: str | None = _SCHEDULER_OPT,
    parts: str | None = _PARTS_OPT,
    shard_mb: float | None = _PARTITION_MB_OPT,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="One line per article (per partition with dask)."),
) -> None:
    """Extract articles and add them to the graph store (one named graph each).

    PATH: article files (.txt, .html), directories or .jsonl corpora; default: the bundled data/articles.

    Example: cmkg build ../shared/eval/dev/articles --store cmkg-store
    """
    from cmkg.app.engines.local import BuiltArticle
    from cmkg.app.pipeline import build_store
    from cmkg.graph.store import open_store
    from cmkg.graph.store_errors import store_errors

    _engine_options(engine, jobs, workers, scheduler)

    def stored(article: BuiltArticle) -> None:
        if verbose:
            typer.echo(f"cmkg: stored {printable(article.source)} ({article.agreements} agreements)", err=True)

    try:
        st = open_store(store)
        with store_errors(store):  # a full disk or a damaged store mid-build: one line, not a traceback
            if engine == "dask":
                report = _dask_build(
                    st, paths, workers=workers, scheduler=scheduler, parts=parts, shard_mb=shard_mb, verbose=verbose
                )
            else:
                report = build_store(
                    st, paths, jobs=jobs, on_stored=stored, progress=lambda it, total: progress(it, total, "building")
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
    if verbose and report.seconds:
        typer.echo("cmkg: " + ", ".join(f"{phase} {s:,.1f} s" for phase, s in report.seconds.items()), err=True)
    report_bad(report.bad, report.stored + len(report.bad))
    if report.bad:
        raise typer.Exit(1)


def _plain(item: object) -> str:
    """A scored item as text: a set of parties reads "AUS+USA", not "frozenset({'AUS', 'USA'})"."""
    if isinstance(item, (set, frozenset)):
        return "+".join(sorted(_plain(x) for x in item))
    if isinstance(item, (tuple, list)):
        return "/".join(_plain(x) for x in item)
    return str(item)


def _json_default(value: object) -> object:
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(x) for x in value)
    return str(value)


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
    gold_dir: Path | None = typer.Argument(None, metavar="GOLD_DIR", hidden=True),
    articles_dir: Path | None = typer.Argument(None, metavar="ARTICLES_DIR", hidden=True),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    fold: str = typer.Option(
        "all",
        "--fold",
        metavar="FOLD",
        help="all, tuning or validation (items numbered 03, 06, ...; scored, errors hidden).",
    ),
    errors: str | None = typer.Option(
        None,
        "--errors",
        metavar="VIEW",
        help="Per-item errors to list: tuning (hide items 03, 06, ...), all, or none (blind corpus). "
        "Default: the corpus's corpus.json, else tuning.",
    ),
    all_errors: bool = typer.Option(False, "--all-errors", help="Same as --errors all."),
    checklist: bool = typer.Option(False, "--checklist", help="Run the behavioural suite instead of a gold corpus."),
    failures: int = typer.Option(
        0, "--failures", metavar="N", help="With --checklist: show up to N failing cases per capability."
    ),
    capability: list[str] | None = typer.Option(
        None, "--capability", metavar="NAME", help="With --checklist: only this capability."
    ),
    seed: int | None = typer.Option(
        None, "--seed", metavar="N", help="With --checklist: another fill of the templates."
    ),
    markdown: bool = typer.Option(False, "--markdown", help="With --checklist: the table in Markdown."),
    suite: Path | None = typer.Option(
        None,
        "--suite",
        metavar="PATH",
        help="With --checklist: another suite (a capability file or a folder of them) instead of the "
        "built-in one; it has no floors.",
    ),
) -> None:
    """Score extraction against gold fact sheets (dev corpus README scoring), or run the behavioural suite.

    GOLD_DIR holds one <stem>.json per article; ARTICLES_DIR the articles, one <stem>.txt each.

    Exits 1 when an article could not be read or a gold file has no article.

    Example: cmkg eval ../shared/eval/dev/gold ../shared/eval/dev/articles
    """
    if checklist:
        from cmkg.app.cli.checklist import run_checklist
        from cmkg.nlp.checklist import DEFAULT_SEED

        run_checklist(DEFAULT_SEED if seed is None else seed, capability, failures, as_json, markdown, suite)
        return
    if gold_dir is None or articles_dir is None:
        raise typer.BadParameter("give GOLD_DIR and ARTICLES_DIR, or --checklist")
    _score_gold(gold_dir, articles_dir, fold, _error_view(gold_dir, "all" if all_errors else errors), as_json)


def _error_view(gold_dir: Path, asked: str | None) -> str:
    """An explicit --errors wins over what the corpus declares for itself."""
    from cmkg.nlp.evaluate import ERROR_VIEWS, corpus_error_view

    if asked is None:
        try:
            return corpus_error_view(gold_dir)
        except CmkgError as exc:
            fail(exc)
    if asked not in ERROR_VIEWS:
        fail(CmkgError(E.BAD_CONFIG, f"--errors {asked}: expected one of {', '.join(ERROR_VIEWS)}"))
    return asked


def _score_gold(gold_dir: Path, articles_dir: Path, fold: str, view: str, as_json: bool) -> None:
    """Score one fold of a gold corpus; exit 1 when an input failed or a gold file has no article."""
    from cmkg.nlp.evaluate import FOLDS, errors_shown, in_fold, load_gold, score_corpus
    from cmkg.nlp.extract import extract_many

    if fold not in FOLDS:
        fail(CmkgError(E.BAD_CONFIG, f"--fold {fold}: expected one of {', '.join(FOLDS)}"))
    golds = {stem: g for stem, g in load_gold(gold_dir).items() if in_fold(stem, fold)}
    good, bad = read_articles([str(articles_dir)])
    good = [a for a in good if in_fold(a.stem, fold)]
    preds = _predict(extract_many(good), bad)
    unread = {Path(e.path).stem for e in bad if getattr(e, "path", None)}
    orphans = [stem for stem in golds if stem not in preds and stem not in unread]
    res = score_corpus(preds, golds)
    hidden = [stem for stem in golds if not errors_shown(stem, view)]
    for stem in hidden:  # a held-out item is scored, never read: no per-item errors
        for field in res["fields"]:
            res["articles"][stem][field]["fp_items"] = res["articles"][stem][field]["fn_items"] = []
    if as_json:
        typer.echo(json.dumps(res, indent=2, default=_json_default))
    else:
        _print_scores(res, len(hidden))
    for stem in orphans:
        print_error(CmkgError(E.EVAL_INPUTS, f"{gold_dir / (stem + '.json')}: no article '{stem}' in {articles_dir}"))
    report_bad(bad, len(good) + len(bad))
    if bad or orphans:
        raise typer.Exit(1)


def _print_scores(res: dict, hidden: int = 0) -> None:
    typer.echo(f"{'field':20s} {'P':>6s} {'R':>6s} {'F1':>6s}  {'95% interval':>12s}   tp  fp  fn")
    for k, v in res["fields"].items():
        lo, hi = v["interval"]
        typer.echo(
            f"{k:20s} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}  {lo:5.3f}-{hi:5.3f}"
            f"  {v['tp']:3d} {v['fp']:3d} {v['fn']:3d}"
        )
    typer.echo(f"macro F1 {res['macro_f1']:.3f}; " + ", ".join(f"{k} {v}" for k, v in res["accuracy"].items()))
    if hidden:
        typer.echo(f"(per-item errors of {hidden} held-out item(s) hidden)")
    for stem, a in res["articles"].items():
        for field in res["fields"]:
            fp = ", ".join(_plain(x) for x in a[field]["fp_items"])
            fn = ", ".join(_plain(x) for x in a[field]["fn_items"])
            if fp or fn:
                typer.echo(printable(f"  {stem} {field}: FP [{fp}] FN [{fn}]"))
