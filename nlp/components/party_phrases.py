"""Phrases around an agreement noun or its verb that name who is party: 'with'/'between' chains.

Split from :mod:`parties` (which resolves subjects): the prepositional chains an agreement noun or verb
carries ("deals on minerals with Japan", "with A in 2021 and with B in 2022"), a relative 'with which'
standing for the state before it, counted partners, and the lemma repairs both modules read verbs with.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.dep_labels import SUBJECT_DEPS
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "agreement_noun",
    "agreement_words",
    "clause_partner",
    "counted_noun",
    "counted_partners",
    "distributed_over",
    "distributive_modifier",
    "distributive_partners",
    "distributive_verb",
    "encounter_noun",
    "instrument_acronym",
    "lemma",
    "making_words",
    "our_series",
    "partitive_states",
    "pp_chain_preps",
    "relative_antecedent",
    "same_entity",
    "split_by_with",
    "standing_subject",
    "state_office",
    "topic_nouns",
]

# the events whose 'with' phrase or place names who met, never parties or owners: meetings, talks, visits, calls,
# and the consultations a participle places; one list for the agreement and the control rules
ENCOUNTER_WORD_LISTS = (
    "agreement.meeting_nouns",
    "status.talks_nouns",
    "venue.visit_nouns",
    "agreement.encounter_nouns",
    "venue.held_event_nouns",
)

PP_CHAIN_DEPS = frozenset({"prep", "pobj", "pcomp", "conj", "cc", "compound", "amod"})


def lemma(t: Token) -> str:
    """The lemma, with the small model's known mislemmatisations repaired ('hoped' -> 'hop' -> 'hope')."""
    raw = t.lemma_.lower() if t.lemma_ else t.lower_
    return rules().table("syntax.lemma_repairs").get(raw, raw) if t.pos_ in ("VERB", "AUX") else raw


def agreement_words() -> frozenset[str]:
    """Agreement nouns and initiative nouns: the heads any agreement rule may start from."""
    return _w("agreement.nouns", "agreement.initiative_nouns")


def agreement_noun(x: Token) -> bool:
    """A noun (or proper noun) whose lemma is an agreement or initiative noun: an instrument in the sentence."""
    return lemma(x) in agreement_words() and x.pos_ in ("NOUN", "PROPN")


def making_words() -> frozenset[str]:
    """Signing and announcing verbs: the verbs that make an instrument, which the parse repairs and relative-clause
    rules look for ('the deal Chile signed with Korea'), where negotiating or weighing it makes none yet."""
    return _w("status.signed", "status.announced")


def state_office(x: Token) -> bool:
    """A government, public-body or office word ('the government', 'the ministry', 'the minister'): a noun that
    acts for its state, where 'opposition leader', 'think tank' or 'trading house' does not."""
    forms = (x.lower_, lemma(x))
    lists = ("syntax.government_heads", "officials.government_body_nouns", "officials.public_heads")
    return any(f in _w(name) for name in lists for f in forms)


