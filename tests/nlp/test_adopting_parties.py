"""Parties that adopt, endorse or keep an instrument outside the plain subject of 'sign' (round 12, adopt21).

Five mechanisms, each over syntax and word lists: a companion after a passive by-phrase ('adopted by A and B,
together with / alongside / as well as C'); an elliptical clause repeating the act ('..., officials said, as
did C', 'and so did C', 'as have C and D'); office holders and negotiating bodies of the parties ('the Heads
of State of A and B', 'the A and B economic and trade teams in <city>': the demonym, not the venue); a named
instrument in the plural ('the Lisbon Accords'); a party phrase set off between the verb and its object
('A also maintains, with B, the Treaty ...'); a joint text's 'we' reaffirming an instrument 'between A and B'
(its own parties, not the speakers).  Negative rows: a witness, a non-state companion, 'as C had
urged', an onlooker's 'as did D', a meeting of office holders.  States vary in region; names are invented.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table


def _set(*codes: str) -> frozenset[str]:
    return frozenset(codes)


COMPANIONS = [
    (
        "A lithium charter was adopted by Kenya, Ghana and Peru, together with Norway, according to the summit "
        "documents.",
        {(_set("KEN", "GHA", "PER", "NOR"), "announced")},
    ),
    (
        "The action plan on cobalt was endorsed by Chile and Mongolia, alongside the European Union, at a summit in "
        "Madrid.",
        {(_set("CHL", "MNG", "EU"), "announced")},
    ),
    (
        "A framework on nickel was launched by Laos and Senegal, as well as Uruguay, on Monday.",
        {(_set("LAO", "SEN", "URY"), "announced")},
    ),
    (
        "A memorandum on graphite was signed by Estonia and Vietnam, along with Tunisia, on Friday, officials said.",
        {(_set("EST", "VNM", "TUN"), "signed")},
    ),
    (
        "Under the roadmap on tungsten, which the leaders of Canada, Japan and Peru approved together with the "
        "European Union, members commit to map investment needs.",
        {(_set("CAN", "JPN", "PER", "EU"), "announced")},
    ),
]
LIKEWISE = [
    (
        "Australia, India and the Republic of Korea, which attended the outreach session as invited partners, also "
        "endorsed the action plan on lithium, officials said, as did South Africa.",
        {(_set("AUS", "IND", "KOR", "ZAF"), "announced")},
    ),
    (
        "Namibia and Brazil signed a framework on graphite on Wednesday, as did Mozambique.",
        {(_set("NAM", "BRA", "MOZ"), "signed")},
    ),
    ("Jordan has signed a charter on cobalt, as have Nepal and Albania.", {(_set("JOR", "NPL", "ALB"), "signed")}),
    (
        "Ghana and Peru signed a memorandum on lithium on Monday, and so did Kenya.",
        {(_set("GHA", "PER", "KEN"), "signed")},
    ),
]
OFFICES = [
    (
        "The Heads of State of Kenya and Ghana signed a memorandum on cobalt on Monday.",
        {(_set("KEN", "GHA"), "signed")},
    ),
    (
        "On the same day, in the presence of the Peruvian President, the Heads of State of the Democratic Republic of "
        "the Congo and the Republic of Rwanda signed a partnership on cobalt.",
        {(_set("COD", "RWA"), "signed")},
    ),
    (
        "The Heads of Government of Senegal and Morocco endorsed a roadmap on manganese on Tuesday.",
        {(_set("SEN", "MAR"), "announced")},
    ),
    (
        "Under the consensus reached by the Kenyan and Ghanaian economic and trade teams in Madrid, tariffs on cobalt "
        "will be cut.",
        {(_set("KEN", "GHA"), "announced")},
    ),
    (
        "In accordance with the consensus reached by the Chinese and US economic and trade teams in Geneva, the "
        "Ministry of Commerce has decided to suspend the rules on rare earths.",
        {(_set("CHN", "USA"), "announced")},
    ),
    ("The Chilean and Peruvian sides reached a consensus on lithium on Monday.", {(_set("CHL", "PER"), "announced")}),
    (
        "The trade teams of Laos and Vietnam reached an arrangement on nickel processing on Monday.",
        {(_set("LAO", "VNM"), "announced")},
    ),
]
PLURAL_NAMES = [
    ("Kenya and Ghana signed the Lisbon Accords on cobalt on Monday.", {(_set("KEN", "GHA"), "signed")}),
    ("Kenya and Ghana signed the Washington Accords on cobalt on Monday.", {(_set("KEN", "GHA"), "signed")}),
    ("The Department of Energy's Loan Programs Office lent $1 billion to a graphite plant in Ohio.", set()),
    (
        "Norway, Sweden, Finland and Denmark met in Oslo. The four governments signed what they called the Nordic "
        "Minerals Declaration.",
        {(_set("NOR", "SWE", "FIN", "DNK"), "signed")},
    ),
    (
        "The Abraham Accords were signed in 2020 by Israel and the United Arab Emirates.",
        {(_set("ISR", "ARE"), "existing")},
    ),
    ("Japan, Australia Sign Minerals Partnerships Amid China Curbs", set()),
    ("US Signs Critical Minerals Deals With Japan and Malaysia", set()),
    (
        "Peru and Bolivia signed the Nairobi Agreements on lithium on Friday, as did Chile.",
        {(_set("PER", "BOL", "CHL"), "signed")},
    ),
]
SET_OFF_PARTNERS = [
    (
        "Argentina also maintains, with the Republic of Chile, the Treaty on Mining Integration in force since 2000.",
        {(_set("ARG", "CHL"), "existing")},
    ),
    (
        "Kenya keeps, with Ghana, a memorandum of understanding on cobalt signed in 2018.",
        {(_set("KEN", "GHA"), "existing")},
    ),
    ("Mongolia signed, with Uruguay, a joint action plan on copper on Monday.", {(_set("MNG", "URY"), "signed")}),
    ("Kenya concluded, with Ghana and Peru, a framework on cobalt on Monday.", {(_set("KEN", "GHA", "PER"), "signed")}),
]
JOINT_VOICE = [
    (
        "We, the Ministers of Peru, Ghana and Mongolia, state as follows.\n\nWe reaffirm the validity of the Treaty "
        "on Mining Integration between Peru and Ghana, and Mongolia will study a similar instrument.",
        {(_set("PER", "GHA"), "existing")},
    ),
    (
        "We, the Ministers of Peru, Ghana and Mongolia, state as follows.\n\nWe reaffirm our commitment to the "
        "memorandum on cobalt signed in 2019.",
        {(_set("PER", "GHA", "MNG"), "existing")},
    ),
]
NEGATIVE = [
    ("A framework on lithium was signed by Kenya and Ghana on Monday, with Peru as a witness.",
     {(_set("KEN", "GHA"), "signed")}),
    ("A framework on lithium was signed by Kenya and Ghana, together with a plan on investment, on Monday.",
     {(_set("KEN", "GHA"), "signed")}),
    ("Kenya and Ghana signed a framework on lithium on Monday, as Peru had urged.", {(_set("KEN", "GHA"), "signed")}),
    ("Chile criticised the memorandum on lithium that Peru and Bolivia signed on Monday, as did Kenya.",
     {(_set("PER", "BOL"), "signed")}),
    ("The Heads of State of Kenya and Ghana met in Madrid on Monday to discuss cobalt.", set()),
    ("Kenya discussed, with Ghana, the prospects for cobalt mining on Monday.", set()),
    ("Kenya signed, with Ghana, a long-standing partner, a memorandum on cobalt on Monday.",
     {(_set("KEN", "GHA"), "signed")}),
]  # fmt: skip

CASES = COMPANIONS + LIKEWISE + OFFICES + PLURAL_NAMES + SET_OFF_PARTNERS + JOINT_VOICE + NEGATIVE


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "ap")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_adopting_parties(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
