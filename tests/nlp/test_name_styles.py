"""Where a name begins and what belongs to it (nlp/components/persons.py, title_tokens.py; word lists in
data/rules/lexicons.json: persons.honorifics, persons.institution_words, persons.portfolio_words).

A courtesy style closes an open-ended portfolio tail ('Deputy Minister for Trade Negotiations Mr. X'); Malay
styles (YB, YAB, YBhg.) are no part of a name, lineage words (Syed, Sayyid) are; publication and mail nouns
after a title word ('Official Gazette', 'Private Bag 44') are no person; a plural portfolio word ('Industries')
is still a portfolio. Every name is invented.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def people(text: str) -> set[tuple]:
    sheet = extract(make_article(text.split("\n\n"), title="t", source="case.txt", published="2025-06-01"))
    return {(p["name"], p["role"]) for p in sheet["people"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a style closes a tail the portfolio list does not know
        (
            "Kenyan Deputy Minister for Trade Negotiations Mr. Ochieng Wanjala signed for Kenya.",
            {("Ochieng Wanjala", "Deputy Minister for Trade Negotiations")},
        ),
        (
            "It was signed by Minister of Hydrocarbons and Biofuels Dr. Mariela Quispe Condori for Bolivia.",
            {("Mariela Quispe Condori", "Minister of Hydrocarbons and Biofuels")},
        ),
        (
            "Philippine Secretary for Overseas Workers Engr. Dante Villanueva said Manila would not ban exports.",
            {("Dante Villanueva", "Secretary for Overseas Workers")},
        ),
        (
            "The deal was signed by Minister of Energy and Quarries Dr. Yoon Ji-hye, officials said.",
            {("Yoon Ji-hye", "Minister of Energy and Quarries")},
        ),
        # a joiner before the style coordinates two people: the first keeps the title
        ("Ghanaian Minister of Mines Kofi Mensah and Mr. Ade Bola signed.", {("Kofi Mensah", "Minister of Mines")}),
        # Malay styles are no part of the name
        (
            "Malaysia's Minister of Natural Resources, YB Dato' Sri Aminah Rahman, said the roadmap was ready.",
            {("Aminah Rahman", "Minister of Natural Resources")},
        ),
        (
            "YB Nik Farah Nik Yusof, Deputy Minister of Investment, said Malaysia would not ban exports.",
            {("Nik Farah Nik Yusof", "Deputy Minister of Investment")},
        ),
        # lineage words are part of the name
        (
            "Pakistan's Minister of Industry Syeda Noor Fatima said exports would be reviewed.",
            {("Syeda Noor Fatima", "Minister of Industry")},
        ),
        # a plural portfolio word, alone or in a comma series
        (
            "Namibian Minister of Industries, Mines and Energy Tomas Haufiku said the ban stays.",
            {("Tomas Haufiku", "Minister of Industries, Mines and Energy")},
        ),
        # a diplomatic title in French: the head, then the word that completes it
        ("Polish Chargé d'Affaires Tomasz Wrona said Poland would sign.", {("Tomasz Wrona", "Chargé D'Affaires")}),
        ("Chargée d’affaires Amina Sow of Senegal said the deal was near.", {("Amina Sow", "Chargée D’affaires")}),
        ("The chargé d'affaires, Kwame Mensah, said Ghana would sign.", {("Kwame Mensah", "Chargé D'affaires")}),
        # a peerage style is part of a peer's name, with its territorial designation; a given name ends the reading
        (
            "Minister for Industry Lord Harwich of Penmore travelled to Riyadh for the forum.",
            {("Lord Harwich of Penmore", "Minister for Industry")},
        ),
        (
            "Trade Minister Baroness Achterberg-Nwosu said the UK would sign.",
            {("Baroness Achterberg-Nwosu", "Trade Minister")},
        ),
        ("Minister of State Lord Okafor said the UK would sign.", {("Lord Okafor", "Minister of State")}),
        (
            "British trade minister Baroness Amara Okonjo said exports would grow.",
            {("Baroness Amara Okonjo", "Trade Minister")},
        ),
        # publication and mail nouns after a title word are no person
        ("The decree enters into force on its publication in the Official Journal of the Republic.", set()),
        ("The Order shall be published in the Official Gazette.", set()),
        ("Comments may be sent to the Chief Inspector of Mines, Private Bag X59, Pretoria.", set()),
    ],
)
def test_name_styles(text, expected):
    assert people(text) == expected
