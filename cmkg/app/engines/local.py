"""``cmkg build`` on one machine: all the per-article work where the article is extracted.

The model, the rules, the fact sheet, its RDF and its N-Quads are made in one
go, in this process or (``--jobs N``) in N spawned worker processes, each
loading the pipeline once.  A worker hands back each article's finished
N-Quads, small bytes that cost nothing to unpickle, and never a fact sheet:
when it did, the parent built every article's RDF and wrote the store
serially, and two processes gave 1.56 times one.  The parent now only
streams the finished N-Quads into the store, in batches, and recomputes the
deal summaries once (``cmkg.app.pipeline.build_store``).

One process and ``--jobs N`` run the same functions on the same batches, so
they give the same graph by construction; only where the functions run differs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from cmkg.core.errors import E, IngestError
from cmkg.core.factsheet import FactSheetError
from cmkg.core.pool import chunks_of, ordered_chunks

__all__ = ["BATCH", "BuiltArticle", "article_graphs", "build_articles", "built_articles"]

BATCH = 16  # articles per nlp.pipe batch and per chunk sent to a worker


@dataclass(frozen=True)
class BuiltArticle:
    """One article ready to store: its named graphs as N-Quads, and what ``cmkg build -v`` says about it."""

    source: str
    agreements: int
    graphs: tuple[tuple[str, bytes], ...]  # (named graph IRI, N-Quads), the entities graph among them


def article_graphs(sheet: dict[str, Any]) -> list[tuple[str, bytes]]:
    """One fact sheet as (named graph IRI, N-Quads): what every engine stores for an article."""
    from cmkg.graph.rdf_build import sheet_to_graph
    from cmkg.graph.store import dataset_graphs

    return list(dataset_graphs(sheet_to_graph(sheet)))


def _built(sheet: dict[str, Any]) -> BuiltArticle | IngestError:
    try:
        graphs = article_graphs(sheet)
    except FactSheetError as err:  # a rule bug must not cost the rest of the batch
        return err
    except Exception as exc:  # nor may any other failure of one article
        return IngestError(E.ARTICLE_FAILED, sheet.get("article", "?"), f"cannot build its graph ({exc})")
    return BuiltArticle(sheet["article"], len(sheet.get("agreements", [])), tuple(graphs))


def build_articles(articles: list[Any], batch_size: int = BATCH) -> list[BuiltArticle | IngestError]:
    """Extract ``articles`` and turn each fact sheet into N-Quads, in this process; a failed article comes
    back as its ``IngestError``, in its place."""
    from cmkg.nlp.extract import extract_batch

    return [s if isinstance(s, IngestError) else _built(s) for s in extract_batch(articles, batch_size)]


def _load_pipeline() -> None:
    from cmkg.nlp.model import load_pipeline

    load_pipeline()


def built_articles(articles: Iterable[Any], jobs: int = 1) -> Iterator[BuiltArticle | IngestError]:
    """Every article of ``articles`` built (``build_articles``), in input order, in ``jobs`` processes."""
    if jobs > 1:
        work = partial(build_articles, batch_size=BATCH)
        return ordered_chunks(articles, work, chunk_size=BATCH, n_process=jobs, initializer=_load_pipeline)
    return (item for chunk in chunks_of(articles, BATCH) for item in build_articles(chunk))
