"""Signatories named as collectives and as public bodies, and concluded talks (branch agree9), one row per wording.

Two families of official and news prose, from the first-unseen census of the round-6..8 corpora
(docs in /work/notes/s9/agree9-census.md): a collective ('the leaders of A, B and C', 'the delegations
of A and B', 'the heads of government of A and B') coordinated with an official or a state in the
subject or the passive agent, and a public body whose own name carries its state ('the Korea Geological
Survey', 'Mongolia's Mineral Resources and Petroleum Authority').  Each row: the text, the
agreements expected as (party set, status); concluded talks on an agreement are an agreed text
(announced), not a signature.  Negative rows keep each construction from over-firing.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    # a collective beside an official or a state: every state of its 'of' phrase, and the official's own
    (
        "The treaty was signed in Astana by Kenyan President Amara Odhiambo and the leaders of Ghana, Peru and Chile.",
        {(frozenset({"KEN", "GHA", "PER", "CHL"}), "signed")},
    ),
    (
        "A partnership on rare earths was signed on Thursday by Malaysia and the presidents of Mexico, Tanzania and "
        "Vietnam.",
        {(frozenset({"MYS", "MEX", "TZA", "VNM"}), "signed")},
    ),
    (
        "Qatar's Minister for Resources, Azman bin Yusof, and the foreign ministers of Morocco and Vietnam signed an "
        "agreement on antimony on Friday.",
        {(frozenset({"QAT", "MAR", "VNM"}), "signed")},
    ),
    (
        "An MOU on nickel was signed by Uzbek Minister of State for International Trade Chen Yuxiao and the leaders of "
        "Poland, Japan and Ghana on Wednesday.",
        {(frozenset({"UZB", "POL", "JPN", "GHA"}), "signed")},
    ),
    (
        "The delegations of Chile and Peru signed a memorandum of understanding on lithium in Lima on Friday.",
        {(frozenset({"CHL", "PER"}), "signed")},
    ),
    (
        "On Tuesday, a framework on gallium was signed by the heads of government of India and Egypt.",
        {(frozenset({"IND", "EGY"}), "signed")},
    ),
    ("The declaration was not signed by Japan and the leaders of Ghana, Peru and Chile.", set()),
    (
        "Japan and the leaders of Ghana, Peru and Chile could sign the declaration next year.",
        {(frozenset({"JPN", "GHA", "PER", "CHL"}), "planned")},
    ),
    # a public body named with its state stands for it; a company does not
    (
        "The Korea Geological Survey (KGS) and Mongolia's Mineral Resources and Petroleum Authority (MRPAM) signed a "
        "memorandum of understanding to establish a joint rare metals research centre.",
        {(frozenset({"KOR", "MNG"}), "signed")},
    ),
    # an institute, a council or an office may be a think tank or an industry body: no state
    ("The Minerals Council of South Africa has an accord with its Chinese counterpart.", set()),
    (
        "Peru's Mining Authority and the Ghana Minerals Commission signed an agreement on lithium on Monday.",
        {(frozenset({"PER", "GHA"}), "signed")},
    ),
    (
        "An MOU on copper was signed by the Chilean Geological Service and the Mongolian Mineral Resources Authority.",
        {(frozenset({"CHL", "MNG"}), "signed")},
    ),
    (
        "The Nigerian Geological Survey Agency and Brazil's National Mining Agency signed a cooperation agreement on "
        "niobium.",
        {(frozenset({"NGA", "BRA"}), "signed")},
    ),
    # concluded talks on an agreement: an agreed text, not a signature; a round that ends is still talks
    (
        "Indonesia and the European Union concluded negotiations on a comprehensive economic partnership agreement on "
        "Tuesday.",
        {(frozenset({"IDN", "EU"}), "announced")},
    ),
    (
        "Negotiations on the Kenya-Japan minerals agreement were concluded on Monday.",
        {(frozenset({"KEN", "JPN"}), "announced")},
    ),
    (
        "Peru and Korea wrapped up negotiations on a lithium framework on Monday, officials said.",
        {(frozenset({"PER", "KOR"}), "announced")},
    ),
    (
        "The delegations of Chile and India concluded the fourth round of negotiations on a trade agreement on Friday.",
        {(frozenset({"CHL", "IND"}), "negotiating")},
    ),
    (
        "Kenya and Japan have not concluded negotiations on a critical minerals agreement.",
        {(frozenset({"KEN", "JPN"}), "negotiating")},
    ),
    (
        "Kenya and Japan concluded negotiations on a critical minerals agreement in 2019.",
        {(frozenset({"KEN", "JPN"}), "existing")},
    ),
    # 'instrument' is an agreement only when signed, concluded or agreed
    (
        "India has in recent years signed bilateral instruments on critical minerals with Australia, Argentina and "
        "Chile.",
        {
            (frozenset({"IND", "AUS"}), "existing"),
            (frozenset({"IND", "ARG"}), "existing"),
            (frozenset({"IND", "CHL"}), "existing"),
        },
    ),
    ("Kenya signed a cooperation instrument with Peru on copper on Monday.", {(frozenset({"KEN", "PER"}), "signed")}),
    ("Japan and Kenya will use financial instruments to fund a nickel refinery.", set()),
    ("A statutory instrument published on Tuesday bans exports of lithium ore from Zimbabwe to China.", set()),
    # a series listed inside another series: the outer series' owner is the issuing side
    (
        "Kenya and Japan signed a memorandum on nickel on Monday. The memorandum is the latest in a series of critical "
        "minerals arrangements concluded by Brazil since January, including frameworks with Chile and Peru.",
        {
            (frozenset({"KEN", "JPN"}), "signed"),
            (frozenset({"BRA", "CHL"}), "existing"),
            (frozenset({"BRA", "PER"}), "existing"),
        },
    ),
    (
        "Kenya and Japan signed a memorandum on nickel on Monday. The memorandum follows a string of deals signed by "
        "Brazil this year, including frameworks with Chile and Peru.",
        {
            (frozenset({"KEN", "JPN"}), "signed"),
            (frozenset({"BRA", "CHL"}), "existing"),
            (frozenset({"BRA", "PER"}), "existing"),
        },
    ),
    # the leader of a membership initiative, written as one hyphenated premodifier, is a party with the member
    (
        "Norway is a member of the Minerals Security Partnership, the U.S.-led club of countries that finances mining.",
        {(frozenset({"NOR", "USA"}), "existing")},
    ),
    (
        "Chile, which joined the Germany-initiated Germanium Security Partnership Forum last year, seeks investment.",
        {(frozenset({"CHL", "DEU"}), "existing")},
    ),
    # an agreement under 'with a view to / the aim of / the objective of [concluding]' is intended
    (
        "Chile and Peru agreed to begin talks, with a view to concluding an agreement on lithium by June.",
        {(frozenset({"CHL", "PER"}), "planned")},
    ),
    (
        "Kenya and Japan agreed to work together, with the objective of concluding a nickel agreement next year.",
        {(frozenset({"KEN", "JPN"}), "planned")},
    ),
    # talks on a mineral whose topic phrase the parser hung on the verb
    ("Egypt suspended talks with Vietnam on tungsten cooperation on Tuesday.", {(frozenset({"EGY", "VNM"}), "lapsed")}),
    # a member of an initiative 'launched with' another state: both are its parties
    (
        "The UK is a founding member of the Minerals Security Partnership, launched with the United States and other "
        "partners in 2022.",
        {(frozenset({"GBR", "USA"}), "existing")},
    ),
    # a signing dated to a month gone by is background (the table's texts are published on 2025-06-01)
    ("Chile and Peru signed a lithium memorandum last October.", {(frozenset({"CHL", "PER"}), "existing")}),
    (
        "Serbia has close ties with China, with which it signed a free trade agreement last October.",
        {(frozenset({"SRB", "CHN"}), "existing")},
    ),
    (
        "Cambodia has close ties with Spain, with which it signed a partnership on tantalum last July.",
        {(frozenset({"KHM", "ESP"}), "existing")},
    ),
    ("Chile and Peru signed a memorandum on lithium in Lima on Monday.", {(frozenset({"CHL", "PER"}), "signed")}),
    ("Korea Zinc and Mongolia's Erdenes signed a memorandum of understanding on a copper smelter.", set()),
    ("The Kenya Mining Company and Brazil's Vale signed a memorandum of understanding.", set()),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([text for text, _ in CASES], "collective")


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"row{i}" for i in range(len(CASES))])
def test_collective_and_public_body_signatories(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
