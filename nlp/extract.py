"""The extraction entry point: articles in, fact sheets out.

Batches go through ``nlp.pipe`` so throughput stays close to bare spaCy.  The
model's own components run inside ``nlp.pipe`` (in worker processes when
``n_process > 1``); the ``cmkg_*`` components run afterwards in this process,
because their results (officials, facts) are Python objects that spaCy's
multiprocessing cannot ship back, and because the relation component needs the
publication year (it decides whether a deal "in 2022" is background or news).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from cmkg.nlp.article import Article
from cmkg.nlp.dateline import blank_dateline
from cmkg.nlp.factsheet import build_fact_sheet
from cmkg.nlp.model import load_pipeline
from cmkg.nlp.rules import rules

__all__ = ["extract", "extract_many", "blank_bullets"]


def extract_many(articles: Iterable[Article], batch_size: int = 16, n_process: int = 1) -> Iterator[dict[str, Any]]:
    nlp = load_pipeline()
    ours = [name for name in nlp.pipe_names if name.startswith("cmkg_")]
    components = [nlp.get_pipe(name) for name in ours]
    with nlp.select_pipes(disable=ours):
        for doc, article in nlp.pipe(
            ((blank_bullets(blank_dateline(a.body, a.dateline_span)), a) for a in articles),
            as_tuples=True,
            batch_size=batch_size,
            n_process=n_process,
        ):
            doc._.cmkg_published = article.published
            for component in components:
                doc = component(doc)
            yield build_fact_sheet(article, doc)


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
    return next(extract_many([article]))
