"""The goods of a measure named just before, given by the sentence after it, and a measure's own clause.

'Peru said it would restrict exports of several minerals. The rules apply to seven rare earths, including
samarium', 'The new list adds holmium and erbium', 'The measures cover:' and a list: a sentence whose subject is
that measure and whose verb says what it covers gives its goods.  An FAQ asks the same in a question and answers
in a fragment: 'Q: Which minerals does the ban cover? A: Crushed ores of lithium, cobalt and graphite.'  The
answer after a question on the measure's coverage names its goods.  A question whose answer denies it ('Q: Does
the ban apply to cobalt? A: No.') gives none (``control_frames.answered_premise``).
Word lists: ``export_control.coverage_verbs``, ``export_control.trigger_nouns``, ``export_control.naming_copulas``,
``export_control.question_ends``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.answers import answer_to, is_direct_question
from cmkg.nlp.components.control_clauses import owned_item
from cmkg.nlp.components.control_denial import negated
from cmkg.nlp.components.control_equipment import named_goods as _goods
from cmkg.nlp.components.control_frames import answered_premise, asked_what
from cmkg.nlp.components.control_lists import listed_after
from cmkg.nlp.components.control_open_goods import open_goods
from cmkg.nlp.components.control_standing import on_control_list
from cmkg.nlp.components.control_subjects import measure_subject, naming_copula
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import CLAUSE_DEPS, SUBJECT_DEPS, quantified_by_no
from cmkg.nlp.rules import words as _w

__all__ = ["own_clause", "sequel_goods", "set_against_phrase"]

_SEQUEL_REACH = 60  # tokens from the end of the sentence naming a measure to the one naming its goods

Measure = tuple[str, list[str], str, str]  # country, minerals, status, kind


def own_clause(t: Token) -> list[Token]:
    """The subtree of ``t`` without the clauses and coordinated measures hung on it.

    "Congo halted cobalt exports, and Zambia imposed a quota on copper": the copper is the other
    clause's; "China's ban on X and its curbs on Y": Y is the curbs'.
    """
    cut: set[int] = set()
    for c in t.children:
        # a mineral the parser tagged as a verb ("added copper and tungsten to its list") is no clause
        clause = c.dep_ in CLAUSE_DEPS | {"parataxis"} and c.pos_ in ("VERB", "AUX") and c.ent_type_ != "MINERAL"
        clause = clause and not (c.dep_ == "xcomp" and _lemma(c) in _w("export_control.export_verbs"))
        # "no nodules or any product containing nickel or cobalt may be exported": what the goods contain
        clause = clause and not (c.dep_ == "acl" and _lemma(c) in _w("export_control.content_verbs"))
        # "the licences that Beijing has required since April for X": a clause with the measure as its object
        # makes the measure, and names its goods
        clause = clause and not (c.dep_ == "relcl" and any(x.dep_ == "dobj" and x.tag_ == "WDT" for x in c.children))
        measure = c.dep_ == "conj" and _lemma(c) in _w("export_control.trigger_nouns")
        if clause or measure:
            cut |= {x.i for x in c.subtree}
        if c.dep_ == "amod" and c.pos_ == "VERB":
            # "Italy, which produces X, banned exports" read with 'banned' as an adjective: its subject is no good
            cut |= {x.i for s in c.children if s.dep_ in SUBJECT_DEPS for x in s.subtree}
        if c.dep_ in SUBJECT_DEPS:
            # "China, which mines most of the world's gallium, banned": the subject's own clause is not the
            # measure's; "Mexico exports tungsten but has restricted ...": nor is an actor subject's object
            actor = c.dep_ == "nsubj" and any(x.ent_type_ in ("GPE", "NORP") for x in c.subtree)
            for x in c.subtree:
                listed = x.dep_ == "appos" and x.ent_type_ == "MINERAL"  # "Holmium, erbium, thulium ... will require"
                if actor or (x.dep_ in ("relcl", "appos") and x.i != c.i and not listed):
                    cut |= {y.i for y in x.subtree}
    # "the measure targets one company's permit, not bauxite exports as such": what the measure is not about
    cut |= {y.i for x in t.subtree if x.dep_ in ("appos", "conj") and set_against_phrase(x) for y in x.subtree}
    # "China's licence requirements for X, the Peruvian proposal for Y, and Ghana's ban on Z": items of their own
    cut |= {y.i for x in t.subtree if x.i != t.i and x.i not in cut and owned_item(x) for y in x.subtree}
    # "adds X to a list of controlled minerals that has included Y": the list's own clause is a measure of its own
    cut |= {y.i for x in t.subtree if x.i != t.i and x.i not in cut and on_control_list(x) for y in x.subtree}
    return [x for x in t.subtree if x.i not in cut]


def set_against_phrase(x: Token) -> bool:
    """'..., not bauxite exports': a phrase a 'not' before it sets against the one it is apposed or joined to."""
    first = x.left_edge  # the 'not' may hang on the phrase's first modifier ('not bauxite exports')
    if first.dep_ not in ("neg", "preconj") or first.lower_ not in _w("export_control.negation_words") or first == x:
        return False
    on_phrase = first.head.i == x.i or first.head.dep_ in ("amod", "compound", "nmod", "det")
    return on_phrase and first.nbor().pos_ not in ("ADV", "ADP", "SCONJ")  # not 'and, not long after, X'


def _covering_verbs(sent: Span) -> list[Token]:
    return [
        x
        for x in sent
        if (_lemma(x) in _w("export_control.coverage_verbs") and x.pos_ in ("VERB", "AUX")) or naming_copula(x)
    ]


def _question_before(sent: Span) -> Span | None:
    """The direct wh-question ``sent`` answers ('Q: Which minerals does the ban cover?' before 'A: ...')."""
    doc = sent.doc
    question = None
    for x in reversed(doc[: sent.start]):  # past blank lines (a label standing alone is a sentence of its own)
        if x.is_alpha:
            question = x.sent
            break
    if question is None or not is_direct_question(question) or answer_to(question) != sent:
        return None
    return question if any(x.tag_ in ("WDT", "WP") for x in question) else None


def _answered_coverage(sent: Span) -> bool:
    """``sent`` answers a wh-question asking what the measure just named covers."""
    question = _question_before(sent)
    if question is None or any(x.dep_ == "neg" for x in question):
        return False  # "Which minerals does the ban not cover?": the answer names goods outside it
    # word order, not the tree: the parser reads 'does the ban cover?' as the noun phrase 'the ban cover'
    covers = [x for x in question if _lemma(x) in _w("export_control.coverage_verbs")]
    measures = [x for x in question if _lemma(x) in _w("export_control.trigger_nouns") and x.pos_ == "NOUN"]
    return any(m.i < v.i for m in measures for v in covers)


def sequel_goods(sent: Span, ctx: Context) -> tuple[Token, Measure] | None:
    """(the verb, the measure) when ``sent`` names the goods of the measure named just before; the goods are
    remembered in ``ctx`` as the last control's."""
    if ctx.last_measure is None or asked_what(sent.root):
        return None  # "What are the rules for tanzanite?": a question tells no goods
    answered = _answered_coverage(sent)  # the question names the measure again, however far it was named
    if sent.start - ctx.last_measure[3] > _SEQUEL_REACH and not answered:
        return None
    country, status, kind, _ = ctx.last_measure
    if not answered_premise(sent.root, status):
        return None  # "Q: Does the ban apply to cobalt? A: No."
    found = None
    for v in _covering_verbs(sent):
        if not measure_subject(v, sent.start - ctx.last_measure[3] <= 2) or negated(v, sent):
            continue
        if any(a.pos_ == "NOUN" and quantified_by_no(a) for a in v.ancestors):
            continue  # "There are no changes to the measures applying to X": nothing said of the measure's goods
        # "The restrictions target gallium and nickel" parsed as one noun phrase: the words after the verb
        clause = own_clause(v) if v.dep_ != "compound" else list(sent[v.i - sent.start :])
        if v.head.ent_type_ == "MINERAL" and v.head.i > v.i:
            clause += [x for x in v.head.subtree if x.i > v.i]  # "The restrictions target [tungsten]", as root
        minerals = _goods(clause) or listed_after(clause)
        if minerals:
            found = (v, minerals)
            break
    if found is None:
        # "banned exports of several minerals. Among them are X and Y."; an FAQ's answer to 'Which minerals
        # does the ban cover?'
        minerals = open_goods(sent, ctx) or (_goods(list(sent)) if answered else [])
        found = (sent.root, minerals) if minerals else None
    if found is None:
        return None
    ctx.last_control_country, ctx.last_control_minerals = country, found[1]
    return found[0], (country, found[1], status, kind)
