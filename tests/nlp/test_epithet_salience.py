"""'The Kingdom' when the text names two kingdoms: the one the title styles so, else the one named most.

nlp/components/entities.py (``_salient``): a US fact sheet titled '... with the Kingdom of Saudi Arabia' that also
names Thailand says 'The Kingdom's defense pact with Pakistan' for Saudi Arabia; with no title to tell, the state
the text names more often than all the other fitting ones together; a tie links nothing.  States and epithets
vary (kingdom, republic, sultanate); the sentences are invented.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article


def _parties(title: str, body: str) -> set[tuple[str, ...]]:
    text = f"{title}\nSource: https://www.lakesidecourier.example.com/x\nPublished: 2025-03-02\n\n{body}\n"
    sheet = next(extract_many([read_text_as_article(text, "page")]))
    return {tuple(sorted(a["parties"])) for a in sheet["agreements"]}


# (title, body, pair wanted, pair not wanted)
CASES = [
    (
        "The United States deepens its partnership with the Kingdom of Saudi Arabia",
        "Saudi Arabia and the United States met on Monday. Thailand was also mentioned. The Kingdom's defense pact "
        "with Pakistan, concluded in September, is a separate arrangement.",
        ("PAK", "SAU"),
        ("PAK", "THA"),
    ),
    (
        "Ties with the Kingdom of Morocco deepen",
        "Morocco welcomed the visit. Spain sent a delegation. The Kingdom's phosphate accord with Nigeria, concluded "
        "in May, covers fertiliser supply.",
        ("MAR", "NGA"),
        ("ESP", "NGA"),
    ),
    (
        "Minerals week in review",
        "Oman signed two deals this year, Oman's minister said, and Oman will host the forum. Brunei sent observers. "
        "The Sultanate's framework agreement with India, concluded in March, covers lithium.",
        ("IND", "OMN"),
        ("BRN", "IND"),
    ),
]


@pytest.mark.parametrize(("title", "body", "want", "stray"), CASES)
def test_epithet_of_the_salient_state(title, body, want, stray):
    found = _parties(title, body)
    assert want in found
    assert stray not in found


def test_tie_links_nothing():
    """Directional: two kingdoms named once each and no styled title: 'the Kingdom' is linked to neither (the
    story's last subject may still complete the pact, as on main)."""
    found = _parties(
        "Minerals week in review",
        "Jordan and Thailand sent delegations. The Kingdom's pact with Pakistan, concluded in September, covers arms.",
    )
    assert ("JOR", "PAK") not in found
