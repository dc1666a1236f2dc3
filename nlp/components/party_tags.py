"""A legislator's party tag after the name: 'John Moolenaar (R-MI)', 'Maria Cantwell (D-Wash.)'.

US news and congressional pages follow a member's name with the party's letter and the state ('(R-MI)',
'(D-Texas)').  The tag says the person sits in that legislature: whatever the title before the name
('Chairman', 'Ranking Member'), the office is public and the state is the legislature's
(``officials.party_tag_states``: the party letters of each state whose press writes such tags; the places
after them, ``officials.party_tag_places``).  A private title ('CEO') stays private.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.rules import rules

__all__ = ["chaired_or_public", "party_tag_state"]

_TAG_TOKENS = 6  # '(', 'D', '-', 'Wash', '.', ')'


def party_tag_state(ent: Span) -> str | None:
    """The state whose legislature the bracketed party tag right after ``ent`` names, if one does."""
    doc = ent.doc
    if ent.end + 3 >= len(doc) or doc[ent.end].text != "(":
        return None
    close = next((j for j in range(ent.end + 1, min(len(doc), ent.end + _TAG_TOKENS + 1)) if doc[j].text == ")"), None)
    if close is None:
        return None
    inner = doc[ent.end + 1 : close]
    party, dash, place = inner[0].text, inner[1].text if len(inner) > 1 else "", inner[2:] if len(inner) > 2 else []
    if dash not in ("-", "\u2013") or not place or "".join(t.text for t in place) not in _places():
        return None  # '(R-L)' in a caption, a firm's 'I-Pulse': no state after the letter
    return rules().table("officials.party_tag_states").get(party)


def _places() -> frozenset[str]:
    return rules().words("officials.party_tag_places")


def chaired_or_public(role: str | None, private: bool) -> bool:
    """A tagged legislator's title: none, a public one, or a chair ('Chairman'), not a firm's ('CEO')."""
    if not private or role is None:
        return True
    return bool(set(role.lower().split()) & rules().words("officials.chair_titles"))
