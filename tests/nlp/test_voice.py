"""The page's voice (nlp/components/voice.py): 'both governments' / 'the two countries' is the pair the page is about.

After sentences that merely mention other states one after the other ('A concluded similar frameworks with C and
D. E refines most of the world's M.') the collective is the page's settled pair, not the last two states named;
when a sentence just before coordinates another pair, that pair by position.  Three page frames (a government
fact sheet, a wire story with a dateline, bare text); invented pairs of many regions.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import page_sheet

_GOV = (
    "Fact Sheet: {A} and {B} deepen their strategic partnership\nSource: https://www.foreignaffairs.gov.example/fs/x\n"
)
_WIRE = "{A} and {B} deepen their strategic partnership\nSource: https://www.lakesidecourier.example.com/news/x\n"
_BARE = "Checklist page\nSource: checklist:voice\n"
_PUBLISHED = "Published: 2025-03-02\n\n"
_DATELINE = {"gov": "", "wire": "NAIROBI, March 2 (Harbour Ledger) - ", "bare": ""}
FRAMES = {"gov": _GOV, "wire": _WIRE, "bare": _BARE}

PAIRS = [  # (A, B, C, D, E): the page's pair, two states A dealt with before, a state merely mentioned
    (("Peru", "PER"), ("Namibia", "NAM"), ("Mozambique", "MOZ"), ("Chile", "CHL"), ("Australia", "AUS")),
    (("Kazakhstan", "KAZ"), ("Ghana", "GHA"), ("Malaysia", "MYS"), ("Japan", "JPN"), ("China", "CHN")),
    (("Norway", "NOR"), ("Rwanda", "RWA"), ("Bolivia", "BOL"), ("Serbia", "SRB"), ("Indonesia", "IDN")),
]
MENTIONED = [
    "{A} signed similar frameworks last year with {C} and {D}. {E} currently refines most of the world's cobalt.",
    "The framework follows similar frameworks that {A} concluded with {C} and {D} in 2021, officials said. {E}, "
    "which processes most of the world's cobalt, was not mentioned.",
]
COLLECTIVES = [
    "Both governments also signed a memorandum of understanding on lithium exploration.",
    "- The two countries signed a joint declaration on lithium investment, which both governments will review.",
    # the relative clause's pronoun is the collective's pair too, not the last subject ('E ... refines')
    "The two countries also signed a joint declaration on lithium, which will provide the basis for a long-term "
    "partnership once the agreement is signed.",
]


def _page(frame: str, names: dict[str, str], body: str) -> set[tuple[str, ...]]:
    """The page's (sorted parties..., status) tuples."""
    text = FRAMES[frame].format(**names) + _PUBLISHED + _DATELINE[frame] + body.format(**names)
    sheet = page_sheet(text)
    return {(*sorted(a["parties"]), a["status"]) for a in sheet["agreements"]}


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("states", PAIRS)
@pytest.mark.parametrize("mentioned", MENTIONED)
@pytest.mark.parametrize("collective", COLLECTIVES)
def test_collective_is_the_page_pair(frame, states, mentioned, collective):
    names = dict(zip("ABCDE", (n for n, _ in states), strict=True))
    a, b, c, d, e = (code for _, code in states)
    body = "{A} and {B} have been negotiating a framework on cobalt processing since 2023.\n\n"
    found = _page(frame, names, body + mentioned + "\n\n" + collective)
    assert (*sorted((a, b)), "signed") in found  # the collective's instrument is the page pair's
    assert not any(e in p for p in found)  # the state merely mentioned last is no party
    assert not any(c in p and d in p for p in found)


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("states", PAIRS)
def test_pair_of_the_sentence_before_wins(frame, states):
    """'C and D signed X. Both governments also signed ...': the pair by position, not the page's."""
    names = dict(zip("ABCDE", (n for n, _ in states), strict=True))
    a, b, c, d, e = (code for _, code in states)
    body = (
        "{A} and {B} have been negotiating a framework on cobalt processing since 2023.\n\n"
        "On Monday, {C} and {D} signed a memorandum on nickel. {E} refines most of the world's nickel.\n\n"
        "Both governments also signed a memorandum of understanding on lithium exploration."
    )
    found = _page(frame, names, body)
    assert (*sorted((c, d)), "signed") in found
    assert (*sorted((a, b)), "signed") not in found
    assert not any(e in p for p in found)


_ZMB = "Speech\nSource: https://www.mines.gov.zm/speeches/x\nPublished: 2025-03-02\n\n"
OTHERS = [("Canberra", "Australian", "AUS"), ("Lima", "Peruvian", "PER"), ("Seoul", "Korean", "KOR")]
OUR_TWO = [
    "Next week I will visit {city}, where I will meet my {dem} counterpart to review the critical minerals "
    "partnership that our two governments concluded in 2022.",
    "In {city} I will meet my {dem} counterpart, and we will review the framework both our countries signed in 2021.",
]
_LEADS = ["", "Zambia and Namibia signed a memorandum on copper processing on Monday.\n\n"]


@pytest.mark.parametrize(("city", "dem", "code"), OTHERS)
@pytest.mark.parametrize("sentence", OUR_TWO)
@pytest.mark.parametrize("lead", _LEADS)
def test_our_two_governments_on_a_ministers_page(city, dem, code, sentence, lead):
    """'our two governments' in a minister's speech: the publisher and the one other state of the sentence, not the
    document's pair (here Zambia and Namibia, from a lead sentence)."""
    text = _ZMB + lead + sentence.format(city=city, dem=dem)
    sheet = page_sheet(text)
    found = {tuple(sorted(a["parties"])) for a in sheet["agreements"]}
    assert tuple(sorted(("ZMB", code))) in found
    assert ("NAM", "ZMB") not in found or lead
