"""Counted regional groupings (branch groups20, news8 10 and 16): a counted collective named after a regional
grouping of the gazetteer ('the five Central Asian republics', 'the three Baltic states', 'the five countries of
Central Asia') stands for its members when the count matches them, and 'all five' later in the text refers back
to it.  A region named without a count, with another count, or only as a place is no party set.

Built from an inventory of slots (count word, region form, head noun, position of the collective, verb and
status, an inserted clause); the partner states vary in origin.  The regions' members are the gazetteer's
(memberships.tsv), so the expected sets name them.
"""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CENTRAL_ASIA = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
BALTIC = {"EST", "LVA", "LTU"}
NORDIC = {"DNK", "FIN", "ISL", "NOR", "SWE"}
VISEGRAD = {"CZE", "HUN", "POL", "SVK"}

# (region phrase with its count, members)
REGIONS = [
    ("the five Central Asian republics", CENTRAL_ASIA),
    ("the five Central Asian states", CENTRAL_ASIA),
    ("the five countries of Central Asia", CENTRAL_ASIA),
    ("the three Baltic states", BALTIC),
    ("the three Baltic governments", BALTIC),
    ("the five Nordic countries", NORDIC),
    ("the four Visegrad nations", VISEGRAD),
]
# (partner name, code): partners of many origins
PARTNERS = [("Japan", "JPN"), ("Brazil", "BRA"), ("the European Union", "EU"), ("Ghana", "GHA"), ("Indonesia", "IDN")]
# (template, status): {P} the partner, {R} the counted region phrase
FRAMES = [
    ("{P} and {R} signed a memorandum on lithium on Monday.", "signed"),
    ("{P} and {R} agreed on Friday to raise their relations to a strategic partnership on critical minerals.",
     "announced"),
    ("On Tuesday {P} signed a framework on cobalt with {R}, officials said.", "signed"),
    ("{P}, the region's largest investor, and {R} are negotiating a partnership on rare earths.", "negotiating"),
    ("{P} could sign a roadmap on nickel with {R} next year.", "planned"),
]  # fmt: skip

POSITIVE = [
    (frame.format(P=p, R=r), {(frozenset({code, *members}), status)})
    for (frame, status), (r, members), (p, code) in zip(
        itertools.cycle(FRAMES), REGIONS * 2, itertools.islice(itertools.cycle(PARTNERS), 14), strict=False
    )
]

OTHER = [
    # a counted regional collective as the whole subject
    ("The five Nordic governments launched a partnership on nickel in Oslo on Monday.",
     {(frozenset(NORDIC), "announced")}),
    # 'all N' refers back to the counted region, several sentences on
    ("The leaders of the five Central Asian states met the Chinese president in Astana on Monday. Kazakhstan and "
     "Uzbekistan signed separate deals. All five signed a memorandum on lithium with China.",
     {(frozenset({"KAZ", "UZB"}), "signed"), (frozenset({*CENTRAL_ASIA, "CHN"}), "signed")}),
    ("Ministers of the three Baltic states met in Riga on Monday. On Tuesday all three signed a memorandum on "
     "lithium with Japan.", {(frozenset({*BALTIC, "JPN"}), "signed")}),
    # a later count of the whole list counts the region as its members
    ("The European Union and the five Central Asian republics agreed on Friday to lift their relations to a "
     "strategic partnership. The six sides signed a joint declaration establishing the partnership.",
     {(frozenset({"EU", *CENTRAL_ASIA}), "announced"), (frozenset({"EU", *CENTRAL_ASIA}), "signed")}),
    ("Japan and the three Baltic states met in Vilnius on Monday. The four governments signed a memorandum on "
     "lithium.", {(frozenset({"JPN", *BALTIC}), "signed")}),
    ("Japan and the three Baltic states met in Vilnius on Monday. The five governments signed a memorandum on "
     "lithium.", set()),
    # a count the region's membership does not match, an uncounted region, a region only as a place
    ("Japan and the four Central Asian states signed a memorandum on lithium on Monday.", set()),
    ("Brazil and the two Baltic states signed a framework on cobalt on Monday.", set()),
    ("Japan and the Central Asian states signed a memorandum on lithium on Monday.", set()),
    ("The Central Asian republics are rich in uranium and tungsten.", set()),
    ("Ghana signed a memorandum on lithium in Central Asia on Monday.", set()),
    # a counted region a meeting noun's phrase names is the meeting's guests, not the agreement's parties
    ("The European Union and Uzbekistan signed a memorandum on critical raw materials on Friday, at the first "
     "summit between the bloc and the five Central Asian states.", {(frozenset({"EU", "UZB"}), "signed")}),
    ("Japan and Estonia signed a framework on cobalt at a meeting with the three Baltic governments on Monday.",
     {(frozenset({"JPN", "EST"}), "signed")}),
    ("Korea signed a memorandum on lithium at a meeting with Chile on Monday.",
     {(frozenset({"KOR", "CHL"}), "signed")}),
    ("Japan and the three Baltic states did not sign a memorandum on lithium on Monday.", set()),
    ("The leaders of the five Central Asian states met in Astana on Monday. All four signed a memorandum on "
     "lithium with Japan.", set()),
]  # fmt: skip

CASES = POSITIVE + OTHER


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "rg")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_regional_group(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
