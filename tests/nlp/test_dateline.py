"""Datelines: recognised at ingestion, kept as metadata, never parsed as the lead's words."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.dateline import blank_dateline, blank_datelines, find_dateline, split_dateline


@pytest.mark.parametrize(
    "text,place,agency,date,rest",
    [
        ("PERTH (AFP) - Japan and Canada signed a deal.", "PERTH", "AFP", None, "Japan and Canada signed a deal."),
        ("MUMBAI, April 19 (Kyodo) - A plan was agreed.", "MUMBAI", "Kyodo", "April 19", "A plan was agreed."),
        ("ISTANBUL (AFP) \u2014 Zimbabwe signed.", "ISTANBUL", "AFP", None, "Zimbabwe signed."),
        ("BRUSSELS -- The EU said so.", "BRUSSELS", None, None, "The EU said so."),
        ("BERLIN, Germany, Aug. 26, 2025 /CNW/ - Canada's plan", "BERLIN", "CNW", "Aug. 26, 2025", "Canada's plan"),
        ("Washington, Jan. 5 (Reuters) - The US signed.", "Washington", "Reuters", "Jan. 5", "The US signed."),
        ("Kigali (Xinhua) - Tanzania could sign.", "Kigali", "Xinhua", None, "Tanzania could sign."),
        ("Washington, D.C. \u2013 The agency announced.", "Washington", None, None, "The agency announced."),
        ("Brussels, 13 June 2023 Today, they signed.", "Brussels", None, "13 June 2023", "Today, they signed."),
        ("Brussels, 13 June 2023", "Brussels", None, "13 June 2023", ""),
    ],
)  # fmt: skip
def test_datelines_are_recognised(text, place, agency, date, rest):
    dateline, paragraphs = split_dateline([text])
    assert (dateline.place, dateline.agency, dateline.date) == (place, agency, date)
    assert " ".join(paragraphs) == rest


@pytest.mark.parametrize(
    "text",
    [
        "US - China talks resumed on Monday.",
        "Japan, Australia - and India - agreed.",
        "The United States - Japan deal was signed.",
        "In May 2024 Japan signed a deal.",
        "EMPHASISING the importance of supply chains;",
        "OBJECTIVE",
    ],
)
def test_lead_sentences_are_not_datelines(text):
    assert find_dateline([text]) is None


def test_the_body_keeps_the_dateline_and_extraction_blanks_it():
    article = make_article(
        ["MUMBAI, April 19 (Kyodo) - Australia and Kenya agreed a plan.", "More."], title="t", source="s"
    )
    assert article.body.startswith("MUMBAI, April 19 (Kyodo) - ")  # evidence quoting the dateline still matches
    assert article.dateline.place == "MUMBAI" and article.agency == "Kyodo"
    blanked = blank_dateline(article.body, article.dateline_span)
    assert len(blanked) == len(article.body) and blanked.lstrip().startswith("Australia and Kenya")


@pytest.mark.parametrize(
    "text,place,agency,date",
    [
        ("HONG KONG/SINGAPORE, Oct 10 (Reuters) - China's curbs bite.", "HONG KONG/SINGAPORE", "Reuters", "Oct 10"),
        ("LONDON/BEIJING, April 4 (Reuters) - China imposed curbs.", "LONDON/BEIJING", "Reuters", "April 4"),
        ("ABU DHABI, UAE, 3rd March, 2025 (WAM) -- The UAE signed.", "ABU DHABI", "WAM", "3rd March, 2025"),
        ("SANTIAGO, Chile, March 3, 2025 /PRNewswire/ -- Chile acted.", "SANTIAGO", "PRNewswire", "March 3, 2025"),
        ("KUALA LUMPUR, Nov 3 (Bernama) -- Malaysia will act.", "KUALA LUMPUR", "Bernama", "Nov 3"),
    ],
)
def test_wire_datelines_of_many_forms(text, place, agency, date):
    dateline = find_dateline([text])
    assert (dateline.place, dateline.agency, dateline.date) == (place, agency, date)


def test_a_later_paragraph_dateline_is_metadata_and_blanked():
    """A roundup's second story opens with its own dateline: blanked, never a subject."""
    article = make_article(
        [
            "TOKYO, May 2 (Kyodo) - Japan reported a rise in tourist arrivals.",
            "WINDHOEK, May 3 (Reuters) - Zambia banned exports of cobalt.",
            "On Monday, May 5 - the ministry said more.",
        ],
        title="t",
        source="s",
    )
    assert [(d.place, d.paragraph) for d in article.later_datelines] == [("WINDHOEK", 1)]
    blanked = blank_datelines(article.body, article.dateline_spans)
    assert "WINDHOEK" not in blanked and "TOKYO" not in blanked and "On Monday, May 5" in blanked
    assert len(blanked) == len(article.body)
