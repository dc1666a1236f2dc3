"""Whether a sentence speaks of the measure just named: its subject is that measure, a pronoun for it,
or the goods it covers ('The rules apply to X', 'Affected items include X', 'These are X').

Split from ``controls`` so each module reads in one sitting; ``controls._sequel`` uses these to take the
goods of a measure from the sentence after it.  Word lists: ``export_control.measure_anaphors``,
``export_control.anaphoric_determiners``, ``export_control.measure_pronouns``, ``export_control.item_nouns``,
``export_control.coverage_participles``, ``export_control.naming_copulas``.

A pronoun subject that 'also' restricts ('The Government is aware that China notified licensing requirements on
X. In December 2024, it also prohibited the export of X to the US') is the owner of the measure the sentence
right before filed (``export_control.anaphoric_pronouns``, ``agreement.additive_adverbs``): the additive makes it
the same actor doing more of the same, not the reporter the story's subjects hold.

A measure noun with no state of its own that repeats one an earlier sentence named ('China's Ministry of Commerce
published a package of announcements ... / China's October package / The package adds X to the licensing list';
'Separate announcements subject X to licensing'; ``export_control.bundle_nouns`` and the measure anaphors that are
no control word of their own) is that mention's measure: the state on the earlier noun, or the subject of the verb
of making or keeping a measure it hangs on, owns it (a watcher's 'Brussels challenged the measure' does not), not the
last state a list of other news filed a measure under.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import SUBJECT_DEPS, countries_in, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "additive_pronoun_owner",
    "measure_subject",
    "naming_copula",
    "restated_measure_owner",
    "tail_participle_host",
]


def measure_subject(v: Token, adjacent: bool = True) -> bool:
    """'The rules apply', 'These measures cover', 'They cover', 'Affected items include', 'Goods subject to the
    controls include': the verb's subject is the measure just named, a pronoun for it, or the goods it covers;
    by word order when the parser lost the subject ('The restrictions target X' as one phrase)."""
    anaphors, determiners = _w("export_control.measure_anaphors"), _w("export_control.anaphoric_determiners")
    subjects = [c for c in v.children if c.dep_ in SUBJECT_DEPS] or _antecedent_subject(v)
    if not subjects:
        before = v.doc[v.i - 1] if v.i > v.sent.start else v
        dets = [x for x in v.doc[max(v.sent.start, v.i - 3) : v.i - 1] if x.dep_ in ("det", "poss")]
        return _lemma(before) in anaphors and any(d.lower_ in determiners for d in dets)
    return any(
        (_lemma(c) in anaphors and any(d.dep_ in ("det", "poss") and d.lower_ in determiners for d in c.children))
        or (adjacent and c.lower_ in _w("export_control.measure_pronouns"))  # "They cover X", right after it
        or _covered_goods(c)
        for c in subjects
    )


def _antecedent_subject(v: Token) -> list[Token]:
    """'The restrictions, which take effect immediately, cover X', parsed with 'cover' as a conjunct of the
    relative clause: the noun the relative clause hangs on is the subject."""
    x = v
    while x.dep_ == "conj" and x.head.i != x.i:
        x = x.head
    return [x.head] if x.dep_ == "relcl" and x.i != v.i and x.head.pos_ == "NOUN" else []


def _covered_goods(c: Token) -> bool:
    """'Affected items', 'Goods covered by the rule', 'Items subject to the controls': the goods of a measure,
    named by what the measure does to them."""
    if _lemma(c) not in _w("export_control.item_nouns"):
        return False
    mods = [m for m in c.children if m.dep_ in ("amod", "acl", "compound")]
    return any(m.lower_ in _w("export_control.coverage_participles") for m in mods)


def naming_copula(x: Token) -> bool:
    """'These are samarium, gadolinium and terbium': a copula whose complement is the goods themselves."""
    copulas = _w("export_control.naming_copulas")
    if x.ent_type_ == "MINERAL":  # "These are tungsten and tantalum", parsed with the mineral as the verb
        return any(c.dep_ in ("aux", "auxpass") and _lemma(c) in copulas for c in x.children)
    return _lemma(x) in copulas and any(c.dep_ in ("attr", "acomp") and c.ent_type_ == "MINERAL" for c in x.children)


def tail_participle_host(v: Token | None) -> Token | None:
    """'Harare has brought forward its ban, the mines minister said, extending the 2022 ban on X': a participle
    with no subject of its own after a reporting tail continues the reported clause, so its doer is that clause's
    subject, not the reporter or the page's government. The reported clause's verb, or None. Holds in every page
    frame: on a government page the reported clause may name another state (round 17, controls30)."""
    if v is None or v.dep_ != "advcl" or v.tag_ != "VBG":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children):
        return None
    tail = v.head
    if _lemma(tail) not in _w("officials.speech_verbs") or tail.i > v.i:
        return None
    if tail.dep_ == "parataxis":
        return tail.head  # "X has banned ..., the minister said, extending ...": 'said' hung on the clause
    reported = [c for c in tail.children if c.dep_ == "ccomp" and c.i < tail.i]
    return reported[0] if reported else None  # "X has banned ..., the minister said" read with 'said' as root


def additive_pronoun_owner(v: Token | None, sent: Span, ctx: Context) -> str | None:
    """The owner of the measure just filed, for a pronoun subject of ``v`` that an additive adverb marks."""
    if v is None or not ctx.measure_before(sent.start):
        return None
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ not in _w("export_control.anaphoric_pronouns"):
        return None
    if countries_in(sent[: subjects[0].i - sent.start]):  # "India said it would also ...": the nearer state
        return None
    additive = any(c.dep_ == "advmod" and c.lower_ in _w("agreement.additive_adverbs") for c in v.children)
    return ctx.last_control_country if additive else None


def restated_measure_owner(v: Token | None, sent: Span) -> str | None:
    """The state of the nearest earlier mention of the measure noun that is the subject of ``v``."""
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")] if v is not None else []
    if len(subjects) != 1 or _lemma(subjects[0]) not in _w(
        "export_control.measure_anaphors", "export_control.bundle_nouns"
    ):
        return None
    subject = subjects[0]
    if subject.pos_ != "NOUN" or countries_in(subject.subtree) or _lemma(subject) in _w("export_control.trigger_nouns"):
        return None  # 'The ban ...': a measure word of its own, which the last filed measure already answers
    earlier = [x for x in sent.doc[: sent.start] if x.pos_ == "NOUN" and _lemma(x) == _lemma(subject)]
    return _mention_state(earlier[-1]) if earlier else None


def _mention_state(m: Token) -> str | None:
    """'China's October package': the state on the noun; 'China's ministry published a package of X': the subject
    of the verb of making or keeping a measure (``export_control.status_by_lemma``) the noun hangs on."""
    own = countries_in(c for c in m.children if c.dep_ in ("poss", "compound", "amod"))
    if own:
        return own[0]
    h = m
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
        h = h.head
    making = {w for ws in rules().table("export_control.status_by_lemma").values() if isinstance(ws, list) for w in ws}
    if _lemma(h) not in making:
        return None  # "Brussels challenged the measure": a watcher of it, no maker
    named = [x.ent_kb_id_ for s in subject_tokens(h) for x in s.subtree if x.ent_type_ == "GPE" and x.ent_kb_id_]
    return named[0] if named else None
