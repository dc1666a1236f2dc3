"""Review fixes of round 12 (review21 M4, M6, S4, S5): who repeats an act, who proposes an instrument, and an
outcome or plan the same sentence refuses or drops.

- 'as did C' / 'and so has C' adds C only when the doer is the state itself, a collective of states or its
  government or office, not something a state owns ('Brazil's opposition leader', 'Japan's largest trading
  houses', 'Peru's mining giant'); only when the elliptical clause is no more modal than the main verb ('and so
  will C if ...', 'as C may do next year', 'as C would have done had ...' add nothing, 'A will sign it, as will
  C' adds C at planned); and only when it names no partner of its own ('as C did in 2019 with D').
- A weighing or proposing verb (status.planned) makes an instrument between states only when its subject is a
  state, its government, an office or an official (or the page's voice), not a think tank, a lender or a bank.
- A plan the clause drops ('before dropping the idea', 'but later shelved the plan', 'then abandoned it') and
  an outcome the main clause rejects ('The consensus reached by A and B was rejected by A') are none.
States vary in region; sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table


def _set(*codes: str) -> frozenset[str]:
    return frozenset(codes)


LIKEWISE_OWNED = [
    ("Argentina signed the accord on lithium, as did Brazil's opposition leader.", set()),
    ("Mongolia signed the charter on copper, as did Japan's largest trading houses.", set()),
    ("Chile signed the accord on lithium in 2019, as did Peru's mining giant Antamina.", set()),
    ("Canada has ratified the convention on nickel, and so has the European Parliament's trade committee.", set()),
    ("Ghana endorsed the roadmap on cobalt on Monday, as did Togo's biggest state-owned miner.", set()),
    ("Kenya signed the memorandum on graphite on Friday, as did a group of Ugandan banks.", set()),
    # the state, its government or its office still repeats the act
    ("Argentina signed the accord on lithium on Monday, as did Brazil.", {(_set("ARG", "BRA"), "signed")}),
    (
        "Argentina signed the accord on lithium on Monday, as did Brazil's government.",
        {(_set("ARG", "BRA"), "signed")},
    ),
    (
        "Senegal endorsed the roadmap on manganese on Tuesday, as did Morocco's trade ministry.",
        {(_set("SEN", "MAR"), "announced")},
    ),
    (
        "Canada has ratified the convention on nickel, and so have Mexico and Chile.",
        {(_set("CAN", "MEX", "CHL"), "signed")},
    ),
]
LIKEWISE_MODAL = [
    (
        "Australia has joined the minerals partnership, and so will India if its parliament approves the move.",
        set(),
    ),
    ("Zambia joined the corridor pact on copper, as Angola would have done had its elections gone differently.", set()),
    (
        "Australia signed the charter on critical minerals in 2022, as did Japan, officials said, and as India may do "
        "next year.",
        {(_set("AUS", "JPN"), "existing")},
    ),
    ("Estonia signed the declaration on rare earths on Monday, and so might Latvia.", set()),
    ("Paraguay signed the accord on lithium on Monday, as Bolivia could do once its courts rule.", set()),
    ("Nepal and Laos will sign a framework on graphite next month, as will Bhutan.",
     {(_set("NPL", "LAO", "BTN"), "planned")}),
]  # fmt: skip
LIKEWISE_OWN_PARTNER = [
    (
        "Kenya signed the deal on graphite with Uganda, as Tanzania did in 2019 with Rwanda.",
        {(_set("KEN", "UGA"), "existing")},
    ),
    (
        "Peru signed a memorandum on copper with Chile on Monday, as Ecuador has with Colombia.",
        {(_set("PER", "CHL"), "signed")},
    ),
    (
        "Vietnam signed a framework on nickel with Indonesia on Friday, as did Cambodia with Thailand.",
        {(_set("VNM", "IDN"), "signed")},
    ),
]
PROPOSERS = [
    ("The think tank proposed a critical minerals dialogue between Kenya and Ethiopia in its annual report.", set()),
    ("The IMF proposed a stockpiling platform between Japan and South Korea in a working paper.", set()),
    ("Analysts at a Swiss bank floated a joint fund between Chile and Peru on Monday.", set()),
    ("A mining consultancy has mooted a cobalt platform between Zambia and Tanzania.", set()),
    ("The industry association is considering a minerals dialogue between Ghana and Togo.", set()),
    ("Researchers at the institute envisage a nickel platform between Oman and Jordan.", set()),
    # a state, its office or an official weighs it
    ("Japan's trade ministry proposed a stockpiling platform with South Korea.", {(_set("JPN", "KOR"), "planned")}),
    ("Officials in Hanoi mulled a minerals dialogue with Seoul in March.", {(_set("VNM", "KOR"), "planned")}),
    ("Kenya is considering a minerals dialogue with Ethiopia, officials said.", {(_set("KEN", "ETH"), "planned")}),
]
DROPPED = [
    ("Officials in Hanoi mulled a minerals dialogue with Seoul before dropping the idea in 2022.", set()),
    ("Vietnam proposed a platform on nickel with Korea but later shelved the plan.", set()),
    ("Peru considered a minerals dialogue with Chile, then abandoned it in 2022.", set()),
    ("Mongolia floated a joint fund with Kazakhstan before scrapping the proposal last year.", set()),
    # a later clause that drops nothing leaves the plan
    (
        "Peru considered a minerals dialogue with Chile before its election in 2022.",
        {(_set("PER", "CHL"), "planned")},
    ),
]
REFUSED = [
    ("The consensus reached by China and the United States in London was rejected by Beijing the next day.", set()),
    ("The consensus reached by the Chinese and US teams in London was rejected by Beijing the next day.", set()),
    ("The understanding reached by Kenya and Ghana on cobalt was dropped by Accra a week later.", set()),
    # a reached outcome the clause does not refuse stays
    (
        "Under the consensus reached by the Kenyan and Ghanaian economic and trade teams in Madrid, tariffs on cobalt "
        "will be cut.",
        {(_set("KEN", "GHA"), "announced")},
    ),
]

CASES = LIKEWISE_OWNED + LIKEWISE_MODAL + LIKEWISE_OWN_PARTNER + PROPOSERS + DROPPED + REFUSED


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "lp")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_likewise_and_proposers(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
