"""A state, province or territory as one side of an instrument.

'Premier Roger Cook has signed a Memorandum of Understanding with the Japan Organization for Metals and Energy
Security', 'The Free State of Saxony and the Ministry of Industry and Trade of the Czech Republic signed a letter
of intent', '... between the Gouvernement du Québec and the Government of the French Republic': a sub-national
government signs for itself, not for its country, so its country is no party.  The foreign state whose ministry
or agency signs is the one national party, and that half stands as the record; with no foreign state (a
company, the place's own capital) nothing is left.

A side is a place's when its head is a place of ``officials.subnational_places`` ('Queensland has signed'), a
government noun or a title the place owns (``officials.subnational_government_nouns``: 'the Government of
Saskatchewan', 'the Premier of Québec'), an official whose title names such a place, or, on the place's own site
(:mod:`cmkg.nlp.regional_sites`), an official of the place's country under a head of
``officials.subnational_heads`` ('Premier Scott Moe').  'Premier Li Qiang' on a national site, 'the federal
Minister for Resources' and 'Prime Minister Albanese' stay their states'; a national side named beside the place
keeps its state.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.agencies import agency_state
from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.official_countries import subnational_code
from cmkg.nlp.components.party_phrases import lemma, making_words, pp_chain_preps
from cmkg.nlp.components.signatory_states import person_key
from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.syntax import subject_tokens
from cmkg.nlp.components.syntax_states import country_of_token
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["RULE", "subnational_set", "subnational_side"]

RULE = "agreement.subnational_side"
PARTNERS_KEY = "cmkg_subnational_partners"  # the foreign states the page's sub-national instruments were made with


def subnational_side(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Take a sub-national side's country out of the set, and let the foreign side stand alone."""
    sides = [s for s in _side_heads(c) if s.i != c.t.i]  # 'a deal ... was negotiated by B': not the deal itself
    regional = [s for s in sides if _regional(s, ctx)]
    if not regional:
        _unnamed_home(c, sent)
        return True
    others = [s for s in sides if s not in regional]
    if any(_federal(s) and not _named_states(s) for s in others):
        return True  # 'Western Australia and the Commonwealth signed ... with Japan': the country signs too
    national = [code for s in others for code in _side_states(s, ctx)]
    dropped = {code for s in regional for code in _regional_states(s, ctx)} - set(national)
    c.subj, c.mods, c.with_ = ([x for x in xs if x not in dropped] for xs in (c.subj, c.mods, c.with_))
    c.with_ += [x for x in dict.fromkeys(national) if x not in c.parties]
    # with no foreign state among the sides (a firm: 'with the French firm Eramet') the set is empty
    c.subnational, c.rule = (tuple(c.parties) if national else ()), RULE
    sent.doc.user_data.setdefault(PARTNERS_KEY, set()).update(national)
    return True


