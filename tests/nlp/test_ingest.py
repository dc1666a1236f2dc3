"""Ingestion: every input format and every kind of bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmkg.core.errors import E, IngestError
from cmkg.nlp.ingest import iter_articles, read_article, read_text_as_article
from tests.conftest import DEV, SEED


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def test_seed_metadata_and_body(seed_article):
    a = seed_article
    assert a.title == "US seeks minerals trade zone in rare Trump move with allies"
    assert a.authors == ("Shaun Tandon",)
    assert a.agency == "AFP"
    assert a.published == "2026-02-05"
    assert a.paragraphs[0].text.startswith("United States President Donald Trump")
    assert a.paragraphs[-1].text.startswith("The initiative covered two dozen countries")
    body = a.body
    assert "Agence France-Presse" not in body
    for teaser in (
        "Rayner leads UK Labour",
        "Little Pablo",
        "AAT Kings",
        "Advertise with NZME",
        "Share this article",
        "Subscribe",
    ):
        assert teaser not in body
    assert body.count("Photo / Oliver Contreras") <= 1


def test_paragraph_offsets_index_the_body(seed_article):
    for p in seed_article.paragraphs:
        assert seed_article.body[p.start : p.end] == p.text


def test_id_is_stable_and_content_based(seed_article):
    again = read_article(SEED)
    assert again.id == seed_article.id
    changed = read_text_as_article(SEED.read_text(encoding="utf-8").replace("55 countries", "56 countries"), str(SEED))
    assert changed.id != seed_article.id and changed.key == seed_article.key


@pytest.mark.parametrize("stem", [p.stem for p in sorted((DEV / "gold").glob("*.json"))] if DEV.is_dir() else [])
def test_dev_content_holds_every_evidence_and_no_decoy(stem, dev_articles):
    gold = json.loads((DEV / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    body = norm(dev_articles[stem].body)
    evidence = [x["evidence"] for key in ("agreements", "export_controls", "production_shares") for x in gold[key]]
    for ev in evidence:
        assert norm(ev) in body, ev
    for decoy in (
        "Chile and the United States announce lithium partnership",
        "India, US sign critical minerals MoU",
        "Japan and US sign framework on critical minerals in Tokyo",
        "India and Argentina sign lithium exploration pact",
        "Latest from",
        "Related coverage",
        "Also read",
        "Trending in",
    ):
        assert decoy not in body


def test_html_metadata_comes_from_meta_tags(dev_articles):
    a = dev_articles["11_quad_critical_minerals_initiative"]
    assert a.title == "Quad foreign ministers launch critical minerals initiative"
    assert a.published == "2025-07-02"
    assert a.url.startswith("https://pacificwire.example.com/")
    assert "Grace Holloway" not in a.body  # figure caption
    assert "\u00a0" not in a.body and "&nbsp;" not in a.body


def test_clean_text_header(dev_articles):
    a = dev_articles["01_us_australia_framework"]
    assert a.title.startswith("US and Australia sign critical minerals pact")
    assert a.published == "2025-10-21" and a.url.startswith("https://www.example.com/")
    assert not a.body.startswith("Source:")


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Title: Japan and Australia sign a pact", "Japan and Australia sign a pact"),
        ("TITLE:Japan and Australia sign a pact", "Japan and Australia sign a pact"),
        ("Japan and Australia sign a pact", "Japan and Australia sign a pact"),
        ("Titles: a word, not the label", "Titles: a word, not the label"),
    ],
)
def test_a_title_label_is_not_part_of_the_title(tmp_path, first_line, title):
    path = tmp_path / "a.txt"
    path.write_text(f"{first_line}\nSource: https://x.example/a\nPublished: 2025-01-02\n\nJapan signed a deal.\n")
    assert read_article(path).title == title


_WRAPPED = (
    "Zambia and the United States signed a memorandum on cobalt supply chains on Tuesday\nin Lusaka, officials said."
)


@pytest.mark.parametrize(
    ("paragraph", "paragraphs"),
    [
        # a subhead directly above its paragraph is its own paragraph
        (
            "Paragraph 3. Working group\nThe Participants will establish a Joint Working Group on minerals.",
            ["Paragraph 3. Working group", "The Participants will establish a Joint Working Group on minerals."],
        ),
        (
            "Why it matters\nChile holds the largest lithium reserves and signed a pact with Korea.",
            ["Why it matters", "Chile holds the largest lithium reserves and signed a pact with Korea."],
        ),
        # a live blog's timestamped post heading, on the heading's line or on a line of its own (scope15)
        (
            "11:42 Critical minerals plan adopted\n"
            "The leaders of Chad and Togo have adopted a minerals plan, the final text said.",
            [
                "11:42 Critical minerals plan adopted",
                "The leaders of Chad and Togo have adopted a minerals plan, the final text said.",
            ],
        ),
        (
            "5:48 p.m. MT\nPlan endorsed by partners\nThe lithium plan was endorsed by the leaders of Oman and Fiji.",
            [
                "5:48 p.m. MT",
                "Plan endorsed by partners",
                "The lithium plan was endorsed by the leaders of Oman and Fiji.",
            ],
        ),
        (
            "Monday, 8:05 p.m. MT\nLeaders sign trade deal\nThe two leaders signed the document on the hotel lawn.",
            [
                "Monday, 8:05 p.m. MT",
                "Leaders sign trade deal",
                "The two leaders signed the document on the hotel lawn.",
            ],
        ),
        # wrapped prose, a dateline line and a signature block stay as they were
        (_WRAPPED, [" ".join(_WRAPPED.split())]),
        (
            "Brussels, 13 June 2023\nToday the Commission and Argentina signed a memorandum on raw materials.",
            ["Brussels, 13 June 2023 Today the Commission and Argentina signed a memorandum on raw materials."],
        ),
        (
            "Kanat Sharlapaev\nMinister of Industry and Construction",
            ["Kanat Sharlapaev\nMinister of Industry and Construction"],
        ),
    ],
)
def test_a_subhead_above_its_paragraph_is_split_off(tmp_path, paragraph, paragraphs):
    path = tmp_path / "a.txt"
    path.write_text(f"A story\nSource: https://x.example/a\nPublished: 2025-01-02\n\n{paragraph}\n")
    assert [p.text for p in read_article(path).paragraphs] == paragraphs


_PAGE = """Home | World | Markets
Pakistan and US sign rare earth memorandum
By Ana Pereira
November 3, 2025
Share this article
Pakistan and the United States signed a memorandum on rare earth processing on Monday, officials said.
{box}
Fed Officials Signal Patience as Job Gains Slow
Oil Holds Near Three-Month Low on Supply Outlook
The deal follows a trade agreement between the US and Pakistan announced in July, the ministry said.
Latest from World
Chile and the United States announce lithium partnership
"""


@pytest.mark.parametrize(
    ("box", "story_goes_on"),
    [
        ("Most Read from Bayfront", True),  # a headline box inside the story: skipped, the story resumes
        ("Trending", True),
        ("Recommended for you", True),
        ("More from World", False),  # the teasers after the story: it ends here
        ("Related coverage", False),
    ],
)
def test_a_headline_box_inside_a_page_dump_does_not_end_the_story(tmp_path, box, story_goes_on):
    path = tmp_path / "page.txt"
    path.write_text(_PAGE.format(box=box))
    body = read_article(path).body
    assert "Job Gains" not in body and "Chile" not in body
    assert ("trade agreement between the US and Pakistan" in body) is story_goes_on


_LIST_PAGE = """Home | World | Markets
- Podcasts
- Newsletters
Namibia widens its ban on raw mineral exports
By Ana Pereira
November 3, 2025
Namibia's cabinet banned the export of several unprocessed critical minerals on Monday, officials said. {lead}
- cobalt
- manganese
The ministry said exemptions would only be granted case by case to firms building local plants.
- Share on WhatsApp
"""


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        ("The ban applies to:", True),  # bullets right after a line ending in a colon: the story's own list
        ("The ban applies to four minerals.", False),  # bullets after a full stop: page furniture
    ],
)
def test_a_page_dump_keeps_the_list_its_story_announces(tmp_path, lead, kept):
    path = tmp_path / "page.txt"
    path.write_text(_LIST_PAGE.format(lead=lead))
    body = read_article(path).body
    assert "Podcasts" not in body and "WhatsApp" not in body
    assert ("- cobalt" in body and "- manganese" in body) is kept
    assert "exemptions would only be granted" in body


_ANNEX_PAGE = """Ministry of Trade of the Republic of Ostravia
Home > Announcements
Announcement No. 12 of 2025 on export control of certain metal items
Release date: 2025-10-09 | Print | Close
It is decided to implement export control on certain items after consulting the relevant departments this month.
1. The items listed in the {ref} to this Announcement shall not be exported without a licence from the ministry.
2. This Announcement shall come into effect on 1 December 2025, the ministry said in its statement today.
{heading}
1. Indium metal and indium oxide
2. Bismuth metal, bismuth alloys and bismuth oxide
Ministry of Trade
- Share on WhatsApp
"""


@pytest.mark.parametrize(
    ("ref", "heading", "kept"),
    [
        ("Annex", "Annex: List of controlled items", True),  # the annex the story refers to: its list
        ("Schedule", "Schedule 2 - Controlled goods", True),
        ("Annex", "Related links", False),  # no annex heading: numbered lines are furniture
        ("list below", "Annex: List of controlled items", False),  # an annex the story never referred to
    ],
)
def test_a_page_dump_keeps_the_annex_its_story_refers_to(tmp_path, ref, heading, kept):
    path = tmp_path / "page.txt"
    path.write_text(_ANNEX_PAGE.format(ref=ref, heading=heading))
    body = read_article(path).body
    assert ("Indium metal and indium oxide" in body and "Bismuth metal" in body) is kept
    assert "WhatsApp" not in body and "shall not be exported" in body


_OPENING = (
    "{a}'s President Lena Okafor spent Monday in {city} with the President of {b}, where the two leaders discussed "
    "water sharing, fishing rights and a rail upgrade, and both governments described the meeting as cordial."
)


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        (_OPENING.format(a="Peru", city="Santiago", b="Chile"), True),  # the story opens at once: a paragraph
        (_OPENING.format(a="Ghana", city="Lome", b="Togo"), True),
        ("Ghana and Togo sign a lithium memorandum in Lome", False),  # a headline line: the title
        ("Ghana and Togo sign a lithium memorandum.", False),  # short, even with a stop: a headline
    ],
)
def test_a_bare_text_keeps_an_opening_paragraph_that_no_headline_precedes(tmp_path, first, kept):
    path = tmp_path / "bare.txt"
    path.write_text(first + "\n\nThe trip's mineral business came later, officials said on Tuesday in the capital.\n")
    article = read_article(path)
    assert (first in article.body) is kept
    assert "mineral business came later" in article.body


def test_jsonl_corpus(tmp_path):
    lines = [
        json.dumps(
            {
                "id": "a",
                "url": "https://x.example/a",
                "title": "T",
                "published": "2025-01-02",
                "text": "Japan signed a deal with Australia.\n\nSecond paragraph here.",
            }
        ),
        "{not json",
        json.dumps(
            {
                "id": "b",
                "html": "<html><body><article><h1>H</h1><p>China restricts gallium exports.</p>"
                "<aside>decoy</aside></article></body></html>",
            }
        ),
        json.dumps({"id": "c", "title": "no text"}),
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(iter_articles([path]))
    ok = [i for i in items if not isinstance(i, IngestError)]
    bad = [i for i in items if isinstance(i, IngestError)]
    assert [a.url for a in ok] == ["https://x.example/a", None]
    assert ok[0].published == "2025-01-02" and len(ok[0].paragraphs) == 2
    assert "decoy" not in ok[1].body
    assert [(e.code, e.line) for e in bad] == [(E.BAD_JSONL, 2), (E.BAD_JSONL, 4)]
    assert "corpus.jsonl:2" in str(bad[0])


def _write(tmp_path: Path, name: str, data: bytes | None = None, size: int | None = None) -> Path:
    p = tmp_path / name
    if size is not None:
        with p.open("wb") as fh:
            fh.truncate(size)
    else:
        p.write_bytes(data or b"")
    return p


@pytest.mark.parametrize(
    "name,data,size,code",
    [
        ("empty.txt", b"", None, E.EMPTY),
        ("blank.txt", b"  \n\n ", None, E.EMPTY),
        ("binary.txt", bytes(range(256)) * 10, None, E.BINARY),
        (
            "latin1.txt",
            "Caf\u00e9 news about cobalt in Kinshasa and more words here.".encode("latin-1"),
            None,
            E.ENCODING,
        ),
        ("huge.txt", None, 50 * 1024 * 1024, E.TOO_LARGE),
        ("article.pdf", b"%PDF-1.4", None, E.UNKNOWN_FORMAT),
        ("nocontent.txt", b"Menu\nHome\nWorld\n", None, E.NO_CONTENT),
    ],
)
def test_bad_inputs_get_one_line_errors(tmp_path, name, data, size, code):
    path = _write(tmp_path, name, data, size)
    with pytest.raises(IngestError) as info:
        read_article(path)
    assert info.value.code == code
    msg = str(info.value)
    assert "\n" not in msg and name in msg


def test_directory_without_articles(tmp_path):
    (tmp_path / "notes.md").write_text("hello")
    [err] = list(iter_articles([tmp_path]))
    assert isinstance(err, IngestError) and err.code == E.NO_ARTICLES and str(tmp_path) in str(err)


def test_batch_keeps_good_files(tmp_path):
    _write(tmp_path, "empty.txt", b"")
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    items = list(iter_articles([tmp_path]))
    assert sum(isinstance(i, IngestError) for i in items) == 1
    assert sum(not isinstance(i, IngestError) for i in items) == 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=3000))
def test_random_bytes_never_crash(tmp_path, raw):
    path = tmp_path / "random.txt"
    path.write_bytes(raw)
    try:
        a = read_article(path)
    except IngestError as err:
        assert "\n" not in str(err)
    else:
        assert a.body


@settings(max_examples=25, deadline=None)
@given(text=st.text(max_size=1500))
def test_random_text_through_extraction(text):
    from cmkg.nlp.extract import extract

    try:
        a = read_text_as_article(text, "random.txt")
    except IngestError as err:
        assert "\n" not in str(err)
        return
    sheet = extract(a)
    assert set(sheet) >= {"countries", "agreements", "deals_with_usa"}


_LETTERED_PAGE = """GOVERNMENT OF OSTRAVIA
MINISTRY OF MINES
Critical mineral supplies
Will the Minister of Mines be pleased to state whether the Government has acted, and in particular:
(a) whether the Government has entered into agreements with foreign countries to secure supplies;
(b) the status of cooperation with its main partners in this regard and the details thereof;
{line}
The Ministry of Mines signed a memorandum with Zambia on cobalt in March.
"""


@pytest.mark.parametrize(
    ("line", "story_goes_on"),
    [
        ("(c) whether restrictions imposed abroad have affected the supply of magnets to industry; and", True),
        ("(c) and (d) The Government has raised the matter with its partners.", True),
        ("(c) 2025 Ostravia Press Agency. All rights reserved.", False),  # a copyright line ends the story
        ("(c) Copyright Bayfront Media", False),
        ("\u00a9 Bayfront Media", False),
    ],
)
def test_item_c_of_a_lettered_list_is_not_a_copyright_line(tmp_path, line, story_goes_on):
    path = tmp_path / "page.txt"
    path.write_text(_LETTERED_PAGE.format(line=line))
    body = read_article(path).body
    assert "(b) the status of cooperation" in body  # item (c) of a lettered list is no copyright line
    assert ("memorandum with Zambia" in body) is story_goes_on


_SIGNED_NOTICE = """GOVERNMENT GAZETTE
OF THE REPUBLIC
No. 42 Prohibition of export of unprocessed cobalt ores: Export Control Act
{story}
K. ABARA
MINISTER OF TRADE
{signoff}
EXPLANATORY NOTE
The restriction implements the policy that the country's mineral wealth should be processed at home before it leaves.
"""
_NOTICE_STORY = (
    "Under section 2 of the Export Control Act, and after consultation with the Minister of Mines, I prohibit the "
    "export of unprocessed cobalt ores and concentrates from Ostravia except under a permit issued by the Minister.\\n"
    "This notice does not apply to samples exported for testing or research that do not exceed fifty kilograms a "
    "consignment, which may leave without a permit if they are declared at the port."
)


@pytest.mark.parametrize(
    "signoff",
    ["Lindberg, 6 June 2023", "Lindberg, June 6, 2023", "Done at Lindberg on 2023-06-06"],
)
def test_a_dated_sign_off_below_the_story_is_no_header(tmp_path, signoff):
    path = tmp_path / "page.txt"
    path.write_text(_SIGNED_NOTICE.format(story=_NOTICE_STORY.replace("\\n", "\n"), signoff=signoff))
    body = read_article(path).body
    assert "I prohibit the export of unprocessed cobalt ores" in body  # the story above the sign-off is kept
    assert "does not apply to samples" in body


_MENU_PAGE = """The Daily Ledger
{menu}
Sign in   Subscribe

BUSINESS / ECONOMY

{headline}

By Amara Okoye and Tomas Lindqvist
Published: 12 November 2025, 6:30am
Share this article

Peru has banned exports of raw zinc concentrate from January, the mines ministry said on Tuesday in Lima.
"""


@pytest.mark.parametrize(
    ("menu", "headline"),
    [
        ("News | Business | China | Asia | Opinion | Podcasts", "Timeline: how Lima built its zinc export rules"),
        ("Home > Press corner > Press releases > 2025", "Peru bans raw zinc concentrate exports from January"),
        ("Republic of Peru | Ministry of Energy and Mines", "Peru bans raw zinc concentrate exports from January"),
        # a headline with its site after a bar is still the headline: its first segment is a headline's length
        ("News | Business | Opinion", "Peru bans raw zinc concentrate exports from January | The Daily Ledger"),
    ],
)
def test_a_menu_line_above_the_headline_is_never_the_title(tmp_path, menu, headline):
    path = tmp_path / "page_scraped.txt"
    path.write_text(_MENU_PAGE.format(menu=menu, headline=headline))
    article = read_article(path)
    assert article.title == headline
    assert "banned exports of raw zinc" in article.body
