"""One article whose extraction fails is one coded error in its place; the rest of the batch is extracted.

Failures are forced at the two stages an article goes through (the components reading the Doc, and the fact
sheet built from it), by patching what each stage calls for one article only.
"""

from __future__ import annotations

import pytest

import cmkg.nlp.extract as extract_module
from cmkg.core.errors import IngestError
from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract_many

BAD_URL = "https://bad.example.org/story"
TEXTS = [
    "Peru and Ghana signed a memorandum on lithium on Monday.",
    "Fiji and Laos signed a framework on nickel on Tuesday.",
    "Oman and Chile signed an agreement on copper on Friday.",
]


def _articles():
    urls = ["https://a.example.org/1", BAD_URL, "https://c.example.org/3"]
    return [
        make_article([t], title="t", source=f"s{i}.txt", url=u, published="2025-06-01")
        for i, (t, u) in enumerate(zip(TEXTS, urls, strict=True))
    ]


def _failing_for_bad(real):
    def call(*args, **kwargs):
        article_url = args[0] if isinstance(args[0], str) else getattr(args[0], "url", None)
        if article_url == BAD_URL:
            raise RuntimeError("forced failure")
        return real(*args, **kwargs)

    return call


@pytest.mark.parametrize("stage", ["publisher_of", "build_fact_sheet"])
def test_failure_is_one_error_in_place(monkeypatch, stage):
    monkeypatch.setattr(extract_module, stage, _failing_for_bad(getattr(extract_module, stage)))
    out = list(extract_many(_articles()))
    assert isinstance(out[1], IngestError) and "forced failure" in str(out[1]) and "s1.txt" in str(out[1])
    assert [sorted(a["parties"]) for a in out[0]["agreements"]] == [["GHA", "PER"]]
    assert [sorted(a["parties"]) for a in out[2]["agreements"]] == [["CHL", "OMN"]]
