"""Where a long title ends and a name begins (nlp/components/persons.py).

A portfolio joined by 'and' runs to its last portfolio word ('Minister of Health and Mass Media'); a
Malay honorific keeps its apostrophe ("Dato’ Seri") and is no part of the name; a title word right before a
patronymic particle ('Dr. Sultan bin Ahmed') is a given name.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def people(text: str) -> set[tuple]:
    sheet = extract(make_article([text], title="t", source="case.txt", published="2025-06-01"))
    return {(p["name"], p["role"]) for p in sheet["people"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Cabinet Spokesman and Minister of Health and Mass Media Oluwaseun Adeyemi briefed reporters.",
            {("Oluwaseun Adeyemi", "Cabinet Spokesman and Minister of Health and Mass Media")},
        ),
        (
            "Minister of Women and Child Development Kavya Raghunathan opened the session.",
            {("Kavya Raghunathan", "Minister of Women and Child Development")},
        ),
        (
            "Minister of Culture and Heritage Tomasz Wieczorek-Lind welcomed the delegation.",
            {("Tomasz Wieczorek-Lind", "Minister of Culture and Heritage")},
        ),
        (
            "The memorandum was signed in the presence of Prime Minister Dato’ Seri Haziq Rahman and the minister.",
            {("Haziq Rahman", "Prime Minister")},
        ),
        (
            "The memorandum was signed in the presence of Prime Minister Dato' Sri Nurul Aziz.",
            {("Nurul Aziz", "Prime Minister")},
        ),
        # a title word right before 'bin' is a given name; before a name, it stays a title
        (
            "The minister met the Minister of Energy and Infrastructure, Dr. Sultan bin Rashid Al Kaabi, on Monday.",
            {("Sultan bin Rashid Al Kaabi", "Minister of Energy and Infrastructure")},
        ),
        ("Minister Amir bin Khalid Al Harthy signed it.", {("Amir bin Khalid Al Harthy", "Minister")}),
        ("Sultan Faisal bin Tariq received the delegation.", {("Faisal bin Tariq", "Sultan")}),
    ],
)
def test_title_and_name_boundary(text, expected):
    assert people(text) == expected