def pp_chain_preps(t: Token) -> list[Token]:
    """'with'/'between' phrases on ``t`` or nested in its PP chain ("deals on minerals with Japan")."""
    out, encounters, others = [], [], []
    for c in t.subtree:
        coordinated = c.dep_ == "conj" and (c.head.dep_ == "prep" or _verb_series_member(c))
        if not (c.dep_ == "prep" or coordinated) or c.lower_ not in _w("agreement.party_prepositions"):
            continue
        if _open_tail(c):
            continue  # "with A, B and C, among others": the list's open end, no party phrase of its own
        anaphors = _w("agreement.anaphors")
        elided = [x for x in t.subtree if x.dep_ == "conj" and x.lower_ in anaphors and x.i != t.i and x.i < c.i]
        if c.head.i == t.i and elided:
            continue  # "signed X with A and another with B": the phrase after 'another' is that one's
        if any(
            x.lower_ in anaphors and x.dep_ in ("dobj", "nsubjpass") and x.head.i != t.i and t.i < x.i < c.i
            for x in t.subtree
        ):
            continue  # "with several partners and rules out further ones, including with B": the anaphor's phrase
        cur = c.head
        ok, met = True, False
        while cur.i != t.i:
            # "on tungsten" tagged VBN; "a roadmap on processing with B": a gerund as a preposition's object
            nominal = cur.pos_ not in ("VERB", "AUX") or bool(cur.ent_type_) or cur.dep_ == "pobj"
            # "a memorandum on mining with B": a topic word the parser made the preposition's gerund complement
            nominal = nominal or (cur.dep_ == "pcomp" and cur.lower_ in _w("agreement.talks_topics"))
            # "further ones, including with B": a party preposition tagged as a verb
            nominal = nominal or (cur.dep_ == "prep" and cur.lower_ in _w("agreement.party_prepositions"))
            other = cur.pos_ == "NOUN" and lemma(cur) in _w("agreement.nouns")  # "after a deal between C and D"
            # "signed in 2023, and of its ongoing negotiations with India": the talks' own partner
            # a process told of ('and of its ongoing negotiations with India'), not 'after talks with C'
            talks = cur.pos_ == "NOUN" and cur.lower_ in _w("status.talks_nouns")
            owned = cur.head.lower_ in _w("syntax.of_prepositions") and any(c.dep_ == "poss" for c in cur.children)
            other = other or (talks and (not _encounter_adjunct(cur) or owned))  # not 'born of talks with B'

            # "the Partnership signed by C and D and the Memorandum between E and F": a second agreement
            other = other or cur.dep_ == "conj" and _own_agreement_phrase(cur)
            # "and another with B", "alongside an identical one with B": the anaphor's own instrument and partner
            beside = cur.dep_ == "pobj" and cur.head.lower_ in _w("agreement.set_companion_prepositions")
            other = other or (cur.dep_ == "conj" or beside) and cur.lower_ in _w("agreement.anaphors")
            other = other or _own_process(cur, c)  # "alongside a peace process between A and B": that process's
            other = other or cur.lower_ in _w("agreement.comparison_words")  # "a deal like the one agreed with B"
            met = met or _encounter_adjunct(cur)  # "in a meeting with Prime Minister X", "after talks with C"
            if cur.dep_ not in PP_CHAIN_DEPS or not nominal or other:
                ok = False
                break
            cur = cur.head
        (others if not ok else encounters if met else out).append(c)
    # "Korea signed a memorandum at a meeting with Chile": with no other party phrase, who met is the counterpart,
    # unless the subject already names the sides ("in a meeting with Prime Minister X, A's and B's ministers")
    return out if out or others else encounters if _lone_signer(t) else []


def _own_process(noun: Token, prep: Token) -> bool:
    """A mutual phrase right on a process or talks noun that is itself the object of a party preposition
    ('alongside a peace process between A and B', 'with talks between C and D') names that process's sides, not
    those of the instrument the companion phrase is hung on."""
    mutual = prep.lower_ in _w("agreement.mutual_prepositions") and prep.head.i == noun.i
    mutual = mutual and noun.dep_ == "pobj" and noun.head.lower_ in _w("agreement.party_prepositions")
    return mutual and noun.pos_ == "NOUN" and lemma(noun) in _w("agreement.process_nouns", "status.talks_nouns")


def _lone_signer(t: Token) -> bool:
    """Whether the clause of ``t`` (a verb, or a noun under one) has a subject naming at most one state: only then
    can the states it met be the other side."""
    v = t
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    subject = [x for c in v.children if c.dep_ in SUBJECT_DEPS for x in c.subtree]
    return len(countries_in(subject)) < 2


