"""Undo two misparses of en_core_web_sm on long official sentences, before the rule layers read the tree.

1. A split auxiliary: "Pakistan and Kenya had, during the visit of the Minister to Nairobi in August, agreed
   to begin negotiations".  The parser makes the auxiliary the clause's verb (it takes the subject) and hangs
   the verb after the inserted phrase on the verb above ('said') or on the auxiliary, with no subject, so
   every rule that reads a verb's subject loses the parties.  The verb after the closing comma becomes the
   clause's head again and the auxiliary, its subject and the inserted phrase hang from it; a participle
   there that the parser read as an adjective of its object ('has, since 2023, required exporters') too.
2. A participle of a committing verb hung on the main verb instead of the instrument: "took note of the
   memorandum on the development of the Belinga deposit initialled with the Government of X, whose ...".
   After a long 'of' chain the parser reads the participle as a past tense (VBD) adverbial or complement
   clause of 'took'; it is the reduced relative of the nearest agreement noun above the word before it.

Both repairs are over syntax and word lists only (``syntax.split_auxiliaries``, ``status.signed``,
``status.announced``, ``status.negotiating``, ``agreement.nouns``, ``agreement.party_prepositions``), and move a
token only when the construction is complete: a subject on the auxiliary and a subjectless verb right after a
comma; a subjectless participle with a party preposition right after a noun under an agreement noun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.conjunct_phrases import join_coordinated_participle
from cmkg.nlp.components.dep_labels import ANY_SUBJECT_DEPS
from cmkg.nlp.components.syntax import live_children
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "committing_verb",
    "has_subject",
    "instrument_head",
    "hang_contact_relatives",
    "hang_instrument_participles",
    "hang_intention_infinitives",
    "hang_object_relatives",
    "join_split_auxiliaries",
    "return_fronted_objects",
]

SUBJECTS = ANY_SUBJECT_DEPS
AUXILIARIES = frozenset({"aux", "auxpass"})
RESUMED_TAGS = frozenset({"VB", "VBN", "VBD"})  # the verb after 'had,' / 'will,' (past forms often tagged VBD)
LOOSE_DEPS = frozenset({"advcl", "ccomp", "conj", "dep", "xcomp", "acl"})  # where a misread participle hangs
NOUN_MODIFIERS = frozenset({"acl", "amod"})
CLAUSE_ON_NOUN = frozenset({"acl", "amod", "relcl", "appos"})  # a clause set off after a noun
NOMINAL = frozenset({"NOUN", "PROPN"})
SIGNERS = frozenset({"PERSON", "GPE", "NORP", "ORG"})  # a name right before the verb may be its own subject
MAX_GAP = 30  # tokens from the auxiliary to the resumed verb


def has_subject(t: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in live_children(t))


def _resumed_verb(aux: Token, sent: Span) -> Token | None:
    """The first verb right after a comma that the parser hung on the auxiliary, above it or beside it."""
    doc = sent.doc
    for t in doc[aux.i + 2 : min(sent.end, aux.i + MAX_GAP)]:
        if doc[t.i - 1].text != "," or t.pos_ != "VERB" or t.tag_ not in RESUMED_TAGS:
            continue
        above = t.head in aux.ancestors and not has_subject(t)  # 'reminded X that A has, since May, banned'
        if t.head == aux or aux.head == t or (t.head == aux.head and aux.head != aux) or above:
            return t
    return None


def _promote(aux: Token, verb: Token) -> None:
    """The verb takes the auxiliary's place in the tree; the auxiliary and what came before the verb hang on it."""
    if aux.head == verb:
        pass  # the parser made it the verb's auxiliary but left the subject on it
    elif aux.head == aux:
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = aux.head, aux.dep_
    for c in live_children(aux):
        if c != verb and (c.i < verb.i or c.dep_ in SUBJECTS):
            c.head = verb
    aux.head, aux.dep_ = verb, "aux"


