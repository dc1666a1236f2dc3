"""Candidate party sets and their features for the learned agreement recall layer.

The rules miss bilateral sets in constructions no rule has (list items, trackers, a speech naming partners,
"frameworks with A, B and C"). Rather than one more rule per construction, a small linear model scores every
plausible set of a sentence that carries an agreement word: each pair of linked states in the sentence, and
the page's own state (publisher, dateline, title or document pair) with each state of the sentence. The
features are closed-class and syntactic (trigger lemma, the word before each state, the dependency path,
negation, the rules' own output around the set), so what the model learns is a construction, not a name.
Features are read from the parsed Doc only: the layer stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.agreement_triggers import agreement_triggers
from cmkg.nlp.components.item_datelines import dateline_home
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.recall_page import PageKinds, multi_sets, page_kinds, rules_here_features, sentence_kinds
from cmkg.nlp.components.title_pairs import document_pair, title_pair, title_states
from cmkg.nlp.rules import words as _w

__all__ = ["Candidate", "SentenceEvidence", "candidates", "page_states", "sentence_states"]

MAX_STATES = 8  # a sentence naming more states is a roll-call: its pairs are not deals
STATE_LABELS = ("GPE", "NORP", "ORG")


@dataclass
class SentenceEvidence:
    sent: Span
    triggers: list[Token]
    features: set[str]


@dataclass
class Candidate:
    parties: tuple[str, ...]
    evidence: list[SentenceEvidence] = field(default_factory=list)

    def features(self) -> set[str]:
        """The union of the sentences' features, with how many sentences support the set."""
        out = {f for e in self.evidence for f in e.features}
        out.add(f"support={min(len(self.evidence), 3)}")
        return out


def _is_state(code: str) -> bool:
    return code in gazetteer().countries  # the EU is listed with the states: it signs as one


def sentence_states(sent: Span) -> dict[str, list[Span]]:
    """Linked states of the sentence (a supranational union counts), each with its mentions."""
    out: dict[str, list[Span]] = {}
    for e in sent.ents:
        if e.label_ in STATE_LABELS and e.kb_id_ and _is_state(e.kb_id_):
            out.setdefault(e.kb_id_, []).append(e)
    return out


def page_states(doc: Doc) -> dict[str, str]:
    """The page's own states and where each comes from (publisher, dateline, title pair, document pair)."""
    out: dict[str, str] = {}
    publisher = doc._.cmkg_publisher
    if publisher:
        out[publisher] = "pub"
    home = dateline_home(doc)
    if home:
        out.setdefault(home, "home")
    for code in title_pair(doc._.cmkg_title or "", publisher):
        out.setdefault(code, "title")
    for code in document_pair(doc):
        out.setdefault(code, "docpair")
    return out


def _verb_triggers(sent: Span) -> list[Token]:
    signing = _w("status.signed")
    return [t for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in signing]


def _before(e: Span) -> str:
    """The closed-class word before a mention, past determiners: 'with', 'between', 'in', ','."""
    i = e.start - 1
    while i >= e.sent.start and e.doc[i].dep_ == "det":
        i -= 1
    return e.doc[i].lower_ if i >= e.sent.start else "<s>"


def _path(a: Token, b: Token) -> tuple[str, bool]:
    """The dependency labels from a up to the common head and down to b (capped), and whether a trigger-like
    common head is a noun."""
    up_a = [a, *a.ancestors]
    seen = {t.i: n for n, t in enumerate(up_a)}
    steps_b: list[str] = []
    node = b
    while node.i not in seen and node.head.i != node.i:
        steps_b.append(node.dep_)
        node = node.head
    if node.i not in seen:
        return "none", False
    steps_a = [t.dep_ for t in up_a[: seen[node.i]]]
    return ">".join(steps_a[:3]) + "^" + "<".join(steps_b[:3]), node.pos_ in ("NOUN", "PROPN")


def _mention_features(tag: str, e: Span) -> set[str]:
    head = e.root.head
    out = {f"{tag}prev={_before(e)}", f"{tag}dep={e.root.dep_}"}
    if e.root.dep_ == "pobj":
        out.add(f"{tag}prep={head.lower_}")
        out.add(f"{tag}prephead={head.head.lemma_.lower()}")
    elif e.root.dep_ in ("compound", "amod", "poss"):
        out.add(f"{tag}mod_of={head.lemma_.lower()}")
    return out


def _pair_features(sent: Span, a: Span | None, b: Span, triggers: list[Token]) -> set[str]:
    """Features of the set {a, b} in the sentence; ``a`` None: the page's own state, unnamed here."""
    out = _mention_features("B_", b)
    if a is None:
        out.add("A_absent")
        return out
    out |= _mention_features("A_", a)
    path, noun_head = _path(a.root, b.root)
    out.add(f"path={path}")
    if b.root in a.root.conjuncts:
        out.add("coord")
    if noun_head:
        out.add("lca_noun")
    gap = abs(a.root.i - b.root.i)
    out.add(f"dist={min(gap // 4, 5)}")
    between = {t.i for t in triggers}
    lo, hi = sorted((a.root.i, b.root.i))
    out.add("trig_between" if any(lo < i < hi for i in between) else "trig_outside")
    return out


