"""The signatory of an official act under its signing formula (nlp/components/signatures.py).

'Done at Kinshasa, 21 June 2025' / 'For the Board of Directors,' / name / 'Chairman of the Board of Directors':
a regulator's decision is signed by its board's chairman, and the act makes the office public although
'chairman' alone is a private title (data/lexicon_roles.tsv); the state is the formula's place. A firm named on the
behalf line, or no formula at all, keeps the title private. Every name is invented.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

HEADER = "A decision\nSource: https://example.org/x\nPublished: 2025-06-01\n\n"
ACT = "The Authority sets the cobalt export quota for the next twelve months.\n\n"

SIGNED = [
    (ACT + "Done at Kinshasa, 21 June 2025\n\nPatrick Mwamba Ilunga\nChairman of the Board of Directors",
     "Patrick Mwamba Ilunga", "COD"),
    (ACT + "Done at Kinshasa, 20 September 2025\n\nFor the Board of Directors,\nAmara Diallo Kone\n"
     "Chairman of the Board of Directors", "Amara Diallo Kone", "COD"),
    (ACT + "Signed at Lusaka on 3 March 2025\n\nFor the Authority:\nChanda Mwansa Phiri\nChief Executive Officer",
     "Chanda Mwansa Phiri", "ZMB"),
    (ACT + "Done in Ulaanbaatar on 12 May 2025\n\nBat-Erdene Ganzorig\nExecutive Chairman", "Bat-Erdene Ganzorig",
     "MNG"),
    (ACT + "Signed in Jakarta, 14 August 2025\n\nOn behalf of the Board,\nDewi Kartika Sari\nChairwoman of the Board",
     "Dewi Kartika Sari", "IDN"),
    (ACT + "Done at Lima, 2 April 2025\n\nMaría Fernanda Quispe Rojas\nManaging Director",
     "María Fernanda Quispe Rojas", "PER"),
]  # fmt: skip

UNSIGNED = [
    # a firm signs: its officer holds no public office
    ACT + "Signed at Johannesburg, 3 May 2025\n\nFor Kestrel Lithium Ltd:\nTobias Okonjo-Lind\nChief Executive Officer",
    ACT + "Done at Perth, 9 June 2025\n\nFor Meridian Harbour Bank:\nSunniva Aaltonen\nManaging Director",
    # a party named by a proper name may be a firm, though no company word says so
    ACT + "Signed at Luanda on 3 May 2025\n\nFor Vecturis Alvarenga\nTomas Okonjo-Lind\nChief Executive Officer",
    # no formula above the block: the private title stands
    ACT + "Olena Kovalenko-Reyes\nChairman of the Board of Directors",
]


@pytest.fixture(scope="module")
def sheets():
    texts = [row[0] for row in SIGNED] + UNSIGNED
    arts = [read_text_as_article(HEADER + t, f"s{i}.txt") for i, t in enumerate(texts)]
    return dict(zip(texts, extract_many(arts), strict=True))


@pytest.mark.parametrize("text,name,country", SIGNED, ids=range(len(SIGNED)))
def test_act_signatory_is_official(sheets, text, name, country):
    people = {p["name"]: p for p in sheets[text]["people"]}
    assert name in people, sheets[text]["people"]
    assert people[name]["country"] == country
    assert people[name]["role"] == text.rsplit("\n", 1)[-1]


@pytest.mark.parametrize("text", UNSIGNED, ids=range(len(UNSIGNED)))
def test_firm_or_unsigned_block_is_no_official(sheets, text):
    assert sheets[text]["people"] == [], sheets[text]["people"]


# a page dump (no 'Source:' header) keeps only prose lines: the signature lines must stay, as one block each
DUMP = (
    "Cobalt export quota decision\n"
    "Home | News | Decisions\n"
    "The Authority sets the cobalt export quota for the next twelve months, after consulting the Minister of Mines.\n"
    "Done at Kinshasa, 14 January 2026.\n"
    "For the Authority,\n"
    "{signer}\n"
    "Chairman of the Board of Directors\n"
    "Seen and approved:\n"
    "{minister}\n"
    "Minister of Mines\n"
    "Tags: cobalt, quotas, exports\n"
    "Share this page\n"
)


@pytest.mark.parametrize(
    "signer,minister",
    [
        ("Patrick Mwamba Ilunga", "Louis Kabila Ngoy"),
        ("Aminata Diallo Traoré", "Jean-Baptiste Mukendi"),
        ("Kasongo Ilunga Banza", "Thérèse Nsimba Lutete"),
    ],
)
def test_page_dump_keeps_signature_blocks(signer, minister):
    sheet = next(extract_many([read_text_as_article(DUMP.format(signer=signer, minister=minister), "dump.txt")]))
    people = {p["name"]: (p["role"], p["country"]) for p in sheet["people"]}
    assert people[signer] == ("Chairman of the Board of Directors", "COD")
    assert people[minister] == ("Minister of Mines", "COD")
