"""The state behind a public body that owns an export control.

"China's Commerce Ministry", "the Ministry of Commerce of Bolivia", "the mining regulator in Oslo", a national
agency of the gazetteer, a relative pronoun standing for its state or for the maker of a law; and the doer a 'by'
phrase names on a measure told as a noun ('the suspension of cobalt exports by the DRC').  Split from
``control_owner``, which asks this module for the owner a subject's words name.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.agencies import agency_state, short_form_antecedent
from cmkg.nlp.components.control_places import aimed_at, backer_state, where_place
from cmkg.nlp.components.item_datelines import dateline_home
from cmkg.nlp.components.subject_forms import listed_owners
from cmkg.nlp.components.syntax import MODIFIER_DEPS, countries_in, governing_verb, relative_owner, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = ["named_doers", "owner_countries"]


def owner_countries(subj: list[Token]) -> list[str]:
    """'China's Commerce Ministry', 'Vietnam's National Assembly', 'a law that bans': the state behind a body.

    A national agency of the gazetteer stands for its state; a named body stands for the state that owns
    it; a relative pronoun stands for its antecedent state ("China, which ... has tightened licensing"), and
    one whose antecedent is a law or decree for whoever made it ("the Assembly passed a law that bans exports").
    """
    states = [
        s.ent_kb_id_
        for s in subj
        if s.ent_type_ in ("GPE", "NORP") and s.ent_kb_id_ and not (aimed_at(s) or backer_state(s))
    ]
    if states:
        return states[:1]  # "Tallinn and its Ministry of Commerce": a state in the subject itself
    if listed := [code for s in subj for code in listed_owners(s)]:
        return listed[:1]  # "several of them, including A and B, prohibit": the listed states, the first here
    for s in subj:
        if s.pos_ == "PROPN" or s.ent_type_ == "ORG" or s.lower_ in _w("export_control.body_nouns"):
            # "Vietnam's Ministry of Commerce", "the Norwegian Commerce Ministry": the named state first
            # ... and "the Serbian economy ministry": a state among the words before the head
            named = [code for c in s.subtree if c.i < s.i and c.dep_ in MODIFIER_DEPS and (code := _state_word(c))]
            # ... or the place the body speaks in ("news from Beijing, where the commerce ministry said")
            if named or (named := _state_after_of(s)) or (named := _body_place(s)) or (named := where_place(s)):
                return named[:1]
        full = short_form_antecedent(s)  # 'the Ministry' after 'the Ministry of Commerce', 'of Mines of Peru'
        if full is not None and full.i != s.i and (named := owner_countries([full])):
            return named
        agency = agency_state(s)
        if agency and not _elsewhere(s, agency):
            return [agency]
        law = relative_owner(s.head) if s.head.dep_ == "relcl" else None  # "the gap with X, which ..."
        antecedent = countries_in([law]) if law is not None and law.ent_type_ in ("GPE", "NORP") else []
        if s.lower_ in _w("agreement.relative_pronouns") and antecedent:
            return antecedent[:1]  # "dependence on China, which refines X and has tightened licensing": China
        if s.lower_ in _w("agreement.relative_pronouns") and law is not None and law.i != s.head.i:
            maker = governing_verb(law)
            if maker is not None and maker.i != s.head.i and not countries_in([law]):
                return countries_in(subject_tokens(maker)) or owner_countries(subject_tokens(maker))
    return []


def _state_after_of(s: Token) -> list[str]:
    """'The Ministry of Commerce of Bolivia', 'the Department of Mines of Peru': a body's 'of [State]' names the
    state it serves, before any gazetteer agency its leading words match ('Ministry of Commerce' is China's)."""
    preps = _w("export_control.holder_prepositions")
    for p in (c for c in s.children if c.dep_ == "prep" and c.lower_ in preps):
        for o in (c for c in p.children if c.dep_ == "pobj"):
            code = _state_word(o) or next(iter(_state_after_of(o)), None)
            if code:
                return [code]
    return []


def _body_place(s: Token) -> list[str]:
    """'the mining regulator in Oslo', 'the customs office in Lima': a public body in a state's place (a capital
    stands for its state) serves that state."""
    if s.lower_ not in _w("export_control.body_nouns"):
        return []
    places = [
        o
        for p in s.children
        if p.dep_ == "prep" and p.lower_ in _w("export_control.place_prepositions")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return [code for o in places if o.ent_type_ == "GPE" and (code := _state_word(o))][:1]


def _state_word(c: Token) -> str | None:
    """The state a word names, also inside an organisation's name ('the [Chinese] Commerce Ministry')."""
    if c.ent_type_ in ("GPE", "NORP"):
        return c.ent_kb_id_ or None
    if c.ent_type_ == "ORG" and c.text[:1].isupper():
        return gazetteer().resolve_country(c.text)
    return None


def _elsewhere(s: Token, country: str) -> bool:
    """'ROME, 22 January - The Ministry of Commerce announced': a generic agency name in a text datelined in
    another state, which never names the agency's own state, is that other state's ministry."""
    home = dateline_home(s.doc)
    named = any(e.kb_id_ == country for e in s.doc.ents if e.label_ in ("GPE", "NORP")) or any(
        _state_word(x) == country for x in s.sent
    )
    return home is not None and home != country and not named


def named_doers(h: Token) -> list[Token]:
    """'the prohibition by Namibia of ...', 'the suspension of cobalt exports by the DRC': the objects of a 'by'
    phrase on the measure word, or on the goods it is 'of'."""
    of, by = _w("export_control.holder_prepositions"), _w("export_control.nominal_agent_prepositions")
    goods = [o for p in h.children if p.lower_ in of for o in p.children]
    return [o for x in [h, *goods] for p in x.children if p.lower_ in by for o in p.children if o.dep_ == "pobj"]