def subnational_set(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Keep a sub-national instrument's set as its own sides left it: the filters that complete a half set from
    the story ('Germany reported ...\n\nA declaration was signed between the Government of Queensland and the
    Government of Brazil') lend it no other state."""
    if c.subnational is not None:
        c.subj, c.mods, c.with_ = ([x for x in xs if x in c.subnational] for xs in (c.subj, c.mods, c.with_))
    return True


def _unnamed_home(c: Candidate, sent: Span) -> None:
    """On a place's own site, a pair of its country and a foreign state the place has already made an instrument
    with, that a paired collective stands for and that the sentence never names for the country ('By this
    declaration, the two governments undertake ...' on quebec.ca), is the place's and the foreign state's: the
    foreign state alone.  'the Australia-Japan
    Partnership signed by the Commonwealth' and 'the federal governments of Canada and Germany' name the country
    (``officials.national_level_words``)."""
    site = sent.doc._.cmkg_regional_publisher
    home = rules().table("officials.subnational_places").get(site) if site else None
    if home is None or home not in c.parties or len(c.parties) != 2:
        return
    if not set(c.parties) & sent.doc.user_data.get(PARTNERS_KEY, set()):
        return  # 'Prime Minister A met B's Prime Minister. The two governments signed': no place's partner yet
    national = _w("officials.national_level_words")
    if any(x.lower_ in national or country_of_token(x) == home and not subnational_code(x.doc, x.i) for x in sent):
        return
    if not any(x.lower_ in _w("agreement.pair_words") for x in sent):
        return  # 'President X signed ...': a named side, not the pair a collective stands for
    c.subj, c.mods, c.with_ = ([x for x in xs if x != home] for xs in (c.subj, c.mods, c.with_))
    c.subnational, c.rule = tuple(c.parties), RULE


def _side_heads(c: Candidate) -> list[Token]:
    """The heads of the instrument's sides: the objects of the party phrases on the instrument, and, when its verb
    makes instruments, that verb's subjects or agents and party phrases (where the parser often hangs 'with the
    Ministry of ...')."""
    making = c.v is not None and lemma(c.v) in making_words()  # 'will be consulted on projects under it': no side
    heads = [s for x in subject_tokens(c.v) for s in (x, *x.conjuncts)] if making else []
    # 'Queensland, the Australian Government and the Government of Japan signed': a list the parser apposed
    heads += [y for x in heads for a in x.children if a.dep_ == "appos" for y in (a, *a.conjuncts)]
    preps = pp_chain_preps(c.t)
    preps += [p for p in (pp_chain_preps(c.v) if making else []) if p not in preps]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return heads + [x for o in objects for x in (o, *o.conjuncts) if x not in heads]


def _regional(s: Token, ctx: Context) -> bool:
    """A side headed by a sub-national place, its government or its official."""
    doc = s.doc
    own = [x.i for x in s.lefts if x.dep_ == "compound" and x.ent_type_ != "PERSON"] + [s.i]
    if s.ent_type_ != "PERSON" and any(subnational_code(doc, i) for i in own):
        return True  # 'Queensland has signed', 'the Western Australia Government'; not 'Victoria Chen'
    if _owned_by_place(s):
        return True  # 'the Government of Saskatchewan', 'the Premier of Québec'
    if doc._.cmkg_regional_publisher and s.lower_ in _w("officials.subnational_government_nouns") and _unowned(s):
        return True  # 'The Government signed ...' on the place's own site
    if s.lemma_.lower() in _w("officials.subnational_unit_nouns") and s.tag_ not in ("NNS", "NNPS"):
        return True  # 'the Japanese prefecture of Aichi', "Argentina's Catamarca province"; not "Argentina's provinces'
    person = _official(s, ctx)
    return person is not None and _regional_official(person, doc)


def _owned_by_place(s: Token) -> bool:
    """A government noun or a title whose 'of' phrase, possessive or compound names a sub-national place."""
    if not (s.lower_ in _w("officials.subnational_government_nouns") or s.lower_ in _w("officials.subnational_heads")):
        return False
    ofs = [o for p in s.children if p.lower_ in _w("officials.title_of_word") for o in p.children if o.dep_ == "pobj"]
    owners = ofs + [x for x in s.children if x.dep_ in ("poss", "compound")]
    return any(subnational_code(s.doc, y.i) for o in owners for y in (o, *o.lefts) if y.dep_ in ("compound", o.dep_))


def _unowned(s: Token) -> bool:
    """A bare noun: no 'of' phrase, possessive, compound or modifier names whose it is ('The Government')."""
    return not any(x.dep_ in ("poss", "compound", "amod", "nmod", "prep") for x in s.children)


def _federal(s: Token) -> bool:
    """A side at the national level by its own words ('the Commonwealth', 'the federal Government')."""
    national = _w("officials.national_level_words")
    return s.lower_ in national or any(x.lower_ in national for x in s.children if x.dep_ in ("amod", "compound"))


def _official(s: Token, ctx: Context):
    """The official a side names: the name itself, or a title with the name apposed or compounded."""
    names = [x for x in (s, *s.children) if x.ent_type_ == "PERSON" and x.dep_ in ("appos", "compound", s.dep_)]
    for x in names:
        person = ctx.people.get(person_key(x, ctx.people))
        if person is not None and not person.private:
            return person
    return None


def _regional_official(person, doc) -> bool:
    """An official whose title names a sub-national place, or the place's own head on the place's own site."""
    places = rules().table("officials.subnational_places")
    role = f" {person.role or ''} "
    if any(f" {place} " in role for place in places):
        return True  # 'Premier of Western Australia'
    site = doc._.cmkg_regional_publisher
    head = (person.role or "").lower()
    heads = _w("officials.subnational_heads")
    return bool(site) and places.get(site) == person.country and any(head.startswith(h) for h in heads)


def _regional_states(s: Token, ctx: Context) -> list[str]:
    """The country a sub-national side would otherwise stand for: its official's, its place's, or one named in
    its own phrase ('the Japanese prefecture of Aichi'), and the page's on the place's own site."""
    person = _official(s, ctx)
    codes = [person.country] if person is not None and person.country else []
    words = _own_words(s)
    codes += [x for x in (subnational_code(s.doc, y.i) for y in words) if x]
    codes += [x for x in (country_of_token(y) for y in words if y.ent_type_ in ("GPE", "NORP")) if x]
    return codes + ([s.doc._.cmkg_publisher] if s.doc._.cmkg_regional_publisher else [])


def _side_states(s: Token, ctx: Context) -> list[str]:
    """The state a national side stands for: a national agency, an official's state, the state that owns a
    public body, or one named in a public body's own words (up to its first comma or bracket).  A firm, whatever
    its nationality ('the Korean company POSCO'), stands for none."""
    if (agency := agency_state(s)) is not None:
        return [agency]
    person = _official(s, ctx)
    if person is not None:
        return [person.country] if person.country else []
    if (owner := country_of_token(s)) is not None:
        return [owner]  # 'the Ministry of Industry and Mineral Resources of Canada'
    public = s.lemma_.lower() in _w("officials.government_body_nouns", "agreement.government_nouns") or _federal(s)
    return _named_states(s) if public else []  # 'the Korean company POSCO', 'the German carmaker': no state


def _named_states(s: Token) -> list[str]:
    """The states named in a side's own words ("Germany's Federal Institute for Geosciences")."""
    codes = [country_of_token(x) for x in _own_words(s) if x.ent_type_ in ("GPE", "NORP")]
    return list(dict.fromkeys(x for x in codes if x))


def _own_words(s: Token) -> list[Token]:
    """The words of a side's own phrase: its subtree up to its first comma or bracket, without its conjuncts
    ('the Free State of Saxony' in 'the Free State of Saxony and the Ministry ... of the Czech Republic')."""
    others = {x.i for c in s.conjuncts for x in c.subtree}
    return [x for x in s.subtree if x.i not in others and (x.i <= s.i or not _after_break(s, x))]


def _after_break(s: Token, x: Token) -> bool:
    """``x`` follows a comma or an opening bracket after the side's head: an apposition or a clause of its own."""
    return any(y.text in (",", "(") for y in s.doc[s.i + 1 : x.i + 1])
