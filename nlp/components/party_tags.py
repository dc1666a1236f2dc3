"""A legislator's party tag after the name: 'John Moolenaar (R-MI)', 'Maria Cantwell (D-Wash.)'.

US news and congressional pages follow a member's name with the party's letter and the state ('(R-MI)',
'(D-Texas)').  The tag says the person sits in that legislature: whatever the title before the name
('Chairman', 'Ranking Member'), the office is public and the state is the legislature's
(``officials.party_tag_states``: the party letters of each state whose press writes such tags; the places
after them, ``officials.party_tag_places``).  A private title ('CEO') stays private.

The European Parliament's pages follow a member's name with the political group and the member state's code
('Henrika Lindqvist (EPP, SE)', ``officials.parliament_group_tags``, ``officials.parliament_member_codes``); a
member's bracket may give the code alone ('For the Greens/EFA, Aino Heikkilä (FI) said') on the Union's own page
when it tags another member with a group too, since a bare code elsewhere may be a party's initials ('(PT)').  A
tagged member holds the legislature's seat (``officials.party_tag_roles``) when no title before the name says more.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from cmkg.nlp.rules import rules

__all__ = ["chaired_or_public", "party_tag", "tag_at"]

_TAG_TOKENS = 6  # '(', 'D', '-', 'Wash', '.', ')'; '(', 'Greens', '/', 'EFA', ',', 'FI'


def party_tag(ent: Span) -> tuple[str, str] | None:
    """(state, seat) of the legislature whose bracketed party tag right after ``ent`` names one, if one does."""
    return tag_at(ent.doc, ent.end)


def tag_at(doc: Doc, k: int) -> tuple[str, str] | None:
    """(state, seat) of the legislature a party tag bracket opening at token ``k`` names, if one does."""
    inner = _bracket_after(doc, k)
    if inner is None or len(inner) < 1:
        return None
    state = _parliament_tag(inner.text) or _letter_tag(inner) or _bare_code(doc, k, inner)
    seat = rules().table("officials.party_tag_roles").get(state) if state else None
    return (state, seat) if state and seat else None


def _bare_code(doc: Doc, k: int, inner: Span) -> str | None:
    """'(FI)' only on the Union's own pages, before the member's speech verb ('X (FI) said'), not before an apposed
    title ('X (CZ), an analyst at ...') or a firm's doing ('Northvolt Ett (SE) will receive permits')."""
    after = k + len(inner) + 2
    if doc._.cmkg_publisher != _PARLIAMENT or after >= len(doc):
        return None
    if doc[after].lemma_.lower() not in rules().words("officials.speech_verbs") or not _grouped(doc):
        return None
    return _parliament_tag(inner.text, grouped=True)


def _bracket_after(doc: Doc, k: int) -> Span | None:
    """The words inside a bracket that opens right at token ``k`` and closes within a tag's length."""
    if k + 2 >= len(doc) or doc[k].text != "(":
        return None
    close = next((j for j in range(k + 1, min(len(doc), k + _TAG_TOKENS + 1)) if doc[j].text == ")"), None)
    return doc[k + 1 : close] if close is not None else None


def _letter_tag(inner: Span) -> str | None:
    """'R-MI', 'D-Wash.': the state of the party letter before a place of ``officials.party_tag_places``."""
    party, dash, place = inner[0].text, inner[1].text if len(inner) > 1 else "", inner[2:] if len(inner) > 2 else []
    if dash not in ("-", "\u2013") or not place or "".join(t.text for t in place) not in _places():
        return None  # '(R-L)' in a caption, a firm's 'I-Pulse': no state after the letter
    return rules().table("officials.party_tag_states").get(party)


def _parliament_tag(inner: str, grouped: bool | None = None) -> str | None:
    """'EPP, SE': a European Parliament group and a member state's code; a code alone when ``grouped`` (the page
    tags some member with a group)."""
    parts = [p.strip() for p in inner.split(",")]
    codes = rules().words("officials.parliament_member_codes")
    if len(parts) == 2 and parts[0] in rules().words("officials.parliament_group_tags") and parts[1] in codes:
        return _PARLIAMENT
    return _PARLIAMENT if grouped and len(parts) == 1 and parts[0] in codes else None


def _grouped(doc: Doc) -> bool:
    """Some bracket on the page tags a member with a group and a code ('(Renew, FR)'); read once per page."""
    if _GROUPED not in doc.user_data:
        brackets = (_bracket_after(doc, x.i) for x in doc if x.text == "(")
        doc.user_data[_GROUPED] = any(inner and _parliament_tag(inner.text) for inner in brackets)
    return doc.user_data[_GROUPED]


_GROUPED = ("cmkg", "parliament_grouped")


_PARLIAMENT = "EU"


def _places() -> frozenset[str]:
    return rules().words("officials.party_tag_places")


def chaired_or_public(role: str | None, private: bool) -> bool:
    """A tagged legislator's title: none, a public one, or a chair ('Chairman'), not a firm's ('CEO')."""
    if not private or role is None:
        return True
    return bool(set(role.lower().split()) & rules().words("officials.chair_titles"))
