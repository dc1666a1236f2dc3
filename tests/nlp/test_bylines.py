"""The speaker a page's title names (nlp/bylines.py): 'Speech by Ambassador X at ...' is read on its own, since
the first-person body never names its speaker. Every name is invented."""

from __future__ import annotations

import pytest

from cmkg.nlp.bylines import byline_title
from cmkg.nlp.extract import extract
from cmkg.nlp.ingest import read_text_as_article

BODY = "Excellencies, ladies and gentlemen,\n\nOur partnership on lithium and cobalt is growing, and we will deepen it."


@pytest.mark.parametrize(
    "title,byline",
    [
        ("Speech by Ambassador Ingrid Solheim-Vargas at the Almaty Mining Congress", True),
        ("Opening Remarks by State Secretary Bojana Radulović", True),
        ("Keynote Address by Minister of Mines Kwabena Owusu-Ansah, Accra", True),
        ("Press Conference by Foreign Minister OKADA Renji", True),
        ("Statement by the Deputy Minister of Energy, Nomvula Dlamini-Khumalo", True),
        ("Video Message by Vice Minister Ganbold Tserendorj", True),
        ("Lithium exports by Chile rose in May", False),
        ("Speech to the Critical Minerals Conference, Perth", False),
        ("A report on the export ban drafted by the Ministry of Mines of Ghana and partners", False),
    ],
)
def test_byline_title(title, byline):
    assert byline_title(title) is byline


@pytest.mark.parametrize(
    "title,name,role",
    [
        ("Speech by Ambassador Ingrid Solheim-Vargas at the Almaty Mining Congress", "Ingrid Solheim-Vargas",
         "Ambassador"),
        ("Opening Remarks by State Secretary Bojana Radulović at the Raw Materials Forum", "Bojana Radulović",
         "State Secretary"),
        ("Keynote Address by Minister of Mines Kwabena Owusu-Ansah", "Kwabena Owusu-Ansah", "Minister of Mines"),
    ],
)  # fmt: skip
def test_speaker_of_a_byline_title_is_an_official(title, name, role):
    page = f"{title}\nSource: https://example.org/speech\nPublished: 2025-06-01\n\n{BODY}"
    people = {p["name"]: p["role"] for p in extract(read_text_as_article(page, "speech.txt"))["people"]}
    assert people == {name: role}


def test_a_title_without_a_byline_adds_no_one():
    title = "Lithium talks with Minister Jorge Acosta Villalba"
    page = f"{title}\nSource: https://example.org/x\nPublished: 2025-06-01\n\n{BODY}"
    assert extract(read_text_as_article(page, "x.txt"))["people"] == []
