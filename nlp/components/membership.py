"""Agreement filters about who takes part: members, joiners, intenders, speakers, talks.

Each filter takes a :class:`Candidate` and edits its parties or drops it, as the other filters of :mod:`agreements`
do: members named around a membership noun ("X and Y are members of Z, alongside A"), the holder of an intention
("the intention of X to negotiate"), the speakers' country of a passive report, prospective members and mere
references (talks on the sector that name no agreement noun: ``minerals_talks``).  Word lists:
``agreement.membership_*``, ``agreement.talks_topics``, ``status.intention_nouns``, ``agreement.additive_adverbs``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.dep_labels import PRESENT_TAGS
from cmkg.nlp.components.governed import new_instance, talks_topic
from cmkg.nlp.components.parties import Context, lemma, speaker_states, with_parties
from cmkg.nlp.components.party_phrases import clause_partner, topic_nouns
from cmkg.nlp.components.prose import owned_by_subject
from cmkg.nlp.components.series_hosts import set_off_apposition
from cmkg.nlp.components.signing_acts import committed_within, signing_event, signing_phrase
from cmkg.nlp.components.status import agreement_status, intention_noun, is_membership
from cmkg.nlp.components.syntax import countries_in, has_neg, phrase_objects, subject_tokens, verb_chain
from cmkg.nlp.components.talks_status import stands_in_force
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import NOT_YET_AGREED

__all__ = [
    "pointed_back",
    "committed_only",
    "not_an_agreement",
    "not_relationship",
    "established_only",
    "held_now",
    "membership_of",
    "named_members",
    "intention_holder",
    "not_prospective_member",
    "reference_only",
    "relative_membership",
    "speakers_country",
]


def speakers_country(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'Japanese officials indicated that a framework could be signed with Washington': the speakers' country."""
    # not a copula's clause ('An accord between A and B was signed in Washington; C is not a party to it')
    if c.t.dep_ == "nsubjpass" and not c.subj and c.with_ and c.v is not None and c.v.dep_ == "ccomp" and _said(c.v):
        c.subj = [x for x in countries_in(subject_tokens(c.v.head)) if x not in c.with_]
    elif not c.subj and c.with_ and c.v is not None and (speech := _first_person_quote(c.v)) is not None:
        # '"We have signed a plan with Qatar," Norway's foreign minister said': the speaker's state
        c.subj = [x for x in speaker_states(speech, ctx) if x not in c.with_][:1]
    return True


def _said(v: Token) -> bool:
    """The clause hangs on a verb that reports it ('indicated that ...'), not on a copula."""
    return v.head.pos_ == "VERB"  # a copula is tagged AUX


def _first_person_quote(v: Token) -> Token | None:
    """The verb of speech that reports a clause in the joint voice ('we', 'our government'), either way round
    ('"We signed ...," said X' often comes back with the speech verb under the quote)."""
    subjects = subject_tokens(v)
    own = any(s.lower_ in _w("agreement.joint_voice") for s in subjects) or any(
        c.dep_ == "poss" and c.lower_ in _w("agreement.joint_voice") for s in subjects for c in s.children
    )
    if not own:
        return None
    speech = _w("officials.speech_verbs")
    if v.dep_ in ("ccomp", "parataxis") and lemma(v.head) in speech:
        return v.head
    return next((x for x in v.children if x.dep_ in ("ccomp", "parataxis") and lemma(x) in speech), None)


