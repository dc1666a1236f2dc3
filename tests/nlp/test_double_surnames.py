"""A person with two surnames named again by a part of the full name (round 22, official18ag).

"Dubravka Đedović Handanović ... Minister Đedović Handanović said": both surnames without the given name are
the full name's holder, not a second official (``title_tokens._double_surname``); "Félix Antoine Tshisekedi
Tshilombo ... President Tshisekedi and President Kagame of Rwanda signed": the first of two surnames stands
for the same official as a party (``signatory_states.person_key``). Every name is invented.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract_many

# (text, the one name the sheet must list)
MERGED = [
    (
        "The memorandum was signed by the Serbian Minister of Mining and Energy, Dragana Pavković Halilović.\n\n"
        "Minister Pavković Halilović said that Serbia wanted to keep the value chain in the country.",
        "Dragana Pavković Halilović",
    ),
    (
        "Mexican Secretary of Economy Andrés Felipe Ramírez Olguín met investors in Monterrey on Monday.\n\n"
        "Secretary Ramírez Olguín said lithium concessions would stay in public hands.",
        "Andrés Felipe Ramírez Olguín",
    ),
    (
        "Chile's Minister of Mining, Camila Araya Fuentes, opened the lithium tender on Tuesday.\n\n"
        "According to Minister Araya Fuentes, the tender would close in March.",
        "Camila Araya Fuentes",
    ),
    (
        "Colombian Minister of Mines and Energy Julián Restrepo Cárdenas visited the copper project.\n\n"
        '"We will not delay the licences," Restrepo Cárdenas told reporters.',
        "Julián Restrepo Cárdenas",
    ),
    (
        "Bosnian Minister of Energy and Mining Amra Begović Selimović attended the forum in Sarajevo.\n\n"
        "Minister Begović Selimović said a lithium roadmap would follow.",
        "Amra Begović Selimović",
    ),
]

# near misses: a two-word name that ends no longer name of the text, or ends two of them, stays as written
APART = [
    (
        "Peruvian Minister of Energy and Mines Rosa Quispe Mamani opened the conference.\n\n"
        "Minister Elena Vargas said the copper tender would close in March.",
        ["Rosa Quispe Mamani", "Elena Vargas"],
    ),
]

# (text, party set of the last agreement): the first of two surnames as a signatory
PARTIES = [
    (
        "On 4 December in Kinshasa, President of the Democratic Republic of the Congo Jean-Pierre Mbuyi Kalonji "
        "received the delegation.\n\n"
        "On the same day, President Mbuyi and President Paul Ndayisaba of Rwanda signed a peace agreement.",
        ["COD", "RWA"],
    ),
    (
        "Mexico's Secretary of Economy, Andrés Felipe Ramírez Olguín, arrived in Lima on Monday.\n\n"
        "On Tuesday, Secretary Ramírez and Peruvian Minister of Energy and Mines Rosa Quispe Mamani signed a "
        "memorandum of understanding on copper.",
        ["MEX", "PER"],
    ),
]


@pytest.fixture(scope="module")
def sheets():
    texts = [t for t, _ in MERGED + APART + PARTIES]
    arts = [make_article(t.split("\n\n"), title="t", source=f"case{i}.txt") for i, t in enumerate(texts)]
    return dict(zip(texts, extract_many(arts), strict=True))


@pytest.mark.parametrize("text,name", MERGED, ids=range(len(MERGED)))
def test_both_surnames_are_the_full_name(sheets, text, name):
    assert [p["name"] for p in sheets[text]["people"]] == [name]


@pytest.mark.parametrize("text,names", APART, ids=range(len(APART)))
def test_other_names_stay_apart(sheets, text, names):
    assert sorted(p["name"] for p in sheets[text]["people"]) == sorted(names)


@pytest.mark.parametrize("text,parties", PARTIES, ids=range(len(PARTIES)))
def test_first_surname_stands_for_the_official(sheets, text, parties):
    assert sorted(sheets[text]["agreements"][-1]["parties"]) == sorted(parties)
