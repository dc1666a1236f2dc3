"""Date expressions resolve against the publication date, across week, month and year boundaries."""

from __future__ import annotations

import pytest

from cmkg.core.factsheet import DATE_BASES, DATE_PRECISIONS
from cmkg.nlp.dates import find_date_expression, parse_iso_date, resolve_when

# (sentence, published, expected date, precision, basis)
CASES = [
    # absolute dates: a stated year needs no publication date
    ("The pact was signed on 28 October 2025.", None, "2025-10-28", "day", "stated"),
    ("It was signed on October 28, 2025 in Busan.", "2026-03-01", "2025-10-28", "day", "stated"),
    ("The deal dates from March 2024.", "2025-11-05", "2024-03-01", "month", "stated"),
    ("They agreed in 2019 to cooperate.", "2025-11-05", "2019-01-01", "year", "stated"),
    ("Talks have run since 2021.", "2025-11-05", "2021-01-01", "year", "stated"),
    # a day and month without a year: the year that puts it nearest the publication date
    ("It was signed on 28 October.", "2025-11-02", "2025-10-28", "day", "relative"),
    ("It was signed on 28 December.", "2026-01-03", "2025-12-28", "day", "relative"),  # year boundary
    ("Ministers meet on 3 January.", "2025-12-30", "2026-01-03", "day", "relative"),  # forward across the year
    ("The deal was reached on Dec. 3.", "2026-01-02", "2025-12-03", "day", "relative"),
    ("It was announced on the 5th of May.", "2025-05-20", "2025-05-05", "day", "relative"),
    # a month alone, after a preposition
    ("The framework was announced in October.", "2025-11-02", "2025-10-01", "month", "relative"),
    ("The framework was announced in December.", "2026-01-10", "2025-12-01", "month", "relative"),  # year boundary
    ("The plan was first floated last November.", "2025-11-20", "2024-11-01", "month", "relative"),
    # a month then the year it falls in
    ("Exports will be banned from July next year.", "2025-12-11", "2026-07-01", "month", "relative"),
    ("The quota was set in March last year.", "2025-12-11", "2024-03-01", "month", "relative"),
    ("The rules took effect in December this year.", "2025-01-20", "2025-12-01", "month", "relative"),
    # weekdays: the latest on or before publication, after it when the sentence speaks of the future
    ("The deal was signed on Monday.", "2025-11-05", "2025-11-03", "day", "relative"),  # a Wednesday paper
    ("The deal was signed on Wednesday.", "2025-11-05", "2025-11-05", "day", "relative"),  # the same day
    ("The deal was signed on Friday.", "2025-11-05", "2025-10-31", "day", "relative"),  # back across a month
    ("They signed on Thursday.", "2026-01-02", "2026-01-01", "day", "relative"),
    ("They signed on Wednesday.", "2026-01-02", "2025-12-31", "day", "relative"),  # back across a year
    ("Ministers will meet on Friday.", "2025-11-05", "2025-11-07", "day", "relative"),
    ("Leaders will sign it on Monday.", "2025-12-31", "2026-01-05", "day", "relative"),  # forward across a year
    ("Officials met last Wednesday.", "2025-11-05", "2025-10-29", "day", "relative"),
    ("Officials meet next Monday.", "2025-11-05", "2025-11-10", "day", "relative"),
    # fixed relative phrases
    ("The agreement was signed yesterday.", "2026-01-01", "2025-12-31", "day", "relative"),
    ("The agreement was signed yesterday.", "2025-03-01", "2025-02-28", "day", "relative"),  # end of February
    ("It was signed the day before yesterday.", "2025-03-01", "2025-02-27", "day", "relative"),
    ("The ministers sign today.", "2025-11-05", "2025-11-05", "day", "relative"),
    ("The ministers sign tomorrow.", "2025-12-31", "2026-01-01", "day", "relative"),
    ("The deal was agreed last week.", "2025-11-05", "2025-10-27", "week", "relative"),  # Monday of that week
    ("The deal was agreed last month.", "2026-01-15", "2025-12-01", "month", "relative"),  # year boundary
    ("The deal was agreed last month.", "2025-03-31", "2025-02-01", "month", "relative"),
    ("It takes effect next month.", "2025-12-10", "2026-01-01", "month", "relative"),
    ("The deal was agreed earlier this month.", "2025-11-20", "2025-11-01", "month", "relative"),
    ("The deal was agreed earlier this year.", "2025-03-01", "2025-01-01", "year", "relative"),
    ("The deal was agreed last year.", "2026-01-02", "2025-01-01", "year", "relative"),
    ("Three weeks ago the talks collapsed.", "2025-11-05", "2025-10-13", "week", "relative"),
    ("Two months ago the talks collapsed.", "2026-01-20", "2025-11-01", "month", "relative"),
    ("The mine opened 10 days ago.", "2025-03-05", "2025-02-23", "day", "relative"),
    # no date in the sentence: the publication date; neither: undated
    ("The two sides signed a framework.", "2025-11-05", "2025-11-05", "day", "published"),
    ("They may sign a framework.", "2025-11-05", "2025-11-05", "day", "published"),  # 'may' is not May
    ("The 2030 target stands.", "2025-11-05", "2025-11-05", "day", "published"),  # a bare year needs a preposition
    ("The two sides signed a framework.", None, None, None, "undated"),
    ("The deal was signed on Monday.", None, None, None, "undated"),  # relative, and nothing to resolve it with
]


@pytest.mark.parametrize(("sentence", "published", "date", "precision", "basis"), CASES)
def test_resolution(sentence, published, date, precision, basis):
    when = resolve_when(sentence, published)
    assert (when.date, when.precision, when.basis) == (date, precision, basis)
    assert when.basis in DATE_BASES
    assert when.precision is None or when.precision in DATE_PRECISIONS


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The deal was reached on Dec. 3 after talks in March 2024.", "Dec. 3"),  # the first, as a day
        ("Signed on Monday, announced in 2019.", "Monday"),
        ("In October the leaders met again.", "In October"),
        ("The pact, signed last week, covers lithium.", "last week"),
    ],
)
def test_the_first_expression_is_the_one_used(sentence, words):
    found = find_date_expression(sentence)
    assert found is not None and found[1].group(0) == words


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2025-11-05", "2025-11-05"), ("2025-11-05T09:30:00Z", "2025-11-05"), ("5 November", None), (None, None)],
)
def test_publication_dates_are_read_as_iso(published, expected):
    got = parse_iso_date(published)
    assert (got.isoformat() if got else None) == expected


def test_the_words_come_from_the_data_file(tmp_path, monkeypatch):
    """A language's month names are data: a copy with another name for October resolves it."""
    import json
    import shutil

    from cmkg.core import resources
    from cmkg.nlp import dates

    shutil.copytree(resources.data_dir(), tmp_path / "data")
    words = json.loads((tmp_path / "data" / "rules" / "dates.json").read_text(encoding="utf-8"))
    words["month_abbreviations"]["octubre"] = 10  # any word for a month number
    (tmp_path / "data" / "rules" / "dates.json").write_text(json.dumps(words), encoding="utf-8")
    monkeypatch.setenv("CMKG_DATA", str(tmp_path / "data"))
    resources.load_json.cache_clear()
    dates._words.cache_clear()
    dates.month_numbers.cache_clear()
    try:
        assert resolve_when("Signed on 28 octubre.", "2025-11-02").date == "2025-10-28"
    finally:
        monkeypatch.delenv("CMKG_DATA")
        resources.load_json.cache_clear()
        dates._words.cache_clear()
        dates.month_numbers.cache_clear()
