"""The extraction entry point: articles in, fact sheets out.

Batches go through ``nlp.pipe`` so throughput stays close to bare spaCy.  The
model's components run inside ``nlp.pipe``; the ``cmkg_*`` components run
right after it on each Doc, because the relation component needs the
publication year (it decides whether a deal "in 2022" is background or news).

With ``n_process > 1`` the whole extraction, model, cmkg components and fact
sheet builder, runs in a pool of worker processes, each loading the pipeline
once.  spaCy's own ``n_process`` cannot do that: it ships Docs back with
``Doc.to_bytes``, which cannot serialise the cmkg components' Python objects
(measured: E871 on the first batch), so the rules had to run in the parent,
and two processes gave 0.92 of bare spaCy.  The pool (``cmkg.core.pool``)
ships articles in and fact sheets (plain dicts) out instead; ``cmkg build
--jobs N`` goes further and has its workers return finished N-Quads
(``cmkg.app.engines.local``).

An article whose extraction fails comes out as an ``IngestError`` in its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, partial
from typing import Any

from spacy.tokens import Doc

from cmkg.core.errors import E, IngestError
from cmkg.core.pool import ordered_chunks
from cmkg.nlp.article import Article
from cmkg.nlp.dateline import blank_datelines
from cmkg.nlp.factsheet import build_fact_sheet
from cmkg.nlp.footnotes import blank_footnotes
from cmkg.nlp.igo_sites import igo_publisher
from cmkg.nlp.model import load_pipeline
from cmkg.nlp.publisher import publisher_of
from cmkg.nlp.regional_sites import regional_country, regional_publisher
from cmkg.nlp.rules import rules

__all__ = ["annotated_docs", "extract", "extract_many", "extract_batch", "blank_bullets"]


def annotated_docs(
    articles: Iterable[Article], batch_size: int = 16, skip: frozenset[str] = frozenset()
) -> Iterator[tuple[Article, Doc | Exception]]:
    """Each article with its Doc after the model and the cmkg components (less ``skip``), or the exception that
    stopped them: the fact-sheet builder and the recall layer's trainer read the same Docs."""
    nlp = load_pipeline()
    ours = [name for name in nlp.pipe_names if name.startswith("cmkg_")]
    components = [nlp.get_pipe(name) for name in ours if name not in skip]
    with nlp.select_pipes(disable=ours):
        for doc, article in nlp.pipe(
            ((blank_footnotes(blank_bullets(blank_datelines(a.body, a.dateline_spans))), a) for a in articles),
            as_tuples=True,
            batch_size=batch_size,
        ):
            try:
                doc._.cmkg_published = article.published
                doc._.cmkg_title = article.title
                doc._.cmkg_dateline = (article.dateline.place, article.dateline.agency) if article.dateline else None
                doc._.cmkg_item_datelines = tuple(
                    (article.paragraphs[d.paragraph].start, d.place) for d in article.later_datelines
                )
                # a URL says whose site it is (a news site's: no government); without one, the page's furniture
                # a provincial site with no national host label ('quebec.ca') names its country through the place
                doc._.cmkg_publisher = publisher_of(article.url, regional_country(article.url) or article.government)
                doc._.cmkg_regional_publisher = regional_publisher(article.url)
                doc._.cmkg_igo_publisher = igo_publisher(article.url)
                for component in components:
                    doc = component(doc)
            except Exception as exc:  # one article's failure is its own; the batch goes on
                yield article, exc
                continue
            yield article, doc


def _extract_here(articles: Iterable[Article], batch_size: int) -> Iterator[dict[str, Any] | IngestError]:
    for article, doc in annotated_docs(articles, batch_size):
        try:
            if isinstance(doc, Exception):
                raise doc
            yield build_fact_sheet(article, doc)
        except Exception as exc:  # one article's failure is one error line; the batch goes on
            yield IngestError(E.ARTICLE_FAILED, article.source, f"extraction failed ({type(exc).__name__}: {exc})")


def extract_batch(articles: list[Article], batch_size: int = 16) -> list[dict[str, Any] | IngestError]:
    """Fact sheets of ``articles`` in this process (the pipeline is loaded once per process and cached)."""
    return list(_extract_here(articles, batch_size))


def _load_in_worker() -> None:
    load_pipeline()


def extract_many(
    articles: Iterable[Article], batch_size: int = 16, n_process: int = 1
) -> Iterator[dict[str, Any] | IngestError]:
    """Fact sheets in input order (an ``IngestError`` in place of a failed article); ``n_process > 1`` runs the
    whole extraction in worker processes."""
    if n_process > 1:
        work = partial(extract_batch, batch_size=batch_size)
        return ordered_chunks(articles, work, chunk_size=batch_size, n_process=n_process, initializer=_load_in_worker)
    return _extract_here(articles, batch_size)


@cache
def _bullet_pattern(glyphs: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"(?m)^([ \t]*)[" + re.escape("".join(sorted(glyphs))) + r"](?=[ \t])")


def blank_bullets(body: str) -> str:
    """Bullet glyphs that open a line turned to spaces: the parser reads '\u2022 X and Y signed' badly.

    Dashes stay (they are also list markers the member-list rule reads); offsets stay valid.
    """
    glyphs = rules().words("agreement.bullets") - rules().words("agreement.compound_joiners")
    return _bullet_pattern(glyphs).sub(lambda m: m.group(1) + " ", body)


def extract(article: Article) -> dict[str, Any]:
    sheet = next(extract_many([article]))
    if isinstance(sheet, IngestError):
        raise sheet
    return sheet
