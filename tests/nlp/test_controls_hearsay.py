"""Controls only hearsay carries, and owner or funder nationalities that are no country (round 18, controls19).

'The Ministry of Mines of Zambia dismissed reports that Zambia planned to restrict copper exports': a report its
subject dismisses carries nothing; 'noted media reports that a ban on X is being prepared in A', 'A is reported to
be considering limits on X': a plan only a report carries is no announced measure; 'considered a licensing
requirement ... but concluded against such a requirement': refused; 'without banning X exports': the act not done,
'without loosening its ban': the ban stays.  'Chinese-owned smelters', 'a Japanese-funded study': an owner's or
funder's nationality is no country of the article.  Each row is read in three page frames (a government release
page, a wire dateline, bare text); invented pairings of states and goods.  Directional rows: a report of a measure
in force, a state's own deliberation, and a state as the subject of funding keep their facts.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article
from tests.nlp.framed_controls import CONTROL_FRAMES, framed_controls

FRAMES = CONTROL_FRAMES  # a Zambian ministry page, a Geneva wire dateline, bare text

NOT_THERE = [
    "The Ministry of Mines of Zambia dismissed reports that Zambia planned to restrict copper exports.",
    "Peru's energy ministry on Tuesday dismissed media reports that Lima planned to ban exports of zinc concentrate.",
    "Mongolia's Ministry of Mining denied reports that it would impose quotas on fluorspar exports.",
    "Rwanda rejected claims that it planned to curb tantalum exports.",
    "The Ministry of Trade of Chile noted media reports that a ban on lithium exports is being prepared in "
    "Argentina. Officials said they had no information on the matter.",
    "Neighbouring Tanzania is reported to be considering limits on graphite exports.",
    "Kenya is said to be weighing quotas on titanium exports.",
    "Norway is rumoured to be drafting limits on vanadium exports.",
    "Laos is reportedly preparing a ban on tin ore exports.",
    "Ghana considered a licensing requirement for lithium exports but concluded against it.",
    "The Philippines considered a licensing requirement for nickel ore exports, but concluded against such a "
    "requirement.",
    "Guinea will build refineries without banning bauxite exports.",
    # a measure the state itself is still weighing is none either (round 29: no gold sheet records one)
    "Tanzania is considering limits on graphite exports.",
]

KEPT = [
    ("Tanzania imposed limits on graphite exports in March.", ("TZA", "graphite", "in_force")),
    ("Kazakhstan is reported to have banned tungsten exports in March.", ("KAZ", "tungsten", "in_force")),
    (
        "Reports that Bolivia had banned tin exports were confirmed by the ministry on Monday.",
        ("BOL", "tin", "in_force"),
    ),
    (
        "The ministry dismissed reports that the ban would end, and Zimbabwe's ban on lithium ore exports remains "
        "in force.",
        ("ZWE", "lithium", "in_force"),
    ),
    (
        "Indonesia will press on with smelting without loosening its ban on nickel ore exports.",
        ("IDN", "nickel", "in_force"),
    ),
    (
        "Malaysia set aside a proposal to restrict tin exports, but will keep its ban on rare earth ore exports.",
        ("MYS", "rare earths", "in_force"),
    ),
]

ROWS = [(f, t, set()) for f in FRAMES for t in NOT_THERE] + [(f, t, {e}) for f in FRAMES for t, e in KEPT]

BACKERS = [
    ("Chinese-owned smelters in Sulawesi bought more ore after Indonesia banned nickel ore exports.", {"IDN"}),
    ("A Japanese-funded study found that Vietnam restricts rare earth exports.", {"VNM"}),
    ("Russian-backed financing helped Serbia, which banned lithium exports in May.", {"SRB"}),
    ("Japan funded a study of lithium deposits with Chile.", {"JPN", "CHL"}),
]

COUNTRY_ROWS = [(f, t, e) for f in FRAMES for t, e in BACKERS]


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    return framed_controls(FRAMES, ROWS, "hearsay")


@pytest.fixture(scope="module")
def countries() -> dict[tuple[str, str], set[str]]:
    keys = [(f, t) for f, t, _ in COUNTRY_ROWS]
    arts = [read_text_as_article(FRAMES[f] + t, f"backers/{i}.txt") for i, (f, t) in enumerate(keys)]
    return {key: set(sheet["countries"]) for key, sheet in zip(keys, extract_many(arts), strict=True)}


@pytest.mark.parametrize(("frame", "text", "expected"), ROWS)
def test_controls_hearsay_in_every_frame(sheets, frame, text, expected):
    assert sheets[(frame, text)] == expected


@pytest.mark.parametrize(("frame", "text", "expected"), COUNTRY_ROWS)
def test_backer_nationalities_are_no_countries(countries, frame, text, expected):
    assert countries[(frame, text)] == expected
