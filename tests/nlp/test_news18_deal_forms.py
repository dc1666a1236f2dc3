"""Agreement and US-deal forms from the opened news18 corpus (round 23, branch news18us).

- a clause the instrument frames ('in which', 'under which') whose doers are its own sides ("framework agreements
  with A, B, C and D, in which the four governments agreed to ...") names no other signer and does not make the
  instrument (relative_clauses._restated_sides): one set per partner with the US, the main verb's status;
- one state's talks with a list of partners in one 'with' phrase are talks with each (agreement_facts.
  _listed_partners; the gold of news6, official17 and news18), unless the talks are 'trilateral' or on a joint topic;
- "no agreement with B is under discussion" denies the talks on it, whatever other talks the sentence says go on
  (talks_status.under_negotiation reads 'under discussion'; agreement_gates.has_status);
- 'the two countries' is never one state named twice, nor a venue ('In London, the two sides agree ...')
  (party_reference._the_two, voice.position_pair, bystanders.in_venue);
- a format noun subject with a lead-in before a colon ("Background for readers: the C5+1 format brings together A, B
  and C with D") is still the member-list verb's subject (member_clauses._subject_instrument);
- a contact relative clause whose subject is a collective ('the trade agreement the two countries signed in 2019'),
  read by the parser as an apposition with a participle, is the instrument's relative clause
  (misparses.hang_contact_relatives), and 'the two countries' is the pair the sentence right before names;
- a host, mediator or witness a sentence names ('Switzerland hosts the talks but is not a party') is not kept as the
  story's last subject or state (relations._update, bystanders.bystander_states) for a later 'the two sides'.
Near misses: another state's signing clause, trilateral talks, a joint topic, an affirmed 'under discussion'.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table


def _set(*codes: str) -> frozenset[str]:
    return frozenset(codes)


CASES = [
    # restated sides in a framed clause
    ("The United States announced on Thursday framework agreements on reciprocal trade with Argentina, Ecuador, "
     "Guatemala and El Salvador, in which the four Latin American governments agreed to cooperate on critical "
     "minerals.",
     {(_set("USA", "ARG"), "announced"), (_set("USA", "ECU"), "announced"), (_set("USA", "GTM"), "announced"),
      (_set("USA", "SLV"), "announced")}, ["ARG", "ECU", "GTM", "SLV"]),
    ("Washington signed frameworks with Kenya, Peru and Ghana on Monday, under which the three countries agreed to "
     "open their cobalt projects to US investors.",
     {(_set("USA", "KEN"), "signed"), (_set("USA", "PER"), "signed"), (_set("USA", "GHA"), "signed")},
     ["GHA", "KEN", "PER"]),
    ("Norway signed a memorandum on nickel with Chile on Monday, under which the two governments agreed to share "
     "geological data.", {(_set("NOR", "CHL"), "signed")}, []),
    ("Japan signed framework agreements with Kenya and Peru, under which the three countries agreed to cooperate on "
     "cobalt.", {(_set("JPN", "KEN"), "signed"), (_set("JPN", "PER"), "signed")}, []),
    # near miss: another state's signing clause names the signer
    ("Japan welcomed the agreement with Chile that Peru signed on Monday.", {(_set("PER", "CHL"), "signed")}, []),
    # talks with listed partners
    ("India has been in talks with Argentina and Chile on lithium blocks.",
     {(_set("IND", "ARG"), "negotiating"), (_set("IND", "CHL"), "negotiating")}, []),
    ("Kenya held talks with Peru and Chile on cobalt on Monday.",
     {(_set("KEN", "PER"), "negotiating"), (_set("KEN", "CHL"), "negotiating")}, []),
    ("The United States is in talks with Kazakhstan and Mongolia on tungsten supplies.",
     {(_set("USA", "KAZ"), "negotiating"), (_set("USA", "MNG"), "negotiating")}, []),
    # near misses: trilateral talks, a joint topic
    ("Kenya held trilateral talks with Peru and Chile on cobalt on Monday.",
     {(_set("KEN", "PER", "CHL"), "negotiating")}, []),
    ("Kenya held talks with Peru and Chile on a regional cobalt corridor.",
     {(_set("KEN", "PER", "CHL"), "negotiating")}, []),
    # a denied 'under discussion'
    ("Those talks are continuing, and no minerals agreement with the United States is under discussion, a "
     "Greenlandic official told the Review.", set(), []),
    ("Those talks are continuing, and no cobalt agreement with Kenya is under discussion, an official from Peru said.",
     set(), []),
    # near misses: affirmed, and a denied signing beside talks that go on
    ("Those talks are continuing, and a cobalt agreement with Kenya is under discussion, an official from Peru said.",
     {(_set("KEN", "PER"), "negotiating")}, []),
    ("A cobalt agreement between Kenya and Peru is under discussion.", {(_set("KEN", "PER"), "negotiating")}, []),
    ("Kenya and Peru signed no cobalt deal on Monday, but talks are continuing.", {(_set("KEN", "PER"), "negotiating")},
     []),
    # 'the two countries', 'the two sides'
    ("Norway and Chile signed a framework on lithium on Monday. Qatar said it had no comment, and Qatar's ministry "
     "declined to add more. The framework sits beside the trade agreement the two countries reached in March.",
     {(_set("NOR", "CHL"), "signed"), (_set("NOR", "CHL"), "existing")}, []),
    ("China and the United States met in May. In London, the two sides agreed a framework on rare earths.",
     {(_set("CHN", "USA"), "announced")}, ["CHN"]),
    ("Norway and Chile met on Monday. In Doha, the two sides agreed a framework on lithium.",
     {(_set("NOR", "CHL"), "announced")}, []),
    # a format subject after a lead-in
    ("Background for readers joining us: the C5+1 format brings together Kazakhstan, Kyrgyzstan, Tajikistan, "
     "Turkmenistan and Uzbekistan with the United States. It was launched in 2015.",
     {(_set("KAZ", "KGZ", "TJK", "TKM", "UZB", "USA"), "existing")}, []),
    ("Background for readers joining us: the Orsk format brings together Kenya, Peru and Chile with Norway.",
     {(_set("KEN", "PER", "CHL", "NOR"), "existing")}, []),
    # a contact relative clause with a collective subject, the pair the sentence before names
    ("Japan and the United States signed a minerals framework on Tuesday. The pact builds on the limited trade "
     "agreement the two countries signed in 2019, which cut tariffs on farm produce.",
     {(_set("JPN", "USA"), "signed"), (_set("JPN", "USA"), "existing")}, ["JPN"]),
    ("Officials in Jakarta are still negotiating with Washington over a separate critical minerals agreement. It would "
     "sit on top of the reciprocal trade deal the two countries announced in July, under which Indonesian goods face a "
     "19% U.S. tariff.", {(_set("IDN", "USA"), "negotiating"), (_set("IDN", "USA"), "existing")}, ["IDN"]),
    ("Officials in Nairobi are negotiating with Lima over a cobalt agreement. It would sit beside the trade deal the "
     "two countries reached in March.", {(_set("KEN", "PER"), "negotiating"), (_set("KEN", "PER"), "existing")}, []),
    ("Kenya and Peru held a summit on Monday. Officials said the cobalt pact builds on the trade agreement the two "
     "countries signed in 2019.", {(_set("KEN", "PER"), "existing")}, []),
    # a host or mediator named before 'the two sides' is neither
    ("May 12 - In Geneva, Vice Premier He Lifeng and Treasury Secretary Scott Bessent announce a 90-day tariff truce. "
     "Switzerland hosts the talks but is not a party.\n\nJune 10 - In London, the two sides agree a framework to "
     "implement the Geneva truce, with Beijing promising faster licence approvals.",
     {(_set("CHN", "USA"), "announced")}, []),
    ("Ministers of Kenya and Peru met on Monday. Qatar mediated the talks. The two sides signed a cobalt memorandum.",
     {(_set("KEN", "PER"), "signed")}, []),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "n18")


@pytest.mark.parametrize("text,expected,deals", CASES, ids=range(len(CASES)))
def test_news18_deal_forms(sheets, text, expected, deals):
    got = {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]}
    assert got == expected
    assert sorted(sheets[text]["deals_with_usa"]) == sorted(deals)