def intention_holder(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'The US welcomes the intention of the Kyrgyz Republic to negotiate an arrangement': the intender is a party.

    The verb under an intention noun is done by the noun's 'of' object or possessor, not by the
    clause's subject (who welcomes, notes or supports the intention and stays the other side).
    """
    chain = verb_chain(c.v) if c.v is not None else []
    # "took note of the request of X to open consultations on an instrument": the chain ends in the noun's clause
    for x in chain[:-1] + [x for x in chain[-1:] if x.dep_ == "acl"]:
        noun = intention_noun(x) or decision_noun(x)
        if noun is not None:
            holders = [x for x in noun.children if x.dep_ == "poss"]
            holders += phrase_objects(noun, _w("syntax.of_prepositions"))
            intenders = countries_in(holders)
            if intenders:
                # "welcomed India's plan to sign a framework with Peru", "the intention of A and B to conclude a
                # memorandum": the welcomer is no party (a joiner's accession is the members' news, 'to join'),
                # even when the welcomers include the intender ('The Participants note the intention of A to ...')
                if c.with_ or (len(intenders) >= 2 and not is_membership(c.v)):
                    c.subj = []
                c.with_ += [x for x in intenders if x not in c.parties]
                c.rule = c.rule or "agreement.intention_holder"
            break
    return True


def decision_noun(x: Token) -> Token | None:
    """'the decision of X to accede to the Declaration', 'X's move to join the compact': a decision noun an
    infinitive completes.  Its holder acts, like an intention's, but the decision is taken: unlike an intention
    noun it leaves the status to the clause ('welcomed the decision': announced)."""
    noun = x.head if x.dep_ in ("acl", "xcomp") else None
    if x.dep_ == "ccomp":  # the parser may make the noun the infinitive's subject: 'welcomed the decision of X to'
        noun = next((s for s in x.children if s.dep_ == "nsubj" and s.i < x.i), None)
    if x.dep_ == "advcl":  # or on the verb after an inserted clause: 'the decision of X, which ..., to'
        noun = next((o for o in x.head.children if o.dep_ == "dobj" and o.i < x.i), None)
    decided = noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.lower_ in _w("status.decision_nouns")
    return noun if decided and x.tag_ == "VB" else None


def not_prospective_member(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'would consider taking part in Project Vault': a prospective member, not a party."""
    return not (
        c.name
        and c.v is not None
        and is_membership(c.v)
        and not c.with_
        and agreement_status(c.t, c.v, ctx, sent) in NOT_YET_AGREED
    )


def reference_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'financed under the Critical Minerals Framework' mentions it; nobody agrees anything here."""
    t = c.t
    member_of = membership_of(t) is not None
    event_of = t.dep_ == "pobj" and lemma(t.head.head) in _w("agreement.event_nouns")  # "the establishment of a Group"
    referenced = t.dep_ == "pobj" and t.head.lower_ in _w("agreement.reference_prepositions")
    # "signed a number of cooperation documents": the 'of' of a quantity is the thing itself, not a reference
    quantity = t.head.head.pos_ == "NOUN" and lemma(t.head.head) in _w("agreement.quantity_nouns")
    referenced = referenced and not (quantity and t.head.lower_ in _w("syntax.of_prepositions"))
    owned = c.name is not None and owned_by_subject(t, c.v)  # "announced new details of its Strategic Reserve"
    # "Indonesia and Australia cooperate under a 2023 memorandum": a pair acting under it are its parties
    # named there (or as the subject of the verb that controls it: "agreed to cooperate under"), not a 'we'
    pair = c.v is not None and any(len(countries_in(subject_tokens(x))) >= 2 for x in verb_chain(c.v))
    # "Under the 2001 Joint Centenary Declaration, the two governments are supposed to consult": a collective the
    # story resolved acts under a named instrument ('Under the deal, the two sides will ...' points back instead)
    pair = pair or (c.name is not None and len(c.subj) >= 2 and c.v is not None and _collective_subject(c.v))
    copies = c.v is not None and signing_phrase(c.v)  # "exchanged the signed copies of a partnership": signed
    # "Trump and Lee agreed the details of a trade deal": the content of an instrument a verb makes is the instrument
    # ... or 'agreed on the main elements of a framework agreement'
    holder = t.head.head
    made_of = holder.head == c.v or (holder.dep_ == "pobj" and holder.head.head == c.v)
    content = holder.dep_ in ("dobj", "pobj") and lemma(holder) in _w("agreement.content_nouns") and made_of
    made = copies or (content and lemma(c.v) in _w("agreement.content_making_verbs"))
    # "the implementation of the memorandum signed in 2022 with A and B": its participle names a partner, so the
    # subject asking for its implementation is its side, as with 'the agreement with A'
    partnered = c.with_ or clause_partner(t)
    if referenced and not partnered and not member_of and not event_of and not owned and not pair and not made:
        c.subj = []
    return True


def _collective_subject(v: Token) -> bool:
    collective = _w("agreement.collective_states", "agreement.collective_people")
    return any(s.lower_ in collective or lemma(s) in collective for x in verb_chain(v) for s in subject_tokens(x))


def pointed_back(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'treats those agreements as the way into mining': a plural instrument under a demonstrative
    (``agreement.back_reference_determiners``) with no partner of its own is the set the text has just told, not
    a new one; a subject that names both sides ('A and B signed those accords'), or the instrument's own words ('these
    US-Ukraine agreements'), still make one."""
    back = any(x.dep_ == "det" and x.lower_ in _w("agreement.back_reference_determiners") for x in c.t.children)
    named = c.with_ or c.mods or countries_in(list(c.t.subtree))  # 'these US-Ukraine agreements' name their own
    return not (back and c.t.tag_ == "NNS" and not named and len(c.subj) < 2)


def membership_of(t: Token) -> Token | None:
    """'members of the Z', 'the Philippines' participation in the Z Forum': the membership noun over ``t``."""
    while t.dep_ == "compound" and t.head.i != t.i:  # the name's head: "Partnership" in "... Partnership Forum"
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in _w("agreement.membership_prepositions"):
        return None
    holder = t.head.head
    if holder.pos_ == "VERB":  # 'welcomed the participation of A, together with B, in Z': the phrase on the verb
        objects = [o for o in holder.children if o.dep_ == "dobj" and o.i < t.i]
        holder = next((o for o in objects if lemma(o) in _w("agreement.membership_nouns")), holder)
    # "becomes a partner of the MSP", "is a founding partner of the MSP": a member noun is membership too as what a
    # becoming or being verb makes its subject
    partner = lemma(holder) in _w("agreement.member_nouns") and holder.dep_ == "attr"
    partner = partner and lemma(holder.head) in _w("agreement.becoming_verbs", "agreement.being_verbs")
    return holder if lemma(holder) in _w("agreement.membership_nouns") or partner else None


def _set_off_after(head: Token) -> list[Token]:
    """A participle or relative clause set off by a comma right after the instrument's phrase that the parser hung
    on a noun above it ('noted the work of the X Dialogue, launched in 2023 by ...'): it describes the instrument."""
    doc = head.doc
    return [
        x
        for a in head.ancestors
        for x in a.children
        if x.dep_ in ("relcl", "acl")
        and x.left_edge.i == head.right_edge.i + 2
        and doc[head.right_edge.i + 1].text == ","
    ]


def established_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'launched the X-Y Minerals Dialogue' is an agreement; 'discussed lithium at the X-Y Dialogue' is a meeting.

    A standing format (``agreement.established_only_nouns``) counts only where the sentence reports
    its launch or establishment: a committing verb governs it or a relative clause on it, not denied.
    A new one ('a minerals dialogue') that a state weighs or proposes ('was considering a bilateral
    dialogue with B') or that talks are about ('held talks with B on an economic security dialogue')
    is one still to be set up: no meeting has a proposal or talks for its own setting up.  A dialogue
    the parties only 'discussed' stays a meeting.
    """
    if c.lem not in _w("agreement.established_only_nouns") or c.rule == "agreement.instrument_run":
        return True  # listed with the owner's other instruments ('a partnership with A and a dialogue with B')
    head = c.t
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    verbs = ([c.v] if c.v is not None else []) + [x for x in head.children if x.dep_ in ("relcl", "acl")]
    verbs += _set_off_after(head)  # "the work of the X Dialogue, launched in 2023 by A and B": hung on 'work'
    committed = _w("status.signed", "status.announced")
    if any(lemma(v) in committed and not has_neg(v) for v in verbs):
        return True
    # "All five countries take part in the C5+1 Dialogue with the United States": a standing format is held now
    if c.v is not None and c.v.tag_ in PRESENT_TAGS and is_membership(c.v) and not has_neg(c.v):
        return True
    if not new_instance(head):
        return False
    proposed = _w("status.planned")
    weighed = c.v is not None and head.dep_ in ("dobj", "nsubjpass") and lemma(c.v) in proposed and not has_neg(c.v)
    return weighed or talks_topic(head)


def named_members(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'X and Y are members of Z, alongside A and B', 'X's participation in Z', 'the participation of X and Y in Z':
    every member named is a party.

    The members are the clause's subject, the possessor of the membership noun and its
    'alongside' / 'together with' phrases; the initiative noun itself carries none of them.
    """
    holder = membership_of(c.t)
    if holder is not None and c.name:
        listed = countries_in(_of_members(holder, c.t))
        owners = countries_in([x for x in holder.children if x.dep_ == "poss"]) + listed
        if listed:  # 'the participation of A and B, together with C, in Z': the members are the noun's own
            c.with_ = []
        c.with_ += [x for x in owners + with_parties(holder, ctx) if x not in c.with_]
        if c.subj and set(c.subj) <= set(owners):  # "Ghana's membership of Z was confirmed": the member, now named
            c.subj = []  # a relative clause on Z ("which the EU launched") may still give its founder
    clause = relative_membership(c.t, c.v)
    if clause is not None:  # "Z, to which A is a party together with B and C": the clause's members
        # the companions' 'with' phrase hangs on the clause, its membership noun or a particle ('along with')
        preps = [p for p in clause.subtree if p.dep_ == "prep" and p.lower_ in _w("agreement.party_prepositions")]
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        members = countries_in(subject_tokens(clause)) + countries_in(objects)
        if len(set(members)) >= 2 and held_now(clause):
            c.subj, c.with_ = [], [x for x in dict.fromkeys(members)]
            c.rule = c.rule or "agreement.relative_membership"
        elif _told_member(clause, c):
            # "the X Partnership, a body launched by B in which A participates": the member, beside the founder (a
            # state itself, and taking part now: not "in which India's firms participate", "Russia once participated")
            own = [s.ent_kb_id_ for s in subject_tokens(clause) if s.ent_type_ == "GPE" and s.ent_kb_id_]
            # "Korea will chair the X, the US-led initiative of which it has been a member": the main clause's state
            pronoun = any(s.tag_ == "PRP" for s in subject_tokens(clause))
            own = own or (countries_in(subject_tokens(clause.sent.root)) if pronoun else [])[:1]
            c.with_ += [x for x in own if x not in c.with_]
            c.rule = c.rule or "agreement.relative_membership"
    return True


def _told_member(clause: Token, c: Candidate) -> bool:
    """A membership held now ('in which A participates', 'of which it has been a member') on the instrument's
    apposition ('the X Partnership, a body launched by B in which A participates') or additive ('Z, of which Korea is
    also a member'): its state joins the parties told."""
    since = clause.tag_ in PRESENT_TAGS or any(a.dep_ == "aux" and a.tag_ in PRESENT_TAGS for a in clause.children)
    also = any(x.dep_ == "advmod" and x.lower_ in _w("agreement.additive_adverbs") for x in clause.children)
    return held_now(clause) and since and (also or bool(set_off_apposition(c.t, c.v)))


def _of_members(holder: Token, t: Token) -> list[Token]:
    """'the participation of A, B and C, together with D, in Z': the members a membership noun's 'of' phrase names
    (not the instrument's own 'of' phrase: 'members of Z')."""
    of = _w("syntax.of_prepositions")
    objs = [o for p in holder.children if p.dep_ == "prep" and p.lower_ in of for o in p.children if o.dep_ == "pobj"]
    return [y for o in objs if t not in o.subtree for y in (o, *o.conjuncts)]


def _holders(clause: Token) -> list[Token]:
    """The membership noun a copular clause predicates ('is a party', 'became a signatory')."""
    return [a for a in clause.children if a.dep_ in ("attr", "oprd") and lemma(a) in _w("agreement.membership_nouns")]


def relative_membership(t: Token, v: Token | None = None) -> Token | None:
    """'Z, to which A is a party', 'Z, of which A is a member', 'Z, in which A takes part': the relative clause on
    the agreement making a state a member of it (a membership noun or verb, the relative pronoun in a prepositional
    phrase pointing back), not denied (``held_now`` says whether it holds)."""
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    # the parser may hang the clause on the topic ("the MOU on antimony, of which A is a member"), the apposition
    # ("a body launched by B in which A participates"), Z's or its date, the noun holding Z ("a partner of Z, ...")
    apposed = [x for a in set_off_apposition(t, v) for x in a.subtree if x.pos_ in ("NOUN", "PROPN", "NUM")]
    holding = [t.head.head] if t.dep_ == "pobj" and t.head.lower_ in _w("syntax.of_prepositions") else []
    dated = [x for a in t.children if a.dep_ == "acl" for x in a.subtree if x.pos_ in ("NOUN", "PROPN", "NUM")]
    heads = (t, *topic_nouns(t, v), *apposed, *holding, *dated)
    for rc in (x for h in heads for x in h.children if x.dep_ == "relcl" and x.i > t.i and not has_neg(x)):
        back = [o for o in rc.subtree if o.dep_ == "pobj" and o.i < rc.i]  # the parser may call 'to' a 'dep'
        if not any(o.lower_ in _w("agreement.relative_pronouns") for o in back):
            continue
        if _holders(rc) or lemma(rc) in _w("agreement.membership_verbs"):
            return rc
    return None


def held_now(rc: Token) -> bool:
    """A membership the clause states as held: not a possibility ('to which A could become a party'), not one
    that ended ('of which A was a member until both withdrew', 'until 2021')."""
    auxiliaries = _w("status.modal_auxiliaries", "status.future_auxiliaries")
    if any(x.dep_ == "aux" and x.lower_ in auxiliaries for x in rc.children):
        return False
    ended = (x for x in rc.subtree if x.head == rc or x.head.head == rc)
    return not any(x.lower_ in _w("agreement.membership_end_marks") or lemma(x) in _w("status.lapsed") for x in ended)


def not_an_agreement(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'a joint working group ...; the working group is an officials' dialogue and is not a formal agreement':
    the text itself denies that the thing is an agreement; so does a predicate 'X was a law and not an agreement
    between A and B', where the denial is on the instrument noun itself."""
    if c.t.dep_ in ("attr", "conj") and any(n.dep_ == "neg" and n.i < c.t.i for n in c.t.children):
        return False
    for be in (x for x in sent if any(n.dep_ == "neg" for n in x.children)):  # a copula: its 'attr' says what
        attrs = [a for a in be.children if a.dep_ == "attr" and a.lemma_.lower() in _w("agreement.nouns")]
        subjects = [a for a in be.children if a.dep_ == "nsubj"] or [a for a in be.head.children if a.dep_ == "nsubj"]
        if attrs and any(x.lemma_.lower() == c.t.lemma_.lower() for x in subjects):
            return False
    return True


def committed_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'signed bilateral instruments with A and B': a generic noun is an agreement only when the chain commits to it."""
    if c.lem not in _w("agreement.committed_only_nouns") or talks_topic(c.t):  # "talks on a similar instrument"
        return True
    if c.v is None or c.t.dep_ == "pobj" and c.t.head.head.i == c.v.i and c.t.i < c.v.i:
        return False  # "In joint statements, the four countries agreed to ...": the vehicle, not what was agreed
    committing = _w("status.signed", "status.announced", "status.lapsed")  # "abandoned their roadmap"
    if lemma(c.v) in _w("status.planned", "status.negotiating") and c.t.head.i == c.v.i:
        return True  # "exploring a similar instrument with B", "negotiating an instrument": one in the making
    if c.with_ and c.t.dep_ == "nsubj" and lemma(c.t.head) in _w("agreement.inclusion_verbs"):
        return True  # "A 2023 joint statement with Washington covers ...": what it holds says it was made
    if any(x.dep_ == "acl" and lemma(x) in committing for x in c.t.children) or committed_within(c.t):
        return True  # "a member of the Charter launched by A in 2018": its own participle says it was made
    if signing_event(c.t) and len(c.parties) > 1:
        return True  # "welcomed the signing of the Charter on X by A, B and C": the signing made it
    # joining one commits to it as well: "acceded to the Charter", "the decision of X to join the charter"
    return any(
        lemma(x) in committing or signing_phrase(x) or stands_in_force(x) or is_membership(x) for x in verb_chain(c.v)
    )


def not_relationship(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'deepen strategic U.S. partnerships with the DRC': a relationship being strengthened, not an instrument."""
    # "a route promoted under a 2023 memorandum between A and B": an instrument in the verb's adjunct is no
    # relationship the verb strengthens
    adjunct = c.t.dep_ == "pobj" and c.t.head.head.i == c.v.i if c.v is not None else False
    return bool(c.name) or c.v is None or adjunct or lemma(c.v) not in _w("agreement.relationship_verbs")