def _inserted_subjects_apposed(aux: Token, verb: Token) -> bool:
    """A subject the parser gave the verb from inside the inserted phrase ('during the visit of the Minister,
    L J, to C, agreed') is an apposition of the noun before its comma; a subject outside it is the verb's own."""
    doc = aux.doc
    inside = [c for c in live_children(verb) if c.dep_ in SUBJECTS]
    if any(not aux.i < c.i < verb.i for c in inside):
        return False
    anchors = []
    for c in inside:
        start = min(x.i for x in c.subtree)
        anchor = doc[start - 2] if start - 2 > aux.i and doc[start - 1].text == "," else None
        if anchor is None or anchor.pos_ not in NOMINAL:
            return False
        anchors.append(anchor)
    for c, anchor in zip(inside, anchors, strict=True):
        c.head, c.dep_ = anchor, "appos"
    return True


def _restore_modal(aux: Token) -> None:
    """'Zimbabwe and Bolivia will, for the first time, sign': the parser made 'will' a third conjunct of the
    subject; the verb above it after the inserted phrase is the one it modifies (signing is still to come)."""
    doc = aux.doc
    verb = next((t for t in aux.ancestors if t.pos_ == "VERB" and t.i > aux.i and doc[t.i - 1].text == ","), None)
    if verb is not None:
        aux.head, aux.dep_ = verb, "aux"


def _participle_read_as_modifier(aux: Token, sent: Span) -> Token | None:
    """'China has, since 1 December 2023, required exporters of X to obtain a licence': the parser made the
    participle after the closing comma an adjective of its object (hung on the auxiliary, or anywhere).  The
    participle takes the auxiliary's place as the verb, the noun becomes its object and the auxiliary hangs
    on it; None when that is not the shape."""
    doc = sent.doc
    for verb in doc[aux.i + 2 : min(sent.end - 1, aux.i + MAX_GAP)]:
        noun = doc[verb.i + 1]
        if doc[verb.i - 1].text != "," or verb.tag_ not in RESUMED_TAGS or verb.dep_ not in NOUN_MODIFIERS:
            continue
        if verb.head != noun or noun.pos_ not in NOMINAL:
            return None
        if aux.dep_ in AUXILIARIES and aux.head == noun:
            verb.head, verb.dep_ = (verb, "ROOT") if noun.head == noun else (noun.head, noun.dep_)
        else:
            verb.head, verb.dep_ = (verb, "ROOT") if aux.head == aux else (aux.head, aux.dep_)
        for c in live_children(noun):
            if c != verb and (c.i < verb.i or c.dep_ in SUBJECTS):
                c.head = verb  # "Qatar has, since 2020, banned exports": the subject the parser gave the noun
        noun.head, noun.dep_ = verb, "dobj"
        aux.head = verb
        return verb
    return None


def join_split_auxiliaries(sent: Span) -> None:
    """'A and B had, during the visit ..., agreed to ...': 'agreed' heads the clause, 'had' is its auxiliary."""
    doc = sent.doc
    for aux in sent:
        if aux.lower_ not in _w("syntax.split_auxiliaries") or aux.i + 1 >= sent.end or doc[aux.i + 1].text != ",":
            continue
        if aux.tag_ == "MD" and aux.dep_ not in AUXILIARIES and not has_subject(aux):
            _restore_modal(aux)
            continue
        if aux.dep_ in AUXILIARIES and aux.head.pos_ in NOMINAL and aux.head.i > aux.i:
            verb = _participle_read_as_modifier(aux, sent)  # the noun after the participle made the clause's head
            if verb is not None:
                _promote(aux, verb)
            continue
        if not has_subject(aux) or any(c.dep_ in AUXILIARIES for c in live_children(aux)):
            continue
        verb = aux.head if aux.dep_ in AUXILIARIES else _resumed_verb(aux, sent)
        verb = verb or _participle_read_as_modifier(aux, sent)  # 'has' made the clause's verb
        if verb is None or verb.i < aux.i or doc[verb.i - 1].text != "," or not _inserted_subjects_apposed(aux, verb):
            continue
        _promote(aux, verb)


def committing_verb(t: Token) -> bool:
    lemma = t.lemma_.lower()
    return any(lemma in _w(name) for name in ("status.signed", "status.announced", "status.negotiating"))


def _is_instrument(x: Token) -> bool:
    nouns = _w("agreement.nouns", "agreement.mou_forms", "agreement.plural_forms")  # 'memoranda', tagged singular
    return x.pos_ in NOMINAL and (x.lemma_.lower() in nouns or x.lower_ in nouns)


