"""Instruments only intended, denied, refused or drafted, and yes/no questions about a signing (modality19).

Each case runs in three page frames (bare text, a wire dateline, a government release page); states of many
regions; directional pairs (negation, modality) and near misses that must give no set.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

FRAMES = {
    "bare": "Case\nSource: case\nPublished: 2025-03-02\n\n{body}",
    "wire": "Metals desk\nSource: https://www.metalswire.example.com/story\nPublished: 2025-03-02\n\n"
    "LIMA, March 4 (Andina) - {body}",
    "government": "Release on critical minerals\nSource: https://www.minem.gob.pe/news/release\n"
    "Published: 2025-03-02\n\n{body}",
}

CASES = [
    # intention: planned; a denied intention or a refusal: nothing
    ("Kenya has expressed interest in an agreement with Vietnam on lithium.", {(("KEN", "VNM"), "planned")}),
    ("Chile has expressed interest in a cobalt partnership with Norway.", {(("CHL", "NOR"), "planned")}),
    ("Ghana said it had no plans for a minerals pact with Mongolia.", set()),
    ("Kazakhstan and Brazil signed a nickel accord on Monday. Ghana, for its part, said it had no plans for a "
     "minerals pact with Mongolia.", {(("BRA", "KAZ"), "signed")}),
    ("Indonesia has no intention of signing a lithium agreement with Morocco.", set()),
    ("Indonesia has not expressed interest in an agreement with Morocco on lithium.", set()),
    ("Zambia ruled out a deal with Uruguay on copper.", set()),
    ("Zambia rejected a copper agreement with Uruguay.", set()),
    # a draft is under negotiation
    ("A draft agreement between Namibia and Portugal on graphite has not been signed.",
     {(("NAM", "PRT"), "negotiating")}),
    ("Egypt and Finland are working on a draft memorandum on cobalt.", {(("EGY", "FIN"), "negotiating")}),
    # direct yes/no questions take the answer's status and are never signed
    ("Will Kenya sign a memorandum with Vietnam on lithium? No, the minister said.", set()),
    ("Did Chile sign a memorandum with Norway on cobalt? It signed a company contract, the minister said.",
     {(("CHL", "NOR"), "planned")}),
    ("Will Ghana sign a memorandum with Mongolia on copper? The two sides are holding talks, the minister said.",
     {(("GHA", "MNG"), "negotiating")}),
    # the unmodified sentence keeps its signing (direction)
    ("Kenya signed an agreement with Vietnam on lithium on Monday.", {(("KEN", "VNM"), "signed")}),
]  # fmt: skip


def _facts(text: str) -> set:
    art = read_text_as_article(text, "case.txt")
    sheet = next(iter(extract_many([art])))
    return {(tuple(sorted(a["parties"])), a["status"]) for a in sheet["agreements"]}


@pytest.mark.parametrize("frame", sorted(FRAMES))
@pytest.mark.parametrize(("body", "expected"), CASES)
def test_intended_refused_drafted(frame: str, body: str, expected: set) -> None:
    text = FRAMES[frame].format(body=body)
    assert _facts(text) == {(tuple(sorted(p)), s) for p, s in expected}
