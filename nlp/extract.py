"""The extraction entry point: articles in, fact sheets out.

Batches go through ``nlp.pipe`` so throughput stays close to bare spaCy; the
relation component runs after the publication year is attached to each doc
(it decides whether a deal "in 2022" is background or news).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from nlp.article import Article
from nlp.factsheet import build_fact_sheet
from nlp.model import load_pipeline

__all__ = ["extract", "extract_many"]


def extract_many(articles: Iterable[Article], batch_size: int = 16, n_process: int = 1) -> Iterator[dict[str, Any]]:
    nlp = load_pipeline()
    relations = nlp.get_pipe("cmkg_relations")
    with nlp.select_pipes(disable=["cmkg_relations"]):
        for doc, article in nlp.pipe(((a.body, a) for a in articles), as_tuples=True, batch_size=batch_size, n_process=n_process):
            doc._.cmkg_published = article.published
            relations(doc)
            yield build_fact_sheet(article, doc)


def extract(article: Article) -> dict[str, Any]:
    return next(extract_many([article]))
