"""The activity a share number counts: mining, refining, processing, producing, or reserves held.

'China refines close to 90 percent of the world's rare earths', 'its refiners handled close to 60 percent of
germanium output' (an activity word before the number, in its own clause and not in an apposition), 'of global
cobalt processing' (a stage noun after the number, which wins unless it is a generic one, 'output').  Word lists:
``production_share.activity_forms``, ``stage_nouns``, ``generic_stage_nouns``, ``clause_conjunctions``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["act_of", "activity_forms", "own_clause", "share_activity"]


def own_clause(window: list[Token]) -> list[Token]:
    """The words of a window before the number after its last conjunction: in 'the world's magnets and
    refines 90%', 'magnets' is the object of the clause before, not a word about this number."""
    cut = [k for k, x in enumerate(window) if x.lower_ in _w("production_share.clause_conjunctions")]
    return window[cut[-1] + 1 :] if cut else window


def activity_forms() -> dict[str, str]:
    """Each form of an activity word, with the activity it names."""
    return {w: a for a, ws in rules().table("production_share.activity_forms").items() for w in ws}


def act_of(x: Token, acts: dict[str, str]) -> str | None:
    """The activity a word names, by its form or its lemma ('producing', 'supplying', 'accounted')."""
    if x.ent_type_ == "MINERAL":
        return None
    return acts.get(x.lower_) or acts.get(x.lemma_.lower())


def share_activity(before: list[Token], after: list[Token]) -> str | None:
    """The nearest activity word before the number; a stage noun after it ('of global X processing') wins."""
    acts, stages = activity_forms(), _w("production_share.stage_nouns")
    activity, own = None, False
    for x in reversed(before):
        if act_of(x, acts) and not (x.ent_type_ == "ORG" and x.pos_ == "PROPN"):  # not 'Ministry of Mines'
            # "refined cobalt output": a stage adjective on the activity noun names the stage
            mods = [c for c in x.children if c.dep_ == "amod" or (c.dep_ == "compound" and c.lower_ in stages)]
            mods += [m for c in x.children if c.dep_ == "compound" for m in c.children if m.dep_ == "amod"]
            staged = [act_of(c, acts) for c in mods if c.lower_ in stages]
            activity, own = next((a for a in staged if a), None) or act_of(x, acts), _own_word(x, before)
            break
        if x.text in _w("syntax.sentence_joiners"):  # a comma does not end the activity's clause here
            break
    for x in after:  # the first stage noun: 'of refining output' is refining; not 'its refiners handled 60% of output'
        if x.lower_ in acts and x.lower_ in _w("production_share.stage_nouns"):
            generic = own and x.lower_ in _w("production_share.generic_stage_nouns")  # the number's own clause
            activity = activity if generic else acts[x.lower_]
            break
    return activity


def _own_word(x: Token, before: list[Token]) -> bool:
    """In the number's own clause, not in a phrase on a noun that leaves the number out ('Indonesian output, a
    by-product of nickel processing,', 'Zimbabwe's lithium output, mostly shipped to Chinese refiners,')."""
    number = before[-1].i + 1
    aside = any(
        a.dep_ in _w("production_share.aside_deps") and not a.left_edge.i <= number <= a.right_edge.i
        for a in (x, *x.ancestors)
    )
    return x in own_clause(before) and not aside
