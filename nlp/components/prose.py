"""Parties that official prose names by voice and representation, not as subjects.

Joint statements speak in the first person plural ("We announce today a new
partnership", "we reaffirm our partnership"), and signing ceremonies name the
states a signatory acted for ("signed on behalf of the EU by ... and on behalf
of Peru by ..."). Neither puts a country where the agreement rules look for
one, so these helpers read them off the tree: the joint voice stands for the
pair of countries the document coordinates (``Context.doc_pair``), and a
``behalf`` phrase anywhere under the signing verb names a represented state.
The same holds for national agencies standing for their states (subjects and
owners of named programmes) and for a bare 'one' standing for the agreement
noun before it. Words: ``agreement.joint_voice``, ``agreement.behalf_nouns``,
``agreement.state_org_kinds``, ``agreement.anaphors``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.adopters import co_adopters
from cmkg.nlp.components.agencies import agency_state
from cmkg.nlp.components.governed import likened_instrument
from cmkg.nlp.components.interview_voice import answer_voice
from cmkg.nlp.components.parties import Context, lemma, pp_chain_preps, same_entity, with_parties
from cmkg.nlp.components.party_phrases import state_office
from cmkg.nlp.components.quoted_speaker import in_quotation
from cmkg.nlp.components.roles import in_nonparty_role
from cmkg.nlp.components.syntax import countries_in, subject_tokens, verb_chain
from cmkg.nlp.components.voice import members_voice
from cmkg.nlp.rules import words as _w

__all__ = [
    "accompanying_parties",
    "agency_owners",
    "anaphor_antecedent",
    "anaphor_partners",
    "agency_subjects",
    "behalf_parties",
    "declared_voice",
    "joined_partners",
    "joint_voice_parties",
    "likewise_parties",
    "owned_by_subject",
    "reduced_participles",
]

CLAUSE_OBJECTS = frozenset({"xcomp", "ccomp"})  # what an elliptical 'as did C' lacks
CLAUSE_MARKS = frozenset({"mark", "relcl", "advcl"})  # where a passive's by-phrase ends at the latest
# the labels a 'behalf' phrase can hang by under its verb: "signed [on behalf of X] [by Y] and [on behalf of Z]"
BEHALF_PATH_DEPS = frozenset({"prep", "pobj", "agent", "conj", "cc"})
ANAPHOR_DEPS = frozenset({"dobj", "nsubjpass"})
BLOC = "EU"


def _spoken_by_we(v: Token | None, t: Token) -> bool:
    """The verb's subject, or the agreement's possessor, is the first person plural ('we', 'our')."""
    joint = _w("agreement.joint_voice")
    subjects = [x for verb in verb_chain(v)[:2] for x in subject_tokens(verb)] if v is not None else []
    owners = [x for x in t.children if x.dep_ == "poss"]
    return any(x.lower_ in joint for x in subjects + owners)


def declared_voice(sent) -> list[str]:
    """'We, the Trade Ministers of Australia, India and Japan,': the states a joint text's 'we' speaks for.

    Joint statements of three or more governments name their voice once, in an apposition to 'we';
    from then on 'we', 'our countries' and 'the Participants' stand for that set, not for a pair.
    """
    for t in sent:
        if t.lower_ in _w("agreement.joint_voice") and any(c.dep_ == "appos" for c in t.children):
            codes = countries_in([t])
            # every state named in the apposition, however the parser broke the list up, and a bloc in it
            # ("We, the Ministers of A, B and C, and the European Commission,") is a member too
            end = max(a.right_edge.i for a in t.children if a.dep_ == "appos")
            named = [x for x in t.doc[t.i : end + 1] if x.ent_type_ in ("GPE", "NORP") or x.ent_kb_id_ == BLOC]
            codes += [c for c in dict.fromkeys(x.ent_kb_id_ for x in named if x.ent_kb_id_) if c not in codes]
            if len(codes) >= 2:
                return codes
    return _defined_term(sent)


def _defined_term(sent) -> list[str]:
    """'The Ministers of A, B and C (hereinafter "the Participants") met': the states a defined term covers.

    The states named before the definition marker, skipping places ("in Buenos Aires"), when a
    participant term ('the Participants', 'the Parties') follows the marker.
    """
    marker = next((t for t in sent if t.lower_ in _w("agreement.definition_markers")), None)
    if marker is None or not any(t.lower_ in _w("agreement.participant_terms") for t in sent[marker.i - sent.start :]):
        return []
    venue = _w("venue.prepositions")
    codes: list[str] = []
    for e in (e for e in sent.ents if e.end <= marker.i and e.kb_id_ and e.label_ in ("GPE", "NORP")):
        placed = e.root.dep_ == "pobj" and e.root.head.lower_ in venue
        if not placed and e.kb_id_ not in codes:
            codes.append(e.kb_id_)
    return codes if len(codes) >= 2 else []


def joint_voice_parties(t: Token, v: Token | None, parties: list[str], ctx: Context) -> list[str]:
    """'We announce today a new partnership': in a text the pair co-signs, 'we' is the pair.

    Only when the first person names nobody else: 'we' with a partner outside the pair ("we signed
    a deal with Kenya") is one government speaking, whose identity this rule does not guess.
    """
    pair = ctx.doc_pair
    if len(pair) < 2 or not _spoken_by_we(v, t) or in_quotation(t):
        return []  # '"We need the final agreement," said X': a quoted speaker's 'we', not the text's voice
    # a minister's speech naming 'India and Korea' twice is no joint text of theirs: 'we' is the page's; an
    # interviewed official's 'we' is one state's
    if t.doc._.cmkg_publisher and t.doc._.cmkg_publisher not in pair or answer_voice(t) or members_voice(t.doc):
        return []  # ... and a trade body's 'we' ("We represent 48 companies ...") is no state's
    if any(p not in pair for p in parties):
        return []
    # "We reaffirm the Treaty between A and B": the instrument's own 'between' phrase names its parties
    mutual = any(p.lower_ in _w("agreement.mutual_prepositions") for p in pp_chain_preps(t))
    if mutual and len(parties) >= 2:
        return []
    return [x for x in pair if x not in parties]


def _governed_by(x: Token, v: Token) -> bool:
    """``x`` hangs under ``v`` through prepositional phrases and their coordination only."""
    cur = x
    while cur.i != v.i:
        if cur.dep_ not in BEHALF_PATH_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def behalf_parties(v: Token | None) -> list[str]:
    """'signed on behalf of the EU by X and on behalf of Peru by Y': the states the signatories acted for."""
    if v is None:
        return []
    out: list[str] = []
    for x in v.subtree:
        if x.lower_ not in _w("agreement.behalf_nouns") or x.dep_ != "pobj" or not _governed_by(x, v):
            continue
        for prep in (p for p in x.children if p.dep_ == "prep" and p.lower_ in _w("syntax.of_prepositions")):
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            out += [c for c in countries_in(objs) if c not in out]
    return out


def agency_subjects(v: Token | None) -> list[str]:
    """'The Commerce Department signed an MOU with Canada': a national agency as subject acts for its state."""
    out: list[str] = []
    for verb in verb_chain(v)[:2] if v is not None else []:
        for x in (y for s in subject_tokens(verb) for y in (s, *s.conjuncts)):
            code = agency_state(x)
            if code and code not in out:
                out.append(code)
    return out


def agency_owners(t: Token) -> list[str]:
    """'EXIM's new Supply Chain Resiliency Initiative': a national agency owning a named programme stands for its state.

    Agencies are the gazetteer's organisations of kind ``agency`` (with the state they serve); a company
    or an intergovernmental body owning a programme names no state here.
    """
    out: list[str] = []
    for x in t.children:
        owner = x.dep_ in ("poss", "compound") and not same_entity(x, t)  # not "Fund" in "Public Investment Fund"
        code = agency_state(x) if owner else None
        if code and code not in out:
            out.append(code)
    return out


def owned_by_subject(t: Token, v: Token | None) -> bool:
    """'announced new details of its Strategic Reserve': the possessive points back to the clause's subject.

    Only one 'of' phrase below the verb's object: deeper ("loans for a firm to fast track Stage One of
    its Project") the possessive more likely points to a nearer noun, a company.
    """
    near = v is not None and t.head.head.head.i == v.i and t.head.head.dep_ in ("dobj", "nsubjpass")
    return near and any(x.dep_ == "poss" and x.lower_ in _w("agreement.own_possessives") for x in t.children)


def anaphor_antecedent(t: Token, earlier: list[tuple[Token, str, str | None]]) -> str | None:
    """'did not sign an agreement with X but signed one with Y': 'one' stands for the last agreement noun.

    Only a bare 'one' in an argument slot (not 'one agreement', not 'one of them') with an agreement
    noun earlier in the sentence; it takes that noun's lemma, so type and status rules apply unchanged.
    """
    if earlier and likened_instrument(t):
        return earlier[-1][1]  # "A has a memorandum with B, and C has had a similar document with D"
    # "signed a memorandum with A in 2022 and another with B", "... and a similar one with B" (any tag for 'one')
    elided = t.dep_ == "conj" and t.pos_ in ("PRON", "NUM", "NOUN")
    if t.lower_ in _w("agreement.anaphors") and _made_by_state(t):  # "like the one that A has signed with B"
        return earlier[-1][1] if earlier else next(iter(_w("agreement.anaphor_default_nouns")))
    # "The Agreement with A, in force since 2004, and the one with B, ..., remain": a subject 'one' with a partner
    partnered = any(
        c.dep_ == "prep" and c.lower_ in _w("agreement.party_prepositions") and countries_in(c.children)
        for c in t.children
    )
    subject = t.dep_ == "nsubj" and partnered
    if t.lower_ not in _w("agreement.anaphors") or (t.dep_ not in ANAPHOR_DEPS and not elided and not subject):
        return None
    if not earlier:
        return None
    if any(
        c.dep_ in ("prep", "compound", "amod")
        and c.lower_ not in _w("agreement.party_prepositions")
        and not (partnered and c.dep_ == "prep" and c.lower_ not in _w("agreement.owner_prepositions"))  # "in force"
        and c.lower_ not in _w("agreement.anaphor_adjectives")  # "signed a second one with Washington"
        for c in t.children
    ):
        return None
    return earlier[-1][1]


def _made_by_state(t: Token) -> bool:
    """'the one the Cook Islands signed with China': a relative clause of signing whose subject is a state names
    the instrument 'one' stands for, whatever noun the text gave it earlier ('the one A established' may be a
    smelter)."""
    signing = _w("status.signed")
    return any(c.dep_ == "relcl" and lemma(c) in signing and countries_in(subject_tokens(c)) for c in t.children)


def anaphor_partners(t: Token, lem: str, own: list[str], ctx: Context) -> list[str]:
    """'Uzbekistan has a memorandum with the EU, and Kazakhstan signed one in 2022': a bare 'one' with no partner
    of its own has its antecedent's partner (the 'with' phrase of the last agreement noun before it)."""
    verb = next((x for x in t.ancestors if x.pos_ in ("VERB", "AUX")), None) if t.dep_ == "conj" else None
    if verb is not None:  # "signed X with A in March and another with B in May": the phrase after it, on the verb
        after = [p for p in verb.children if p.dep_ == "prep" and p.i > t.i]
        later = [x for p in after if p.lower_ in _w("agreement.party_prepositions") for x in countries_in(p.children)]
        if later:
            return [x for x in later if x not in own]
    before = [x for x in t.sent if x.i < t.i and lemma(x) == lem]
    return [x for x in with_parties(before[-1], ctx) if x not in own] if before else []


def accompanying_parties(v: Token | None) -> list[str]:
    """'Canada, France and Germany, along with the EU, signed', 'Japan, together with Australia, launched':
    states the subject phrase brings along act with it.

    Read off the words between the subject and its verb, since the parser hangs 'along with' and
    'together with' on commas and conjuncts as often as on the subject.
    """
    subjects = subject_tokens(v) if v is not None else []
    if not subjects:
        return []
    out = likewise_parties(v)
    out += [x for x in co_adopters(v) if x not in out]  # '..., with D taking part, and was endorsed by E
    if any(s.i > v.i for s in subjects):  # "adopted by A, B and C, together with D, according to ...": after
        region = _agent_region(v)  # the agent, up to the next verb
    else:
        region = v.doc[min(s.left_edge.i for s in subjects) : v.i]
    words = _w("agreement.accompaniment_words")
    for p in region:
        # "as well as B" after a by-phrase: the parser makes the last 'as' a preposition on the verb
        additive = " ".join(x.lower_ for x in v.doc[max(p.i - 2, 0) : p.i + 1]) in _w("agreement.additive_phrases")
        if not additive and p.lower_ not in _w("agreement.party_prepositions") or in_nonparty_role(p):
            continue
        if additive or p.lower_ in words or (p.i > 0 and v.doc[p.i - 1].lower_ in words):
            objs = [o for o in p.children if o.dep_ == "pobj"]
            objs = objs or (list(v.doc[p.i + 1 : p.i + 2]) if additive else [])  # "as well as Qatar", misattached
            out += [c for c in countries_in(objs) if c not in out]
    return out


def likewise_parties(v: Token) -> list[str]:
    """'A and B endorsed the plan, officials said, as did C', 'A has signed it, and so have B and C': the
    states of an elliptical clause (a bare auxiliary or 'do' after 'as' / 'so') that repeats the verb act too.

    The clause hangs on the verb or, after an attribution, on the reporting verb."""
    acts = _w("status.signed", "status.announced", "agreement.membership_verbs")
    if lemma(v) not in acts:  # "A criticised the deal, as did B": B looks on as A does
        return []
    reporting = _w("status.reporting_verbs")
    scopes = [v, *(x for x in v.children if x.dep_ == "parataxis" and lemma(x) in reporting)]  # "..., it said,"
    if v.dep_ in ("ccomp", "parataxis") and lemma(v.head) in reporting:
        scopes.append(v.head)
    clauses = [x for s in scopes for x in s.children if x.i > v.i and x.dep_ in ("advcl", "ccomp", "conj")]
    clauses += [h for h in (v.head, v.head.head) if h.i > v.i]  # the parser may make 'as did C' the root
    out: list[str] = []
    for x in clauses:
        auxiliary = any(c.dep_ == "aux" and lemma(c) in _w("agreement.pro_verbs") for c in x.children)
        named = x.ent_type_ == "GPE" and auxiliary  # "as will Zambia": the parser reads the state as the verb
        bare = (lemma(x) in _w("agreement.pro_verbs") or named) and not any(
            c.dep_ in CLAUSE_OBJECTS and c not in scopes for c in x.children
        )
        near = [*x.children, *(g for a in x.children if a.dep_ == "aux" for g in a.children)]  # 'as' on 'will'
        marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in _w("agreement.likewise_words") for c in near)
        # "as have Kazakhstan and Australia": the inverted subject is often parsed as the object
        doers = [x] if named else subject_tokens(x) or [c for c in x.children if c.dep_ == "dobj"]
        if bare and marked and _repeats_act(v, x):
            out += [c for c in countries_in(d for d in doers if _state_doer(d)) if c not in out]
    return out


