"""A demonym or a place name that only says where a non-state body is from is no state actor.

"QUESTION (Korean broadcaster)", "a supply deal with a Japanese trading house", "a Chinese consortium",
"KGHM's Chilean mine", "the Lisbon think tank": the state names the nationality or the location of a
media outlet, a company, a facility or a research body, and does not act.  A sub-national unit is left
alone: a state whose province a deal explores ('blocks in Argentina's Catamarca province') is acted upon
in the corpus gold (news4 10).  The kinds are word lists (``entity_kinds.*``, with the company, private-body and
site nouns the other rules already use); a kind may be a compound ('news agency', 'trading house', 'think
tank'), read off the head noun and the compound words before it.  A facility is another owner's only when
its phrase names that owner ('KGHM's Chilean mine'): 'Chile's mines' are the state's production.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.rules import rules

__all__ = ["STATE_LABELS", "nonstate_kind"]

STATE_LABELS = ("GPE", "NORP")  # the entity labels that name a state: a country or its demonym


def _phrases(head: Token) -> set[str]:
    """'house', 'trading house': the head noun alone and with each run of compound words before it."""
    words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    out = {head.lower_, head.lemma_.lower()}
    for k in range(len(words)):
        out.add(" ".join(w.lower_ for w in words[k:]) + " " + head.lower_)
    return out


def _owned_by_other(head: Token, mention: Token) -> bool:
    return any(c.dep_ == "poss" and c.i != mention.i and not c.ent_kb_id_ for c in head.children)


def nonstate_kind(mention: Token) -> bool:
    """The state mention ``mention`` (the entity's root) modifies the head of a non-state body."""
    if mention.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    head = mention.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i == mention.i:
        return False
    words = rules().words
    phrases = _phrases(head)
    bodies = (
        words("entity_kinds.media")
        | words("entity_kinds.companies")
        | words("entity_kinds.research")
        | words("agreement.company_words")
    )
    if phrases & bodies:
        return True
    return bool(phrases & words("production_share.site_nouns")) and _owned_by_other(head, mention)