def instrument_head(x: Token) -> bool:
    """An agreement noun, or a head that is one with its compound ('a joint action plan', 'a working group')."""
    compounds = rules().table("agreement.compound_heads").get(x.lemma_.lower(), ())
    return _is_instrument(x) or any(c.dep_ in ("compound", "amod") and c.lower_ in compounds for c in x.children)


def _instrument_above(t: Token, stop: Token) -> Token | None:
    """The nearest agreement noun on the path from ``t`` up to (not including) ``stop``."""
    for x in [t, *t.ancestors]:
        if x == stop:
            return None
        if x.dep_ == "prep" and x.head.pos_ == "VERB":
            return _object_before(x)
        if x.pos_ in ("VERB", "AUX") and x.dep_ not in NOUN_MODIFIERS:
            return None  # a participle on a noun ('the railway serving the mines') is part of the chain
        if _is_instrument(x):
            return x
    return None


def _right_edge(t: Token) -> int:
    return max(x.i for x in t.subtree)


def _object_before(prep: Token) -> Token | None:
    """'examined [the treaty] [on the processing of ore] [from the X mine]': phrases the parser hung on the verb
    right after its instrument object belong to the instrument (each to the noun before it), and go back."""
    verb, chain = prep.head, [prep]
    siblings = {p.i: p for p in live_children(verb) if p.dep_ == "prep"}
    while True:  # the run of the verb's phrases that ends right before this one
        earlier = next((p for p in siblings.values() if p.i < chain[0].i and _right_edge(p) == chain[0].i - 1), None)
        if earlier is None or any(_is_instrument(o) for o in live_children(earlier) if o.dep_ == "pobj"):
            break  # 'briefed on [the treaty on ...] [to the service]': that phrase holds the instrument
        chain.insert(0, earlier)
    # the verb's object, or the object of its own phrase ('was briefed on [the treaty]', 'took note of [...]')
    objects = [o for o in live_children(verb) if o.dep_ == "dobj"]
    objects += [
        o
        for p in live_children(verb)
        if p.dep_ == "prep" and p not in chain
        for o in live_children(p)
        if o.dep_ == "pobj"
    ]
    obj = next((o for o in objects if _is_instrument(o) and _right_edge(o) == chain[0].i - 1), None)
    if obj is None:
        return None
    chain[0].head = obj
    for p in chain[1:]:
        noun = p.doc[p.i - 1]
        p.head = noun if noun.pos_ in NOMINAL else obj
    return obj


def _swallowed_object(v: Token, subjects: list[Token]) -> bool:
    """No subject, or one the parser took from the verb above: 'noted [the framework on ... deposit] concluded
    with X' - a noun phrase that ends right before the participle, after a verb that has no object."""
    if not subjects:
        return True
    if len(subjects) != 1 or v.head.pos_ != "VERB" or v.head.i > subjects[0].i:
        return False
    s = subjects[0]
    ends_before = max(x.i for x in s.subtree) == v.i - 1
    return ends_before and _is_instrument(s) and not any(c.dep_ == "dobj" for c in live_children(v.head))


def _hand_over_coordination(v: Token, old_head: Token) -> None:
    """'examined the treaty ... concluded with X in 2018 and asked the Minister to ...': the verb coordinated
    after the participle is the main verb's conjunct, not the participle's."""
    if old_head.pos_ != "VERB" or old_head.i > v.i:
        return
    for c in live_children(v):
        if c.i > v.i and ((c.dep_ == "conj" and c.pos_ == "VERB") or c.dep_ == "cc"):
            c.head = old_head


def _named_agent(c: Token) -> bool:
    """A 'by' phrase on a mineral the instrument is about naming its makers as states or people ('by Prime Minister X
    and President Y'), not a collective ('by the two Foreign Ministers') or a measure's ('the ban announced by C')."""
    return (
        c.dep_ == "agent"
        and c.head.head.ent_type_ == "MINERAL"
        and any(y.ent_type_ in SIGNERS for o in c.children if o.dep_ == "pobj" for y in (o, *o.conjuncts))
    )


