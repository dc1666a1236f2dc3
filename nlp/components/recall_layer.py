"""``cmkg_learned_agreements``: agreement party sets the rules missed, scored by a small trained model.

Runs after ``cmkg_relations``. It only ADDS: a candidate set (``recall_features``) the rules did not produce,
whose probability reaches the threshold, becomes an agreement fact with rule id ``agreement.learned_pair``,
the probability as its confidence and the best-scoring sentence as its evidence. The status comes from the
agreement rules' own machinery (``agreement_status``) applied to that sentence's agreement noun; a sentence
that denies the agreement ("did not sign", "no deal") gives no fact. The model file ships in the package
(``cmkg/data/models/agreement_recall.json``); ``scripts/train_agreement_recall.py`` rebuilds it.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from cmkg.core.resources import data_path
from cmkg.nlp.components.names import agreement_name
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.recall_features import Candidate, SentenceEvidence, candidates
from cmkg.nlp.components.relations import Fact
from cmkg.nlp.components.status import agreement_status
from cmkg.nlp.components.syntax import governing_verb, has_neg
from cmkg.nlp.recall_model import LinearModel, load_model
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["LearnedAgreements", "MODEL_FILE", "annotate", "doc_context", "fact_data", "learned_facts", "rule_sets"]

MODEL_FILE = "models/agreement_recall.json"
RULE_ID = "agreement.learned_pair"


def rule_sets(facts: list[Fact]) -> list[tuple[int, frozenset]]:
    """(sentence start, party set) of each agreement fact the rules produced."""
    return [(f.sent_start, frozenset(f.data["parties"])) for f in facts if f.kind == "agreement"]


def _name(t: Token) -> str:
    named = agreement_name(t)
    if named:
        return named
    mods = [c for c in t.lefts if c.dep_ in ("compound", "amod")]
    return t.doc[mods[0].i : t.i + 1].text if mods else t.text


def _verb_status(v: Token) -> str | None:
    """A signing verb with no agreement noun: denied none, hedged or future planned, else signed."""
    if has_neg(v):
        return None
    auxiliaries = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & (_w("status.future_auxiliaries") | _w("status.modal_auxiliaries")):
        return STATUS.planned
    return STATUS.signed


def fact_data(ev: SentenceEvidence, parties: tuple[str, ...], ctx: Context) -> dict | None:
    """The agreement fact a sentence states for ``parties``: status from its nearest agreement noun; None when
    the sentence denies it."""
    nouns = [t for t in ev.triggers if t.pos_ in ("NOUN", "PROPN")]
    anchor = ev.sent.root.i
    if nouns:
        t = min(nouns, key=lambda x: abs(x.i - anchor))
        v = governing_verb(t.head) if t.head.i != t.i else None
        status = agreement_status(t, v, ctx, t.sent)
        lem = t.lemma_.lower()
        name = _name(t)
        minerals = sorted({x.ent_kb_id_ for x in t.subtree if x.ent_type_ == "MINERAL"})
    else:
        status = _verb_status(ev.triggers[0])
        lem, name, minerals = "agreement", None, []
    if status is None:
        return None
    type_ = rules().table("agreement.type_by_noun").get(lem, "agreement")
    if any(w.lower_ in _w("agreement.truce_words") for w in ev.sent):
        type_ = "truce"
    return {
        "parties": list(parties),
        "status": status,
        "name": name,
        "type": type_,
        "minerals": minerals,
        "announced_by": [],
        "date": None,
    }


def doc_context(doc: Doc) -> Context:
    """The publication year and month the status machinery dates 'in 2022' against (background or news)."""
    published = doc._.cmkg_published or ""
    return Context(
        year=int(published[:4]) if published[:4].isdigit() else None,
        month=int(published[5:7]) if published[5:7].isdigit() else None,
    )


def annotate(cand: Candidate, ctx: Context) -> list[dict | None]:
    """Each sentence's fact for the set, its status added to the sentence's features ('status=none': denied)."""
    out = []
    for ev in cand.evidence:
        data = fact_data(ev, cand.parties, ctx)
        ev.features.add(f"status={data['status'] if data else 'none'}")
        out.append(data)
    return out


def _best_fact(cand: Candidate, data: list[dict | None], model: LinearModel) -> tuple[SentenceEvidence, dict] | None:
    support = f"support={min(len(cand.evidence), 3)}"
    k = max(range(len(data)), key=lambda i: model.probability(cand.evidence[i].features | {support}))
    return (cand.evidence[k], data[k]) if data[k] is not None else None


def learned_facts(doc: Doc, facts: list[Fact], model: LinearModel, threshold: float) -> list[Fact]:
    """Facts for the candidate sets the rules did not produce whose probability reaches ``threshold``."""
    made = rule_sets(facts)
    produced = {s for _c, s in made}
    ctx = doc_context(doc)
    out: list[Fact] = []
    for key, cand in candidates(doc, made).items():
        if key in produced:
            continue
        data = annotate(cand, ctx)
        p = model.probability(cand.features())
        if p < threshold:
            continue
        best = _best_fact(cand, data, model)
        if best is None:
            continue
        ev, data = best
        sent = ev.sent
        out.append(
            Fact("agreement", data, sent.start_char, sent.end_char, rules().rule(RULE_ID), round(p, 3), sent.text)
        )
    return out


class LearnedAgreements:
    """The spaCy component: off (``enabled`` false) it leaves the Doc as the rules made it."""

    def __init__(self, nlp: Language, name: str, model_path: str, threshold: float, enabled: bool) -> None:
        self.name = name
        self.enabled = enabled
        self.model = load_model(Path(model_path) if model_path else data_path(MODEL_FILE))
        self.threshold = threshold if threshold > 0 else self.model.threshold

    def __call__(self, doc: Doc) -> Doc:
        if self.enabled:
            facts = list(doc._.cmkg_facts or [])
            doc._.cmkg_facts = facts + learned_facts(doc, facts, self.model, self.threshold)
        return doc
