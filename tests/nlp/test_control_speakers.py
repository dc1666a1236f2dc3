"""Whose export control a reported measure is when the speaker is not a government: a state named only in the
subject of a buyer, analyst or lender above the measure is where they sit (``export_control.outside_speakers``);
a producer's or an official's state may still own it (review18, an older fault)."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def controls(text: str) -> set[tuple[str, str]]:
    sheet = extract(make_article([text], title="t", source="case.txt", published="2025-06-01"))
    return {(c["country"], m) for c in sheet["export_controls"] for m in c["minerals"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Analysts at a bank in Germany said exporters of cobalt must obtain a licence.", set()),
        ("Economists at a lender in Norway said exporters of nickel must obtain a licence.", set()),
        ("Japanese carmakers said China's new licence requirement on gallium exports would slow deliveries.",
         {("CHN", "gallium")}),
        ("Chinese officials said exporters of antimony must obtain a licence from December 1.", {("CHN", "antimony")}),
        ("Indonesian smelters said the ban on nickel ore exports would stay in place.", {("IDN", "nickel")}),
    ],
)  # fmt: skip
def test_outside_speakers_do_not_own_the_measure(text: str, expected: set[tuple[str, str]]) -> None:
    assert controls(text) == expected
