"""A state named by pointing (voice.deictic_state): 'our country', 'my Department', 'the President' on its page.

On a government's page the first-person phrase, the capitalised definite body noun and the head by title stand for
the publisher (sites of many states, known and unknown hosts); an apposed or quoted speaker's state and another
state's official just before win; on a wire page or bare text the first-person phrase is the quoted speaker's state
or none.  Three page frames; invented partners and officials of many regions.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import page_sheet

PAGES = [  # (title, government site, its state): sites of many states, one host a made-up body domain
    ("Statement by the Press Secretary", "https://www.whitehouse.gov/briefings-statements/x", "USA"),
    ("Written question: critical minerals", "https://questions-statements.parliament.uk/written-questions/x", "GBR"),
    ("Minister's speech at the mining forum", "https://www.mining.gov.mw/news/x", "MWI"),
    ("Speech by Executive Vice-President Maria Olsen", "https://commission.example.eu/speech/x", "EU"),
    ("Media release", "https://www.mpi.govt.nz/news/x", "NZL"),
    ("Press release", "https://www.minenergia.gov.co/es/x", "COL"),
    ("Statement by the Prime Minister", "https://www.pm.gov.pg/statement/x", "PNG"),
]
WIRE = ("Metals and mining round-up", "https://www.globalwirenews.com/markets/x")
BARE = ("Checklist page", "checklist:deixis")
DATELINE = "NAIROBI, March 2 (Harbour Ledger) - "
PARTNERS = [("Saudi Arabia", "SAU"), ("Kazakhstan", "KAZ"), ("Chile", "CHL"), ("Ghana", "GHA"), ("Viet Nam", "VNM")]

FIRST_PERSON = [
    "Our country signed a memorandum of understanding with {B} on critical minerals.",
    "My Department has signed a critical minerals partnership with {B}.",
    "Our Government signed a memorandum of understanding on lithium with {B} on Tuesday.",
    "Last year our nation concluded a framework on cobalt processing with {B}.",
]
HEADS = [
    "The President signed a memorandum of understanding on critical minerals with {B}.",
    "The Prime Minister signed a critical minerals partnership with {B} on Tuesday.",
]
NO_FACT = [  # near misses: no instrument, or a negated one
    "Our country holds some of the largest lithium resources in the world.",
    "The President discussed copper prices with {B}'s business leaders.",
    "Our country has not signed any agreement with {B} on critical minerals.",
]


def _facts(title: str, source: str, body: str, dateline: str = "") -> set[tuple[str, ...]]:
    """The page's (sorted parties..., status) tuples."""
    text = f"{title}\nSource: {source}\nPublished: 2025-03-02\n\n{dateline}{body}\n"
    return {(*sorted(a["parties"]), a["status"]) for a in page_sheet(text)["agreements"]}


@pytest.mark.parametrize("page", PAGES, ids=[p[2] for p in PAGES])
@pytest.mark.parametrize("partner", PARTNERS[:3])
@pytest.mark.parametrize("sentence", FIRST_PERSON + HEADS)
def test_page_state_on_its_page(page, partner, sentence):
    title, source, state = page
    found = _facts(title, source, sentence.format(B=partner[0]))
    assert any(set(f[:-1]) == {state, partner[1]} for f in found), found


@pytest.mark.parametrize("frame", ["wire", "bare"])
@pytest.mark.parametrize("partner", PARTNERS)
@pytest.mark.parametrize("sentence", FIRST_PERSON[:2] + FIRST_PERSON[3:])
def test_no_page_state_off_a_government_page(frame, partner, sentence):
    """'our country' on a wire page or bare text: no state stands behind it, and the story's last subject is not it."""
    title, source = WIRE if frame == "wire" else BARE
    body = "Mozambique raised its royalty on graphite last month.\n\n" + sentence.format(B=partner[0])
    found = _facts(title, source, body, DATELINE if frame == "wire" else "")
    assert not any("MOZ" in f for f in found), found


@pytest.mark.parametrize("frame", ["gov", "wire", "bare"])
@pytest.mark.parametrize("partner", PARTNERS[:3])
def test_quoted_speaker_wins(frame, partner):
    """ "'Our country signed ...,' Peru's minister said": the speaker's state, on any page (the publisher's too)."""
    title, source = {"gov": PAGES[2][:2], "wire": WIRE, "bare": BARE}[frame]
    body = f'"Our country signed a memorandum of understanding with {partner[0]} on lithium," Peru\'s minister said.'
    found = _facts(title, source, body, DATELINE if frame == "wire" else "")
    assert any(set(f[:-1]) == {"PER", partner[1]} for f in found), found
    assert not any("MWI" in f for f in found), found


@pytest.mark.parametrize("page", PAGES[:4], ids=[p[2] for p in PAGES[:4]])
def test_another_states_official_just_before_wins(page):
    """'Tanzania's President X arrived ... The President signed': not the page's head."""
    title, source, state = page
    body = (
        "Tanzania's President Amani Mwakyusa arrived in the capital on Monday.\n\n"
        "The President signed a memorandum of understanding on graphite with Chile."
    )
    assert not any(state in f for f in _facts(title, source, body))


@pytest.mark.parametrize("page", PAGES, ids=[p[2] for p in PAGES])
@pytest.mark.parametrize("sentence", NO_FACT)
def test_near_misses(page, sentence):
    title, source, _ = page
    assert _facts(title, source, sentence.format(B="Ghana")) == set()
