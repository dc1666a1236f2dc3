"""The behavioural suite: its generator, its checker and the floors it holds the rules to."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from cmkg.core.gazetteer import gazetteer
from cmkg.core.resources import load_json
from cmkg.core.vocabulary import is_core_deal, vocabulary
from cmkg.nlp.checklist import DEFAULT_SEED, capabilities, check, generate, summarise
from cmkg.nlp.checklist.generate import Case
from cmkg.nlp.checklist.perturb import PAGE_FRAMES, split_page_header
from cmkg.nlp.publisher import publisher_country
from cmkg.nlp.rules import rules

US_FORMS = ("United States", "US", "U.S.", "Washington", "America")
FRACTION_WORDS = {50: "half", 75: "three-quarters", 67: "two-thirds", 70: "Seventy", 25: "a quarter", 20: "a fifth"}


@pytest.fixture(scope="module")
def suite() -> list[Case]:
    return generate()


def _forms(code: str) -> list[str]:
    forms = [f for f, (c, _k) in gazetteer().country_forms.items() if c == code]
    return forms + list(US_FORMS if code == "USA" else ())


def _mentions(text: str, code: str, datelines: bool = False) -> bool:
    """The text names the state (with ``datelines``, also in a dateline's capitals: 'LIBREVILLE - '), or the case
    is a page on that state's government site (its Source line)."""
    source = re.search(r"^Source: (\S+)$", text, re.M)
    if source and publisher_country(source.group(1)) == code:
        return True
    forms = [g for f in _forms(code) for g in ((f, f.upper()) if datelines else (f,))]
    return any(re.search(rf"(?<![\w]){re.escape(f)}(?![\w])", text) for f in forms)


def _expected_codes(case: Case) -> set[str]:
    codes = {p for a in case.expect.get("agreements", []) for p in a["parties"]}
    codes |= set(case.expect.get("deals_with_usa", []))
    for f in ("export_controls", "production_shares", "people"):
        codes |= {x["country"] for x in case.expect.get(f, [])}
    return codes - {None}  # a person expected with no state ('the sentence does not say'): nothing to mention


def test_suite_size_and_spread(suite):
    per_cap = Counter(c.capability for c in suite)
    assert len(suite) >= 1500
    assert len(per_cap) >= 15
    assert min(per_cap.values()) >= 50, per_cap
    kinds = Counter(c.kind for c in suite)
    assert kinds["mft"] >= 800 and kinds["inv"] >= 300 and kinds["dir"] >= 80, kinds
    assert len({c.id for c in suite}) == len(suite)


def test_generation_is_deterministic_and_seeded(suite):
    again = generate()
    assert [(c.id, c.text, c.expect) for c in again] == [(c.id, c.text, c.expect) for c in suite]
    other = generate(DEFAULT_SEED + 1)
    assert sum(a.text != b.text for a, b in zip(suite, other, strict=True)) > len(suite) // 2


def test_templates_fill_completely_and_consistently(suite):
    for c in suite:
        assert "{" not in c.text and "}" not in c.text, c.id
        assert (c.base or c.text)[0].isupper(), c.id
        assert set(c.expect) == set(c.fields), c.id
        for code in _expected_codes(c):
            assert code in gazetteer().countries, (c.id, code)
            assert _mentions(c.text, code, datelines=True), (c.id, code, c.text)
        for share in c.expect.get("production_shares", []):
            number = rf"(?<![\d.]){share['share_percent']:g}(?![\d.])"  # also glued: "58pc", "58%"
            assert re.search(number, c.text) or FRACTION_WORDS.get(share["share_percent"], "@") in c.text, c.id
            assert share["mineral"] in gazetteer().minerals
        for person in c.expect.get("people", []):  # an asker's office is the parliament's, not in the text
            offices = set(rules().table("persons.parliament_member_roles").values())
            role_written = person["role"].lower() in c.text.lower()  # "trade minister" in news; titled in the sheet
            assert person["name"] in c.text and (role_written or person["role"] in offices), c.id


def test_expected_values_come_from_the_vocabulary(suite):
    """Statuses and activities are the vocabulary's; deals with the US follow its one definition of a core deal."""
    v = vocabulary()
    for c in suite:
        for a in c.expect.get("agreements", []):
            assert a.get("status", "signed") in v.status_rank, c.id
        for x in c.expect.get("export_controls", []):
            assert x["status"] in v.control_statuses, c.id
        for sh in c.expect.get("production_shares", []):
            assert sh["activity"] in v.activities, c.id
        if "deals_with_usa" in c.fields:
            core = {
                p
                for a in c.expect["agreements"]
                if "USA" in a["parties"] and is_core_deal(a["status"], None, len(a["parties"]))
                for p in a["parties"]
                if p != "USA"
            }
            assert set(c.expect["deals_with_usa"]) == core, c.id


def test_parties_of_one_case_are_distinct_countries(suite):
    """Each expected set names distinct states; one state alone is a one-party initiative, which the gold schema
    allows (Project Vault: ["USA"]) and round 26's capabilities expect ('unveiled RESourceEU, a plan to ...')."""
    for c in suite:
        assert len(set(c.countries)) == len(c.countries), c.id
        for a in c.expect.get("agreements", []):
            assert len(set(a["parties"])) == len(a["parties"]) >= 1 or a["parties"] == [], c.id


def test_invariance_pairs_differ_only_by_the_perturbation(suite):
    by_id = {c.id: c for c in suite}
    inv = [c for c in suite if c.kind == "inv"]
    assert {c.perturbation for c in inv} == {
        "dateline",
        "quote",
        "bullet",
        "heading",
        "unrelated",
        "connective",
        "roundup",
        "attribution_tail",
        "attribution_frame",
        "live_heading",
        "news_page",
        "foreign_page",
    }
    for c in inv:
        base = by_id[c.base_id]
        assert base.kind == "mft" and c.base == base.text and c.expect == base.expect, c.id
        assert c.text != base.text
        if c.perturbation in PAGE_FRAMES:  # a whole page's header before a case that had none
            assert not split_page_header(base.text)[0] and c.text == c.added[0] + base.text, c.id
            assert split_page_header(c.text)[0] == c.added[0], c.id
            assert not any(_mentions(c.added[0], code) for code in _expected_codes(c)), c.id
            continue
        if c.perturbation == "attribution_tail":  # inside the first sentence, before its full stop
            assert len(c.added) == 1 and c.text.replace(c.added[0], "", 1) == base.text, c.id
            continue
        header, text = split_page_header(c.text)
        base_header, base_text = split_page_header(base.text)
        assert header == base_header, c.id  # a page's own header stays first
        paras, base_paras = text.split("\n\n"), base_text.split("\n\n")
        assert len(paras) - len(base_paras) in (0, 1), c.id
        tails = paras[-len(base_paras) :] if c.perturbation != "quote" else paras[: len(base_paras)]
        for got, want in zip(tails, base_paras, strict=True):
            if c.perturbation in ("connective", "attribution_frame") and not got.endswith(want):
                want = want[:1].lower() + want[1:]  # "Separately, a framework ..."
            assert got.endswith(want), (c.id, got, want)
            assert got == want or got[: -len(want)] in c.added, c.id
        extra = "\n".join(c.added)
        assert c.added and all(part in c.text for part in c.added)
        for code in _expected_codes(c):
            assert not _mentions(extra, code), (c.id, code, extra)


def test_directional_pairs_change_one_sentence_with_the_same_fill(suite):
    d = [c for c in suite if c.kind == "dir"]
    assert {c.capability for c in d} >= {"negation", "modality", "export_controls"}
    for c in d:
        assert c.base and c.base != c.text and c.perturbation, c.id
        for code in c.countries:
            assert _mentions(c.base, code) and _mentions(c.text, code), (c.id, code)


def _case(fields, **expect) -> Case:
    return Case("t/mft0.0", "t", "mft", "Text.", tuple(fields), {f: expect.get(f, []) for f in fields}, "Text.")


def _ag(parties, status):
    return {"parties": parties, "status": status}


CHECKS = [
    (
        "right party set and status",
        ["agreements"],
        {"agreements": [_ag(["JPN", "AUS"], "signed")]},
        {"agreements": [_ag(["AUS", "JPN"], "signed")]},
        [],
    ),
    (
        "wrong status",
        ["agreements"],
        {"agreements": [_ag(["JPN", "AUS"], "signed")]},
        {"agreements": [_ag(["AUS", "JPN"], "planned")]},
        ["agreement AUS+JPN: status ['planned'], expected signed"],
    ),
    (
        "extra single party",
        ["agreements"],
        {"agreements": [_ag(["JPN", "AUS"], "signed")]},
        {"agreements": [_ag(["AUS", "JPN"], "signed"), _ag(["AUS"], "signed")]},
        ["agreements: unexpected AUS"],
    ),
    (
        "negation expects nothing",
        ["agreements"],
        {"agreements": []},
        {"agreements": [_ag(["AUS", "JPN"], "signed")]},
        ["agreements: unexpected AUS+JPN"],
    ),
    (
        "missing control",
        ["export_controls"],
        {"export_controls": [{"country": "CHN", "minerals": ["gallium"], "status": "in_force"}]},
        {"export_controls": []},
        ["export_controls: missing CHN/gallium"],
    ),
    (
        "share within two points",
        ["production_shares"],
        {"production_shares": [{"country": "CHN", "activity": "refines", "mineral": "cobalt", "share_percent": 70}]},
        {
            "production_shares": [
                {"country": "CHN", "activity": "processes", "mineral": "cobalt", "share_percent": 71.5}
            ]
        },
        [],
    ),
    (
        "share at the wrong stage",
        ["production_shares"],
        {"production_shares": [{"country": "CHN", "activity": "refines", "mineral": "cobalt", "share_percent": 70}]},
        {"production_shares": [{"country": "CHN", "activity": "mines", "mineral": "cobalt", "share_percent": 70}]},
        ["production_shares: missing CHN/cobalt/midstream", "production_shares: unexpected CHN/cobalt/upstream"],
    ),
    (
        "person with the wrong country",
        ["people"],
        {"people": [{"name": "Azman bin Yusof", "role": "Trade Minister", "country": "MYS"}]},
        {"people": [{"name": "Azman bin Yusof", "role": "Minister", "country": "IDN"}]},
        ["person Azman bin Yusof: country IDN, expected MYS"],
    ),
    (
        "unchecked fields are ignored",
        ["agreements"],
        {"agreements": []},
        {"agreements": [], "export_controls": [{"country": "CHN", "minerals": ["gallium"], "status": "in_force"}]},
        [],
    ),
]


@pytest.mark.parametrize(("label", "fields", "expect", "sheet", "problems"), CHECKS, ids=[c[0] for c in CHECKS])
def test_check_compares_with_the_scorer_units(label, fields, expect, sheet, problems):
    assert list(check(_case(fields, **expect), sheet)) == problems


FLOORS = load_json("checklist", "floors.json")["floors"]


def test_floors_cover_every_capability():
    names = [c["name"] for c in capabilities()]
    assert set(FLOORS) == set(names)
    assert all(0.0 <= v <= 1.0 for v in FLOORS.values())


@pytest.fixture(scope="module")
def table(suite):
    from cmkg.nlp.checklist import run_cases

    return summarise(run_cases(suite))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_capability_holds_its_floor(table, name):
    assert table[name]["pass_rate"] >= FLOORS[name], (name, table[name])


def test_cli_prints_the_table_and_json():
    from typer.testing import CliRunner

    from cmkg.app.cli import app

    out = CliRunner().invoke(app, ["eval", "--checklist", "--capability", "negation", "--json", "--failures", "2"])
    assert out.exit_code in (0, 1), out.output
    res = json.loads(out.stdout)
    assert set(res["capabilities"]) == {"negation"}
    assert res["capabilities"]["negation"]["cases"] >= 50
    assert all(len(v) <= 2 for v in res["failures"].values())
    out = CliRunner().invoke(app, ["eval", "--checklist", "--capability", "negation", "--markdown"])
    assert out.stdout.startswith("| capability | cases | pass |")
