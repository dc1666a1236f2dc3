"""A chronology's dated entry headings say whose each entry is (round 15, controls26).

'1 August 2023 - China' above 'Export licences become mandatory for gallium': the heading's state owns the
entry's measure, never the state of the entry before; a page dump keeps the heading lines (short, no prose),
and a clean text keeps a heading on the line above its entry as its own paragraph.  Invented pages, states
and goods.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.ingest import read_article
from cmkg.nlp.ingest.entries import chronology, entry_heading
from tests.nlp.agreement_cases import extract_pages, extract_table


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("1 August 2023 - Rwanda", True),
        ("22 February 2025 - Democratic Republic of the Congo", True),
        ("March 4, 2025 | Viet Nam", True),
        ("Kazakhstan \u2014 2024-07-01", True),
        ("[June 2024] Bolivia:", True),
        ("2024-07-01: Zimbabwe", True),
        ("9th October 2025 \u2013 Peru", True),
        ("Washington, June 3, 2025", False),  # a dateline: a comma joins the place and the date
        ("Monday - 3 June 2025", False),  # a weekday, no state
        ("Last updated: 12 November 2025 | Prepared by the Supply Chain Centre", False),
        ("3 June 2025 - Rwanda bans exports of tin ore.", False),  # a sentence, not a heading
        ("Status: in force.", False),
    ],
)
def test_entry_heading_shapes(line, heading):
    assert entry_heading(line) is heading


def test_one_dated_line_is_no_chronology():
    assert not chronology(["1 August 2023 - Rwanda", "Rwanda bans exports of tin ore."])
    assert chronology(["1 August 2023 - Rwanda", "Tin ore banned.", "2 May 2024 - Peru", "Zinc banned."])


_DUMP = """Ministry of Trade | Supply Chain Centre
Home > Policy > Export Restrictions Tracker
Chronology: Export restrictions on critical minerals by supplier countries
Last updated: 12 November 2025 | Prepared by the Supply Chain Centre
This page is a reference for Estonian importers. It lists the measures in chronological order, with the status of each.
1 January 2020 - Laos
Laos bans exports of tin ore, bringing forward a ban first planned for 2022.
Status: in force.
1 August 2023 - Rwanda
Export licences become mandatory for niobium and tantalum and their compounds.
Status: in force.
3 December 2024 - Rwanda
Ban on exports of niobium to Canada (Ministerial Order No. 12).
Status: in force.
22 February 2025 - Democratic Republic of the Congo
Four-month suspension of cobalt exports, later extended.
Was this information helpful? Yes | No
"""


def test_a_page_dump_keeps_the_entry_headings(tmp_path):
    path = tmp_path / "tracker.txt"
    path.write_text(_DUMP)
    paragraphs = [p.text for p in read_article(path).paragraphs]
    assert "1 August 2023 - Rwanda" in paragraphs
    assert "22 February 2025 - Democratic Republic of the Congo" in paragraphs
    assert "Home > Policy > Export Restrictions Tracker" not in paragraphs


def test_a_page_dump_files_each_entry_under_its_heading(tmp_path):
    from cmkg.nlp.extract import extract_batch

    path = tmp_path / "tracker.txt"
    path.write_text(_DUMP)
    sheet = extract_batch([read_article(path)])[0]
    got = {(c["country"], m) for c in sheet["export_controls"] for m in c["minerals"]}
    assert got == {("LAO", "tin"), ("RWA", "niobium"), ("RWA", "tantalum"), ("COD", "cobalt")}


PAGES = [
    (  # headings on the line above their entry (clean text): each its own paragraph
        "Chronology of export measures.\n\n1 May 2021 - Laos\nLaos bans exports of tin ore.\n\n"
        "3 June 2023 - Rwanda\nExport licences become mandatory for niobium.\n\n"
        "4 July 2024 - Peru\nFour-month suspension of zinc exports, later extended.",
        {("LAO", "tin"), ("RWA", "niobium"), ("PER", "zinc")},
    ),
    (  # a destination in the entry is no owner; the heading's state is
        "Tracker of export restrictions.\n\nMarch 4, 2023 | Oman\nExport licences required for cobalt.\n\n"
        "June 9, 2024 | Fiji\nBan on exports of nickel ore to Japan, announced by the mines ministry.",
        {("OMN", "cobalt"), ("FJI", "nickel")},
    ),
    (  # the entry's sentence names its own owner: that owner
        "Key dates.\n\n2023-03-05: Laos\nExport licences required for tin.\n\n"
        "2024-09-12: Peru\nChile bans exports of copper concentrate.",
        {("LAO", "tin"), ("CHL", "copper")},
    ),
]


@pytest.fixture(scope="module")
def pages() -> dict[str, dict]:
    return extract_pages([t for t, _ in PAGES], "entries")


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_each_entry_is_its_headings_state(pages, text, expected):
    got = {(c["country"], m) for c in pages[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


def test_a_single_dated_line_sets_no_owner():
    # one dated line is no chronology: the measure stays the story's subject's
    text = "Laos bans exports of tin ore.\n\n3 June 2023 - Rwanda\n\nExport licences become mandatory for zinc."
    sheet = extract_table([text], "entries_single")[text]
    got = {(c["country"], m) for c in sheet["export_controls"] for m in c["minerals"]}
    assert ("RWA", "zinc") not in got


def test_a_status_line_gives_the_entry_its_status():
    text = (
        "Export restrictions tracker.\n\n3 December 2024 - Laos\nBan on exports of tin and zinc to Chile.\n"
        "Status: suspended until 27 November 2026.\n\n22 February 2025 - Peru\n"
        "Four-month suspension of copper exports, later extended.\nStatus: lifted on 16 October 2025 and replaced "
        "by quotas.\n\n4 April 2025 - Oman\nExport licences required for cobalt.\nStatus: in force."
    )
    sheet = extract_pages([text], "entry_status")[text]
    got = {(c["country"], m, c["status"]) for c in sheet["export_controls"] for m in c["minerals"]}
    assert got == {
        ("LAO", "tin", "suspended"),
        ("LAO", "zinc", "suspended"),
        ("PER", "copper", "lifted"),
        ("OMN", "cobalt", "in_force"),
    }
