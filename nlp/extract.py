"""The extraction entry point: articles in, fact sheets out.

Batches go through ``nlp.pipe`` so throughput stays close to bare spaCy.  The
model's own components run inside ``nlp.pipe`` (in worker processes when
``n_process > 1``); the ``cmkg_*`` components run afterwards in this process,
because their results (officials, facts) are Python objects that spaCy's
multiprocessing cannot ship back, and because the relation component needs the
publication year (it decides whether a deal "in 2022" is background or news).
An article whose extraction fails comes out as an ``IngestError`` in its place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from cmkg.core.errors import E, IngestError
from cmkg.nlp.article import Article
from cmkg.nlp.dateline import blank_dateline
from cmkg.nlp.factsheet import build_fact_sheet
from cmkg.nlp.model import load_pipeline

__all__ = ["extract", "extract_many"]


def extract_many(
    articles: Iterable[Article], batch_size: int = 16, n_process: int = 1
) -> Iterator[dict[str, Any] | IngestError]:
    nlp = load_pipeline()
    ours = [name for name in nlp.pipe_names if name.startswith("cmkg_")]
    components = [nlp.get_pipe(name) for name in ours]
    with nlp.select_pipes(disable=ours):
        for doc, article in nlp.pipe(
            ((blank_dateline(a.body, a.dateline_span), a) for a in articles),
            as_tuples=True,
            batch_size=batch_size,
            n_process=n_process,
        ):
            try:
                doc._.cmkg_published = article.published
                for component in components:
                    doc = component(doc)
                yield build_fact_sheet(article, doc)
            except Exception as exc:  # one article's failure is one error line; the batch goes on
                yield IngestError(E.ARTICLE_FAILED, article.source, f"extraction failed ({type(exc).__name__}: {exc})")


def extract(article: Article) -> dict[str, Any]:
    sheet = next(extract_many([article]))
    if isinstance(sheet, IngestError):
        raise sheet
    return sheet
