"""Multilateral sets told by defined initials or by what a plan binds (round 18, groups18), one row per wording.

Initials a bracket defined for a named instrument, as the subject of its founding verb ('The CSMP was launched
by A together with B, C and the European Commission'), are the instrument; joiners by 'joined the partnership',
'became a partner of the CSMP' and 'followed by F' enlarge its set.  A bare plan that binds states ('The plan
commits A, B, C and the European Union to work on ...') is one set, and states that 'have also endorsed the
action plan' join it.  Each row runs in three page frames (bare text, a wire dateline, a government page);
near misses give no set: undefined initials, a meeting under defined initials, a summit, one state, a negated
binding verb, and a denied or modal joiner adds nobody to the set.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article
from tests.nlp.agreement_cases import extract_table

WIRE = "LIMA, March 3 (Reuters) - "
GOV = "Ministry of Mines release\nSource: https://www.mines.gov.zm/news/release\nPublished: 2025-11-03\n\n"
DEF = "Ministers of the Coral Sea Minerals Partnership (CSMP) met in Hanoi on Monday. "
LAUNCH = "The CSMP was launched in 2022 by Ghana together with Peru, Nepal and the European Commission."
FOUNDERS = frozenset({"GHA", "PER", "NPL", "EU"})

CASES = [
    (DEF + LAUNCH, {(FOUNDERS, "existing")}),
    (DEF + LAUNCH + "\n\nFiji joined the partnership in 2023.", {(FOUNDERS | {"FJI"}, "existing")}),
    (DEF + LAUNCH + "\n\nOman became a partner of the CSMP in 2024.", {(FOUNDERS | {"OMN"}, "existing")}),
    (DEF + LAUNCH + "\n\nChile joined the CSMP in 2023, followed by Jordan a year later.",
     {(FOUNDERS | {"CHL", "JOR"}, "existing")}),
    ("Talks on the Baltic Graphite Alliance (BGA) ended in Riga on Friday. The BGA was signed by Latvia together "
     "with Estonia, Poland and Finland.", {(frozenset({"LVA", "EST", "POL", "FIN"}), "signed")}),
    ("The plan commits Kenya, Chile, Serbia and the European Union to work on common stockpiling of cobalt.",
     {(frozenset({"KEN", "CHL", "SRB", "EU"}), "existing")}),
    ("The plan commits Kenya, Chile, Serbia and the European Union to work on common stockpiling of cobalt. "
     "Tonga and Bolivia have also endorsed the action plan.",
     {(frozenset({"KEN", "CHL", "SRB", "EU", "TON", "BOL"}), "announced")}),
    ("The work plan commits Laos, Gabon and Uruguay to work on lithium recycling.",
     {(frozenset({"LAO", "GAB", "URY"}), "existing")}),
    # near misses
    ("The CSMP was launched in 2022 by Ghana together with Peru and Nepal.", set()),
    (DEF + "The CSMP meeting was attended by officials of Ghana, Peru and Nepal.", set()),
    ("The summit commits Kenya, Chile and Serbia to work on cobalt recycling.", set()),
    ("The plan commits Kenya to work on cobalt recycling.", set()),
    ("The plan does not commit Kenya, Chile and Serbia to work on cobalt recycling.", set()),
    (DEF + LAUNCH + "\n\nFiji did not join the partnership.", {(FOUNDERS, "existing")}),
    # a modal joiner joins no set; it is a planned one-party record of its own, as 'is considering to join' is
    (DEF + LAUNCH + "\n\nOman may become a partner of the CSMP.",
     {(FOUNDERS, "existing"), (frozenset({"OMN"}), "planned")}),
]  # fmt: skip

FRAMES = {"bare": "", "wire": WIRE, "gov": GOV}


@pytest.fixture(scope="module")
def sheets():
    """Each frame's fact sheets keyed by the row's text; the government page is read as a whole clean-text page."""
    texts = [c[0] for c in CASES]
    bare = extract_table(texts, "di")
    wire = extract_table([WIRE + t for t in texts], "dw")
    gov = extract_many([read_text_as_article(GOV + t, f"dg{i}.txt") for i, t in enumerate(texts)])
    return {
        "bare": bare,
        "wire": {t: wire[WIRE + t] for t in texts},
        "gov": dict(zip(texts, gov, strict=True)),
    }


@pytest.mark.parametrize("frame", list(FRAMES))
@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_defined_initials_and_plans(sheets, frame, text, expected):
    found = {(frozenset(a["parties"]), a["status"]) for a in sheets[frame][text]["agreements"]}
    assert found == expected
