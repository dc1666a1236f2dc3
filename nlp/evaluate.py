"""Score fact sheets against gold files, exactly as the dev corpus README says.

Micro-averaged precision/recall/F1 per field (TP, FP, FN summed over
articles), status accuracy on matched agreements and export controls, role
and country accuracy on matched people; acceptable deal partners removed from
both sides before scoring.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from cmkg.core.errors import CmkgError, E
from cmkg.core.vocabulary import vocabulary

__all__ = [
    "ERROR_VIEWS",
    "FIELDS",
    "FOLDS",
    "corpus_error_view",
    "errors_shown",
    "in_fold",
    "item_interval",
    "score_article",
    "score_corpus",
    "load_gold",
]

FIELDS = (
    "countries",
    "organizations",
    "people",
    "agreements",
    "deals_with_usa",
    "export_controls",
    "production_shares",
    "minerals",
)
FOLDS = ("all", "tuning", "validation")


def in_fold(stem: str, fold: str) -> bool:
    """Items whose leading number is divisible by 3 form the held-out validation fold.

    Files without a leading number belong to the tuning fold, so a corpus
    without numbering (the dev set) is scored whole under ``tuning``.
    """
    if fold == "all":
        return True
    head = stem.split("_", 1)[0]
    held_out = head.isdigit() and int(head) % 3 == 0
    return held_out if fold == "validation" else not held_out


ERROR_VIEWS = ("tuning", "all", "none")
CORPUS_FILE = "corpus.json"  # beside gold/ and articles/: how the corpus may be looked at


def errors_shown(stem: str, view: str) -> bool:
    """Which items' per-item errors a scorer may print: a held-out fold is scored, never read.

    ``tuning`` hides the validation fold, ``none`` every item (a blind corpus:
    aggregates only), ``all`` hides nothing (a corpus tuned on whole).
    """
    return view == "all" or (view == "tuning" and in_fold(stem, "tuning"))


def corpus_error_view(gold_dir: Path) -> str:
    """The view a corpus declares in its ``corpus.json``; ``tuning`` when it declares none.

    The safe default hides the validation fold, so a corpus that does not say
    otherwise is never read by accident.
    """
    path = Path(gold_dir).parent / CORPUS_FILE
    if not path.is_file():
        return "tuning"
    try:
        declared = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CmkgError(E.BAD_CONFIG, f"{path}: not readable JSON ({exc})") from None
    if not isinstance(declared, dict) or set(declared) - {"errors", "description"}:
        raise CmkgError(E.BAD_CONFIG, f"{path}: expected an object with 'errors' (and 'description')")
    view = declared.get("errors", "tuning")
    if view not in ERROR_VIEWS:
        raise CmkgError(E.BAD_CONFIG, f"{path}: errors {view!r}: expected one of {', '.join(ERROR_VIEWS)}")
    return view


STAGE = vocabulary().activity_stage  # 'processes' and 'refines' both score as midstream


def _code(c: str) -> str:
    c = " ".join(str(c).split())
    return "EU" if c.lower() in ("european union", "brussels", "eu") else c.upper()


def _name(s: str) -> str:
    return " ".join(str(s).casefold().split())


def _units(sheet: dict, field: str, acceptable: set[str]) -> set:
    if field in ("countries",):
        return {_code(c) for c in sheet.get(field, [])}
    if field == "organizations":
        return {_name(o) for o in sheet.get(field, [])}
    if field == "people":
        return {_name(p["name"]) for p in sheet.get("people", [])}
    if field == "agreements":
        return {frozenset(_code(p) for p in a["parties"]) for a in sheet.get("agreements", [])}
    if field == "deals_with_usa":
        return {_code(c) for c in sheet.get(field, [])} - acceptable
    if field == "export_controls":
        return {(_code(x["country"]), _name(m)) for x in sheet.get(field, []) for m in x["minerals"]}
    if field == "minerals":
        return {_name("aluminium" if m.lower() == "aluminum" else m) for m in sheet.get(field, [])}
    raise KeyError(field)


def _shares(sheet: dict) -> dict[tuple, list[float]]:
    out: dict[tuple, list[float]] = {}
    for s in sheet.get("production_shares", []):
        key = (_code(s["country"]), _name(s["mineral"]), STAGE.get(s["activity"], s["activity"]))
        out.setdefault(key, []).append(float(s["share_percent"]))
    return out


def _readable(item: Any) -> str:
    """A scored unit as a person reads it: a party set "NZL+USA" (not a frozenset), a pair "CHN/gallium"."""
    if isinstance(item, (set, frozenset)):
        return "+".join(sorted(_readable(x) for x in item)) or "(no parties)"
    if isinstance(item, tuple):
        return "/".join(_readable(x) for x in item)
    return str(item)


def score_article(pred: dict, gold: dict) -> dict[str, Any]:
    acceptable = {_code(c) for c in gold.get("deals_with_usa_acceptable", [])}
    not_actors = {_name(n) for n in gold.get("not_actors", [])}
    res: dict[str, Any] = {}
    for field in FIELDS:
        if field == "production_shares":
            p, g = _shares(pred), _shares(gold)
            tp = sum(1 for k, vals in p.items() if k in g and any(abs(v - gv) <= 2 for v in vals for gv in g[k]))
            fp_keys = [
                k for k, vals in p.items() if not (k in g and any(abs(v - gv) <= 2 for v in vals for gv in g[k]))
            ]
            fn_keys = [
                k for k, vals in g.items() if not (k in p and any(abs(v - gv) <= 2 for v in p[k] for gv in vals))
            ]
            res[field] = {"tp": tp, "fp": len(fp_keys), "fn": len(fn_keys), "fp_items": fp_keys, "fn_items": fn_keys}
            continue
        p, g = _units(pred, field, acceptable), _units(gold, field, acceptable)
        p_actors = p  # a predicted not-actor is simply a false positive
        tp = p_actors & g
        res[field] = {
            "tp": len(tp),
            "fp": len(p_actors - g),
            "fn": len(g - p_actors),
            "fp_items": sorted(map(_readable, p_actors - g)),
            "fn_items": sorted(map(_readable, g - p_actors)),
        }
        if field == "people":
            res[field]["not_actor_fp"] = sorted(p & not_actors)
    res["_status"] = _status_accuracy(pred, gold)
    res["_people_attrs"] = _people_accuracy(pred, gold)
    return res


def _status_accuracy(pred: dict, gold: dict) -> dict[str, list[int]]:
    out = {"agreements": [0, 0], "export_controls": [0, 0]}
    gold_ag: dict[frozenset, set[str]] = {}
    for a in gold.get("agreements", []):
        gold_ag.setdefault(frozenset(_code(p) for p in a["parties"]), set()).add(a["status"])
    seen = set()
    for a in pred.get("agreements", []):
        key = frozenset(_code(p) for p in a["parties"])
        if key in gold_ag and key not in seen:
            seen.add(key)
            out["agreements"][1] += 1
            out["agreements"][0] += any(
                x["status"] in gold_ag[key]
                for x in pred["agreements"]
                if frozenset(_code(p) for p in x["parties"]) == key
            )
    gold_x: dict[tuple, set[str]] = {}
    for x in gold.get("export_controls", []):
        for m in x["minerals"]:
            gold_x.setdefault((_code(x["country"]), _name(m)), set()).add(x["status"])
    seen = set()
    for x in pred.get("export_controls", []):
        for m in x["minerals"]:
            key = (_code(x["country"]), _name(m))
            if key in gold_x and key not in seen:
                seen.add(key)
                out["export_controls"][1] += 1
                out["export_controls"][0] += x["status"] in gold_x[key]
    return out


def _people_accuracy(pred: dict, gold: dict) -> dict[str, list[int]]:
    gold_p = {_name(p["name"]): p for p in gold.get("people", [])}
    role = [0, 0]
    country = [0, 0]
    for p in pred.get("people", []):
        g = gold_p.get(_name(p["name"]))
        if not g:
            continue
        pr, gr = _name(p.get("role") or ""), _name(g["role"])
        role[1] += 1
        role[0] += bool(pr) and (pr in gr or gr in pr)
        country[1] += 1
        country[0] += _code(p.get("country") or "") == _code(g["country"])
    return {"role": role, "country": country}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def item_interval(per_article: dict[str, dict], field: str, reps: int = 2000, seed: int = 0) -> list[float]:
    """A 95% percentile-bootstrap interval of a field's micro F1, resampling whole articles.

    A fold of ten texts moves a lot when one text is swapped for another: the
    interval says how far, so a gap between two folds can be read against it.
    The seed is fixed, so the same scores give the same interval.
    """
    counts = [(a[field]["tp"], a[field]["fp"], a[field]["fn"]) for a in per_article.values()]
    if not counts:
        return [1.0, 1.0]
    rng = random.Random(seed)
    draws = []
    for _ in range(reps):
        sample = [counts[rng.randrange(len(counts))] for _ in counts]
        draws.append(_prf(*(sum(c[i] for c in sample) for i in range(3)))["f1"])
    draws.sort()
    return [draws[int(0.025 * reps)], draws[int(0.975 * reps) - 1]]


def load_gold(gold_dir: Path) -> dict[str, dict]:
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json"))}
    if not golds:  # a mistyped path must not score a perfect 1.000 on nothing
        raise CmkgError(E.NOT_FOUND, f"{gold_dir}: no gold .json files")
    return golds


def score_corpus(preds: dict[str, dict], golds: dict[str, dict]) -> dict[str, Any]:
    per_article = {stem: score_article(preds.get(stem, {}), gold) for stem, gold in golds.items()}
    fields = {}
    for field in FIELDS:
        tp = sum(a[field]["tp"] for a in per_article.values())
        fp = sum(a[field]["fp"] for a in per_article.values())
        fn = sum(a[field]["fn"] for a in per_article.values())
        fields[field] = _prf(tp, fp, fn) | {"interval": item_interval(per_article, field)}
    acc = {}
    for key in ("agreements", "export_controls"):
        ok = sum(a["_status"][key][0] for a in per_article.values())
        n = sum(a["_status"][key][1] for a in per_article.values())
        acc[f"{key}_status"] = round(ok / n, 3) if n else None
    for key in ("role", "country"):
        ok = sum(a["_people_attrs"][key][0] for a in per_article.values())
        n = sum(a["_people_attrs"][key][1] for a in per_article.values())
        acc[f"people_{key}"] = round(ok / n, 3) if n else None
    macro = round(sum(f["f1"] for f in fields.values()) / len(fields), 3)
    return {"fields": fields, "accuracy": acc, "macro_f1": macro, "articles": per_article}