def _modality(v: Token) -> set[str]:
    """The modal, future and conditional words of a clause: its auxiliaries, or the clause head itself when the
    parser made the bare 'will' of 'so will C' the verb."""
    marks = _w("status.modal_auxiliaries", "status.future_auxiliaries", "status.conditional_auxiliaries")
    words = [v, *(c for c in v.children if c.dep_ == "aux")]
    return {x.lower_ for x in words if x.lower_ in marks}


def _repeats_act(v: Token, x: Token) -> bool:
    """'as did C' repeats the act of ``v``; 'and so will C if ...', 'as C may do next year' or 'as C would have
    done had ...' only puts it ahead or in a counterfactual (unless the main verb is as modal: 'A will sign it,
    as will C'); 'as C did in 2019 with D' names its own partner, another instrument."""
    if not _modality(x) <= _modality(v):
        return False
    preps = [p for p in x.children if p.dep_ == "prep" and p.lower_ in _w("agreement.party_prepositions")]
    return not countries_in(o for p in preps for o in p.children if o.dep_ == "pobj")


def _state_doer(d: Token) -> bool:
    """The doer of 'as did C' is a party only when it is the state (or a collective of states) or its government
    or office ('as did Japan's government'); 'Brazil's opposition leader', 'Japan's largest trading houses' or
    'Peru's mining giant' belong to a state without acting for it."""
    if d.ent_type_ in ("GPE", "NORP") or lemma(d) in _w("agreement.collective_states"):
        return True
    if not state_office(d):
        return False
    return not any(c.lower_ in _w("persons.office_modifiers") for c in d.children)