def _encounter_adjunct(x: Token) -> bool:
    """'signed a memorandum with B in a meeting with Prime Minister X', 'after talks with C': a meeting, talks,
    visit or call named in a phrase of the verb has its own 'with' phrase, which names who met, not the parties
    (:func:`pp_chain_preps` falls back on it only when the verb has no other party phrase)."""
    return x.pos_ == "NOUN" and x.dep_ == "pobj" and encounter_noun(x)


def encounter_noun(x: Token) -> bool:
    """A meeting, talks, a visit, a call or consultations (``ENCOUNTER_WORD_LISTS``): the states named with it met;
    read by lemma and by form, since the small model lemmatises plurals like 'talks' unevenly."""
    nouns = _w(*ENCOUNTER_WORD_LISTS)
    return lemma(x) in nouns or x.lower_ in nouns


def _open_tail(prep: Token) -> bool:
    """', among others', ', among other things', ', among other partners' after a list: a mutual preposition
    after punctuation whose only objects are words that leave a list open (``agreement.open_list_tails``)."""
    if prep.lower_ not in _w("agreement.mutual_prepositions") or prep.i == 0 or not prep.nbor(-1).is_punct:
        return False  # 'with several partners, such as A', 'arrangements between other countries': party phrases
    tails = _w("agreement.open_list_tails")
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    # 'among others', 'among other partners'
    return bool(objs) and all(
        not o.ent_type_ and (o.lower_ in tails or any(m.dep_ == "amod" and m.lower_ in tails for m in o.children))
        for o in objs
    )


def _verb_series_member(c: Token) -> bool:
    """ "with A in 2021 and with B in 2022", and "signed with A in 2021, with B in 2022, and with C": the last
    preposition of a series parsed as a conjunct of the verb, beside a phrase of the same preposition on it."""
    same = any(s.dep_ == "prep" and s.lower_ == c.lower_ for s in c.head.children)
    return c.pos_ == "ADP" and c.head.pos_ in ("VERB", "AUX") and same


def _own_agreement_phrase(t: Token) -> bool:
    """An agreement noun heading its own determined phrase ('and the Memorandum ...', 'and the IJEPA with Japan'),
    not a bare alternative; the determiner may open a name the parser split ('and the Status of Forces
    Agreement')."""
    agreement = lemma(t) in _w("agreement.nouns") or t.lower_ in _w("agreement.mou_forms") or instrument_acronym(t)
    return agreement and (any(c.dep_ == "det" for c in t.children) or t.left_edge.dep_ == "det")


def instrument_acronym(t: Token) -> bool:
    """A capitalised acronym that is, or ends in, the initials of a kind of agreement
    (``agreement.instrument_acronyms``): 'CEPA', 'IJEPA', 'AANZFTA'; 'IA-CEPA' is split at its hyphen."""
    text = t.text
    if not (text.isupper() and text.isalpha()) or t.pos_ not in ("NOUN", "PROPN"):
        return False
    if t.ent_kb_id_ or t.dep_ == "compound":
        return False  # 'the EFTA states': a known body's initials, a modifier of another noun
    return any(text.endswith(a) for a in _w("agreement.instrument_acronyms"))


def relative_antecedent(o: Token) -> list[str]:
    """'ties with China, with which it signed a deal': the state right before a relative 'with which', or the state
    the clause hangs on past an apposition ('Kazakhstan, another of the EU's partners, with which the bloc ...'),
    or every state of a list the clause follows ('among them A and B, with which it signed frameworks')."""
    if o.lower_ not in _w("agreement.relative_pronouns") or o.head.i < 2:
        return []
    clause = next((a for a in o.ancestors if a.dep_ == "relcl"), None)
    noun = clause.head if clause is not None else o
    noun = noun.head.head if noun.dep_ == "pobj" and noun.head.head.dep_ == "appos" else noun  # 'of A's partners'
    noun = noun.head if noun.dep_ == "appos" else noun  # the clause on 'another of ...' apposed to the state
    if noun.dep_ == "dep" and noun.i >= 2 and noun.doc[noun.i - 1].text == ",":
        noun = noun.doc[noun.i - 2]  # an apposition the parser left as a bare dependent of the verb
    if clause is not None and noun.ent_type_ in ("GPE", "NORP") and noun.ent_kb_id_:
        # "allies, among them A and B, with which it signed frameworks": a clause after the list is on all of it
        listed = noun.conjuncts and all(x.i < clause.left_edge.i for x in noun.conjuncts)
        return countries_in([noun]) if listed else [noun.ent_kb_id_]
    before = o.doc[o.head.i - 1]
    before = o.doc[o.head.i - 2] if before.is_punct else before
    return countries_in([before]) if before.sent == o.sent else []


