"""Parties named before the agreement noun: premodifiers, dash compounds and groupings.

"the US-Japan framework", "a Poland–India agreement", "the Quad Critical Minerals Initiative":
the countries sit inside the noun phrase itself, where the parser's attachments are least
reliable, so these read the token sequence as much as the tree.  Word lists:
``agreement.compound_joiners`` and ``agreement.name_joiners``.  A named instrument's leader may also follow it
('led by the United States'): ``agreement.leader_participles``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.names import inner_joiner, series_comma
from cmkg.nlp.components.party_phrases import lemma
from cmkg.nlp.components.state_reference import previous_state, state_noun
from cmkg.nlp.components.subject_forms import leader_government
from cmkg.nlp.components.syntax_states import countries_in
from cmkg.nlp.rules import words as _w

__all__ = [
    "dash_compound",
    "grouping_members",
    "misread_head",
    "modifier_parties",
    "own_demonyms",
    "participle_leaders",
]


def modifier_parties(t: Token, people: dict[str, Any] | None = None) -> list[str]:
    """The states named before the noun: a state or demonym, a dashed leader ('the U.S.-led club'), or a government
    named by its leader as possessor ('the Albanese Government's reserve', ``people``: the story's officials),
    the same stand-in a subject or a 'with' partner is read as (subject_forms.leader_government)."""
    out: list[str] = []
    for c in t.subtree:
        if c.i >= t.i:
            break
        code = c.ent_kb_id_ if c.ent_type_ in ("GPE", "NORP") else _hyphenated_leader(c)
        if not code and c.dep_ == "poss":
            code = leader_government(c, people or {}) or _possessor_state(c)
        if code and any(not x.ent_kb_id_ for x in c.conjuncts):
            continue  # "the China and Transformational Exports Program": a word of the name, not a party
        if code and _venue_in_name(c, t):
            continue  # "the Harare Declaration", "the Lusaka Accord": where it was adopted, not who adopted it
        near = code and c.head.i >= t.i - 6 and c.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")
        if (near or (code and c.head.dep_ in ("compound", "amod") and c.head.head == t)) and code not in out:
            out.append(code)
    return out


def _possessor_state(c: Token) -> str | None:
    """'Vice Minister X said the assistance would support the country's strategic partnership with the EU': a
    possessive state noun is the one state its sentence names before it, else the one the sentence before is
    about (state_reference.previous_state)."""
    if not state_noun(c):
        return None
    before = list(dict.fromkeys(x.ent_kb_id_ for x in c.sent if x.i < c.i and x.ent_type_ == "GPE" and x.ent_kb_id_))
    return before[0] if len(before) == 1 else None if before else next(iter(previous_state(c)), None)


def _leading(v: Token) -> bool:
    return lemma(v) in _w("agreement.leader_participles")


def participle_leaders(t: Token) -> list[str]:
    """'the Minerals Security Partnership led by the United States', '..., which was launched by Japan': the states
    a leading participle or passive relative clause on a named instrument names as its agent (or an active one as
    its subject) (lemmas in
    ``agreement.leader_participles``); 'backed by', 'funded by' name backers, no side."""
    out: list[str] = []
    # 'a member of the X led by B': the parser may hang the participle right after the name on the phrase's head
    beside = [x for x in t.head.head.children if x.i == t.right_edge.i + 1] if t.dep_ == "pobj" else []
    # "the Lusaka Declaration on Battery Metals, which Kenya convened": or on the last word of the name's topic
    named = [o for p in t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" and o.text[:1].isupper()]
    beside += [x for o in named for x in o.children]
    for v in (x for x in [*t.children, *beside] if x.dep_ in ("acl", "relcl") and _leading(x)):
        agents = [o for p in v.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        out += [x for x in countries_in(agents + _active_founders(v) + _initiative_of(v)) if x not in out]
    return out


def _active_founders(v: Token) -> list[Token]:
    """'the Minerals Security Partnership, which the United States convened in 2022': an active relative clause
    whose object is the instrument itself (the relative word, or none: 'the club Japan launched') names its
    founder as subject; a clause with an object of its own ('which the US launched a review of') names none."""
    if v.dep_ != "relcl" or any(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in v.children):
        return []  # "which Uzbekistan never led": no founder
    objects = [c for c in v.children if c.dep_ == "dobj"]
    if any(o.tag_ not in ("WDT", "WP") for o in objects):
        return []
    return [c for c in v.children if c.dep_ == "nsubj"]


def _initiative_of(v: Token) -> list[Token]:
    """'established on the initiative of the United States', 'set up at the initiative of Japan': the state whose
    initiative it was is the founder, as an agent is (``agreement.founder_initiative_nouns``)."""
    nouns = _w("agreement.founder_initiative_nouns")
    held = [o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" and o.lower_ in nouns]
    ofs = _w("syntax.of_prepositions")
    return [
        o
        for n in held
        for p in n.children
        if p.dep_ == "prep" and p.lower_ in ofs
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _hyphenated_leader(c: Token) -> str | None:
    """'the U.S.-led club', 'the EU-backed platform': one token the tagger leaves without an entity."""
    prefix, dash, suffix = c.text.rpartition("-")
    if not dash or not prefix or c.ent_type_ or suffix.lower() not in _w("agreement.leader_suffixes"):
        return None
    return gazetteer().resolve_country(prefix)


def _venue_in_name(c: Token, t: Token) -> bool:
    """A capital city naming an instrument ('the Kigali Declaration'): the place of adoption.

    Only a capital written as the city (not the state's name or demonym) inside a capitalised name, and
    not joined by a dash to another side ('the Washington-Kinshasa accord' is metonymy for two states).
    """
    ent = next((e for e in c.doc.ents if e.start <= c.i < e.end), None)
    if gazetteer().capital_of(ent.text if ent is not None else c.text) is None or not t.text[:1].isupper():
        return False
    end = ent.end if ent is not None else c.i + 1
    start = ent.start if ent is not None else c.i
    if end < len(c.doc) and c.doc[end].tag_ == "POS":
        return False  # "Santiago's Advanced Framework Agreement": the city owns the name, so it names its state
    joiners = _w("agreement.compound_joiners")
    beside = [c.doc[k] for k in (start - 1, end) if 0 <= k < len(c.doc)]
    return not any(x.text in joiners for x in beside)


PREMODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "PUNCT"})
OBJECT_LIKE = frozenset({"dobj", "attr", "pobj", "nsubjpass"})


def dash_compound(t: Token) -> list[str]:
    """'the Poland–India agreement', 'a new US-Japan joint action plan': countries joined by a dash before the noun.

    Read off the token sequence, not the tree: the parser attaches an en dash compound every which way.  A
    grouping the gazetteer lists with its members ('the EU-Mercosur agreement') stands for them.
    """
    joiners = _w("agreement.compound_joiners")
    k = t.i - 1
    while k >= t.sent.start and (
        t.doc[k].pos_ in PREMODIFIER_POS
        and (t.doc[k].pos_ != "PUNCT" or t.doc[k].text in joiners)
        or t.doc[k].ent_type_ == "MINERAL"  # "the A-B tungsten framework": a mineral the tagger read as a verb
        or t.doc[k].ent_type_ == "GPE"
        and t.doc[k].ent_kb_id_  # "the Republic of Korea-Republic of the Philippines FTA"
        or inner_joiner(t.doc, k)  # "the United States-Brazil Science and Technology Agreement"
        or series_comma(t.doc, k, t.i)  # "the A-B Climate, Critical Minerals and Clean Energy Compact"
    ):
        k -= 1
    run = t.doc[k + 1 : t.i]
    inner = [x for x in run if x.text in joiners and x.i not in (run.start, run.end - 1)]
    sides = list(dict.fromkeys(s for x in inner for s in (x.doc[x.i - 1], x.doc[x.i + 1])))
    members = gazetteer().members
    states = [s for s in sides if s.ent_type_ in ("GPE", "NORP") and s.ent_kb_id_]
    blocs = [s for s in sides if s.ent_type_ == "ORG" and s.ent_kb_id_ in members]
    # "the EU-Mercosur agreement": a grouping the gazetteer lists stands for its members, when every other side is
    # a state or such a grouping (not 'the Vale-GCC supply agreement', 'a Mercosur-style customs agreement')
    sided = blocs and all(s in states or s in blocs for s in sides)
    out: list[str] = []
    for side in sides:
        found = (
            [side.ent_kb_id_] if side in states else list(members[side.ent_kb_id_]) if sided and side in blocs else []
        )
        out += [x for x in found if x not in out]
    own = any(c.dep_ in ("prep", "acl", "relcl") for c in t.children)  # 'whose memorandum with X', '... signed by'
    if len(out) < 2 and not own and (antecedent := _whose_antecedent(t)) is not None:
        return dash_compound(antecedent)  # "the China-Kyrgyzstan-Uzbekistan railway, whose agreement ..."
    return out if len(out) >= 2 else []


def _whose_antecedent(t: Token) -> Token | None:
    """The noun a possessive relative pronoun on ``t`` points back to, read off the token sequence ('the A-B
    railway, whose intergovernmental agreement ...'): the parser hangs such clauses every which way."""
    whose = next((c for c in t.children if c.dep_ == "poss" and c.tag_ == "WP$"), None)
    if whose is None or whose.i < 2 or not whose.doc[whose.i - 1].is_punct:
        return None
    before = whose.doc[whose.i - 2]
    bodies = _w("agreement.company_words", "officials.private_body_words", "persons.institution_words")
    return before if before.pos_ in ("NOUN", "PROPN") and before.lemma_.lower() not in bodies else None


def grouping_members(t: Token) -> list[str]:
    """'the Quad Critical Minerals Initiative': the members of a grouping named in the initiative's name."""
    g = gazetteer()
    for x in t.doc[max(t.sent.start, t.i - 6) : t.i]:
        if x.ent_type_ == "ORG" and x.ent_kb_id_ in g.members:
            return list(g.members[x.ent_kb_id_])
    return []


def misread_head(t: Token) -> bool:
    """'have signed a minerals compact': the parser reads the head noun as an adjective (a predicate of the
    verb, an adjective after the noun, or a small clause over it) and the noun premodifier before it, which
    keeps the determiner, as the object."""
    prev = t.doc[t.i - 1] if t.i > t.sent.start else t
    shapes = (
        prev.dep_ in OBJECT_LIKE and t.head.i in (prev.head.i, prev.i),  # "signed a minerals | compact"
        prev.dep_ == "nsubj" and prev.head.i == t.i,  # "signed [a minerals] compact with X": a small clause
    )
    return t.pos_ == "ADJ" and prev.pos_ == "NOUN" and any(c.dep_ == "det" for c in prev.children) and any(shapes)


def own_demonyms(t: Token) -> list[str]:
    """'the Japanese and Australian strategies', 'Indian and Brazilian national roadmaps': coordinated demonyms
    before a plural instrument noun name one instrument per state (each state's own), not one instrument of
    them all; a singular noun ('the Japanese and Australian memorandum') is still one joint instrument."""
    if t.tag_ not in ("NNS", "NNPS"):
        return []
    out: list[str] = []
    # "The Thai and Australian memorandums": the parser may coordinate the noun with the first demonym
    first = [t.head] if t.dep_ == "conj" and t.head.i < t.i else []
    for a in [*first, *t.children]:
        if a.dep_ not in ("amod", "nmod", *(x.dep_ for x in first)) or a.ent_type_ != "NORP" or a.i > t.i:
            continue
        for x in (a, *a.conjuncts):
            if x.ent_type_ == "NORP" and x.ent_kb_id_ and x.ent_kb_id_ not in out:
                out.append(x.ent_kb_id_)
    return out if len(out) >= 2 else []