def hang_instrument_participles(sent: Span) -> None:
    """'the memorandum on ... of the deposit initialled with X': the participle is a reduced relative."""
    doc = sent.doc
    for v in sent:
        if v.i == sent.start or v.tag_ not in ("VBD", "VBN") or v.dep_ not in LOOSE_DEPS or not committing_verb(v):
            continue
        if v.dep_ == "acl" and _is_instrument(v.head):
            continue  # already the instrument's reduced relative
        kids = live_children(v)
        if any(c.dep_ in AUXILIARIES for c in kids):
            continue
        # "... signed with X", and "the framework on minerals and rare earths signed ... by A and B": its named makers
        if not any(
            _named_agent(c) or (c.dep_ == "prep" and c.lower_ in _w("agreement.party_prepositions")) for c in kids
        ):
            continue
        before, subjects = doc[v.i - 1], [c for c in kids if c.dep_ in SUBJECTS]
        if join_coordinated_participle(v, subjects, _hand_over_coordination):  # '... and the memoranda concluded'
            continue
        if before.pos_ not in NOMINAL or before.ent_type_ in SIGNERS or before.dep_ == "appos":
            continue  # 'the arrangement President T reached with X': a relative clause with its own subject
        if v.head.i > v.i or not _swallowed_object(v, subjects):
            continue
        stop = subjects[0] if subjects else v.head if v.dep_ != "acl" else sent.root
        instrument = _instrument_above(before, stop)
        instrument = instrument or (subjects[0] if subjects and _is_instrument(subjects[0]) else None)
        if instrument is None:
            continue
        for s in subjects:
            s.head, s.dep_ = v.head, "dobj"
        _hand_over_coordination(v, v.head)
        v.head, v.dep_, v.tag_ = instrument, "acl", "VBN"


def _intention_noun_before(v: Token, to: Token) -> Token | None:
    """The request, intention or proposal noun whose phrase (with any clause set off after its 'of' object:
    'the request of X, a long-standing partner,') ends right before the infinitive's 'to'."""
    doc, nouns = to.doc, _w("status.intention_nouns", "status.proposal_nouns")
    end = to.i - 2 if to.i > 1 and doc[to.i - 1].text == "," else to.i - 1
    if end < 0:
        return None
    own = {x.i for x in v.subtree}
    for x in [doc[end], *doc[end].ancestors]:
        if x.pos_ in ("VERB", "AUX") and x.dep_ not in CLAUSE_ON_NOUN:
            return None
        if x.pos_ in NOMINAL and x.lower_ in nouns:
            edge = max(y.i for y in x.subtree if y.i not in own)
            held = any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _w("syntax.of_prepositions"))
                for c in live_children(x)
            )
            # a holder ('the request of X', "X's intention"), not a name ('a Joint Declaration of Intent to deepen')
            return x if held and edge in (end, end + 1) and v not in x.ancestors else None
    return None


def hang_intention_infinitives(sent: Span) -> None:
    """'welcomed the request of X to open consultations on an instrument': an infinitive the parser hung on the
    main verb right after an intention or proposal noun's phrase is that noun's clause (X is the one who asks)."""
    for v in sent:
        if v.tag_ != "VB" or v.dep_ not in LOOSE_DEPS or v.head.pos_ != "VERB" or v.head.i > v.i:  # on a verb before
            continue
        to = next((c for c in live_children(v) if c.tag_ == "TO" and c.dep_ == "aux"), None)
        if to is None or to.i != min(x.i for x in v.subtree):
            continue
        noun = _intention_noun_before(v, to)
        if noun is not None:
            v.head, v.dep_ = noun, "acl"


