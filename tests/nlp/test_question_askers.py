"""Askers of parliamentary written questions: members of that parliament, named by the page's layout only.

Every name is invented; the pages go through ingestion, whose line handling decides what the layout is.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

UK = "https://questions-statements.parliament.uk/written-questions/detail/2025-06-09/1"
NZ = "https://www.parliament.nz/en/pb/order-paper-questions/written-questions/document/WQ_1"
EP = "https://www.europarl.europa.eu/doceo/document/E-10-2025-1_EN.html"
IN = "https://sansad.in/rs/questions/1"

ASKERS = [
    (UK, "Question", "Question\n\nAsked by Ngaio Whitcombe-Rua (Hutt South)\n\nUIN 1234, tabled on 9 June 2025\n\n"
     "To ask the Secretary of State for Business and Trade what steps he is taking on lithium.",
     "Ngaio Whitcombe-Rua", "Member of Parliament", "GBR"),
    (UK, "Question", "Question\n\nAsked by: Oluwaseun Adebayo-Hart (Liberal Democrat - Bath and Wells)\n\n"
     "To ask the Secretary of State for Business and Trade whether he plans a partnership with Peru.",
     "Oluwaseun Adebayo-Hart", "Member of Parliament", "GBR"),
    (NZ, "Written Question 12 (2025)", "Member: Aroha Te Whare (Green)\nPortfolio: Resources\nMinister: Hon Kieran "
     "Moss\n\nQuestion: What agreements has the Government signed?", "Aroha Te Whare", "Member of Parliament", "NZL"),
    (NZ, "Written Question 13 (2025)", "Question\n\nTomasz Kowalczyk-Reed (Labour\u2014Wigram) to the Minister for "
     "Resources (13 March 2025): What agreements has the Government entered into?", "Tomasz Kowalczyk-Reed",
     "Member of Parliament", "NZL"),
    (EP, "Parliamentary question", "Question for written answer E-1/2025 to the Commission, Rule 144, by Ilse "
     "Vandermeer-Dutoit (Renew). Subject: rare earths.", "Ilse Vandermeer-Dutoit",
     "Member of the European Parliament", "EU"),
    (IN, "Rare earths", "1482. SHRI P. R. NARAYANASWAMY:\nWill the Minister of MINES be pleased to state:\n(a) "
     "whether agreements were signed?", "P. R. Narayanaswamy", "Member of Parliament", "IND"),
    # the asker's line joined to the question by ingestion; a peer's style is part of the name
    (UK, "Question for Department for Business and Trade", "UIN HL1, tabled on 1 December 2025\n\nQuestion\n\n"
     "Baroness Okonkwo-Lindqvist: To ask His Majesty's Government what agreements on lithium they have concluded.",
     "Baroness Okonkwo-Lindqvist", "Member of the House of Lords", "GBR"),
    (UK, "Question for Department for Business and Trade", "UIN HL2, tabled on 2 December 2025\n\nQuestion\n\n"
     "Lord Haddad of Penrith: To ask His Majesty's Government whether they plan a cobalt partnership with Peru.",
     "Lord Haddad of Penrith", "Member of the House of Lords", "GBR"),
    # a peer's name needs no bracket or colon: alone on its line, before ', to ask', or before 'asked'
    (UK, "Question for Department for Business and Trade", "Question UIN HL7, tabled on 3 July 2025\n"
     "Asked by Baroness Achebe-Lindgren of Kilburn\n\nThe Government is aware of the suspension.",
     "Baroness Achebe-Lindgren of Kilburn", "Member of the House of Lords", "GBR"),
    (UK, "Written question UIN 4821", "Asked by Lord Okonjo-Park, to ask His Majesty's Government what agreements "
     "they have concluded on cobalt.\n\nThe Government has concluded two.", "Lord Okonjo-Park",
     "Member of the House of Lords", "GBR"),
    (UK, "Question for Department for Business and Trade", "Question UIN HL8, tabled on 4 July 2025\n\n"
     "Baroness Varga of Upper Tean asked His Majesty's Government what steps they are taking on nickel.",
     "Baroness Varga of Upper Tean", "Member of the House of Lords", "GBR"),
]  # fmt: skip

NOT_ASKERS = [
    # a bracket holding an office marks the answering minister, not an asker
    (UK, "Answer", "Answered by Sarah Okoye (Minister of State for Trade)\n\nTo ask the Secretary of State about "
     "cobalt.\n\nThe Government is working with partners.", "Sarah Okoye"),
    # a news story: 'asked by' with a bracket is no parliamentary question
    ("https://news.example.com/x", "Talks", "The plan was questioned.\n\nAsked by Marta Quispe-Llanos (a reporter) "
     "about the deal, the minister said nothing.", "Marta Quispe-Llanos"),
]  # fmt: skip


def _sheets(rows):
    arts = [
        read_text_as_article(f"{title}\nSource: {url}\nPublished: 2025-06-01\n\n{body}", f"q{i}.txt")
        for i, (url, title, body, *_) in enumerate(rows)
    ]
    return list(extract_many(arts))


@pytest.fixture(scope="module")
def asker_sheets():
    return _sheets(ASKERS)


@pytest.fixture(scope="module")
def other_sheets():
    return _sheets(NOT_ASKERS)


@pytest.mark.parametrize("k", range(len(ASKERS)))
def test_asker_is_a_member_of_the_parliament(asker_sheets, k):
    *_, name, role, country = ASKERS[k]
    people = {p["name"]: p for p in asker_sheets[k]["people"]}
    assert name in people, list(people)
    assert (people[name]["role"], people[name]["country"]) == (role, country)
    assert people[name]["rule"] == "persons.question_asker"


@pytest.mark.parametrize("k", range(len(NOT_ASKERS)))
def test_no_asker_without_the_layout(other_sheets, k):
    name = NOT_ASKERS[k][-1]
    people = {p["name"]: p for p in other_sheets[k]["people"]}
    assert name not in people or people[name]["role"] not in ("Member of Parliament",), people
