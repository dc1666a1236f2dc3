"""The fact-sheet schema: real sheets pass, each kind of malformed sheet fails with E230 naming the bad value."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from cmkg.core.factsheet import GOLD_KEYS, FactSheet, FactSheetError, check_fact_sheet, read_fact_sheet

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_sheet.json"


def _mini() -> dict:
    return json.loads(MINI.read_text(encoding="utf-8"))


def test_extracted_sheets_follow_the_schema(seed_sheet, dev_sheets):
    for sheet in [seed_sheet, *dev_sheets.values()]:
        assert check_fact_sheet(sheet) is sheet
        assert set(GOLD_KEYS) <= set(sheet) <= set(FactSheet.__annotations__)


def test_the_schema_keeps_the_gold_keys_required():
    assert set(GOLD_KEYS) <= FactSheet.__required_keys__


def _set(path: str, value):
    def change(sheet):
        *parents, last = path.split(".")
        node = sheet
        for p in parents:
            node = node[int(p)] if p.isdigit() else node[p]
        node[int(last) if last.isdigit() else last] = value

    return change


def _drop(key: str):
    return lambda sheet: sheet.pop(key)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (_drop("agreements"), "missing key(s) agreements"),
        (_set("agremeents", []), "unknown key(s) agremeents"),
        (_set("countries", "USA"), "countries: expected a list, got str"),
        (_set("countries", ["USA", 3]), "countries[1]: expected a string, got int"),
        (_set("agreements.0.status", "done"), "agreements[0].status: 'done' is not one of signed, announced"),
        (_set("agreements.0.type", "handshake"), "agreements[0].type: 'handshake' is not one of deal"),
        (_set("agreements.0.provenance.start", True), "agreements[0].provenance.start: expected an integer, got bool"),
        (_set("agreements.0.provenance.confidence", "high"), "provenance.confidence: expected a number, got str"),
        (_set("export_controls.0.status", "signed"), "status: 'signed' is not one of announced, in_force"),
        (_set("export_controls.0.measure", "tariff"), "export_controls[0].measure: 'tariff' is not one of ban"),
        (_set("production_shares.0.activity", "sells"), "production_shares[0].activity: 'sells' is not one of mines"),
        (_set("people.0.role", 7), "people[0].role: expected a string or null, got int"),
        (_set("people.0", "Ada"), "people[0]: expected an object, got str"),
    ],
)
def test_a_malformed_sheet_fails_with_a_coded_message(change, problem):
    sheet = _mini()
    check_fact_sheet(copy.deepcopy(sheet))  # the fixture itself is valid
    change(sheet)
    with pytest.raises(FactSheetError) as info:
        check_fact_sheet(sheet)
    assert info.value.code == "E230"
    assert str(info.value).startswith("[E230] mini.txt: not a valid fact sheet: ")
    assert problem in str(info.value)


def test_numbers_may_be_integers_where_floats_are_expected():
    sheet = _mini()
    sheet["production_shares"][0]["share_percent"] = 50
    assert check_fact_sheet(sheet)["production_shares"][0]["share_percent"] == 50


def test_read_fact_sheet_names_the_file(tmp_path):
    good = tmp_path / "good.json"
    good.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    assert read_fact_sheet(good)["article"] == "mini.txt"
    broken = tmp_path / "broken.json"
    broken.write_text('{"article": ', encoding="utf-8")
    with pytest.raises(FactSheetError, match=r"^\[E231\] .*broken\.json: cannot read fact sheet: Expecting value"):
        read_fact_sheet(broken)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({**_mini(), "minerals": "lithium"}), encoding="utf-8")
    with pytest.raises(
        FactSheetError, match=r"^\[E230\] .*wrong\.json: not a valid fact sheet: minerals: expected a list"
    ):
        read_fact_sheet(wrong)
    with pytest.raises(FactSheetError, match=r"^\[E231\] .*missing\.json: cannot read fact sheet: No such file"):
        read_fact_sheet(tmp_path / "missing.json")
