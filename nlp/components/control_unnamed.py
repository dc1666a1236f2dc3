"""Measures whose owner the text leaves unnamed: 'requirements introduced by one economy', 'Some countries have
imposed bans on X', 'as major producing countries introduced export controls'. Such a measure is nobody's the rules
could file; the owner readers never guess one.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.syntax import countries_in, subject_tokens, unnamed_state
from cmkg.nlp.rules import words as _w

__all__ = ["unnamed_actor", "unnamed_owner"]


def unnamed_owner(scope: list[Token]) -> bool:
    """'requirements introduced by one economy', 'curbs imposed by some producers': the owner goes unnamed."""
    return any(
        x.dep_ == "pobj" and x.head.dep_ == "agent" and unnamed_state(x) and not countries_in([x]) for x in scope
    )


def unnamed_actor(t: Token, v: Token | None) -> bool:
    """'the export restrictions that third countries have applied', 'Some countries have imposed bans on X': the
    measure's own clause, or the verb it is the object of, has a state the text does not name as its doer."""
    if any(c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP") for c in t.children):
        return False  # "Some countries criticised China's ban": the measure names its owner
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    verbs = [c for h in holders for c in h.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")]
    if v is not None and (v.i == t.i or any(c.dep_ == "dobj" and t in c.subtree for c in v.children)):
        verbs.append(v)  # "Some countries have imposed bans on X": the measure is the doer's object
    for verb in verbs:
        doers = [x for x in subject_tokens(verb) if x.lower_ not in _w("agreement.relative_pronouns")]
        before = verb.doc[verb.i - 1] if verb.i > 0 else verb
        if not doers and before.pos_ == "NOUN" and before.dep_ == "pobj":
            doers = [before]  # "as major producing countries introduced ...": the parser's 'as' phrase
        if doers and all((unnamed_state(x) or _bare_plural(x)) and not countries_in(list(x.subtree)) for x in doers):
            return True
    return False


def _bare_plural(x: Token) -> bool:
    """'major producing countries', 'producers': a plural state noun with no determiner, possessor, number or
    phrase that would point back to states the text has named ('the two countries', 'countries there')."""
    pointing = any(c.dep_ in ("det", "poss", "nummod", "conj", "prep", "advmod") for c in x.children)
    # 'Successive governments have banned ...': one state's governments, not states the text leaves unnamed
    own = x.lemma_.lower() in _w("agreement.government_nouns")
    return x.tag_ == "NNS" and x.lower_ in _w("syntax.unnamed_state_nouns") and not pointing and not own
