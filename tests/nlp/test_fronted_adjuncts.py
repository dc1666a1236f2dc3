"""Fronted adjunct phrases, 'entered into', partners before a bare plural instrument (round 19, fronts19).

'In <capital>, A's T P and B's T2 P2 signed ...', 'This morning, in a meeting with Prime Minister P, A ...': the
parser read the subject as one more item of the fronted place or meeting partner; the clause is parsed again
without its fronted phrases (components/fronted.py), so the capital's state is no party and the subject is kept.
'entered into <instrument> with B' (and 'was entered into by A and B') signs the instrument; 'entered into force'
does not.  'signed with A and B agreements on X': the instrument glued to the last partner's name is cut off
(components/partners_first.py).  Every case in the three page frames of :mod:`core_sweep` (another
government's page, a wire dateline,
bare text).  Invented names; states of many regions.
"""

from __future__ import annotations

import pytest
from core_sweep import FRAMES
from test_core_sweep import _pairs

from cmkg.nlp.components.fronted import fronted_end
from cmkg.nlp.model import load_pipeline

CASES = [
    # a fronted capital of a third state, of a partner, of the subject: never a party of its own
    (
        "In Brasilia, Indonesia's Foreign Minister Zofia Wrona and Peru's Foreign Minister Dilnoza Karimova "
        "agreed an action plan.",
        {(("IDN", "PER"), "announced")},
    ),
    (
        "In Jakarta, Namibia's Trade Minister Zofia Wrona and Thailand's Foreign Minister Nurlan Abenov signed "
        "a memorandum of understanding on lithium.",
        {(("NAM", "THA"), "signed")},
    ),
    (
        "In Nairobi, Indonesia's Trade Minister, Siti Aminah Rahim, together with the Foreign Minister of "
        "Kazakhstan, Nurlan Abenov, reached a framework on cooperation in the mining sector.",
        {(("IDN", "KAZ"), "announced")},
    ),
    (
        "In Hanoi, Vietnamese Minister of Industry Tran Van Minh and Mongolia's Minister of Mining Bold "
        "Ganbaatar will sign a roadmap on rare earths next month.",
        {(("MNG", "VNM"), "planned")},
    ),
    (
        "In Oslo, Kenya signed a memorandum of understanding on critical minerals with Peru.",
        {(("KEN", "PER"), "signed")},
    ),
    # a fronted time and a meeting partner
    (
        "This morning, in a meeting with the President of Ghana, Malaysia's Trade Minister Siti Aminah "
        "Rahim and Chile's Foreign Minister Haruto Sakamoto inked an agreement on copper.",
        {(("CHL", "MYS"), "signed")},
    ),
    # directional: negation and no instrument
    (
        "In Accra, Morocco's Minister of Mines Youssef Benali and Uzbekistan's Trade Minister Dilnoza Karimova "
        "did not sign an agreement on cobalt.",
        set(),
    ),
    (
        "In Lima, Poland's Foreign Minister Zofia Wrona and Norway's Trade Minister Ingrid Solberg discussed the "
        "weather.",
        set(),
    ),
    # 'entered into' makes the instrument; 'entered into force' is no signing
    (
        "Thailand entered into a memorandum of understanding on critical minerals with Peru.",
        {(("PER", "THA"), "signed")},
    ),
    ("Morocco's Ministry of Mines entered into an accord with Kenya on Tuesday.", {(("KEN", "MAR"), "signed")}),
    ("An action plan on critical minerals was entered into by Ghana and Saudi Arabia.", {(("GHA", "SAU"), "signed")}),
    ("Ghana did not enter into an agreement with Morocco on critical minerals.", set()),
    ("Kenya will enter into a partnership on cobalt with Rwanda.", {(("KEN", "RWA"), "planned")}),
    ("Kenya entered into a supply contract with Kestrel Mining on lithium.", set()),
    # partners before a bare plural instrument the parser glued to the last partner's name
    (
        "Brazil signed with Indonesia and Saudi Arabia agreements on critical minerals.",
        {(("BRA", "IDN"), "signed"), (("BRA", "SAU"), "signed")},
    ),
    (
        "Mongolia inked with Vietnam and Laos accords on rare earths.",
        {(("LAO", "MNG"), "signed"), (("MNG", "VNM"), "signed")},
    ),
    ("Kenya will sign alongside Peru roadmaps on lithium.", {(("KEN", "PER"), "planned")}),
    ("Kenya did not sign with Peru agreements on lithium.", set()),
    (
        "Poland's Ministry of Mines is to sign with the Government of Ghana letters of intent.",
        {(("GHA", "POL"), "planned")},
    ),
    # a partner phrase set off by commas between the verb and its object
    (
        "Kenya's Trade Minister, Jane Wanjiru, signed, together with the Foreign Minister of Peru, Rafael Quispe, "
        "an agreement on lithium.",
        {(("KEN", "PER"), "signed")},
    ),
    (
        "Malaysia's Foreign Minister, Erlan Nurpeisov, signed, together with the Minister of Economy of Tanzania, "
        "Annelie van der Berg, a joint action plan on niobium.",
        {(("MYS", "TZA"), "signed")},
    ),
    (
        "Kenya's Trade Minister met, together with the Foreign Minister of Peru, Rafael Quispe, a delegation on "
        "lithium.",
        set(),
    ),
    ("Kenya signed with Peru's Andes Mining agreements on lithium.", set()),
]


@pytest.mark.parametrize("frame", list(FRAMES))
@pytest.mark.parametrize(("text", "expect"), CASES)
def test_fronted_and_entered_in_three_frames(frame, text, expect):
    assert _pairs(frame, text) == frozenset(expect)


FRONTS = [
    ("In Oslo, Kenya signed a deal with Peru.", "Oslo"),
    ("This morning, in a meeting with Prime Minister Kwame Asante, Ghana signed a deal with Peru.", "Asante"),
    ("Speaking in Accra, the minister signed a deal with Peru.", None),  # a verb opens it: a clause, not an adjunct
    ("After Kenya signed the deal, Peru welcomed it.", None),
    ("Kenya signed a deal with Peru in Oslo.", None),
]


@pytest.mark.parametrize(("text", "before"), FRONTS)
def test_fronted_end_finds_only_adjunct_phrases(text, before):
    sent = next(load_pipeline()(text).sents)
    end = fronted_end(sent)
    if before is None:
        assert end is None
    else:
        assert end is not None and sent.doc[end].text == "," and sent.doc[end - 1].text == before
