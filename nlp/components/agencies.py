"""National government bodies as the states they serve.

The gazetteer lists agencies and ministries ('the Department of State', 'METI', 'the Commerce Ministry') with
the state each serves (organisations of kind ``agency``).  Where such a body acts or is the other side of a
deal ('signed with Canada', 'held talks with the Department of State'), it stands for its state; so does its
short form later in the text ('the Ministry' after 'the Ministry of Commerce').  Word lists:
``agreement.state_org_kinds``, ``export_control.body_nouns``, ``agreement.definite_determiners``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.acronym_names import defined_state
from cmkg.nlp.rules import words as _w

__all__ = ["agency_state", "bare_body", "short_form_antecedent"]


def agency_state(x: Token) -> str | None:
    """The state a national agency named by ``x`` serves, or None (companies and groupings name no state)."""
    org = gazetteer().orgs.get(x.ent_kb_id_) if x.ent_type_ == "ORG" and x.ent_kb_id_ else None
    if org is None:
        return defined_state(x)  # "Namibia's Ministry of Mines and Energy (MME) ... the MME signed"
    return org.country if org.kind in _w("agreement.state_org_kinds") and org.country else None


def short_form_antecedent(x: Token) -> Token | None:
    """'the Ministry has decided to suspend ...' after 'the regular press conference of the Ministry of Commerce':
    a body named by its bare head noun and a definite article is the body the text last named with that head
    noun and words of its own ('the Ministry of Mines of Peru', "Peru's mines ministry", 'the Commerce
    Ministry').  A transcript, a notice or a briefing names its agency once, then says 'the Ministry', 'the
    Department', 'the Commission'.  None for a head with words of its own, or with no such body before it."""
    lemma = x.lemma_.lower()
    if lemma not in _w("export_control.body_nouns") or x.ent_kb_id_ or not bare_body(x):
        return None
    named = [y for y in reversed(x.doc[: x.i]) if y.lemma_.lower() == lemma and not bare_body(y)]
    # "the Government of Tanzania and the Government of Germany signed ...; the Government has banned": on a
    # government's own page its bare 'the Government' is its own, whichever full form came last
    publisher = x.doc._.cmkg_publisher
    own = [y for y in named if publisher and any(t.ent_kb_id_ == publisher for t in y.subtree)]
    return next(iter(own + named), None)


def bare_body(x: Token) -> bool:
    """Whether a body noun stands with a definite article and no words of its own ('the Ministry'): the one
    test of a short form, for the antecedent read here and a page's own 'the Government' in parties."""
    kids = list(x.children)
    return any(c.lower_ in _w("agreement.definite_determiners") for c in kids) and not (
        x.ent_kb_id_ or any(c.dep_ in ("compound", "amod", "nmod", "poss", "prep") for c in kids)
    )
