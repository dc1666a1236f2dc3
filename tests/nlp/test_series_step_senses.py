"""Review21 fixes (round 12, branch fix22a): what is not a series step, a step's own status, 'the two X' with
no confident pair, a relative clause signed by companies, and 'further ones' refused.

A state step is a bare sequel: a particle, a preposition that is no time phrase, a manner or rank adverb, or a
clause with its own object gives the verb another sense ('came under pressure', 'came out against', 'came
third', 'followed in 2023, launching its own club', 'followed suit by raising'); 'come' needs 'later'/'next';
its subject is a state, not a noun owned by one. A step ended later in its sentence is lapsed; an undated step
of a series told as past is existing. Names are invented or varied, never from a corpus.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

W = "Norway has spent years building a network of memorandums on cobalt. "
S = "The European Union has spent three years building a web of partnerships on raw materials.\n\n"
C = "Fiji has signed strategic partnerships with 14 countries since 2019. "


def _each(owner: str, partners: str, status: str) -> set:
    return {(frozenset({owner, p}), status) for p in partners.split()}


CASES = [
    # M1: a sequel verb in another sense is no step
    (W + "Ghana came close to a deal in 2022 but talks broke down.", set()),
    (W + "Peru came to the table only after the election.", set()),
    (W + "Laos came third in the world rankings of cobalt output.", set()),
    (W + "Kenya and Uganda came out against the plan.", set()),
    (W + "Sweden came under pressure from Brussels to do the same.", set()),
    (W + "Peru and Ghana followed suit by raising royalties on copper.", set()),
    (W + "Vietnam followed up on Tuesday with a request for more details.", set()),
    (W + "Chinese refiners followed in 2023.", set()),
    (S + "Russia came under fresh sanctions in 2022 after the invasion of Ukraine.", set()),
    (S + "Ukraine's president came to Brussels in May to lobby for more weapons.", set()),
    (S + "Japan and South Korea came next in the ranking of mining investment.", set()),
    (S + "Germany and France joined in criticising the export curbs.", set()),
    (S + "The United States followed in 2023, launching its own club of consumer countries.", set()),
    (C + "Greenland came into focus in 2025 when Washington renewed its interest.", set()),
    # M1 positives: a bare sequel with a time phrase or a sequence adverb
    (W + "Ghana joined last year.", _each("NOR", "GHA", "existing")),
    (W + "Peru and Ghana followed suit in 2021.", _each("NOR", "PER GHA", "existing")),
    (W + "Malawi came next, in March 2023.", _each("NOR", "MWI", "existing")),
    (W + "Senegal joined in 2020, and Belize came later.", _each("NOR", "SEN BLZ", "existing")),
    # S3: the step's own sentence ends it; an undated step of a past series is background
    (W + "The last were signed with Kenya and Uganda, but both lapsed in 2024.", _each("NOR", "KEN UGA", "lapsed")),
    (S + "Ghana joined, then withdrew in 2024.", _each("EU", "GHA", "lapsed")),
    (W + "Benin joined in 2021, but talks with Togo collapsed.", _each("NOR", "BEN", "existing")),
    (C + "The first two were signed with Canada and Ukraine.", _each("FJI", "CAN UKR", "existing")),
    # M2: 'the two neighbours' after three states: no pair by position
    ("Chile's president met Peru's president in Arica on Monday. Bolivia, which borders both, sent no delegation."
     "\n\nThe two neighbours signed an agreement on lithium brine research.", set()),
    ("Brazil's foreign minister met his Argentine counterpart on Monday, a week after Uruguay's president visited "
     "Buenos Aires.\n\nThe two neighbours signed a memorandum on lithium.", set()),
    ("Brazil hosted Argentina and Paraguay for a summit on Monday.\n\nThe two neighbours signed a lithium memorandum.",
     set()),
    # a centre set up under a memorandum: the memorandum is in place already (status_acted_under, round 14)
    ("Vietnam and South Korea set up a joint centre on Monday under a memorandum signed by their industry ministries.",
     {(frozenset({"VNM", "KOR"}), "existing")}),
    ("Chile and Peru met in Arica on Monday.\n\nThe two neighbours signed a lithium memorandum.",
     {(frozenset({"CHL", "PER"}), "signed")}),
    # M3: a relative clause whose signer is no state adds no party from the main clause
    ("Kenya has been talking to Uganda about a joint refinery, building on an agreement on graphite that the two "
     "companies signed with Rwanda in 2019.", set()),
    ("Mozambique has been talking to Nigeria about a joint refinery, building on a partnership on copper that two "
     "mining firms signed with Estonia in 2020.", set()),
    ("Ghana has been talking to Togo about a joint smelter, building on a memorandum on bauxite that the two "
     "governments signed with Benin in 2020.", {(frozenset({"GHA", "TGO", "BEN"}), "existing")}),
    # M5: 'further ones' under a refusing or opposing verb is not made
    ("Chile has signed partnerships on copper with some 14 nations and rules out further ones, including with "
     "Kenya.", set()),
    ("Chile has signed partnerships on copper with some 14 nations and opposes further ones, including with Kenya.",
     set()),
    ("Namibia has signed memorandums on rare earths with several partners and rules out further ones, including "
     "with Italy.", set()),
    ("Namibia has signed memorandums on rare earths with several partners and plans further ones, including with "
     "Italy.", _each("NAM", "ITA", "planned")),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "sss")


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_series_step_senses(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