def _agent_region(v: Token) -> list[Token]:
    """The words of a passive's by-phrase and what follows it up to the next verb or clause mark: the parser
    hangs a companion phrase after the agent on its last state, a comma or the verb itself."""
    agents = [c for c in v.children if c.dep_ == "agent"]
    if not agents:
        return []
    out = []
    for x in v.doc[agents[0].i + 1 : v.sent.end]:
        if x.pos_ in ("VERB", "AUX") or x.dep_ in CLAUSE_MARKS or x.lower_ in _w("agreement.relative_pronouns"):
            break
        out.append(x)
    return out


def joined_partners(v: Token | None, t: Token | None = None) -> list[str]:
    """'Norway joined Sweden in signing a declaration', 'Estonia joined Norway and Finland in the Nordic Alliance':
    whom the subject joins is a party too (the agreement is then a phrase on the joining verb, not its object)."""
    out: list[str] = []
    chain = verb_chain(v) if v is not None else []
    own = t is not None and t.dep_ == "pobj" and t.head.head.i == chain[0].i if chain else False
    for verb in chain if own else chain[1:]:
        if lemma(verb) in _w("agreement.membership_verbs"):
            objs = [o for o in verb.children if o.dep_ == "dobj"]
            out += [c for c in countries_in(objs) if c not in out]
    return out


