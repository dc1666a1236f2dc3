"""Misparses of long official sentences undone before the rule layers read the tree (branch parse20,
nlp/components/misparses.py; official8 items 11 and 16, official5 item 11).

Each row: a sentence the small parser misreads and the agreements expected.  Split auxiliaries: the parser
gives the subject to 'had'/'will' before an inserted phrase.  Committing participles after a long 'of' chain:
the parser reads them as a past tense hung on the main verb, or takes the instrument as their subject.  Guards
keep a zero relative with its own subject and an instrument without a partner phrase.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.model import load_pipeline
from tests.nlp.agreement_sets import agreements

SPLIT_AUXILIARIES = [
    ("On a question about Chile, the spokesperson said that Nepal and Peru had, during the visit of the Minister "
     "for Energy to Lima in May, agreed to begin negotiations on a framework for cooperation in geological survey, "
     "and that the first round would be held before the end of the year.", {("NPL+PER", "negotiating")}),
    ("Italy and Morocco had, during the visit of the Minister of State for International Trade, Liu Jianhong, to "
     "Rabat in January, agreed to begin negotiations on an MOU on niobium processing.",
     {("ITA+MAR", "negotiating")}),
    ("Officials said that Ghana and Oman have, after months of contacts between their ministries, signed a "
     "memorandum of understanding on lithium.", {("GHA+OMN", "signed")}),
    ("Laos and Fiji will, in a ceremony attended by both foreign ministers, sign an accord on nickel.",
     {("FJI+LAO", "planned")}),
]  # fmt: skip

PARTICIPLES = [
    ("Gabon took note of the memorandum of understanding on the development of the Kivu basin iron ore deposit "
     "initialled with the Government of Ghana on Monday.", {("GAB+GHA", "announced")}),
    ("Kenya noted the framework on the exploration of the Mrima Hill niobium deposit concluded with the Government "
     "of Tanzania, whose text remains confidential.", {("KEN+TZA", "signed")}),
    ("Indonesia was briefed on the agreement concerning the exploration of the Sepon deposit initialled with the "
     "Government of Cambodia on Monday.", {("IDN+KHM", "announced")}),
    ("Zambia discussed the agreement on the expansion of the Kansanshi copper mine initialled with the Government "
     "of Angola on Friday.", {("AGO+ZMB", "announced")}),
    ("Ghana took note of the request of Peru to open consultations on a framework on cobalt.",
     {("GHA+PER", "planned")}),
    ("Ghana was briefed on the request of Peru, a long-standing partner, to open consultations on a framework on "
     "cobalt.", {("GHA+PER", "planned")}),
    # guards: a zero relative with its own subject keeps its signer; no partner phrase, no agreement; an
    # infinitive after an instrument's name is no request's ('a Joint Declaration of Intent to deepen ...')
    ("Today, in Berlin, Canada and Germany signed a Joint Declaration of Intent to deepen co-operation to secure "
     "critical mineral supply chains.", {("CAN+DEU", "signed")}),
    ("Chile noted the arrangement Peru reached with Ghana in 2021.", {("GHA+PER", "existing")}),
    ("Gabon took note of the memorandum of understanding on the development of the Kivu basin iron ore deposit.",
     set()),
]  # fmt: skip

# official19 12: a second instrument after 'and' ('memoranda', tagged singular; 'MoUs') read as the subject of its
# participle, a conjunct of the main verb: it is the first instrument's conjunct, the participle its relative, and
# the first conjunct's maker is its side too; an agreement noun inside a longer name ('the Minerals Security
# Partnership Finance Network') is no object the participle's partners signed
COORDINATED = [
    ("These instruments complement the frameworks the United States signed with Australia and Japan in October "
     "2025 and the memoranda concluded with Malaysia and Thailand in Kuala Lumpur the same month, as well as the "
     "work of the Minerals Security Partnership Finance Network, which links the development finance institutions "
     "of partner countries.",
     {("AUS+USA", "existing"), ("JPN+USA", "existing"), ("MYS+USA", "signed"), ("THA+USA", "signed")}),
    ("Norway's plan complements the frameworks Norway signed with Japan and the MoUs concluded with Chile and Peru "
     "last year.", {("JPN+NOR", "signed"), ("CHL+NOR", "existing"), ("NOR+PER", "existing")}),
    ("Kenya's new strategy complements the frameworks Kenya signed with Peru in 2023 and the memoranda concluded "
     "with Chile and Ghana last year.", {("KEN+PER", "existing"), ("CHL+KEN", "existing"), ("GHA+KEN", "existing")}),
    # guard: a second clause with its own subject is no conjunct of the object
    ("Kenya signed frameworks with Peru in 2023 and Chile concluded memoranda with Ghana last year.",
     {("KEN+PER", "existing"), ("CHL+GHA", "existing")}),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", COORDINATED)
def test_coordinated_instrument_participles(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text,expected", SPLIT_AUXILIARIES + PARTICIPLES)
def test_misparsed_clauses(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text,verb,head",
    [
        ("Nepal and Peru had, during the visit of the Minister to Lima in May, agreed to begin talks.",
         "agreed", "agreed"),
        ("Gabon took note of the memorandum on the development of the Kivu deposit initialled with Ghana.",
         "initialled", "memorandum"),
    ],
)  # fmt: skip
def test_repaired_heads(text, verb, head):
    """The repaired tree itself: the verb after the split heads its clause; the participle hangs on the instrument."""
    doc = load_pipeline()(text)
    v = next(t for t in doc if t.text == verb)
    assert v.head.text == head
    assert not any(c.dep_ == "nsubj" for c in doc if c.head.text in ("had",) and c.head.dep_ == "aux")


@pytest.mark.parametrize(
    "text,expected",
    [
        # the sentence's state implements it: the other side
        ("Ghana will implement the Strategic Partnership Agreement signed with Peru on 4 December 2025.",
         {("GHA+PER", "existing")}),
        # no other side anywhere: half a set is no fact (not a one-party 'PER' agreement)
        ("The quotas are consistent with the commitments under the Strategic Partnership Agreement signed with Peru "
         "on 4 December 2025.", set()),
    ],
)  # fmt: skip
def test_named_agreement_signed_with_one_partner(text, expected):
    """'the Strategic Partnership Agreement signed with X' (official5 item 11, once the participle hangs on the
    agreement): the named agreement's other side is the story's own, and the partner alone is no fact."""
    assert agreements(text) == expected
