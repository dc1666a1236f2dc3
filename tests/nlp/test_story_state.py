"""The page's own state as the side a partner-only instrument leaves implicit (story_owner.page_state).

'There is the India partnership on critical minerals investment, under which the two governments have already
shortlisted five projects' and 'And there is a 2024 memorandum with South Korea on supply chains' in a story about
Australia's budget are Australia's instruments: on a government's page the publisher, on a news page the story's
protagonist (its title's one state, confirmed by the dateline's place or an opening sentence that makes it the
subject), never the state the story mentioned last ('Officials said C and D had been briefed').  Three frames
(a government's release, a wire page with a dateline, bare text), states of many regions, invented names; near
misses give no fact that pairs the page's state: a memorandum with no partner, a denied one, a dateline in
another capital, a title naming two states.  A bare 'the Commission' after another body of that name
('Commission IV of the National Assembly') is that body, not the EU.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import page_sheet

GOV_PAGES = [  # (government site, its state)
    ("https://www.mining.gov.mw/news/budget", "MWI"),
    ("https://www.mines.gov.zm/news/budget", "ZMB"),
    ("https://www.mpi.govt.nz/news/budget", "NZL"),
    ("https://www.minenergia.gov.co/es/budget", "COL"),
]
STORY_STATES = [  # (name, capital as a dateline prints it, code)
    ("Australia", "CANBERRA", "AUS"),
    ("Kenya", "NAIROBI", "KEN"),
    ("Chile", "SANTIAGO", "CHL"),
    ("Kazakhstan", "ASTANA", "KAZ"),
    ("Ghana", "ACCRA", "GHA"),
    ("Norway", "OSLO", "NOR"),
]
PARTNERS = [("India", "IND"), ("South Korea", "KOR"), ("Viet Nam", "VNM"), ("Morocco", "MAR"), ("Peru", "PER")]
BRIEFED = "Officials said {Q} and {R} had been briefed on the reserve. "  # states the story only mentions
BYSTANDERS = [("Japan", "the European Union"), ("Canada", "Mongolia"), ("Brazil", "Uzbekistan")]

PARTNER_ONLY = [
    "There is the {P} partnership on critical minerals investment, under which the two governments have already "
    "shortlisted five lithium and cobalt projects.",
    "And there is a 2024 memorandum with {P} on supply chains.",
]
NO_FACT = [  # near misses: no partner, or a denied instrument
    "And there is a 2024 memorandum on supply chains.",
    "And there is no memorandum with {P} on supply chains yet.",
]


def _page(title: str, source: str, body: str) -> set[frozenset[str]]:
    """The party sets of a whole page."""
    text = f"{title}\nSource: {source}\nPublished: 2025-03-26\n\n{body}\n"
    return {frozenset(a["parties"]) for a in page_sheet(text)["agreements"]}


def _frames(k: int) -> list[tuple[str, str, str, str]]:
    """(frame, title, source, lead) pages and the state each is about: a government's release, a wire page
    datelined in the story state's capital, bare text whose lead makes the state its subject."""
    name, capital, code = STORY_STATES[k % len(STORY_STATES)]
    site, gov = GOV_PAGES[k % len(GOV_PAGES)]
    return [
        ("government", "Budget statement on critical minerals", site, "", gov),
        (
            "wire",
            f"{capital.title()} sets out its minerals diplomacy in the budget",
            "https://www.globalwirenews.com/markets/4411",
            f"{capital}, March 26 (Harbour Ledger) - ",
            code,
        ),
        (
            "bare",
            f"{name} budget funds a minerals reserve",
            "checklist:story",
            f"{name} handed down its budget. ",
            code,
        ),
    ]


CASES = [
    (frame, title, source, lead, own, sentence, partner, BYSTANDERS[k % len(BYSTANDERS)])
    for k, sentence in enumerate(PARTNER_ONLY * 3)
    for frame, title, source, lead, own in _frames(k)
    for partner in PARTNERS[k % 2 :: 2][:2]
]


@pytest.mark.parametrize(("frame", "title", "source", "lead", "own", "sentence", "partner", "others"), CASES)
def test_partner_only_instrument_takes_the_page_state(frame, title, source, lead, own, sentence, partner, others):
    body = lead + BRIEFED.format(Q=others[0], R=others[1]) + sentence.format(P=partner[0])
    found = _page(title, source, body)
    assert frozenset({own, partner[1]}) in found, (frame, found)
    assert all(own in s for s in found if partner[1] in s), found  # never a merely mentioned state's


@pytest.mark.parametrize("k", range(3))
@pytest.mark.parametrize("sentence", NO_FACT)
def test_near_misses_give_nothing(k, sentence):
    for frame, title, source, lead, _own in _frames(k):
        body = lead + BRIEFED.format(Q="Japan", R="Canada") + sentence.format(P=PARTNERS[k][0])
        assert _page(title, source, body) == set(), frame


@pytest.mark.parametrize("k", range(4))
def test_unconfirmed_title_state_is_no_protagonist(k):
    """A dateline in another capital, or a title naming two states: the title's state is not the story's."""
    name, capital, code = STORY_STATES[k]
    other_name, other_capital, _ = STORY_STATES[k + 1]
    partner, memo = PARTNERS[k], PARTNER_ONLY[1].format(P=PARTNERS[k][0])
    wire = _page(
        f"{capital.title()} sets out its minerals diplomacy",
        "https://www.globalwirenews.com/markets/4411",
        f"{other_capital}, March 26 (Harbour Ledger) - " + BRIEFED.format(Q="Japan", R="Canada") + memo,
    )
    bare = _page(
        f"{name} and {other_name} fund minerals reserves",
        "checklist:story",
        f"{name} handed down its budget. " + BRIEFED.format(Q="Japan", R="Canada") + memo,
    )
    for found in (wire, bare):
        assert frozenset({code, partner[1]}) not in found, found


@pytest.mark.parametrize(("site", "gov"), GOV_PAGES)
@pytest.mark.parametrize(("partner", "code"), PARTNERS[:3])
def test_parliamentary_commission_is_no_state(site, gov, partner, code):
    """'The Minister informed the Commission that the Government is in negotiations with the Government of X'
    after 'Commission IV of the National Assembly': the publisher and X, not the EU; with a later EU name, the
    bare word is the EU's again (the gazetteer's reading)."""
    talks = (
        "The Minister informed the Commission that the Government is in negotiations with the Government of "
        f"{partner} on a critical minerals agreement."
    )
    body = "The Minister met Commission IV of the National Assembly on Monday. " + talks
    found = _page("Release", site, body)
    assert frozenset({gov, code}) in found and not any("EU" in s for s in found), found


@pytest.mark.parametrize("k", range(3))
def test_possessed_instrument_is_its_antecedents(k):
    """'Its strategic partnership with the European Union' after a sentence on another state: the pronoun's state,
    not the story's protagonist (a news page; the publisher's own pages keep their voice)."""
    name, capital, code = STORY_STATES[k]
    other, other_code = [("Namibia", "NAM"), ("Botswana", "BWA"), ("Zambia", "ZMB")][k]
    partner, pcode = PARTNERS[k]
    body = (
        f"{capital}, March 26 (Harbour Ledger) - {name} banned exports of raw lithium ore on Tuesday. "
        f"{other} has also been careful to keep investors close. Its strategic partnership on raw materials with "
        f"{partner}, signed in 2022, is meant to bring financing for processing plants."
    )
    found = _page(f"{name} bans raw lithium exports", "https://www.globalwirenews.com/markets/4411", body)
    assert frozenset({code, pcode}) not in found, found