def standing_subject(t: Token, v: Token | None) -> bool:
    """'similar Joint Working Groups are already functioning with A and B', 'MoUs are in force with A and B',
    'Talks are under way with A': an instrument that only stands (the subject of ``agreement.standing_verbs``, or of
    a copula whose phrase holds ``status.in_force_objects`` or ``export_control.standing_nouns``), or talks that
    only go on (a copula or ``status.talks_progress_words``), take their verb's 'with' phrase as their partners, as
    an object instrument does; the state that reports them is the other side.  A verb of action ('works with
    companies', 'met with criticism') says nothing of the kind."""
    if v is None or t.head != v or t.dep_ != "nsubj" or _unsettled(v):
        return False
    if lemma(v) in _w("agreement.standing_verbs"):
        return True
    if t.lower_ in _w("status.talks_nouns") and lemma(v) in _w("syntax.copulas", "status.talks_progress_words"):
        return True
    states = _w("status.in_force_objects", "export_control.standing_nouns")
    held = [o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return lemma(v) in _w("syntax.copulas") and any(o.lower_ in states for o in held)


def _unsettled(v: Token) -> bool:
    """'do not exist', 'have never existed', 'no longer function', 'whether MoUs are in force', 'were in place until
    2019': standing the clause denies, ends or only asks about."""
    negation = _w("export_control.negation_words")
    denied = any(c.dep_ == "neg" or c.lower_ in negation for c in v.children)
    ended = any(n.lower_ in negation for c in v.children if c.dep_ == "advmod" for n in c.children)  # 'no longer'
    asked = any(c.dep_ == "mark" and c.lower_ in _w("export_control.question_marks") for c in v.children)
    until = any(c.dep_ == "prep" and c.lower_ in _w("agreement.membership_end_marks") for c in v.children)
    return denied or ended or asked or until


def same_entity(a: Token, b: Token) -> bool:
    """Both tokens inside one entity span: 'Minerals' in 'Critical Minerals Framework' is no company."""
    return (
        a.ent_iob_ != "O"
        and b.ent_iob_ != "O"
        and any(e.start <= a.i < e.end and e.start <= b.i < e.end for e in a.doc.ents)
    )


def counted_partners(t: Token) -> bool:
    """'partnerships with 14 countries': the partners are counted, not named."""
    return counted_noun(t) is not None


def counted_noun(t: Token) -> Token | None:
    """The count noun of ``t``'s partner phrase ('countries' in 'with a number of countries'), where a series
    that names the counted partners must attach."""
    count_nouns = _w("participation.count_nouns")
    for prep in pp_chain_preps(t):
        for obj in prep.children:
            # "with a number of states", "with a host of partners": the count noun under a quantity noun
            counted = [obj] + [x for p in obj.children if p.dep_ == "prep" for x in p.children if x.dep_ == "pobj"]
            counted = counted if obj.lower_ in _w("agreement.quantity_nouns") else [obj]
            # "partners with which the bloc has concluded such instruments": the clause's antecedent is counted
            if obj.lower_ in _w("agreement.relative_pronouns") and prep.head.dep_ == "relcl":
                counted = [prep.head.head]
            found = next((x for x in counted if x.lower_ in count_nouns), None)
            if found is not None and not countries_in([obj]):
                return found
    return None


def distributive_verb(v: Token | None) -> bool:
    """'have each signed', 'A and B each signed', 'signed separately': one agreement per subject."""
    return v is not None and any(
        x.lower_ in _w("agreement.distributive_words") and (x.head == v or x.head.dep_ in ("nsubj", "nsubjpass"))
        for x in v.subtree
    )


def distributed_over(o: Token) -> list[Token]:
    """'with each of the two countries', 'with each of A and B': the 'of' objects of a distributive pronoun
    that stands for the partners, one by one."""
    if o.lower_ not in _w("agreement.distributive_words"):
        return []
    return [x for p in o.children if p.dep_ == "prep" and p.lower_ in _w("syntax.of_prepositions") for x in p.children]


def distributive_partners(t: Token) -> bool:
    """'a similar instrument with each of the two countries': one instrument per partner, as for a plural."""
    return any(distributed_over(o) for p in pp_chain_preps(t) for o in p.children if o.dep_ == "pobj")


def distributive_modifier(t: Token) -> bool:
    """'their respective Mutual Defense Treaties', 'separate memoranda': a plural instrument each subject has its
    own of (``agreement.distributive_modifiers``)."""
    plural = t.tag_ in ("NNS", "NNPS")
    return plural and any(c.dep_ == "amod" and c.lower_ in _w("agreement.distributive_modifiers") for c in t.children)


def our_series(t: Token) -> bool:
    """'our agreements with A, B and C': a plural agreement noun in the joint voice of one government."""
    plural = t.tag_ in ("NNS", "NNPS") or t.lower_ in _w("agreement.plural_forms")
    return plural and any(x.dep_ == "poss" and x.lower_ in _w("agreement.joint_voice") for x in t.children)


def split_by_with(t: Token, name: str | None) -> bool:
    """'signed an agreement with A in 2021 and with B in 2022': one agreement per coordinated 'with' phrase."""
    return not name and any(p.dep_ == "conj" for p in pp_chain_preps(t))


def topic_nouns(t: Token, v: Token | None = None, depth: int = 3) -> list[Token]:
    """The nouns of the prepositional chain after an agreement noun ('the memorandum of understanding on lithium'),
    where a participle or relative clause about the agreement may hang; the parser may attach the first phrase to
    the verb instead ('joined the MOU on copper'), so a phrase of ``v`` right after the noun counts too."""
    preps = [p for p in t.children if p.dep_ == "prep"]
    preps += [p for p in (v.children if v is not None else ()) if p.dep_ == "prep" and p.i == t.right_edge.i + 1]
    out: list[Token] = []
    for _ in range(depth):
        nouns = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        out += nouns
        preps = [p for o in nouns for p in o.children if p.dep_ == "prep"]
    return out


def partitive_states(n: Token) -> list[str]:
    """'Among the countries that have signed such partnerships are A, B and C', 'A is one of the states that have
    concluded memoranda': a counted noun in a partitive phrase of a copula stands for the copula's states."""
    if n.lower_ not in _w("participation.count_nouns") or n.dep_ != "pobj":
        return []
    among = n.head.lower_ in _w("agreement.partitive_prepositions")
    one_of = n.head.lower_ in _w("syntax.of_prepositions") and n.head.head.lower_ in _w("agreement.anaphors")
    copula = n.head.head if among else n.head.head.head if one_of else None
    if copula is None or lemma(copula) not in _w("agreement.list_continuation_verbs"):
        return []
    return countries_in([x for x in copula.children if x.dep_ in ("nsubj", "attr")])


def clause_partner(t: Token) -> bool:
    """'the memorandum that Belgrade signed with the EU', 'the memorandum signed in 2022 with A and B': a relative
    or participle clause on the instrument names a 'with' partner of its own, which the clause rules read later;
    the main clause's subject needs no other side found for it meanwhile."""
    preps = _w("agreement.with_prepositions")
    return any(x.dep_ in ("acl", "relcl") and any(p.lower_ in preps for p in x.children) for x in t.children)
