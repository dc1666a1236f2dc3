"""A control verb after a split auxiliary ('A has, since 1 December 2023, required exporters of X to obtain a
licence'): the parser reads the participle as an adjective of its object; misparses.py makes it the verb again
(nlp/components/misparses._participle_read_as_modifier)."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def controls(text: str) -> set[tuple]:
    sheet = extract(make_article([text], title="t", source="case.txt", published="2025-06-01"))
    return {(c["country"], tuple(c["minerals"]), c["status"]) for c in sheet["export_controls"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Qatar has, since March 2020, banned exports of lithium concentrates.", {("QAT", ("lithium",), "in_force")}),
        (
            "Malaysia has, since 2019, required exporters of iron ore to obtain a licence.",
            {("MYS", ("iron",), "in_force")},
        ),
        (
            "The Government is aware that the People's Republic of China has, since 1 December 2023, required "
            "exporters of certain graphite products, including spherical graphite, to obtain a licence from its "
            "Ministry of Commerce, a requirement that officials advise remains in place.",
            {("CHN", ("graphite",), "in_force")},
        ),
        ("Tanzania has, according to officials, banned the export of raw cobalt.", {("TZA", ("cobalt",), "in_force")}),
    ],
)
def test_control_after_a_split_auxiliary(text, expected):
    assert controls(text) == expected


def test_imports_stay_no_control():
    assert controls("Qatar has, since March 2020, banned imports of lithium concentrates.") == set()
