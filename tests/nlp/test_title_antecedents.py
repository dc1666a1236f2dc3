"""The title (and the page's government) as the antecedent of a body that only refers to its pair."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.components.title_pairs import title_pair
from cmkg.nlp.extract import extract_batch

NEWS = "https://www.harbourledger.example.com/news/1"
GOV = "https://www.mining.gov.mw/news/release"  # Malawi's ministry

TITLES = [
    ("Latvia and Peru sign memorandum on zinc", None, ["LVA", "PER"]),
    ("Kenya, Chile agree to set up minerals dialogue", None, ["KEN", "CHL"]),
    ("Ghana-Norway cobalt pact signed in Oslo", None, ["GHA", "NOR"]),
    ("Uzbek-Japanese roadmap initialled", None, ["UZB", "JPN"]),
    ("Mongolia Signs MoU With Ecuador", None, ["MNG", "ECU"]),
    ("Accra, Lima deepen ties", None, ["GHA", "PER"]),
    ("Guinea-Bissau, Timor-Leste to cooperate on bauxite", None, ["GNB", "TLS"]),
    # guards: three states, a venue, one state on a news page, a demonym that is no dash compound
    ("Brazil, Chile and Peru launch lithium forum", None, []),
    ("Kenya signs copper deal at a summit in Japan", None, []),
    ("Kenya bans raw cobalt exports", None, []),
    ("Kenyan miner signs cobalt deal", None, []),
    ("Kenya And Andorra", None, ["KEN", "AND"]),
    ("Kenya And Norway Sign Deal", None, ["KEN", "NOR"]),  # a title-case 'And' is no Andorra
    # a government's page: the one other state the title names pairs with the publisher
    ("Norway delegation holds talks at the Ministry", "MWI", ["MWI", "NOR"]),
    ("Malawi bans raw cobalt exports", "MWI", []),
]  # fmt: skip


@pytest.mark.parametrize("title,publisher,expected", TITLES, ids=range(len(TITLES)))
def test_title_pair(title, publisher, expected):
    assert title_pair(title, publisher) == expected


DOCS = [
    ("Latvia and Peru sign memorandum on zinc", NEWS, "The two countries on Tuesday signed a memorandum on zinc.",
     [({"LVA", "PER"}, "signed")]),
    ("Kenya, Chile agree to cooperate on lithium", NEWS,
     "Both governments, long partners in the copper trade, signed a framework on lithium on Monday.",
     [({"KEN", "CHL"}, "signed")]),
    ("Ghana signs MoU with Norway", NEWS, "Ministers of the two countries signed a memorandum on cobalt on Friday.",
     [({"GHA", "NOR"}, "signed")]),
    ("Uzbekistan, Japan deepen ties", NEWS,
     "Officials of the two ministries are negotiating a roadmap on rare earth processing, a spokesman said.",
     [({"UZB", "JPN"}, "negotiating")]),
    ("Norway delegation holds talks at the Ministry", GOV, "The two sides signed an MOU on graphite on Wednesday.",
     [({"MWI", "NOR"}, "signed")]),
    # the body's own pair comes first
    ("Latvia and Peru sign memorandum on zinc", NEWS,
     "Chile and Kenya signed a framework on zinc on Monday. The two countries will meet again in May.",
     [({"CHL", "KEN"}, "signed")]),
    # 'the sides' without its numeral: the last sentence's pair, else the title's; after three states no pair
    ("Kenya, Chile agree to set up minerals dialogue", NEWS,
     "The sides agreed on Monday to set up a regular dialogue on lithium supply chains.",
     [({"KEN", "CHL"}, "announced")]),
    ("Minerals talks", NEWS, "Latvia and Peru held talks on Monday. The sides signed a memorandum on zinc.",
     [({"LVA", "PER"}, "signed")]),
    ("Minerals talks", NEWS, "Latvia, Peru and Ghana held talks on Monday. The sides signed a memorandum on zinc.", []),
    # a definite instrument noun the title names, in a sentence that names no state (a venue is no state)
    ("Kyrgyzstan and Korea sign memorandum on lithium", NEWS, "The memorandum was signed on Monday in Bishkek.",
     [({"KGZ", "KOR"}, "signed")]),
    ("Latvia, Peru ink zinc pact", NEWS, "The pact, signed on Friday in New Delhi, covers zinc refining.",
     [({"LVA", "PER"}, "signed")]),
    ("Ghana signs MoU with Norway", NEWS, "According to the ministry, the memorandum was signed on Monday.",
     [({"GHA", "NOR"}, "signed")]),
    ("Latvia, Peru deepen ties", NEWS, "The memorandum was signed on Monday.", []),  # the title names no instrument
    # a plural is a set of instruments, not the title's one
    ("Latvia, Peru launch zinc partnership", NEWS, "The partnerships support the goals of the plan of May.", []),
    ("Latvia, Peru, Ghana ink zinc pact", NEWS, "The pact was signed on Monday.", []),
    # guards: three states in the title, a venue, one state on a news page
    ("Brazil, Chile and Peru launch lithium forum", NEWS, "The two countries signed a memorandum on lithium.", []),
    ("Kenya signs copper deal at a summit in Japan", NEWS, "The two sides signed a memorandum on copper.", []),
    ("Kenya bans raw cobalt exports", NEWS, "The two countries signed a memorandum on cobalt.", []),
]  # fmt: skip


@pytest.fixture(scope="module")
def doc_sheets():
    articles = [
        make_article([body], title=title, source=f"title{i}.txt", url=url, published="2025-06-01")
        for i, (title, url, body, _) in enumerate(DOCS)
    ]
    return extract_batch(articles)


@pytest.mark.parametrize("k", range(len(DOCS)))
def test_body_refers_to_the_title_pair(doc_sheets, k):
    got = [(set(a["parties"]), a["status"]) for a in doc_sheets[k]["agreements"]]
    assert got == DOCS[k][3]