def return_fronted_objects(sent: Span) -> None:
    """'A also maintains, with B, the Treaty on X': a party phrase set off by commas between a verb and its
    object makes the parser read the object as a conjunct or apposition of the partner; an agreement noun
    right after the closing comma, with no 'and' before it, is the verb's object again."""
    doc = sent.doc
    for prep in (t for t in sent if t.dep_ == "prep" and t.lower_ in _w("agreement.party_prepositions")):
        # the parser may hang 'with' on the comma, or on 'along'; "signed, together with the T of B, P, a plan": a
        # companion word may open the phrase
        companion = doc[prep.i - 1].lower_ in _w("agreement.accompaniment_words")
        verb = prep.head.head if prep.head.is_punct or companion and prep.head.i == prep.i - 1 else prep.head
        opener = prep.i - 2 if companion else prep.i - 1
        if verb.pos_ not in ("VERB", "AUX") or opener < 1 or doc[opener].text != "," or doc[opener - 1] != verb:
            continue
        if companion and not committing_verb(verb):
            continue  # 'will examine, together with B, a possible agreement': only a signing acts along with B
        # the companion's name after its office may hang on the verb itself (even as its object), with the
        # instrument in apposition to it: "signed, together with the T of B, P, a plan"
        names = [x for x in live_children(verb) if x.dep_ in ("dep", "npadvmod", "dobj", "conj") and x.i > prep.i]
        names = [x for x in names if x.pos_ == "PROPN" and not instrument_head(x)]
        if any(c.dep_ == "dobj" and c not in names for c in live_children(verb)):
            continue
        loose = [x for x in prep.subtree if x.dep_ in ("conj", "appos") and x.i > x.head.i]
        loose += [x for x in live_children(verb) if x.dep_ in ("dep", "npadvmod") and x.i > prep.i]  # or on the verb
        loose += [a for n in names for a in live_children(n) if a.dep_ == "appos"]
        for obj in [x for x in loose if instrument_head(x)][:1]:
            opening = obj.left_edge.i - 1  # the comma that closes the party phrase
            if doc[opening].text == ",":  # a real series ends in 'and': "with B, C and D"
                obj.head, obj.dep_ = verb, "dobj"
                prep.head = verb
                office = next((o for o in live_children(prep) if o.dep_ == "pobj"), None)
                for n in names if names and office is not None and obj.i > max(x.i for x in names) else []:
                    n.head, n.dep_ = office, "appos"


def hang_object_relatives(sent: Span) -> None:
    """'building on an agreement on battery chains that the two neighbours signed with X': the parser reads the
    object relative clause in several wrong ways ('that' as the subject of 'neighbours', as a preposition or a
    complement marker; the verb as a participle of the noun or of the instrument, with no subject). Read off
    the words: a relative 'that', a noun phrase, then a committing verb with no subject of its own, right after
    an instrument phrase, is the instrument's relative clause with the noun as its subject."""
    doc, relatives = sent.doc, _w("agreement.relative_pronouns")
    for v in sent:
        noun = doc[v.i - 1] if v.i > sent.start else v
        if not committing_verb(v) or has_subject(v) or noun.pos_ not in NOMINAL or noun.ent_type_ in SIGNERS:
            continue
        rel = next((x for x in reversed(doc[sent.start : noun.i]) if x.head != noun or x.lower_ in relatives), None)
        if rel is None or rel.lower_ not in relatives or rel.i == sent.start:
            continue  # only 'that [the two] neighbours signed': the noun's own modifiers in between
        instrument = _instrument_above(doc[rel.i - 1], sent.root)
        if instrument is None or instrument.i > rel.i:
            continue
        v.head, v.dep_ = instrument, "relcl"
        noun.head, noun.dep_ = v, "nsubj"
        rel.head, rel.dep_ = v, "dobj"


def hang_contact_relatives(sent: Span) -> None:
    """'builds on the trade agreement the two countries signed in 2019', 'the deal the two countries announced in
    July': a relative clause with no 'that' whose subject is a collective of states (``agreement.collective_states``)
    right after an instrument noun.  The parser reads the collective as an apposition or object and hangs the
    subjectless verb on it as a participle; the verb is the instrument's relative clause, the collective its
    subject (which the relative-clause rule then resolves to the pair it means)."""
    doc = sent.doc
    for v in sent:
        noun = v.head
        if v.dep_ != "acl" or noun.i != v.i - 1 or v.tag_ not in ("VBD", "VBN"):
            continue
        if not committing_verb(v) or has_subject(v):
            continue
        start = noun.left_edge.i
        if noun.lower_ not in _w("agreement.collective_states") or start <= sent.start:
            continue
        instrument = doc[start - 1]
        if not instrument_head(instrument):
            continue
        v.head, v.dep_ = instrument, "relcl"
        noun.head, noun.dep_ = v, "nsubj"