def _sentence_features(sent: Span, triggers: list[Token], nstates: int, rules_sets: list[frozenset]) -> set[str]:
    out = {f"trig={t.lemma_.lower()}" for t in triggers}
    out.add(f"root={sent.root.lemma_.lower()}")
    out.add(f"nstates={min(nstates, 5)}")
    if any(t.dep_ == "neg" or t.lower_ in _w("status.negating_determiners") for t in sent):
        out.add("neg")
    if any(t.tag_ == "MD" for t in sent):
        out.add("modal")
    if any(e.label_ == "ORG" and not (e.kb_id_ and _is_state(e.kb_id_)) for e in sent.ents):
        out.add("org")
    if any(e.label_ == "PERSON" for e in sent.ents):
        out.add("person")
    if not rules_sets:
        out.add("r_none_sent")
    text = sent.text.strip()
    if text.endswith(":"):
        out.add("ends_colon")
    if len(sent) < 25:
        out.add("short")
    return out


def _rule_features(pair: frozenset, here: list[frozenset], doc_sets: list[frozenset]) -> set[str]:
    out = set()
    if any(pair < s for s in here):
        out.add("r_super_sent")
    if any(pair & s and pair != s for s in here):
        out.add("r_overlap_sent")
    if any(pair < s for s in doc_sets):
        out.add("r_super_doc")
    if any(len(pair & s) == 1 and len(s) == 2 for s in doc_sets):
        out.add("r_shares_pair_doc")
    return out


def _gate(sent: Span, prev: Span | None, ctx: Context) -> tuple[list[Token], str] | None:
    """The sentence's agreement words; a list item under a heading that has them borrows the heading's."""
    nouns = [t for t, _lem, _name in agreement_triggers(sent, ctx)]
    verbs = _verb_triggers(sent)
    if nouns or verbs:
        return nouns + verbs, "own"
    if prev is not None and prev.text.strip().endswith(":"):
        heading = [t for t, _lem, _name in agreement_triggers(prev, ctx)] + _verb_triggers(prev)
        if heading:
            return heading, "item"
    return None


def _salience(doc: Doc, key: frozenset, ranked: list[str], titled: list[str]) -> set[str]:
    """Whether the set's states are the ones the story is about: the most mentioned, the title's."""
    top = sum(c in ranked[:2] for c in key)
    return {f"top2={top}", f"titled={sum(c in titled for c in key)}"}


def _ranked_states(doc: Doc) -> list[str]:
    counts: dict[str, int] = {}
    for e in doc.ents:
        if e.label_ in STATE_LABELS and e.kb_id_ and _is_state(e.kb_id_):
            counts[e.kb_id_] = counts.get(e.kb_id_, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def candidates(doc: Doc, rule_sets: list[tuple[int, frozenset]]) -> dict[frozenset, Candidate]:
    """Every candidate set of the document with its supporting sentences; ``rule_sets``: (sentence start char,
    party set) of each agreement the rules produced."""
    own = page_states(doc)
    doc_sets = [s for _c, s in rule_sets]
    titled = title_states(doc._.cmkg_title or "")
    ranked = _ranked_states(doc)
    ctx = Context(title_states=titled)
    page = page_kinds(doc)
    out: dict[frozenset, Candidate] = {}
    prev = None
    for n, sent in enumerate(doc.sents):
        gate = _gate(sent, prev, ctx)
        prev = sent
        if gate is None:
            continue
        triggers, where = gate
        states = sentence_states(sent)
        if not states or len(states) > MAX_STATES:
            continue
        here = [s for c, s in rule_sets if c == sent.start_char]
        base = _sentence_features(sent, triggers, len(states), here) | {f"gate={where}"}
        if n < 3:
            base.add("lead")
        for key, (a, b, kind) in _sets(sent, states, own).items():
            feats = base | _pair_features(sent, a, b, triggers) | _rule_features(key, here, doc_sets) | {kind}
            feats |= {f"own_{own[c]}" for c in key if c in own} | _salience(doc, key, ranked, titled)
            feats |= _place(sent, page, key, here, doc_sets)
            out.setdefault(key, Candidate(tuple(sorted(key)))).evidence.append(SentenceEvidence(sent, triggers, feats))
    return out


def _place(sent: Span, page: PageKinds, key: frozenset, here: list[frozenset], doc_sets: list[frozenset]) -> set[str]:
    return sentence_kinds(sent, page, key) | rules_here_features(key, here, doc_sets)


def _sets(
    sent: Span, states: dict[str, list[Span]], own: dict[str, str]
) -> dict[frozenset, tuple[Span | None, Span, str]]:
    """The sentence's candidate sets: each pair of its states, the page's own state with each, each coordinated
    run of three or more states, and such a run with the page's own state."""
    pairs: dict[frozenset, tuple[Span | None, Span, str]] = {}
    codes = list(states)
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            pairs[frozenset((a, b))] = (states[a][0], states[b][0], "kind=pair")
    for h, source in own.items():
        for p in codes:
            key = frozenset((h, p))
            if p != h and key not in pairs:
                pairs[key] = (None, states[p][0], f"kind=own_{source}")
    for run, first in multi_sets(sent, states):
        pairs.setdefault(run, (None, first, "kind=multi"))
        for h, source in own.items():
            if h not in run:
                pairs.setdefault(run | {h}, (None, first, f"kind=multi_own_{source}"))
    return pairs
