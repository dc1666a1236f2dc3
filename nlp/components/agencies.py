"""National government bodies as the states they serve.

The gazetteer lists agencies and ministries ('the Department of State', 'METI', 'the Commerce Ministry') with
the state each serves (organisations of kind ``agency``).  Where such a body acts or is the other side of a
deal ('signed with Canada', 'held talks with the Department of State'), it stands for its state.  Word list:
``agreement.state_org_kinds``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.rules import words as _w

__all__ = ["agency_state"]


def agency_state(x: Token) -> str | None:
    """The state a national agency named by ``x`` serves, or None (companies and groupings name no state)."""
    org = gazetteer().orgs.get(x.ent_kb_id_) if x.ent_type_ == "ORG" and x.ent_kb_id_ else None
    return org.country if org is not None and org.kind in _w("agreement.state_org_kinds") and org.country else None
