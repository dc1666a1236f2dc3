"""Generate the behavioural suite: templates filled from lists, with a fixed seed.

Three kinds of case, as in CheckList (Ribeiro et al., ACL 2020):

- ``mft``: one construction, the facts it states;
- ``inv``: an ``mft`` case with something added that must change nothing (a
  dateline, a quote, a bullet, a heading, a connective, a paragraph about
  another country);
- ``dir``: a changed sentence whose facts change in a known way (negation
  removes the deal, "could sign" makes it planned, "lifted" changes a status).

Each case carries its expected facts in the fact-sheet schema.  Each template
draws from its own random stream (seeded by the suite seed, the capability and
the template number), so adding a template never changes the cases of another
and a failure can be reproduced from its id.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cmkg.core.errors import CmkgError, E
from cmkg.core.resources import load_json
from cmkg.nlp.checklist.fill import CountryFill, Fill, draw_fill, render, resolve, slots_in
from cmkg.nlp.checklist.perturb import PAGE_FRAMES, PERTURBATIONS, perturb, split_page_header

__all__ = ["Case", "DEFAULT_SEED", "capabilities", "generate"]

DEFAULT_SEED = 20260
DEFAULT_PERTURBATIONS = ("quote", "bullet", "heading", "unrelated", "connective")


@dataclass(frozen=True)
class Case:
    """One test: a text, the fields that are checked and the facts expected in them."""

    id: str
    capability: str
    kind: str
    text: str
    fields: tuple[str, ...]
    expect: dict[str, Any]
    template: str
    countries: tuple[str, ...] = ()
    base: str | None = None
    base_id: str | None = None
    perturbation: str | None = None
    added: tuple[str, ...] = field(default=())


CAPABILITY_KEYS = frozenset(
    {"name", "description", "fields", "fills", "mft", "dir", "invariance", "invariance_of", "perturbations"}
)


def _suite_files(suite: Path) -> list[Path]:
    files = sorted(suite.glob("*.json")) if suite.is_dir() else [suite]
    if not files or not all(f.is_file() for f in files):
        raise CmkgError(E.BAD_CONFIG, f"{suite}: no capability file (.json) here")
    return files


def _read_suite(suite: Path) -> list[dict[str, Any]]:
    """Capabilities of another suite (a file, or a folder of files) in the schema of the built-in one.

    Probes written apart from the rules are run with it, so their cases must be as strictly checked as
    the suite's own: an unknown key or a repeated name is an error naming the file, not a silent skip.
    """
    caps: list[dict[str, Any]] = []
    for path in _suite_files(suite):
        try:
            found = json.loads(path.read_text(encoding="utf-8"))["capabilities"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CmkgError(E.BAD_CONFIG, f"{path}: not a capability file ({exc})") from None
        for cap in found:
            unknown = set(cap) - CAPABILITY_KEYS
            if unknown:
                name = cap.get("name")
                raise CmkgError(E.BAD_CONFIG, f"{path}: capability {name!r} has unknown keys {sorted(unknown)}")
        caps += found
    names = [c["name"] for c in caps]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise CmkgError(E.BAD_CONFIG, f"{suite}: capability names repeated: {', '.join(repeated)}")
    return caps


def capabilities(suite: Path | None = None) -> list[dict[str, Any]]:
    """The built-in suite, or the one in ``suite`` (a capability file or a folder of them)."""
    if suite is None:
        return load_json("checklist", "capabilities.json")["capabilities"]
    return _read_suite(suite)


def _expect(spec: dict[str, Any], fields: tuple[str, ...], fill: Fill) -> dict[str, Any]:
    """Expected facts: every checked field is present; one left out of the template is expected empty."""
    unknown = set(spec) - set(fields)
    if unknown:
        raise ValueError(f"expectation names unchecked fields {sorted(unknown)}")
    return {f: resolve(spec.get(f, []), fill) for f in fields}


def _codes(fill: Fill) -> tuple[str, ...]:
    return tuple(v.code for v in fill.values() if isinstance(v, CountryFill))


def _template_cases(cap: dict[str, Any], kind: str, seed: int) -> list[Case]:
    fields = tuple(cap["fields"])
    out = []
    for t_no, tpl in enumerate(cap.get(kind, [])):
        rng = random.Random(f"{seed}:{cap['name']}:{kind}:{t_no}")
        texts = [tpl["text"]] + ([tpl["base"]] if kind == "dir" else [])
        slots = slots_in(*texts, *_strings(tpl["expect"]))
        for f_no in range(tpl.get("fills", cap["fills"])):
            fill = draw_fill(slots, rng)
            out.append(
                Case(
                    id=f"{cap['name']}/{kind}{t_no}.{f_no}",
                    capability=cap["name"],
                    kind=kind,
                    text=render(tpl["text"], fill),
                    fields=fields,
                    expect=_expect(tpl["expect"], fields, fill),
                    template=tpl["text"],
                    countries=_codes(fill),
                    base=render(tpl["base"], fill) if kind == "dir" else None,
                    perturbation=tpl.get("change") if kind == "dir" else None,
                )
            )
    return out


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _invariance_cases(cap: dict[str, Any], pool: list[Case], seed: int) -> list[Case]:
    rng = random.Random(f"{seed}:{cap['name']}:inv")
    names = cap.get("perturbations", DEFAULT_PERTURBATIONS)
    out = []
    for i in range(cap.get("invariance", 0)):
        base = rng.choice(pool)
        name = names[i % len(names)]
        if name in PAGE_FRAMES and split_page_header(base.text)[0]:
            # a case that is already a whole page keeps its header under a page frame (no change): draw again
            # among the cases without one, so the pair still differs by the perturbation
            bare = [c for c in pool if not split_page_header(c.text)[0]]
            base = rng.choice(bare) if bare else base
        text, added = perturb(name, base.text, rng, avoid=frozenset(base.countries))
        out.append(
            Case(
                id=f"{cap['name']}/inv.{i}",
                capability=cap["name"],
                kind="inv",
                text=text,
                fields=base.fields,
                expect=base.expect,
                template=base.template,
                countries=base.countries,
                base=base.text,
                base_id=base.id,
                perturbation=name,
                added=added,
            )
        )
    return out


def generate(seed: int = DEFAULT_SEED, only: set[str] | None = None, suite: Path | None = None) -> list[Case]:
    """Every case of the suite (or of the capabilities in ``only``), in a fixed order."""
    caps = capabilities(suite)
    unknown = {p for c in caps for p in c.get("perturbations", ())} - set(PERTURBATIONS)
    if unknown:
        raise ValueError(f"unknown perturbations {sorted(unknown)}")
    mft = {c["name"]: _template_cases(c, "mft", seed) for c in caps}
    cases: list[Case] = []
    for cap in caps:
        if only and cap["name"] not in only:
            continue
        cases += mft[cap["name"]] + _template_cases(cap, "dir", seed)
        sources = cap.get("invariance_of") or [cap["name"]]
        pool = [c for name in sources for c in mft[name]]
        if cap.get("invariance") and pool:
            cases += _invariance_cases(cap, pool, seed)
    return cases
