"""An office given by a copular relative clause right after a name ('X, who is Ghana's mines minister,',
'X, who serves as Foreign Minister of Cambodia,'): a current office unless the clause is in the past
('who was', 'who served as': a former one); 'who became' gives the office it began (title_tokens)."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def sheet(text: str) -> dict:
    return extract(make_article([text], title="t", source="case.txt", published="2025-06-01"))


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ama Owusu-Ansah, who is Ghana's mines minister, said the ban would stay.",
            {("Ama Owusu-Ansah", "Mines Minister", "GHA")},
        ),
        (
            "Chen Yuxiao, who serves as Foreign Minister of Cambodia, spoke on Monday.",
            {("Chen Yuxiao", "Foreign Minister of Cambodia", "KHM")},
        ),
        (
            "Ingrid Haugen, who became Norway's trade minister in 2023, said the rules would change.",
            {("Ingrid Haugen", "Trade Minister", "NOR")},
        ),
        ("Ama Owusu-Ansah, who was Ghana's mines minister until 2019, now runs a consultancy.", set()),
        ("Ama Owusu-Ansah, who is a lawyer in Accra, said the ban would stay.", set()),
    ],
)
def test_office_from_a_relative_clause(text, expected):
    assert {(p["name"], p["role"], p["country"]) for p in sheet(text)["people"]} == expected


def test_signatories_named_with_relative_clauses():
    text = (
        "Chen Yuxiao, who serves as Foreign Minister of Cambodia, signed an agreement with Lucia Ferreira, "
        "Indonesia's Minister for Resources, on Monday."
    )
    assert {frozenset(a["parties"]) for a in sheet(text)["agreements"]} == {frozenset({"KHM", "IDN"})}
