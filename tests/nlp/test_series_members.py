"""Hosts of ranked partners' series and endorsers of a listed instrument (branch series20).

A ranked partner's clause names the series' host ('C will become the fourth partner with which H has concluded a
partnership, following agreements with A and B': one existing pair of H per partner, not of C); states that endorse
an instrument whose members the story listed join its set ('It was also endorsed by the leaders of D and E', 'D
and E, whose leaders attended as guests, also endorsed the plan', 'was adopted by A ..., with F taking part, and
was endorsed by D'). Every case is read in three page frames (a government release, a wire page with a dateline,
bare text) and must give the same sets; near misses (a guest that only attended, declined or criticised; states
'following' inside the subject's own phrase) give none of their own. Names and states are invented or varied.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.components.accession import same_key
from cmkg.nlp.components.series_hosts import partner_clause_host
from cmkg.nlp.extract import extract_many, load_pipeline
from cmkg.nlp.ingest import read_text_as_article

GOV = "Release on critical minerals\nSource: https://www.mining.gov.mw/news/release\nPublished: 2025-03-02\n\n"
WIRE = "Minerals wire\nSource: https://www.harbourledger.example.com/news/wire\nPublished: 2025-03-02\n\n"
DATELINE = "GENEVA, March 2 (Harbour Wire) - "
FRAMES = ("government", "wire", "bare")


def _each(owner: str, partners: str, status: str = "existing") -> set:
    return {(frozenset({owner, p}), status) for p in partners.split()}


def _one(parties: str, status: str) -> set:
    return {(frozenset(parties.split()), status)}


PLAN = "Ghana, Peru and Chile adopted a cobalt action plan on Monday. "

CASES = [
    # the ranked partner's clause names the host
    (
        "Kenya and Norway signed a partnership on nickel on Friday. Kenya is the latest country with which Norway "
        "has concluded such a partnership, following agreements with Mexico, Egypt and Qatar.",
        _one("KEN NOR", "signed") | _each("NOR", "MEX EGY QAT"),
    ),
    (
        "Turkey will become the fourteenth partner with which the United Kingdom has concluded a lithium partnership, "
        "following agreements with Brazil, Indonesia and Morocco.",
        _each("GBR", "BRA IDN MAR"),
    ),
    (
        "Saudi Arabia became the tenth partner to sign a manganese partnership with Ghana, following similar "
        "agreements with Tanzania and Argentina.",
        _one("SAU GHA", "signed") | _each("GHA", "TZA ARG"),
    ),
    (
        "Kenya became the third country to sign a minerals partnership with India, after agreements with Chile and "
        "Ghana.",
        _one("KEN IND", "signed") | _each("IND", "CHL GHA"),
    ),
    # direction: the other side ranked
    (
        "Kenya and Norway signed a partnership on nickel on Friday. Norway is the fifth state with which Kenya has "
        "concluded such a partnership, following agreements with Mexico, Egypt and Qatar.",
        _one("KEN NOR", "signed") | _each("KEN", "MEX EGY QAT"),
    ),
    # near misses: 'following' states of the subject's own phrase
    (
        "Zambia, following Chile and Laos, signed a partnership on cobalt with Peru on Monday.",
        _one("ZMB PER", "signed"),
    ),
    ("Following Chile and Laos, Ghana signed a partnership on cobalt with Peru on Monday.", _one("GHA PER", "signed")),
    # endorsers join the listed instrument
    (PLAN + "It was also endorsed by the leaders of Laos and Fiji.", _one("GHA PER CHL LAO FJI", "announced")),
    (
        PLAN + "Laos and the Republic of Korea, whose leaders attended the summit as guests, also endorsed the plan.",
        _one("GHA PER CHL LAO KOR", "announced"),
    ),
    (
        PLAN + "Laos and Fiji, which attended the summit as outreach partners, endorsed the plan.",
        _one("GHA PER CHL LAO FJI", "announced"),
    ),
    (
        "The cobalt action plan was adopted by Ghana, Peru and Chile, with Norway taking part, and was endorsed by "
        "Laos and Fiji, which attended as observers.",
        _one("GHA PER CHL NOR LAO FJI", "announced"),
    ),
    # the members' own set is the agreement before the change, however it is named, before or after the newcomers
    (
        "Ministers adopted the Andean Critical Minerals Action Plan on Monday. The Action Plan was agreed by Ghana, "
        "Peru and Chile. Laos and Fiji, which attended the meeting as guests, also endorsed the plan.",
        _one("GHA PER CHL LAO FJI", "announced"),
    ),
    (
        "The Andean Critical Minerals Action Plan was agreed by Ghana, Peru and Chile on Monday. Laos and Fiji also "
        "endorsed the plan. Officials said the Andean Critical Minerals Action Plan would be reviewed next year.",
        _one("GHA PER CHL LAO FJI", "announced"),
    ),
    # near misses: guests that only attended, declined, may endorse, or criticised
    (
        PLAN + "Laos, whose leader attended the summit as a guest, did not endorse the plan.",
        _one("GHA PER CHL", "announced"),
    ),
    (PLAN + "The leaders of Laos and Fiji attended the summit as observers.", _one("GHA PER CHL", "announced")),
    (PLAN + "It was also criticised by the leaders of Laos and Fiji.", _one("GHA PER CHL", "announced")),
    (
        PLAN + "Laos and Fiji, whose leaders attended the summit as guests, may endorse the plan later.",
        _one("GHA PER CHL", "announced"),
    ),
    (
        "The cobalt action plan was adopted by Ghana, Peru and Chile, and was criticised by Laos and Fiji.",
        _one("GHA PER CHL", "announced"),
    ),
]


def _framed(text: str, frame: str):
    if frame == "government":
        return read_text_as_article(GOV + text, "gov.txt")
    if frame == "wire":
        return read_text_as_article(WIRE + DATELINE + text, "wire.txt")
    return make_article(text.split("\n\n"), title="t", source="bare.txt", published="2025-06-01")


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], dict]:
    keys = [(text, frame) for text, _ in CASES for frame in FRAMES]
    return dict(zip(keys, extract_many([_framed(t, f) for t, f in keys]), strict=True))


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_series_hosts_and_endorsers(sheets, text, expected, frame):
    agreements = sheets[(text, frame)]["agreements"]
    assert {(frozenset(a["parties"]), a["status"]) for a in agreements} == expected


@pytest.mark.parametrize(
    ("text", "root", "subject"),
    [
        ("Laos and Fiji, whose leaders attended the summit as outreach partners, also endorsed the Plan.", "endorsed",
         "Laos"),
        ("Laos and Fiji, which attended the summit as guests, endorsed the plan.", "endorsed", "Laos"),
        # a role phrase with no committing verb after it: the tree stays as parsed
        ("Laos and Fiji, whose leaders attended the summit as outreach partners, also criticised the Plan.", None,
         None),
    ],
)  # fmt: skip
def test_role_phrase_read_as_clause(text, root, subject):
    """The committing verb after a role phrase ('as outreach partners, also endorsed') heads the sentence again,
    with the listed states as its subject, and the role noun hangs on its preposition."""
    doc = load_pipeline()(text)
    top = next(iter(doc.sents)).root
    if root is None:  # 'criticised' commits to nothing: it stays where the parser hung it, under the relative clause
        assert top.text == "Laos" and next(t for t in doc if t.text == "criticised").dep_ == "advcl"
        return
    assert top.text == root
    assert [c.text for c in top.children if c.dep_ == "nsubj"] == [subject]
    role = next(t for t in doc if t.lower_ == "as")
    assert role.dep_ == "prep" and any(c.dep_ == "pobj" for c in role.children)


@pytest.mark.parametrize(
    ("text", "verb", "host"),
    [
        ("Kenya will become the fourth partner with which Norway has concluded a partnership, following deals with "
         "Chile.", "become", ["NOR"]),
        ("Kenya became the third country to sign a partnership with India, after agreements with Chile.", "became",
         ["IND"]),
        ("Kenya became the largest producer with which Norway trades, following deals with Chile.", "became", []),
        ("Kenya signed a partnership with India, following agreements with Chile.", "signed", []),
    ],
)  # fmt: skip
def test_partner_clause_host(text, verb, host):
    """The host a partner noun's own clause names; none for a noun that is no partner or with no such clause."""
    doc = load_pipeline()(text)
    assert partner_clause_host(next(t for t in doc if t.text == verb)) == host


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("AP", "GCMAP", True), ("GCMAP", "GCMAP", True), ("P", "MSP", False), ("the plan", "GCMAP", False),
     ("MSP", "GCMAP", False)],
)  # fmt: skip
def test_same_key(a, b, same):
    """Initials that end another agreement's initials name it by its head words; one letter or a head noun does not."""
    assert same_key(a, b) is same
