"""Instrument heads that are an agreement only where the clause makes them one.

Real text names an instrument by a generic head the templates never used: 'launched a critical minerals
dialogue', 'a minerals document with Japan could be signed', 'in talks with Kazakhstan on a joint exploration
fund', 'discussions ... on a similar instrument'.  The same heads also name meetings ('held a dialogue on
lithium'), one state's programme ('launched an initiative to train geologists') or a company's money ('a fund
backed by X invested').  So a governed noun (``agreement.governed_nouns``) without a name counts only when a
committing or negotiating verb governs it (as its object, its passive subject or a relative clause on it) or
when it is the topic of talks; the two-party floor of the agreement pipeline then drops one state's programme.
A definite one counts as the passive subject of a signing or adopting verb with two or more state agents ('The
document ... was adopted by A, B and the EU'), and a compared one with a partner of its own ('C has had a similar
document with D') stands for another instrument of the kind just named (``likened_instrument``).
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.party_phrases import lemma as _lemma
from cmkg.nlp.components.party_phrases import state_office
from cmkg.nlp.components.syntax import countries_in, governing_verb, has_neg, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = [
    "event_topic",
    "governed_mention",
    "in_consultation",
    "likened_instrument",
    "new_instance",
    "own_topic_partners",
    "proposer_states",
    "renegotiated",
    "talks_topic",
    "to_be_set_up",
    "topic_objects",
    "topic_phrases",
    "topic_talks",
]

GOVERNED_DEPS = ("dobj", "nsubjpass", "conj")


def _committing(v: Token) -> bool:
    """Signing, launching, negotiating or weighing it ('was considering a minerals dialogue with B', 'proposed a
    platform'): each makes it an instrument between states, at some status; joining it is membership of an
    instrument named elsewhere.  Weighing it makes one only in the hands of a state ('The think tank proposed a
    dialogue between A and B' is advice) and only while the clause does not drop it ('mulled a dialogue with B
    before dropping the idea')."""
    verbs = _w("status.signed", "status.announced", "status.negotiating", "status.planned")
    if _lemma(v) not in verbs - _w("agreement.membership_verbs") or has_neg(v):
        return False
    return _lemma(v) not in _w("status.planned") or (_state_proposer(v) and not _dropped(v))


def proposer_states(t: Token) -> list[str]:
    """'is examining a proposal from the Government of Malawi for a Memorandum of Understanding': the state a
    proposal for the instrument comes from is its other side, unless the proposal is refused."""
    if t.dep_ != "pobj" or t.head.head.i == t.head.i:
        return []
    holder = t.head.head  # the proposal, or the verb the parser hung both phrases on ('examining a proposal')
    proposals = _w("status.proposal_nouns")
    holders = [holder, *(c for c in holder.children if c.dep_ == "dobj" and _lemma(c) in proposals)]
    if not any(_lemma(h) in proposals for h in holders):
        return []
    # "The Ministry has rejected a proposal from X for an MoU": a refused or denied proposal makes no instrument
    verbs = [h if h.pos_ in ("VERB", "AUX") else h.head for h in holders]
    if any(_lemma(v) in _reversals() or has_neg(v) for v in verbs):
        return []
    sources = [
        p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in _w("agreement.source_prepositions")
    ]
    return countries_in([x for p in sources for o in p.children if o.dep_ == "pobj" for x in o.subtree])


def _state_proposer(v: Token) -> bool:
    """The subject of a weighing verb is a state, its government, an office or a person (an official), or is
    left to the page's voice (no subject, a pronoun); not a think tank, a lender or a company."""
    subjects = subject_tokens(v)
    return not subjects or any(
        s.pos_ == "PRON" or s.ent_type_ == "PERSON" or countries_in([s]) or state_office(s) for s in subjects
    )


def _reversals() -> set[str]:
    """Verbs that drop or refuse a plan or an outcome ('dropping the idea', 'shelved the plan', 'was rejected')."""
    return _w("export_control.dropping_verbs", "status.refusal_verbs", "status.lapsed")


def _dropped(v: Token) -> bool:
    """'mulled a dialogue with B before dropping the idea', 'proposed a platform but later shelved it': a clause
    of the weighing verb that drops what it weighed."""
    later = [c for c in v.children if c.dep_ in ("advcl", "conj", "dep") and c.i > v.i]
    later += [g for c in v.children if c.dep_ == "prep" and c.i > v.i for g in c.children if g.dep_ == "pcomp"]
    return any(_lemma(c) in _reversals() and not has_neg(c) for c in later)


def _refused(v: Token | None) -> bool:
    """'The consensus reached by A and B was rejected by A the next day': an outcome the main clause refuses or
    drops was never one; a suspended or cancelled instrument existed (``status.lapsed`` reads those)."""
    return v is not None and _lemma(v) in _reversals() - _w("status.lapsed") and not has_neg(v)


def topic_phrases(talks: Token) -> list[Token]:
    """The topic prepositions (on, over, about) of a talks noun, the one finder both talks rules read.

    Parsers hang the topic on the noun ("talks between X and Y on lithium"), on the verb whose 'in'
    phrase holds the talks ("is in talks ... on a fund") or on the verb right after the talks
    ("suspended talks with X on tungsten cooperation").
    """
    preps = [p for p in talks.subtree if p.dep_ == "prep"]
    preps += [p for p in talks.head.head.children if p.dep_ == "prep"] if talks.dep_ == "pobj" else []
    # "held a further round of talks in X on a deal": the phrase right after the talks, on the verb above them
    verb = next((a for a in talks.ancestors if a.pos_ in ("VERB", "AUX")), None)
    heads = [talks.head] + ([verb] if verb is not None and verb.i != talks.head.i else [])
    end = _partner_run_end(talks, heads)
    for head in heads:
        preps += [p for p in head.children if p.dep_ == "prep" and p.i == end + 1]
    return [p for p in preps if p.lower_ in _w("agreement.topic_prepositions")]


def _partner_run_end(talks: Token, heads: list[Token]) -> int:
    """'held talks with B and with C on lithium': the parser may hang the repeated partner phrase on the verb, so
    the talks end after it; the last token of the talks and of any such 'and with C' phrase right after them."""
    end = talks.right_edge.i
    doc = talks.doc
    joined = True
    while joined:
        joined = False
        for c in (c for h in heads for c in h.children):
            after_and = c.i == end + 2 and doc[end + 1].dep_ == "cc"
            if c.dep_ == "conj" and c.lower_ in _w("agreement.party_prepositions") and after_and:
                end, joined = c.right_edge.i, True
    return end


def event_topic(t: Token) -> Token:
    """'discussions with B for the renewal of the 2019 memorandum', 'talks on the extension of the framework': an
    event noun (``agreement.event_nouns``) that is itself a topic stands for the instrument it is 'of', so talks on
    renewing an instrument are talks on the instrument (its partner is the talks' partner)."""
    event = t.head.head if t.dep_ == "pobj" and t.head.lower_ in _w("syntax.of_prepositions") else t
    return event if event.dep_ == "pobj" and _lemma(event) in _w("agreement.event_nouns") else t


def topic_talks(t: Token) -> list[Token]:
    """The talks (or consultations: ``status.consultation_nouns``, whose topic alone makes them about an
    instrument) whose topic phrase holds ``t``: 'talks with B on a fund', 'to open consultations on an instrument'."""
    t = event_topic(t)
    if t.dep_ != "pobj" or t.head.lower_ not in _w("agreement.topic_prepositions"):
        return []
    talks = _w("status.talks_nouns", "status.consultation_nouns")
    return [x for x in t.sent if (x.lower_ in talks or in_consultation(x)) and t.head in topic_phrases(x)]


def own_topic_partners(talks: Token, t: Token, partners: list[str]) -> list[str]:
    """'negotiations with A and with B on partnership agreements, and with C on a minerals agreement': talks whose
    partners each come before an instrument topic of their own give ``t`` only the partners named in 'with'
    phrases between the topic before its own and its own (read off the token sequence: the parser hangs the
    repeated phrases on each other); talks with one instrument topic give it all their partners."""
    nouns = _w("agreement.nouns")
    topics = sorted(p.i for p in topic_phrases(talks) if p.i > talks.i and any(_lemma(o) in nouns for o in p.children))
    own = t.head.i
    if len(topics) < 2 or own not in topics:
        return partners
    start = max((i for i in topics if i < own), default=talks.i)
    preps = _w("agreement.party_prepositions")
    objects = [x for x in t.doc[start:own] if x.dep_ == "pobj" and x.head.lower_ in preps]
    return countries_in([y for x in objects for y in (x, *x.conjuncts)])


def renegotiated(t: Token) -> bool:
    """'discussions with B for the renewal of the 2019 memorandum are continuing': an instrument whose renewal,
    extension or review is the topic of talks is under negotiation again, whatever year it was first signed."""
    event = event_topic(t)
    return event.i != t.i and talks_topic(event)


def in_consultation(t: Token) -> bool:
    """'The Ministry is in consultation with B on a programme': an advisory talks noun
    (``agreement.advisory_talk_nouns``) in the engagement idiom is talks under way only as what a copula or
    'remain' says of its subject (``agreement.talk_state_verbs``); on an action verb it is advice taken
    ('drafted the rules in consultation with B')."""
    if (
        t.lower_ not in _w("agreement.advisory_talk_nouns")
        or t.dep_ != "pobj"
        or any(c.dep_ == "det" for c in t.children)
    ):
        return False
    return t.head.lower_ in _w("agreement.engagement_prepositions") and _lemma(t.head.head) in _w(
        "agreement.talk_state_verbs"
    )


def talks_topic(t: Token) -> bool:
    """'talks with B on a joint fund', 'discussions between A and B on a similar instrument', 'negotiating on
    a fund': the noun is the object of a topic phrase of talks (or of a negotiating verb)."""
    if t.dep_ != "pobj" or t.head.lower_ not in _w("agreement.topic_prepositions"):
        return False
    return _lemma(t.head.head) in _w("status.negotiating") or bool(topic_talks(t))


def to_be_set_up(t: Token) -> bool:
    """'talks with B on a dialogue that officials said could be launched before the end of the year', 'talks on
    an MOU expected to be signed in May': the instrument's own clause puts its making ahead (a modal or 'will' on
    a committing or opening verb, or a planning verb over one; also under a reporting verb), so it is planned;
    the talks are the way there."""
    clauses = [x for x in t.children if x.dep_ in ("relcl", "acl")]
    reported = [x for x in clauses if _lemma(x) in _w("status.reporting_verbs")]
    clauses += [c for x in reported for c in x.children if c.dep_ == "ccomp"]
    return any(_made_ahead(x) for x in clauses)


def _made_ahead(x: Token) -> bool:
    """'could be launched', 'will be signed', 'expected to be signed', 'it hopes to sign': not denied."""
    verbs = _w("status.signed", "status.announced", "status.onset_verbs")
    if has_neg(x):
        return False
    if _lemma(x) in _w("status.planned"):
        return any(c.dep_ == "xcomp" and _lemma(c) in verbs and not has_neg(c) for c in x.children)
    ahead = _w("status.modal_auxiliaries", "status.future_auxiliaries")
    return _lemma(x) in verbs and any(a.dep_ == "aux" and a.lower_ in ahead for a in x.children)


def _consultation(t: Token, v: Token | None) -> bool:
    """'launched a dialogue with mining investors': a party phrase on the noun (or its verb) whose object is a
    company, an investor or another private body, and no state, is a consultation, not an instrument between
    states ('with great fanfare' is no party and changes nothing)."""
    private = _w("officials.private_actor_nouns", "agreement.company_words", "officials.named_private_bodies")
    objects = [
        o
        for h in ([t] if v is None else [t, v])
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in _w("agreement.party_prepositions")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any((_lemma(o) in private or o.ent_type_ == "ORG") and not countries_in([o]) for o in objects)


def _body_meets(t: Token) -> bool:
    """'The committee that A and B set up in 1999 met on Tuesday': the body meets; a meeting of a known body
    is no new instrument, however its relative clause describes its founding."""
    return t.dep_ == "nsubj" and _lemma(t.head) in _w("agreement.body_meeting_verbs")


def new_instance(t: Token) -> bool:
    """'launched a minerals dialogue', 'set up a joint fund': a new instrument; 'signed both documents', 'signed
    the document', 'their platform' point back to instruments the text has named (they are triggers there)."""
    if any(c.dep_ == "poss" for c in t.children):
        return False
    dets = [c for c in t.children if c.dep_ in ("det", "predet", "nummod")]
    return all(c.lower_ in _w("agreement.new_instance_determiners") for c in dets)


def _states_view(t: Token) -> bool:
    """'reached a consensus that supply is at risk', 'an understanding with B that prices are too low', 'a better
    understanding of each other's positions': a view noun (``agreement.view_nouns``) with a content clause (a
    clause opened by a subordinating mark, not a relative pronoun) or an 'of' theme is a shared opinion, not a
    deal, whatever verb reaches it ('an understanding on exports' stays an instrument)."""
    if _lemma(t) not in _w("agreement.view_nouns"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _w("agreement.view_prepositions") for c in t.children):
        return True
    clauses = [c for c in t.children if c.dep_ in ("acl", "relcl", "ccomp")]
    if t.dep_ == "dobj":  # "negotiated an understanding with B on Friday that ...": the clause hangs on the verb
        clauses += [c for c in t.head.children if c.dep_ == "ccomp" and c.i > t.i]
    return any(m.dep_ == "mark" for c in clauses for m in c.children)


def _negotiated(t: Token, v: Token | None) -> bool:
    """'a similar chapter was being discussed with Peru', 'talks on a minerals chapter': a part of a larger
    agreement (``agreement.negotiated_only_nouns``) that is negotiated with a partner is the deal with it."""
    return (v is not None and _lemma(v) in _w("status.negotiating") and not has_neg(v)) or talks_topic(t)


def governed_mention(t: Token) -> bool:
    """An unnamed governed noun that the clause makes an instrument: committed to, negotiated or talked about."""
    if _lemma(t) not in _w("agreement.governed_nouns") or t.dep_ == "appos":
        return False  # "the C5+1 Dialogue, a platform all six launched": the apposition describes its head
    if _states_view(t):
        return False
    head = t
    while head.dep_ == "conj" and head.head.i != head.i:  # "signed a charter and a roadmap": the first conjunct
        head = head.head
    v = governing_verb(head.head) if head.dep_ in GOVERNED_DEPS and head.head.i != head.i else None
    if _consultation(t, v):
        return False
    if _lemma(t) in _w("agreement.negotiated_only_nouns") and not _negotiated(t, v):
        return False  # "launched a new chapter in their relations": a chapter is an instrument only as negotiated
    if _refused(v):
        return False
    if v is not None and _committing(v) and new_instance(t):
        return True
    if v is not None and head.dep_ == "nsubjpass" and _made(v) and len(_agent_states(v)) > 1:
        return True  # "The document, which covers X, was adopted by A, B and the EU": its sides, named here
    if any(x.dep_ in ("relcl", "acl") and _committing(x) for x in t.children):  # "the dialogue that A and B launched"
        return not _body_meets(t)
    return talks_topic(t)


def _made(v: Token) -> bool:
    """Signed or adopted, not discussed or prepared ('The document was discussed by A and B' makes nothing)."""
    return _lemma(v) in _w("status.signed", "status.announced") and not has_neg(v)


def _agent_states(v: Token) -> list[str]:
    return countries_in(o for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj")


def likened_instrument(t: Token) -> bool:
    """'a similar document with Brussels', 'a comparable text with Japan': a governed noun compared with the
    instrument just named, with a partner of its own, is another instrument of that kind."""
    if _lemma(t) not in _w("agreement.governed_nouns") or t.pos_ != "NOUN":
        return False
    likened = any(c.dep_ == "amod" and c.lower_ in _w("agreement.comparison_words") for c in t.children)
    return likened and any(
        c.dep_ == "prep" and c.lower_ in _w("agreement.party_prepositions") and countries_in(c.children)
        for c in t.children
    )


def topic_objects(t: Token, v: Token | None) -> tuple[list[Token], list[Token]]:
    """The noun's prepositions and their topic objects, nested ones too ('the MoU on cooperation in the field of
    mining signed with X'); the topic phrase right after the noun even when the parser hung it on the verb
    ("hailed X on nickel, which")."""
    preps = [p for p in t.children if p.dep_ == "prep"]
    # ("... signed with Peru in 2019 and to the memorandum": a phrase after a stranded 'and' is the verb's own)
    edge = t.right_edge
    after = [p for p in (v.children if v is not None else ()) if p.dep_ == "prep" and p.i == edge.i + 1]
    preps += after if edge.dep_ != "cc" else []
    topics = [o for p in preps for o in p.children if o.dep_ == "pobj" and not o.ent_kb_id_ or o.ent_type_ == "MINERAL"]
    nested = [o for x in list(topics) for o in x.subtree if o.dep_ == "pobj" and o.i != x.i]
    return preps, topics + [o for o in nested if not o.ent_kb_id_ or o.ent_type_ == "MINERAL"]
