"""The other side named by role (the host) and a subject named by title alone (its/the minister)."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract_many

CASES = [
    # the host: the venue's state, or the agent of a host verb
    ("At a forum in Lima on Monday, Kenya's trade minister signed a memorandum on zinc with the host government.",
     [{"KEN", "PER"}]),
    ("At a summit hosted by Ghana on Friday, Chile signed a framework with its host.", [{"CHL", "GHA"}]),
    ("Officials from Latvia met in Nairobi on Tuesday, where they signed a pact with their hosts.", [{"LVA", "KEN"}]),
    # no venue, no host verb: no side to add
    ("Chile signed a framework with its host on Friday.", []),
    # a title with 'its' is the state just made subject; with 'the', the state whose official was just named
    ("Ecuador wants more copper.\n\nOn Monday, its trade minister signed a deal with Latvia in Riga.",
     [{"ECU", "LVA"}]),
    ("Kenya's mines minister Ada Fenwick travelled to Peru on Monday. There, the minister signed a framework "
     "on zinc with the Peruvian government.", [{"KEN", "PER"}]),
    # a title with its own state keeps it
    ("Ghana's trade minister signed a deal with Chile on Monday.", [{"GHA", "CHL"}]),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    texts = [t for t, _ in CASES]
    arts = [
        make_article(t.split("\n\n"), title="t", source=f"side{i}.txt", published="2025-06-01")
        for i, t in enumerate(texts)
    ]
    return dict(zip(texts, extract_many(arts), strict=True))


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_side_named_by_role(sheets, text, expected):
    assert [set(a["parties"]) for a in sheets[text]["agreements"]] == expected
