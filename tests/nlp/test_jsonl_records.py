"""JSONL records: arbitrary JSON values never stop a corpus, and a record keeps its own identity."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmkg.core.errors import IngestError
from cmkg.nlp.article import Article
from cmkg.nlp.ingest import iter_articles
from cmkg.nlp.ingest.jsonl import RECORD_FIELDS

HEADER = "Lithium pact signed\nSource: https://news.example/pact\nPublished: 2024-03-01\n\n"
BODY = "The United States and Japan signed a critical minerals agreement on lithium and cobalt supply."

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
texts = st.sampled_from(
    ["", " ", BODY, HEADER + BODY, "<html><body><article><p>" + BODY + "</p></article></body></html>"]
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "url": json_values | st.just("https://x.example/a"),
        "title": json_values | st.just("A title"),
        "published": json_values | st.just("2024-05-06"),
        "text": json_values | texts,
        "html": json_values | texts,
        "extra": json_values,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(records, min_size=1, max_size=6))
def test_arbitrary_records_give_one_article_or_one_error_each(tmp_path, recs):
    path = tmp_path / "fuzz.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    items = list(iter_articles([path]))
    assert len(items) == len(recs)
    for n, (rec, item) in enumerate(zip(recs, items, strict=True), 1):
        assert isinstance(item, (Article, IngestError))
        if isinstance(item, IngestError):
            assert item.line == n and "\n" not in str(item)
            continue
        for field in ("title", "url"):
            if isinstance(rec.get(field), str) and rec[field].strip():
                assert getattr(item, field) == " ".join(rec[field].split()) or getattr(item, field) == rec[field]
        assert all(isinstance(rec.get(f), (*t,)) for f, t in RECORD_FIELDS.items() if f in rec)


def test_records_with_different_ids_stay_different_articles(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [{"id": f"r{i}", "text": HEADER + BODY} for i in range(3)]
    lines.append({"id": "own", "url": "https://own.example/1", "title": "Own title", "text": HEADER + BODY})
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    arts = list(iter_articles([path]))
    assert all(isinstance(a, Article) for a in arts)
    assert len({a.key for a in arts}) == 4
    own = arts[-1]
    assert (own.url, own.title, own.published) == ("https://own.example/1", "Own title", "2024-03-01")
    assert arts[0].url == "https://news.example/pact" and arts[0].source.endswith("#r0")
