"""Facts unchanged by a clause inserted between a trigger and its items (branch insert14).

Real sentences put an appositive, participle or relative clause after a partner, the agreement noun,
controlled goods or the subject; nlp/components/insertions.py gives the words after the clause back
the head they would have had without it.  Each row: the text and the facts expected; the last rows of
each table are guards (a list of states set off by commas is not an insertion).
"""

from __future__ import annotations

import pytest

from cmkg.nlp.model import load_pipeline
from tests.nlp.agreement_cases import assert_agreements, extract_table

AGREEMENTS = [
    ("Ghana signed partnership deals with Chile, a country it has courted for years, and with Peru on Friday.",
     {(frozenset({"GHA", "CHL"}), "signed"), (frozenset({"GHA", "PER"}), "signed")}),
    ("Norway signed memorandums with Oman, Jordan, which its envoys visited last spring, and Fiji on Thursday.",
     {(frozenset({"NOR", "OMN"}), "signed"), (frozenset({"NOR", "JOR"}), "signed"),
      (frozenset({"NOR", "FJI"}), "signed")}),
    ("Laos signed a framework, the second it has agreed this decade, with Nepal on Monday.",
     {(frozenset({"LAO", "NPL"}), "signed")}),
    ("Ghana, which has courted new partners, signed an agreement with Chile on Friday.",
     {(frozenset({"GHA", "CHL"}), "signed")}),
    ("Peru, eager to diversify its buyers, signed a memorandum with Oman on Monday.",
     {(frozenset({"PER", "OMN"}), "signed")}),
    ("Chad and Togo, whose mines are expanding quickly, announced a partnership on cobalt on Friday.",
     {(frozenset({"TCD", "TGO"}), "announced")}),
    ("Ghana signed deals with Chile, the largest cobalt miner in the region, and with Peru on Friday.",
     {(frozenset({"GHA", "CHL"}), "signed"), (frozenset({"GHA", "PER"}), "signed")}),
    ("Ghana signed deals with Chile \u2013 its oldest partner in the region \u2013 and with Peru on Friday.",
     {(frozenset({"GHA", "CHL"}), "signed"), (frozenset({"GHA", "PER"}), "signed")}),
    ("Ghana signed agreements with Chile, Peru, and Bolivia on Friday.",
     {(frozenset({"GHA", "CHL"}), "signed"), (frozenset({"GHA", "PER"}), "signed"),
      (frozenset({"GHA", "BOL"}), "signed")}),
    # an insertion after the first of two coordinated subjects: the parser makes the second the verb's only subject
    ("Latvia, keen to attract investment, and Benin decided on Monday to ink a partnership on cobalt next year.",
     {(frozenset({"LVA", "BEN"}), "planned")}),
    ("Nepal, which holds vast deposits, and Uruguay pledged on Friday to sign a memorandum on lithium by June.",
     {(frozenset({"NPL", "URY"}), "planned")}),
    ("Mongolia, a major producer, and Tunisia agreed on Tuesday to establish a partnership on tungsten.",
     {(frozenset({"MNG", "TUN"}), "announced")}),
    # an insertion after the subject of a clause that 'after' / 'since' opens: the parser reads it as their object
    ("The forum opens a week after Senegal, keen to attract investment, signed a memorandum on zinc with Fiji.",
     {(frozenset({"SEN", "FJI"}), "existing")}),
    ("The visit comes less than a month after Ecuador, home to several large mines, signed a framework on copper "
     "with Jordan in Amman.", {(frozenset({"ECU", "JOR"}), "existing")}),
    ("Talks resumed two years after Estonia, whose economy depends on mining, signed a pact on nickel with Oman.",
     {(frozenset({"EST", "OMN"}), "existing")}),
]  # fmt: skip

CONTROLS = [
    ("Bolivia requires export permits for tin, a metal it has mined for centuries, and for tungsten.",
     {("BOL", "tin", "in_force"), ("BOL", "tungsten", "in_force")}),
    ("Peru banned exports of cobalt, prized by refiners abroad, and nickel on Tuesday.",
     {("PER", "cobalt", "in_force"), ("PER", "nickel", "in_force")}),
    ("Chad, home to two large smelters, banned exports of cobalt on Monday.", {("TCD", "cobalt", "in_force")}),
    ("Peru banned exports of cobalt, copper concentrate, and nickel on Tuesday.",
     {("PER", "cobalt", "in_force"), ("PER", "copper", "in_force"), ("PER", "nickel", "in_force")}),
    ("Peru banned exports of cobalt, nickel, and copper on Tuesday.",
     {("PER", "cobalt", "in_force"), ("PER", "nickel", "in_force"), ("PER", "copper", "in_force")}),
    # a dash-bounded stretch naming minerals after a date is no insertion: the goods stay with their own measure
    ("Peru said gallium will require export licences from 8 November, joining the heavy rare earths — including "
     "dysprosium, terbium and yttrium — placed under licensing in April, which remain in force.",
     {("PER", "gallium", "announced"), ("PER", "rare earths", "in_force"), ("PER", "dysprosium", "in_force"),
      ("PER", "terbium", "in_force"), ("PER", "yttrium", "in_force")}),
    # an adverbial phrase set off by commas between the verb and its object (session 22)
    ("Zambia banned, with immediate effect, exports of copper concentrate.", {("ZMB", "copper", "in_force")}),
    ("Malawi prohibited, from 1 June, the export of raw graphite.", {("MWI", "graphite", "in_force")}),
    ("Peru suspended, until further notice, the export of tin ore.", {("PER", "tin", "in_force")}),
]  # fmt: skip

# (text, dependent, the head it must have after the repair)
HEADS = [
    ("Ghana signed deals with Chile, whose mines are growing, and with Peru.", ("with", 1), ("with", 0)),
    ("Bolivia requires permits for tin, used in solder, and for tungsten.", ("for", 1), ("for", 0)),
    ("Laos reached a framework, the first of its kind, with Nepal.", ("with", 0), ("reached", 0)),
    ("Chad and Togo, whose mines are expanding quickly, announced a partnership.", ("chad", 0), ("announced", 0)),
    ("Zambia banned, with immediate effect, exports of copper.", ("exports", 0), ("banned", 0)),
    ("Kenya signed, on Monday, a memorandum with Oman.", ("memorandum", 0), ("signed", 0)),
]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in AGREEMENTS + CONTROLS], "ins")


@pytest.mark.parametrize("text,expected", AGREEMENTS, ids=range(len(AGREEMENTS)))
def test_agreements_across_an_inserted_clause(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)


@pytest.mark.parametrize("text,expected", CONTROLS, ids=range(len(CONTROLS)))
def test_controls_across_an_inserted_clause(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


def _nth(doc, word: str, n: int):
    return [t for t in doc if t.lower_ == word][n]


@pytest.mark.parametrize("text,dependent,head", HEADS, ids=range(len(HEADS)))
def test_words_after_the_clause_rejoin_their_head(text, dependent, head):
    doc = load_pipeline()(text)
    assert _nth(doc, *dependent).head == _nth(doc, *head)
