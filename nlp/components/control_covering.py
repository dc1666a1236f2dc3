"""A measure whose own clause says which minerals it covers, though no export word is near it.

"The ban, which China announced in August, covers tungsten", "The licensing regime Beijing introduced in
April covers X" (a covering noun's compound), "further measures which would have extended licensing to X",
"a package announced on Oct. 9, which would have added X" (a measure noun and its relative clause, naming a
control).  Word lists: ``export_control.covering_nouns``, ``coverage_verbs``, ``clause_measure_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import AUX_DEPS, SUBJECT_DEPS
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["covering_goods", "described_status", "goods_clause", "participle_goods"]

_DESCRIPTION_REACH = 60  # tokens from the sentence naming a measure to the one describing it


def goods_clause(t: Token) -> Token | None:
    """'further measures which would have extended licensing to holmium and erbium', 'A second package, which
    adds X and Y to the list, has been suspended': a measure noun whose own relative clause says which minerals
    it covers with a control word; not one of imports or another activity ('rules that apply to cobalt imports')."""
    other = _w("export_control.import_words", "export_control.other_activities")
    # the clause names a control ('extended licensing to X', 'added X to the list', 'applied rules to'), not
    # only a coverage ('measures that cover lithium recycling')
    controls = _w("export_control.trigger_nouns", "export_control.list_nouns", "export_control.export_nouns")
    # the clause may hang on the measure's date ("A package announced on Oct. 9, which would have added X")
    clauses = [c for c in t.children if c.dep_ in ("relcl", "acl")]
    clauses += [x for x in t.subtree if x.dep_ == "relcl" and x.head.ent_type_ == "DATE"]
    return next(
        (
            c
            for c in clauses
            if c.pos_ == "VERB"
            and _lemma(c) in _w("export_control.coverage_verbs")
            and not any(x.lower_ in other for x in c.subtree)
            and (any(_lemma(x) in controls for x in c.subtree) or _export_context(t, c))
            and any(x.ent_type_ == "MINERAL" for x in c.subtree)
        ),
        None,
    )


def _export_context(t: Token, clause: Token) -> bool:
    """'China has required export licences for X since April, and in October it announced additional measures
    covering Y', 'Peru, which limits shipments of X abroad, introduced new measures targeting Y': a generic
    measure in a sentence that states an export control beside it is one more export measure; so is one right
    after a sentence stating an export control of the same state ('A banned exports of X in 2023. In June it
    announced additional measures covering Y'), when its own sentence names no other state."""
    # "safety measures covering X mines": a measure named by its purpose, or covering goods in another activity
    controls = _w("export_control.trigger_nouns", "export_control.export_nouns")
    if any(c.dep_ == "compound" and _lemma(c) not in controls for c in t.children):
        return False
    if any(_lemma(x) in _w("export_control.other_activities") for x in clause.subtree):
        return False
    outside = [x for x in t.sent if x.i < t.left_edge.i or x.i > t.right_edge.i]
    if _states_control(outside):
        return True
    k = t.sent.start - 1
    while k >= 0 and t.doc[k].is_space:  # a paragraph break between the sentences
        k -= 1
    if k < 0:
        return False
    before = t.doc[k].sent
    states = {x.ent_kb_id_ for x in before if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_}
    own = {x.ent_kb_id_ for x in t.sent if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_}
    near = t.sent.start - before.start <= _DESCRIPTION_REACH
    return near and bool(states) and own <= states and _states_control(list(before))


def _states_control(tokens: list[Token]) -> bool:
    """Both an export noun and a control word: a trade figure ('cobalt exports rose') states no control."""
    exports = _w("export_control.export_nouns")
    controls = _w(
        "export_control.trigger_nouns", "export_control.verbs_implying_control", "export_control.permission_nouns"
    )
    exported = any(x.lower_ in exports and x.pos_ in ("NOUN", "PROPN") for x in tokens)
    return exported and any(_lemma(x) in controls for x in tokens)


def covering_goods(t: Token, lem: str | None = None) -> bool:
    """'The ban, which China announced in August, takes effect on Wednesday and covers tungsten', 'The quota
    applies to cobalt', 'The licensing regime Beijing introduced covers X': a measure whose own clause says which
    minerals it covers; ``lem``: the noun's lemma where the tagger gave none (a capitalised 'Controls')."""
    if participle_goods(t, lem):
        return True
    covering = _w("export_control.covering_nouns")
    # "The licensing regime Beijing introduced in April covers X": a measure named by a covering noun's compound
    named = _lemma(t) in covering or any(c.dep_ == "compound" and _lemma(c) in covering for c in t.children)
    if not named or t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # a measure named in full here ('The ban, which China announced'); a bare 'The curbs cover X' is the
    # sequel of a measure named before
    own = any(c.dep_ in ("relcl", "acl", "poss") or c.ent_type_ in ("GPE", "NORP") for c in t.children)
    if not own:
        return False
    verbs = [t.head, *t.head.conjuncts]
    return any(
        _lemma(v) in _w("export_control.coverage_verbs")
        # the goods after the verb, however the parser hung them ("covers tungsten" read as an adverb)
        and any(
            x.ent_type_ == "MINERAL" for c in v.children if c.i > v.i and c.dep_ not in SUBJECT_DEPS for x in c.subtree
        )
        for v in verbs
        if v.pos_ in ("VERB", "AUX")
    )


def described_status(t: Token, v: Token | None, status: str, ctx: Context) -> str:
    """'Namibia will ban exports of lithium. The ban covers cobalt and graphite.': a bare measure noun that is
    the subject of a present coverage verb describes the measure just named, so it keeps that measure's status
    (announced, suspended ...); the present tense of 'covers' says nothing of whether the ban applies yet."""
    last = ctx.last_measure
    if status != STATUS.in_force or last is None or last[1] == status or v is None:
        return status
    # "The ban covers crushed ore ..." read as the noun phrase 'The ban covers': the plural noun is the verb
    misread = t.dep_ == "compound" and t.head.tag_ == "NNS" and t.head.i == t.i + 1
    verb = t.head if misread else v
    described = (
        (misread or (t.dep_ in ("nsubj", "nsubjpass") and t.head.i == v.i))
        and _lemma(t) in _w("export_control.anaphoric_nouns")
        and t.left_edge.lower_ in _w("export_control.anaphoric_determiners")
        and _lemma(verb) in _w("export_control.coverage_verbs")
        and verb.tag_ in ("VBZ", "VBP", "NNS")
        and not any(c.dep_ in AUX_DEPS for c in verb.children)  # "the ban has covered": its own time
        and not _effect_named(t.sent)
    )
    return last[1] if described and t.sent.start - last[3] <= _DESCRIPTION_REACH else status


def _effect_named(sent: Span) -> bool:
    """'The controls ... cover X and take effect immediately': the sentence gives the measure a status of its own
    (the parser may hang 'take effect' anywhere in a long sentence)."""
    phrases = _w("export_control.effect_phrases")
    return any(f"{_lemma(x)} {c.lower_}" in phrases for x in sent if x.pos_ == "VERB" for c in x.children)


def participle_goods(t: Token, lem: str | None = None) -> bool:
    """'new licensing requirements covering holmium and erbium', 'Controls announced on five further rare
    earths', 'Licence requirement extended to certain graphite products', 'curbs imposed on X': a control noun
    whose participle, or the terse verb it is the subject of, names the minerals it covers (a coverage verb's
    object) or is placed on (a placing verb's 'on', 'for' or 'to' phrase).  Only a noun that names a control
    itself ('controls', 'curbs', 'licensing') or a requirement of a licence; never imports or another activity
    ('curbs imposed on lithium mining')."""
    licensed = any(_lemma(c) in _w("export_control.licence_words") for c in t.children if c.dep_ == "compound")
    if (lem or _lemma(t)) not in _w("export_control.participle_measure_nouns") and not licensed:
        return False
    other = _w("export_control.import_words", "export_control.other_activities")
    verbs = [c for c in t.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    # a terse entry's subject ('Controls announced on X'): no article, a past form; 'The ban applies to:' and
    # 'The curbs cover X' are sequels of a measure named before (controls._sequel)
    terse = (
        t.dep_ in ("nsubj", "nsubjpass")
        and t.head.tag_ in ("VBD", "VBN")
        and not any(c.dep_ == "det" for c in t.children)
    )
    verbs += [t.head] if terse else []
    for v in verbs:
        if _lemma(v) in _w("export_control.coverage_verbs") and v.i != t.head.i:
            goods = [x for c in v.children if c.i > v.i and c.dep_ not in SUBJECT_DEPS for x in c.subtree]
        elif _lemma(v) in _w("export_control.placing_verbs"):
            preps = [
                c for c in v.children if c.dep_ == "prep" and c.lower_ in _w("export_control.placing_prepositions")
            ]
            goods = [x for p in preps for x in p.subtree]
        else:
            continue
        if any(x.ent_type_ == "MINERAL" for x in goods) and not any(_lemma(x) in other for x in goods):
            return True
    return False
