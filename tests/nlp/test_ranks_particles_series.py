"""Ranks and professions worn as honorifics, names that open with a particle, and a portfolio series whose
last member the list does not know (nlp/components/persons.py).

'Engineer X', 'Field Marshal X', 'Lt. Gen. X': the rank is no part of the name; 'army chief' is an office
(portfolio word + 'chief'); 'President von der Leyen' keeps its particles; 'Minister of Foreign Affairs,
International Trade and Worship, X' ends the title at the comma before the name. Names are invented.
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
        # ranks and professions before a name
        (
            "Engineer Tariq bin Salem Al-Qahtani, the Vice Minister for Mining Affairs, said licences would rise.",
            {("Tariq bin Salem Al-Qahtani", "Vice Minister for Mining Affairs")},
        ),
        (
            "Omani Deputy Minister Engineer Hilal Al-Busaidi said on Monday that exports would rise.",
            {("Hilal Al-Busaidi", "Deputy Minister")},
        ),
        (
            "Kenya's army chief, Field Marshal Otieno Wafula, met the delegation on Monday.",
            {("Otieno Wafula", "Army Chief")},
        ),
        (
            "The Nigerien army chief, General Moussa Salaou Barmou, said uranium exports would resume.",
            {("Moussa Salaou Barmou", "Army Chief")},
        ),
        (
            "Lt. Gen. Tran Quoc Hung, Vietnam's deputy defence minister, said exports would be reviewed.",
            {("Tran Quoc Hung", "Deputy Defence Minister")},
        ),
        (
            "Major General Tunde Bakare, Nigeria's military adviser, told reporters that supplies were secure.",
            {("Tunde Bakare", "Adviser")},
        ),
        (
            "Zambian Minister of Economy, Trade and Industry Brigadier Siobhan Mwale told reporters on Monday.",
            {("Siobhan Mwale", "Minister of Economy, Trade and Industry")},
        ),
        # 'Syed' is a lineage word (like 'Sayyid') that belongs to the legal name; the rank before it does not
        (
            "Prime Minister Imran Qadri and army chief Field Marshal Syed Tariq Mehmood attended the signing.",
            {("Imran Qadri", "Prime Minister"), ("Syed Tariq Mehmood", "Army Chief")},
        ),
        # not a rank: a company, a plural common noun
        ("General Motors said on Monday that lithium supplies were secure.", set()),
        # names that open with a particle after a bare title
        ("President von der Leyen said the region could become a reliable partner.", {("von der Leyen", "President")}),
        (
            "Commissioner van den Broek said on Monday that lithium supplies were secure.",
            {("van den Broek", "Commissioner")},
        ),
        (
            "Zambian Deputy Prime Minister dos Santos said that cooperation would deepen.",
            {("dos Santos", "Deputy Prime Minister")},
        ),
        # a title word inside another proper name opens no particle-first name
        ("Rosa Quispe, an economist at the Universidad Mayor de San Andrés, said it was unproven.", set()),
        # the last portfolio of a comma series, unknown to the list
        (
            "The Minister of Foreign Affairs, International Trade and Worship, Marisol Etchegaray, said it was ready.",
            {("Marisol Etchegaray", "Minister of Foreign Affairs, International Trade and Worship")},
        ),
        (
            "The Minister of Energy, Mines and Hydraulics, Kwame Asante, said bauxite exports would be reviewed.",
            {("Kwame Asante", "Minister of Energy, Mines and Hydraulics")},
        ),
    ],
)
def test_title_and_name(text, expected):
    assert people(text) == expected


def test_lowercase_profession_is_no_honorific():
    text = "The training of engineers was discussed by Kenya's Minister of Mining, Hassan Joho."
    assert people(text) == {("Hassan Joho", "Minister of Mining")}
