"""Production shares whose verb, mineral or owner the text leaves to context (nlp/components/share_gaps.py,
shares.py, share_scope.world_possessive, share_holders.company_subject).

A verbless 'State [hedges] number' clause after a share is that state's share of the same mineral and stage;
'its' after a verb conjoined to one whose object names the world is the world's; an unowned stage noun takes
the one mineral of the sentence before; a firm named after a state and a capitalised metal holds no share.
Invented names and figures.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def shares(text: str) -> set[tuple]:
    sheet = extract(make_article([text], title="t", source="case.txt", published="2025-06-01"))
    return {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in sheet["production_shares"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Peru mines close to half of the world's tungsten, Zambia about a quarter, and Vietnam refines "
            "roughly 60% of the world's antimony.",
            {
                ("PER", "mines", "tungsten", 50.0),
                ("ZMB", "mines", "tungsten", 25.0),
                ("VNM", "refines", "antimony", 60.0),
            },
        ),
        (
            "Gabon refines about 40% of the world's manganese and Ghana roughly 15%.",
            {("GAB", "refines", "manganese", 40.0), ("GHA", "refines", "manganese", 15.0)},
        ),
        (
            "Indonesia accounts for 50% of global nickel mining, with the Philippines at about 10%, analysts said.",
            {("IDN", "mines", "nickel", 50.0), ("PHL", "mines", "nickel", 10.0)},
        ),
        (
            "Mongolia mines about 30% of the world's fluorspar, up about 5% from last year.",
            {("MNG", "mines", "fluorspar", 30.0)},
        ),
        (
            "Mongolia mines about 30% of the world's fluorspar, a third more than a decade ago.",
            {("MNG", "mines", "fluorspar", 30.0)},
        ),
        (
            "Vietnam makes around 30% of the world's batteries and refines roughly 40% of its nickel.",
            {("VNM", "refines", "nickel", 40.0)},
        ),
        ("Norway, the world's largest buyer of nickel, refines 40% of its nickel at home.", set()),
        ("Norway imports 20% of the world's nickel and refines 40% of its nickel at home.", set()),
        (
            "Peru mines about 24% of the world's lithium. Ghana accounts for roughly 8% of mine output but is "
            "growing fast.",
            {("PER", "mines", "lithium", 24.0), ("GHA", "mines", "lithium", 8.0)},
        ),
        ("Demand for cobalt and nickel is rising. Finland accounts for about 12% of refining.", set()),
        ("Kenya Zinc refines about 10% of the world's zinc, analysts said.", set()),
        ("Kenya refines about 10% of the world's zinc, analysts said.", {("KEN", "refines", "zinc", 10.0)}),
        ("France enriches about 12% of the world's uranium.", {("FRA", "processes", "uranium", 12.0)}),
    ],
)
def test_share_gaps_and_elisions(text: str, expected: set[tuple]) -> None:
    assert shares(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Peru has moved quickly on a copper deal, and Peruvian officials said talks would resume. Analysts "
            "point instead to Ghana's role in manganese. It is the world's second-largest manganese producer, with "
            "roughly 15% of global mine output.",
            {("GHA", "mines", "manganese", 15.0)},
        ),
        (
            "Prices of zinc rose in Chile last week. Bolivia is the largest producer. It mines about 30% of the "
            "world's zinc.",
            {("BOL", "mines", "zinc", 30.0)},
        ),
    ],
)
def test_pronoun_after_a_possessive_topic(text: str, expected: set[tuple]) -> None:
    assert shares(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("But if you ask me whether Peru is below 80% of silver refining, I'd say probably not.", set()),
        ("It is unclear whether Ghana mines 30% of the world's manganese.", set()),
        (
            "Ghana mines about 30% of the world's manganese, whether prices rise or fall.",
            {("GHA", "mines", "manganese", 30.0)},
        ),
    ],
)
def test_share_in_an_embedded_question(text: str, expected: set[tuple]) -> None:
    assert shares(text) == expected
