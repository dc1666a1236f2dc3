"""Error codes are defined once, each with a meaning; templates fill in to one coded line."""

from __future__ import annotations

import re

from cmkg.core.errors import MEANINGS, TEMPLATES, E, error


def _codes() -> dict[str, str]:
    return {name: code for name, code in vars(E).items() if not name.startswith("_")}


def test_codes_are_unique_well_formed_and_explained():
    codes = _codes()
    assert len(set(codes.values())) == len(codes)
    assert all(re.fullmatch(r"E[0-3]\d\d", c) for c in codes.values())
    assert set(MEANINGS) == set(codes.values())
    assert set(TEMPLATES) <= set(codes.values())


def test_error_fills_its_template_and_names_the_file_first():
    err = error(E.BAD_FACT_SHEET, path="out/a.json", problem="countries: expected a list,\n got str")
    assert str(err) == "[E230] out/a.json: not a valid fact sheet: countries: expected a list, got str"
    assert all(t.startswith("{path}: ") for t in TEMPLATES.values())
