"""People whose office is in a firm named after 'at' hold no public office (round 22, official18ag).

"head of metals strategy at Corvel Bank", "a director at Andes Policy Group", "head of battery research at
Hollins & Marr", "a director at Sandbar" after "Sandbar Research, a Hong Kong consultancy": the body after 'at'
is a firm (``employers._firm_at``). Near misses: a body whose name goes on with 'of' ('the Bank of Ghana') or
holds a government body word ('at the Ministry of Trade & Industry'), and an office held 'at' a known agency,
stay public. Every name is invented.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract_many

PRIVATE = [
    '"Price floors are the missing piece," said Marcus Obi-Lindgren, head of metals strategy at Corvel Bank.',
    '"Silver is a bigger market," said Anneke Verhoef, head of metals research at Harbourline Capital in Singapore.',
    '"It leaves out the big producers," said Tomasz Echevarría, a director at Andes Policy Group in Santiago.',
    '"Every move is about who processes," said Laura Brenner, head of research at Foxley Commodities in London.',
    '"Permits are a throttle," said Priya Raman-Holt, head of battery research at Hollins & Marr.',
    "Analysts at Sandbar Research, a Hong Kong consultancy, say approvals take 45 days.\n\n"
    '"The system was built to be switched on and off," said Wong Ka-ming, a director at Sandbar.',
    '"A floor is only as credible as its balance sheet," said Cormac Dunne, head of commodities research at '
    "Fenwright Investments.",
]

# (text, name, role) near misses: still public offices
PUBLIC = [
    (
        "Ghana's central bank is watching gold flows, said Kwame Asante, head of research at the Bank of Ghana.",
        "Kwame Asante",
        "Head of Research",
    ),
    (
        "Chua Wei Ling, a director at the Ministry of Trade & Industry of Singapore, said talks would resume.",
        "Chua Wei Ling",
        "Director",
    ),
]


@pytest.fixture(scope="module")
def sheets():
    texts = PRIVATE + [t for t, _, _ in PUBLIC]
    arts = [make_article(t.split("\n\n"), title="t", source=f"case{i}.txt") for i, t in enumerate(texts)]
    return dict(zip(texts, extract_many(arts), strict=True))


@pytest.mark.parametrize("text", PRIVATE, ids=range(len(PRIVATE)))
def test_office_in_a_firm_is_private(sheets, text):
    assert sheets[text]["people"] == []


@pytest.mark.parametrize("text,name,role", PUBLIC, ids=range(len(PUBLIC)))
def test_public_bodies_keep_their_officials(sheets, text, name, role):
    people = {p["name"]: p for p in sheets[text]["people"]}
    assert name in people and role.lower() in (people[name]["role"] or "").lower()
