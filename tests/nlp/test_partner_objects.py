"""The core construction's weak slots, second sweep (round 19, grammar19): a verb that signs with its own
preposition ('entered into'), partners before the object ('signed with B and C memoranda on X'), partners after
a passive agent ('were agreed by A with B and C'), a destined passive ('is to be signed by A and B'), the only
verb read as a modifier of its subject ('A's Minister of Mines signed with B partnerships'), and a companion
phrase between the verb and its object ('signed, together with the T of B, P, a plan').  Each case is read in
the three page frames of :mod:`core_sweep` (a government page of another state, a wire dateline, bare text);
the names are invented and the states many."""

from __future__ import annotations

import pytest
from core_sweep import FRAMES
from test_core_sweep import _pairs


def _pl(owner: str, *partners: str, status: str = "signed") -> set:
    """One pair of the owner with each partner: a plural instrument distributes."""
    return {(tuple(sorted((owner, p))), status) for p in partners}


def _one(*parties: str, status: str = "signed") -> set:
    return {(tuple(sorted(parties)), status)}


ENTERED_INTO = [
    ("Tunisia entered into a memorandum of understanding on phosphates with Vietnam.", _one("TUN", "VNM")),
    ("An accord on graphite was entered into by Mozambique and Tanzania.", _one("MOZ", "TZA")),
    (
        "Memoranda of understanding were entered into by Mongolia with Kyrgyzstan and Georgia.",
        _pl("MNG", "KGZ", "GEO"),
    ),
    ("Ecuador will enter into an agreement on copper with Panama.", _one("ECU", "PAN", status="planned")),
    ("The Philippines has entered into a framework on nickel with Sri Lanka.", _one("LKA", "PHL")),
    ("Laos entered into with Vietnam and Cambodia agreements on potash.", _pl("LAO", "VNM", "KHM")),
    # directional: negation, and the verb without its preposition
    ("Tunisia did not enter into an agreement on phosphates with Vietnam.", set()),
    ("Ecuador entered the talks with Panama.", set()),
]

PARTNERS_FIRST = [
    (
        "Argentina concluded with Bolivia, Paraguay and Uruguay MoUs on lithium.",
        _pl("ARG", "BOL", "PRY", "URY"),
    ),
    ("Vietnam signed with Laos and Cambodia agreements on bauxite.", _pl("VNM", "LAO", "KHM")),
    ("Oman also signed with Jordan and with Egypt frameworks on copper.", _pl("OMN", "JOR", "EGY")),
    (
        "Croatia's Minister of Economy is to sign with the Government of Slovenia letters of intent.",
        _one("HRV", "SVN", status="planned"),
    ),
    (
        "Senegal's Foreign Minister is to sign with Mali and Niger frameworks.",
        _pl("SEN", "MLI", "NER", status="planned"),
    ),
    ("Mongolia struck with the Republic of Korea frameworks on rare earths.", _one("KOR", "MNG", status="announced")),
    (
        "The Government of Jordan sealed with Iraq, Egypt and Oman a memorandum of understanding.",
        _one("EGY", "IRQ", "JOR", "OMN"),
    ),
    ("Tanzania signed with Mozambique a joint action plan on graphite.", _one("MOZ", "TZA")),
    ("Ecuador's Minister of Mines entered into with Colombia's government a deal on gold.", _one("COL", "ECU")),
    # near misses: a company partner, a meeting, a negation
    ("Vietnam signed with Vinacomin a supply deal.", set()),
    ("Vietnam met with Laos and Cambodia negotiators.", set()),
    ("Vietnam did not sign with Laos and Cambodia agreements on bauxite.", set()),
    # official19 12: an agreement noun inside a longer name after the partners is no object they signed
    (
        "The plan complements the memoranda Vietnam signed with Laos and Cambodia in 2024, as well as the work of the "
        "Minerals Security Partnership Finance Network.",
        _pl("VNM", "LAO", "KHM", status="existing"),
    ),
]

PASSIVES = [
    (
        "On Tuesday, accords were agreed by Tunisia with Algeria and Libya.",
        _pl("TUN", "DZA", "LBY", status="announced"),
    ),
    ("A roadmap on cobalt is to be signed by Zambia and Angola.", _one("AGO", "ZMB", status="planned")),
    (
        "On Tuesday, roadmaps are to be signed by Rwanda with Uganda and Burundi.",
        _pl("RWA", "UGA", "BDI", status="planned"),
    ),
    ("A roadmap on cobalt is not to be signed by Zambia and Angola.", set()),
]

MODIFIER_VERBS = [
    ("Ecuador's Minister of Mines signed with Peru partnerships.", _one("ECU", "PER")),
    (
        "Georgia's Foreign Minister, who arrived on Monday, sealed with the Republic of Armenia memoranda of "
        "understanding.",
        _one("ARM", "GEO"),
    ),
    (
        "On Tuesday, Bolivia's Minister of Mines, Evo Quispe, sealed accords with Chile and Peru.",
        _pl("BOL", "CHL", "PER"),
    ),
    (
        "Zambia's Ministry of Mines, which holds vast deposits, signed alongside Malawi a deal on critical minerals.",
        _one("MWI", "ZMB"),
    ),
    ("Ecuador's Minister of Mines, the official who signed the accord with Peru in 2019.", set()),
]

COMPANIONS = [
    (
        "Peru's Foreign Minister, Lucia Mamani, signed, together with the Minister of Economy, Trade and Industry "
        "of Japan, Kenji Morita, a joint action plan on niobium.",
        _one("JPN", "PER"),
    ),
    (
        "Chile's Foreign Minister, Tomas Vidal, signed, along with the Trade Minister of Korea, Min-jun Park, "
        "an agreement on lithium.",
        _one("CHL", "KOR"),
    ),
    (
        "The Minister of Energy and Mineral Resources of Indonesia, together with the Trade Minister of Vietnam, "
        "concluded a framework on nickel on Friday.",
        _one("IDN", "VNM"),
    ),
    (
        "Peru's Foreign Minister, Lucia Mamani, met, together with the Trade Minister of Japan, Kenji Morita, "
        "a delegation of investors.",
        set(),
    ),
]

CASES = ENTERED_INTO + PARTNERS_FIRST + PASSIVES + MODIFIER_VERBS + COMPANIONS


@pytest.mark.parametrize("frame", list(FRAMES))
@pytest.mark.parametrize(("text", "expect"), CASES)
def test_weak_slots_in_three_frames(frame, text, expect):
    assert _pairs(frame, text) == frozenset(expect)
