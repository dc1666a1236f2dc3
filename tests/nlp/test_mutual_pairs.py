"""A paired collective after 'between' completes a set its clause left at one state (round 22, official18ag).

"President X stated ... that he wished to deepen the Strategic Partnership between the two countries": once
'he' is X's state, 'the two countries' is the pair the story gives (``parties.mutual_pair``). A clause that
already names two states, and a collective with its own owner or states, are left as they were. Every name is
invented.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract_many

MEET = "Prime Minister Arata Kenji of Japan met President Ramon T. Villanueva Jr. of the Philippines in Manila."

# (text, the party set the last agreement must have)
PAIRED = [
    (
        MEET + "\n\nIn response, President Villanueva stated that Japan is an irreplaceable partner for the "
        "Philippines and that he wished to further deepen the Strategic Partnership between the two countries.",
        ["JPN", "PHL"],
    ),
    (
        "Chilean President Camila Rojas received Peruvian President Luis Quispe in Santiago on Monday.\n\n"
        "President Rojas said she hoped to expand the Lithium Partnership between the two sides next year.",
        ["CHL", "PER"],
    ),
    (
        "Minister of Mines Jean Mbala of the Democratic Republic of the Congo met Zambian Minister of Mines "
        "Grace Phiri in Lusaka.\n\n"
        "Minister Mbala said he wished to deepen the Cobalt Cooperation Agreement between both countries.",
        ["COD", "ZMB"],
    ),
]

# near misses: a clause that names both sides keeps them (no third state from the story)
KEPT = [
    (
        "Canada and Germany signed a joint declaration on critical minerals in Berlin.\n\n"
        "The United States and Mexico have no minerals agreement of their own; officials said the idea had been "
        "raised in trade negotiations between the two countries.",
        ["MEX", "USA"],
    ),
]


@pytest.fixture(scope="module")
def sheets():
    texts = [t for t, _ in PAIRED + KEPT]
    arts = [make_article(t.split("\n\n"), title="t", source=f"case{i}.txt") for i, t in enumerate(texts)]
    return dict(zip(texts, extract_many(arts), strict=True))


@pytest.mark.parametrize("text,parties", PAIRED, ids=range(len(PAIRED)))
def test_pair_completes_one_state(sheets, text, parties):
    assert sorted(sheets[text]["agreements"][-1]["parties"]) == parties


@pytest.mark.parametrize("text,parties", KEPT, ids=range(len(KEPT)))
def test_named_pair_is_kept(sheets, text, parties):
    assert [sorted(a["parties"]) for a in sheets[text]["agreements"]][-1] == parties