def reduced_participles(t: Token, v: Token | None, preps: list[Token]) -> list[Token]:
    """'does not affect the Agreement on minerals concluded between A and B in 2025': a bare participle right
    after the agreement's phrase that the parser coordinated with the main verb modifies the agreement.

    Only a past participle with no subject and no auxiliary of its own, of a committing verb, that follows
    the noun phrase (and its topic phrases ``preps``) at once, possibly after a comma.
    """
    if v is None:
        return []
    end = max([t.right_edge.i] + [p.right_edge.i for p in preps])
    committing = _w("status.signed", "status.announced")
    out = []
    # coordinated with the main verb, or hung on it as an adverbial clause ("is a member of the Z, launched with X")
    for x in (x for x in v.children if x.dep_ in ("conj", "advcl") and x.tag_ == "VBN" and lemma(x) in committing):
        own = [y for y in x.children if y.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")]
        gap = t.doc[end + 1 : x.i]
        if not own and all(y.is_punct for y in gap) and len(gap) <= 1:
            out.append(x)
    if t.dep_ == "nsubj" and t.head.i == v.i and _misread_participle(v):
        out.append(v)
    return out + _contact_clauses(v, end, committing)


def _contact_clauses(v: Token, end: int, committing: frozenset[str]) -> list[Token]:
    """'Egypt terminated the MOU it had signed with Nigeria': a relative clause with no 'that' right after the
    noun phrase, which the parser hung on the main verb as its complement; its subject starts at once after
    the noun phrase."""
    return [
        x
        for x in v.children
        if x.dep_ in ("ccomp", "conj", "advcl")
        and lemma(x) in committing
        and any(y.dep_ == "nsubj" and y.left_edge.i == end + 1 for y in x.children)
    ]


def _misread_participle(v: Token) -> bool:
    """'The framework agreed between A and B in 2023 provides for ...': the parser made the participle the main
    verb with the agreement as its subject. An agreement does not itself agree, conclude or sign 'between' two
    states, so a bare committing verb (no auxiliary) whose mutual phrase ('between', 'among') names two or more
    states modifies it (a phrase naming firms, 'between Trafigura and Gecamines', is left to the company rules)."""
    committing = lemma(v) in _w("status.signed", "status.announced")
    bare = not any(c.dep_ in ("aux", "auxpass") for c in v.children)
    mutual = [c for c in v.children if c.dep_ == "prep" and c.lower_ in _w("agreement.mutual_prepositions")]
    return committing and bare and any(len(set(countries_in(list(p.subtree)))) >= 2 for p in mutual)
