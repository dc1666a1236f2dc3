"""Another suite run through the behavioural harness (``cmkg eval --checklist --suite PATH``).

Probes written apart from the rules use the built-in suite's schema; a malformed file must stop the
run with a coded error naming it, and a good one must be scored like the built-in suite.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cmkg.core.errors import CmkgError
from cmkg.nlp.checklist import Case, generate
from cmkg.nlp.checklist.runner import case_article

SIGNED = {
    "name": "probe_signed",
    "description": "One bilateral signing, and its negation.",
    "fields": ["agreements"],
    "fills": 3,
    "mft": [
        {
            "text": "{A} signed {G.a} on {M} with {B} on {W}.",
            "expect": {"agreements": [{"parties": ["A", "B"], "status": "signed"}]},
        }
    ],
    "dir": [
        {
            "base": "{A} signed {G.a} with {B} on {W}.",
            "text": "{A} did not sign {G.a} with {B} on {W}.",
            "change": "negation",
            "expect": {"agreements": []},
        }
    ],
}


def _write(folder: Path, name: str, caps: list[dict]) -> Path:
    path = folder / name
    path.write_text(json.dumps({"capabilities": caps}), encoding="utf-8")
    return path


def test_a_folder_of_files_is_one_suite(tmp_path: Path) -> None:
    _write(tmp_path, "a.json", [SIGNED])
    _write(tmp_path, "b.json", [SIGNED | {"name": "probe_signed_again"}])
    cases = generate(suite=tmp_path)
    assert {c.capability for c in cases} == {"probe_signed", "probe_signed_again"}
    assert sorted(c.kind for c in cases if c.capability == "probe_signed") == ["dir"] * 3 + ["mft"] * 3


@pytest.mark.parametrize(
    ("caps", "message"),
    [
        ([SIGNED | {"expected": []}], "unknown keys ['expected']"),
        ([SIGNED, SIGNED], "capability names repeated: probe_signed"),
    ],
)
def test_a_malformed_suite_is_a_coded_error(tmp_path: Path, caps: list[dict], message: str) -> None:
    path = _write(tmp_path, "bad.json", caps)
    with pytest.raises(CmkgError) as err:
        generate(suite=path)
    assert err.value.code == "E102" and message in str(err.value)


def test_an_empty_folder_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(CmkgError, match="no capability file"):
        generate(suite=tmp_path)


def test_the_cli_scores_another_suite_without_floors(tmp_path: Path) -> None:
    suite = _write(tmp_path, "probes.json", [SIGNED])
    out = subprocess.run(
        [sys.executable, "-m", "cmkg.app.cli", "eval", "--checklist", "--suite", str(suite), "--json"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["floors"] == {}
    assert report["capabilities"]["probe_signed"]["cases"] == 6


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A title\nSource: https://www.gov.example/news/1\nPublished: 2025-10-14\n\nBody.",
            "https://www.gov.example/news/1",
        ),
        ("Body only, one sentence.", "checklist:probe/mft0.0"),
        ("A title\nPublished: 2025-10-14\nSource: https://x.example\n\nBody.", "checklist:probe/mft0.0"),
    ],
)
def test_a_case_written_as_a_page_keeps_its_own_source(text: str, source: str) -> None:
    case = Case(id="probe/mft0.0", capability="probe", kind="mft", text=text, fields=(), expect={}, template=text)
    assert case_article(case).url == source


SHIPPED = Path(__file__).resolve().parents[2] / "eval"


@pytest.mark.parametrize(
    ("suite", "capabilities", "least_cases"),
    [("probes9/tuning", 20, 1500), ("probes9/validation", 20, 1500), ("probes10", 18, 2000)],
)
def test_the_shipped_probe_suites_load(suite: str, capabilities: int, least_cases: int) -> None:
    """The README reports these suites' pass rates: each must still load under the schema, whole."""
    cases = generate(suite=SHIPPED / suite)
    assert len({c.capability for c in cases}) == capabilities
    assert len(cases) >= least_cases
    assert len({c.id for c in cases}) == len(cases)
