"""Sides a clause names by a stand-in, not by a state's name (round 20, sides20).

A person or a place stands for a state through one reading each, the same wherever the stand-in sits:
- 'he'/'she' as a subject is the person its sentence named as the earlier subject ('Trade Minister X of A said
  she would sign a memorandum with B', 'The Prime Minister said he would sign ...' on a government's page), who
  stands for a state as that official does (party_reference.referents);
- a government named by its leader as an instrument's possessor ('the Diallo Government's memorandum with B')
  is the leader's state, as it is as a subject or a 'with' partner (premodifiers.modifier_parties, via
  subject_forms.leader_government);
- 'is in consultation(s) with B on a processing programme' is talks under way, while 'drafted the rules in
  consultation with B' is advice taken (governed.in_consultation).
Near misses give no side: a consultant's 'she', a visit with no instrument, a witness 'in the presence of', a
host city, a leader's government's budget.  Three page frames (bare text, a wire page with a dateline, a
government's page); invented officials of many origins.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import page_sheet

GOV_PAGES = [  # (government site, its state)
    ("https://www.mining.gov.mw/news/release", "MWI"),
    ("https://www.mpi.govt.nz/news/media-releases/x", "NZL"),
    ("https://www.minenergia.gov.co/es/sala-de-prensa/x", "COL"),
    ("https://www.mineral.gov.mn/news/x", "MNG"),
]
WIRE = "https://www.globalwirenews.com/markets/x"
BARE = "checklist:sides"
DATELINE = "LIMA, March 2 (Harbour Ledger) - "
STATES = [  # (name, demonym, code): the acting side
    ("Kenya", "Kenyan", "KEN"),
    ("Norway", "Norwegian", "NOR"),
    ("Indonesia", "Indonesian", "IDN"),
    ("Argentina", "Argentine", "ARG"),
]
PARTNERS = [("Peru", "PER"), ("Viet Nam", "VNM"), ("Morocco", "MAR"), ("Kazakhstan", "KAZ")]
OFFICIALS = ["Zhang Weiming", "Layla Abdel-Rahman", "Halvard Brekke", "Amara Diallo"]
LEADERS = ["Diallo", "Brekke", "Okonkwo", "Ferreyra"]  # surnames of invented leaders, many origins


def _facts(source: str, body: str, dateline: str = "") -> set[tuple[str, str]]:
    text = f"Minerals release\nSource: {source}\nPublished: 2025-03-02\n\n{dateline}{body}\n"
    return {("+".join(sorted(a["parties"])), a["status"]) for a in page_sheet(text)["agreements"]}


def _pair(*codes: str) -> str:
    return "+".join(sorted(codes))


PRONOUN_CASES = [  # (sentence, status): A's official, B the partner
    (  # a state as a nearer subject is no antecedent of 'he'
        "Trade Minister {P} of {A} said Ghana was a reliable partner and that he would sign a memorandum on cobalt "
        "with {B} next month.",
        "planned",
    ),
    ("Trade Minister {P} of {A} said she would sign a memorandum on cobalt with {B} next month.", "planned"),
    (
        "{AD} Trade Minister {P} said he would sign an agreement on lithium processing with {B} later this year.",
        "planned",
    ),
]


@pytest.mark.parametrize("k", range(4))
@pytest.mark.parametrize("frame", ["bare", "wire", "gov"])
@pytest.mark.parametrize("case", PRONOUN_CASES)
def test_person_pronoun_is_the_earlier_official(case, frame, k):
    (name, demonym, code), (partner, pcode) = STATES[k], PARTNERS[k]
    sentence, status = case
    body = sentence.format(P=OFFICIALS[k], A=name, AD=demonym, B=partner)
    source = {"bare": BARE, "wire": WIRE, "gov": GOV_PAGES[k][0]}[frame]
    found = _facts(source, body, DATELINE if frame == "wire" else "")
    assert (_pair(code, pcode), status) in found, found
    assert not any(GOV_PAGES[k][1] in f[0] for f in found), found  # another state's official: not the page's


@pytest.mark.parametrize("page", GOV_PAGES, ids=[p[1] for p in GOV_PAGES])
@pytest.mark.parametrize("partner", PARTNERS[:2])
@pytest.mark.parametrize("head", ["The Prime Minister said he", "The President said she"])
def test_person_pronoun_of_the_page_head(page, partner, head):
    found = _facts(page[0], f"{head} would sign a memorandum on cobalt with {partner[0]} next month.")
    assert found == {(_pair(page[1], partner[1]), "planned")}


CONSULTATION = [
    "{S} is in consultation with {B} on a lithium processing programme.",
    "{S} remains in consultations with {B} on a cobalt supply memorandum.",
]


@pytest.mark.parametrize("k", range(4))
@pytest.mark.parametrize("frame", ["bare", "wire", "gov"])
@pytest.mark.parametrize("sentence", CONSULTATION)
def test_in_consultation_is_talks(sentence, frame, k):
    (name, _, code), (partner, pcode) = STATES[k], PARTNERS[k]
    source, subject, side = BARE, name, code
    if frame == "wire":
        source, subject = WIRE, f"{name}'s mines ministry"
    elif frame == "gov":
        (source, side), subject = GOV_PAGES[k], "The Ministry"
    found = _facts(source, sentence.format(S=subject, B=partner), DATELINE if frame == "wire" else "")
    assert found == {(_pair(side, pcode), "negotiating")}


LEADER_CASES = [  # (second sentence, expected parties beyond A, status)
    ("The {L} Government's memorandum with {B} on cobalt, signed in 2023, covers processing.", True, "existing"),
    (
        "The {L} Government's Lithium Strategic Reserve, announced in 2023, will buy output from local mines.",
        False,
        "existing",
    ),
]


@pytest.mark.parametrize("k", range(4))
@pytest.mark.parametrize("frame", ["bare", "wire", "gov"])
@pytest.mark.parametrize("case", LEADER_CASES)
def test_leader_named_government_as_possessor(case, frame, k):
    (name, _, code), (partner, pcode) = STATES[k], PARTNERS[k]
    sentence, paired, status = case
    lead = f"President Amara {LEADERS[k]} of {name} opened the session on Monday. "
    body = lead + sentence.format(L=LEADERS[k], B=partner)
    source = {"bare": BARE, "wire": WIRE, "gov": GOV_PAGES[k][0]}[frame]
    found = _facts(source, body, DATELINE if frame == "wire" else "")
    expected = _pair(code, pcode) if paired else code
    assert (expected, status) in found, found
    assert not any(GOV_PAGES[k][1] in f[0] for f in found), found


NO_SIDE = [  # near misses: (text, the only facts allowed)
    ("Trade Minister {P} of {A} said he would visit {B} next month to discuss cobalt prices.", set()),
    ("{P}, a consultant, said she would sign a memorandum on cobalt with {B} next month.", set()),
    ("In the presence of President {P} of {C}, {A} and {B} signed a memorandum on cobalt.", {"AB:signed"}),
    ("{A} and {B} signed a memorandum on cobalt in {CC}.", {"AB:signed"}),
    ("{A} drafted its lithium export rules in consultation with {B}.", set()),
    ("President Amara {L} of {A} opened the session. The {L} Government's budget raises cobalt royalties.", set()),
]


@pytest.mark.parametrize("k", range(4))
@pytest.mark.parametrize("frame", ["bare", "wire"])
@pytest.mark.parametrize("case", NO_SIDE)
def test_near_misses_give_no_side(case, frame, k):
    (name, _, code), (partner, pcode) = STATES[k], PARTNERS[k]
    text, allowed = case
    body = text.format(P=OFFICIALS[k], A=name, B=partner, C="Ghana", CC="Accra", L=LEADERS[k])
    found = _facts(WIRE if frame == "wire" else BARE, body, DATELINE if frame == "wire" else "")
    expected = {(_pair(code, pcode), "signed")} if allowed else set()
    assert found == expected, found


def test_drafted_in_consultation_on_a_government_page():
    found = _facts(GOV_PAGES[0][0], "The Ministry drafted the new cobalt royalty rules in consultation with Peru.")
    assert found == set()
