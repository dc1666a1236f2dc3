"""Relative-clause parties: who a clause on the agreement noun says signed, launched or reached it.

"the agreement that Congo and Rwanda signed", "the Z, which A launched with B", "the MoU on mining
signed with X": a relative or reduced clause on the instrument (or on its topic) names signers that the
main clause may not, and can say the main clause's subject only looks on or joins.  One filter of the
agreement pipeline (``agreements.FILTERS``), kept apart because it is the largest and reads a clause
of its own rather than the candidate's phrases.  Word lists: ``agreement.*``, ``status.*``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.accession import joiner_clause
from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.governed import topic_objects
from cmkg.nlp.components.membership import held_now, membership_of, relative_membership
from cmkg.nlp.components.names import name_head
from cmkg.nlp.components.parties import Context, conjunct_maker, lemma, resolve_subject, with_parties
from cmkg.nlp.components.party_phrases import making_words
from cmkg.nlp.components.premodifiers import dash_compound
from cmkg.nlp.components.prose import reduced_participles
from cmkg.nlp.components.quoted_speaker import speech_verb
from cmkg.nlp.components.series_hosts import collective_clauses
from cmkg.nlp.components.signing_acts import lapsing
from cmkg.nlp.components.state_reference import bare_collective
from cmkg.nlp.components.status import is_membership
from cmkg.nlp.components.syntax import countries_in, has_neg, nearest_conjunct, subject_tokens
from cmkg.nlp.components.voice import first_person
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["relative_clauses"]


def _clause_subject(rc: Token, ctx: Context) -> tuple[list[str], bool]:
    """The states (and whether a company) the clause's subject names; none when the clause only looks on, hosts or
    reports ("the Thailand-Cambodia accord, which the US President witnessed", "..., which China has criticised"):
    such a state is no party of the instrument (``agreement.onlooker_clause_verbs``).  A government page's own
    'we' ('the memorandum that we signed with the EU') is the publisher."""
    codes, comp = resolve_subject(rc, ctx)
    codes = _named_pair(rc) or codes  # "the Japan-Australia Partnership, which the two countries signed"
    # "the frameworks A signed with B and the memoranda concluded with C": the first conjunct's maker
    codes = codes or countries_in(conjunct_maker(rc))
    # "the memorandum that we signed with the EU" on a government's page: its own voice, the publisher
    voices = [v for s in subject_tokens(rc) if (v := first_person(s)) is not None]
    codes = codes or (list(voices[0].states) if voices else [])
    # "the memorandum that Prime Minister A and President B witnessed": two leaders over an instrument that names no
    # side of its own witnessed their governments' signing
    witnessed = lemma(rc) in _w("agreement.witness_verbs") and len(set(codes)) >= 2 and not _own_sides(rc)
    looking_on = lemma(rc) in _w("agreement.onlooker_clause_verbs") and not witnessed
    return ([] if looking_on or _told_of(rc) else codes), comp


def _own_sides(rc: Token) -> bool:
    """The instrument names a state outside the clause ('the Thailand-Cambodia accord, which the US witnessed')."""
    clause = {x.i for x in rc.subtree}
    return bool(countries_in([x for x in rc.head.subtree if x.i not in clause]))


def _told_of(rc: Token) -> bool:
    """'a declaration that both sides said would open the way': the relative word is the subject of a clause the
    speakers report, so they say what the instrument does, not that they made it ('a framework that A and B say
    they intend to complete' is theirs)."""
    relative = _w("agreement.relative_pronouns")
    reported = [c for c in rc.children if c.dep_ == "ccomp"]
    return speech_verb(rc) and any(x.dep_ == "nsubj" and x.lower_ in relative for c in reported for x in c.children)


def _named_pair(rc: Token) -> list[str]:
    """'the Japan-Australia Critical Minerals Partnership, which the two countries signed in 2022': a counted
    collective subject ('the two countries', 'both governments') of a clause on an instrument whose name joins
    exactly that many states by a dash, or a sentence that named exactly that many before the clause, is those
    states, whatever the story named last."""
    subject = subject_tokens(rc)
    if len(subject) != 1 or subject[0].lower_ not in _w("agreement.collective_states"):
        return []
    counts = rules().table("production_share.number_words")
    words = [c.lower_ for c in subject[0].children if c.dep_ in ("nummod", "det", "predet")]
    n = next((int(w) if w.isdigit() else counts[w] for w in words if w.isdigit() or w in counts), None)
    n = n or (2 if set(words) & _w("agreement.pair_words") else None)
    head = name_head(rc.head) if rc.head.text[:1].isupper() else rc.head
    pair = dash_compound(head)
    # "A welcomed the joint statement issued with B, in which the two Governments agreed ...": the states the
    # sentence named before the clause, when they are exactly as many
    before = list(dict.fromkeys(countries_in([x for x in rc.sent if x.i < rc.left_edge.i])))
    states = lemma(subject[0]) in _w("syntax.unnamed_state_nouns")  # 'the two Governments', not 'the two sides'
    pair = pair or (before if n is not None and len(before) == n and states else [])
    return pair if n is not None and len(pair) == n else []


def _restated_sides(rc: Token, codes: list[str], c: Candidate) -> bool:
    """'framework agreements with A, B, C and D, in which the four governments agreed to open markets', 'a
    memorandum with B, under which the two governments will share data': a clause the instrument frames ('in
    which', 'under which') whose doers are the instrument's own sides tells what they undertook under it; it names
    no other signer, and its verb does not make the instrument (the main clause's verb keeps the status)."""
    relative = _w("agreement.relative_pronouns")
    framed = any(p.dep_ == "prep" and any(o.lower_ in relative for o in p.children) for p in rc.children)
    return framed and bool(codes) and set(codes) <= set(c.parties) and c.v is not None


_SET_OFF_DEPS = ("dep", "npadvmod", "dobj", "appos", "nsubj", "attr")  # where the parser hangs a set-off apposition


def _in_phrase(y: Token, head: Token) -> bool:
    """``y`` belongs to the noun phrase of ``head`` itself ('the governments of A and B'), not to a clause on it
    ('the two countries ..., under which Japan committed')."""
    x = y
    while x.i != head.i:
        if x.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return False
        x = x.head
    return True


def relative_clauses(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'the agreement that Congo and Rwanda signed': the clause's subject is a party."""
    for rc in _instrument_clauses(c):
        codes, comp = _clause_subject(rc, ctx)
        # "which will secure the supply": the agreement as the clause's subject acts; nobody commits to it there
        acting = any(x.dep_ == "nsubj" and x.lower_ in _w("agreement.relative_pronouns") for x in rc.children)
        if _joined_it(rc) and codes and not acting:
            # "the partnership between A, B and C, which the US and the EU joined in 2023": members beside its sides
            c.subj += [x for x in codes if x not in c.parties]
            continue
        # "an agreement with X, which will include a chapter on Y": 'which' is the instrument, and the story's last
        # subject it falls back to is no party; on a government's page its own voice gives the other side instead
        # (host_voice), on a news page that last subject remains the best guess for 'Officials are negotiating ...'
        # "the Z Initiative, which links the three countries with X": a member clause describes the instrument,
        # whose members member_clauses reads from its object; the story's last subject is no party of it
        listing = acting and lemma(rc) in _w("agreement.member_list_verbs")
        if acting and (listing or sent.doc._.cmkg_publisher) and not countries_in([rc.head]):
            codes = []
        acting = acting or (rc.dep_ == "acl" and rc.tag_ == "VBG")  # "an MoU establishing a partnership": it acts
        # "the memorandum that Peru is negotiating with Japan": negotiating it is the clause's own act on it too
        committing = (lemma(rc) in making_words() or _negotiated_object(rc)) and not acting
        # "Japan welcomed the agreement that Peru signed with Chile": the welcoming subject looks on
        onlooker = committing and codes and c.v is not None and lemma(c.v) in _w("agreement.witness_verbs")
        # "Peru cancelled the deal (that) Japan signed with Bolivia", "the Ministry decided, under the consensus
        # reached by the A and B teams, ...": the clause's own signer (or agent) is the party; a joiner stays
        named = [y for y in rc.children if y.dep_ == "nsubj" and y.lower_ not in _w("agreement.relative_pronouns")]
        named += [y for y in rc.children if y.dep_ == "agent"] if c.v is None or not is_membership(c.v) else []
        # "the Japan-EU Alliance, which the leaders launched": its own sides' leaders, not a bare collective's fallback
        codes = [] if bare_collective(named) else codes
        restating = bool(named) and _restated_sides(rc, codes, c)
        other_signer = committing and named and codes and not (restating or set(codes) <= set(c.subj))
        # "the MOU signed by A, B and C, and the partnerships concluded by C with D": a later conjunct's own agent
        other_signer = other_signer or committing and codes and c.t.dep_ == "conj" and _own_agent(rc, c.t)
        # "building on an agreement that the two companies signed with C": a signer that is no state is the
        # clause's own, and the main clause's subject is not a party by default
        signers = [y for y in named if y.dep_ == "nsubj" and not any(x.dep_ == "poss" for x in y.children)]
        stateless_signer = committing and signers and not codes  # not "signed by their industry ministries"
        # "C has become the newest member of Z, which A launched with B": the joiner stays beside the founders
        joiner = other_signer and c.v is not None and not has_neg(c.v) and joiner_clause(c)
        # "an agreement with Finland, to have been carried out by the Geological Survey of Finland": a clause that
        # does not make the instrument names the partner's own executor, no second side
        codes = codes if committing else [x for x in codes if x not in c.with_]
        c.subj = (
            c.subj + codes if joiner else codes if onlooker or other_signer or stateless_signer else c.subj or codes
        )
        # "a partnership, which Pohjola hopes will ease permitting": a firm that only hopes makes nothing; states that
        # made it in the clause leave no firm behind ('The Reserve complements the framework A and B signed')
        named = [y for x in subject_tokens(rc) for y in x.subtree if y.ent_type_ == "GPE" and _in_phrase(y, x)]
        made_by_states = committing and bool(named) and not comp and set(codes) <= set(c.subj)
        c.company = (c.company and not made_by_states) or (
            comp and (committing or lemma(rc) not in _w("status.planned"))
        )
        c.with_ = list(dict.fromkeys(_kept_partners(c, other_signer) + with_parties(rc, ctx)))
        made_here = committing and not restating and _told_here(c, rc)
        # an apposition's clause ('a framework, the second it has agreed this decade, with B') dates the noun it
        # describes; the sentence's own verb keeps the status unless it denies a membership beside it
        apposed = rc.head.i != c.t.i and rc.head.dep_ in _SET_OFF_DEPS and c.v is not None and not has_neg(c.v)
        apposed = apposed and rc not in _contact_clause(rc.head)  # the office's own clause is the instrument's
        c.v = _pronoun_verb(rc) if (made_here and not apposed) or c.v is None else c.v
    return True


def _own_agent(rc: Token, t: Token) -> bool:
    """A participle of the instrument's own with its agent ('concluded by the EU'): its signers are the clause's."""
    return rc.dep_ == "acl" and rc.head.i == t.i and any(y.dep_ == "agent" for y in rc.children)


def _pronoun_verb(rc: Token) -> Token:
    """The clause's verb whose object the relative pronoun is: 'the Partnership that A and B agreed in March to
    negotiate' is being negotiated, as 'agreed to negotiate the Partnership' is; else the clause's own verb."""
    pronouns = _w("agreement.relative_pronouns")
    # the parser may hang the pronoun on 'agreed', or read 'that' as a complementiser
    held = any(o.dep_ in ("dobj", "mark") and o.lower_ in pronouns for o in rc.children)
    for x in (c for c in rc.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        objects = [o for o in x.children if o.dep_ == "dobj"]
        if any(o.lower_ in pronouns for o in objects) or (held and not objects):
            return x
    return rc


def _instrument_clauses(c: Candidate) -> list[Token]:
    """The relative and participle clauses on the instrument, its name or its topic, not a compared one's."""
    preps, topics = topic_objects(c.t, c.v)
    head = name_head(c.t) if c.name else c.t  # "... Partnership Forum, which"
    clauses = [x for x in (*head.children, *_stranded_clauses(head)) if x.dep_ in ("relcl", "acl")]
    clauses = [x for x in clauses if nearest_conjunct(x) == head.i]
    # "the new X-Y agreement on nickel, which was signed on Monday", "the MoU on mining signed with X": on the topic
    made = making_words() | _w("agreement.witness_verbs")  # "the MoU on minerals that A and B witnessed"
    clauses += [x for o in topics for x in o.children if x.dep_ in ("relcl", "acl") and lemma(x) in made]
    # "a joint declaration on raw materials, by which A, B and C commit to ...": what the parties do by it
    clauses += [x for o in topics for x in o.children if x.dep_ == "relcl" and _instrumental_relative(x)]
    # "the MSP, the club of importing countries that Washington launched with allies": the apposition's founding
    apposed = [a for a in head.children if a.dep_ == "appos"] + _set_off_noun(head)
    # (a participle there, 'an initiative launched by A', is a founder the membership rules read beside a joiner)
    clauses += [x for a in apposed for x in a.children if x.dep_ == "relcl" and lemma(x) in making_words()]
    clauses += [x for a in apposed for x in _contact_clause(a)]  # "the framework the Prime Minister, X, signed with"
    clauses += collective_clauses(c.t)  # "a network of such partnerships that the Union has concluded with A"
    # "the partnership between A and B, which C joined": a joining clause the parser hung on a listed state
    sides = [
        x for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)
    ]
    clauses += [x for o in sides if o.ent_type_ == "GPE" for x in o.children if x.dep_ == "relcl" and _joined_it(x)]
    clauses += reduced_participles(c.t, c.v, preps)  # "the Agreement on X concluded between A and B"
    member = relative_membership(c.t, c.v)  # "Z, to which A could become a party with B": nobody is a party yet
    return [x for x in clauses if (member is None or x.i != member.i or held_now(member)) and not _compared(x, c.t)]


def _instrumental_relative(rc: Token) -> bool:
    """'by which', 'through which': a clause whose relative word is the means its doers act by, which a topic
    ('on critical raw materials') never is (``agreement.instrumental_prepositions``)."""
    relative, means = _w("agreement.relative_pronouns"), _w("agreement.instrumental_prepositions")
    preps = [p for p in rc.children if p.dep_ == "prep" and p.lower_ in means]
    return any(o.lower_ in relative for p in preps for o in p.children if o.dep_ == "pobj")


def _joined_it(rc: Token) -> bool:
    """'which the US and the EU joined in 2023': a past joining verb whose object is the relative word, not one
    that may or will join, joins others in an act ('which Uganda joined Tanzania in condemning', 'joined in
    funding') or joins talks ('which Cambodia joined talks on'); a phrase of time may follow it."""
    objects = [c for c in rc.children if c.dep_ == "dobj"]
    relative = len(objects) == 1 and objects[0].lower_ in _w("agreement.relative_pronouns")
    auxes = _w("status.modal_auxiliaries", "status.future_auxiliaries")
    hedged = any(c.dep_ == "aux" and c.lower_ in auxes for c in rc.children)
    acts = any(c.dep_ in ("xcomp", "advcl") or (c.dep_ == "prep" and not _of_time(c)) for c in rc.children)
    joining = lemma(rc) in _w("agreement.membership_verbs") and rc.tag_ in ("VBD", "VBN")
    return joining and relative and not hedged and not acts and not has_neg(rc)


def _contact_clause(a: Token) -> list[Token]:
    """'the framework the Prime Minister, Anthony Albanese, signed with President Trump': a relative clause with no
    relative word whose subject is an office or a person, which the parser reads as an apposition to the instrument
    with a participle of its own; a participle with an agent ('the Minister, named by ...') is the office's."""
    office = a.ent_type_ == "PERSON" or lemma(a) in _w("officials.public_heads")
    return [
        x
        for x in a.children
        if office and x.dep_ == "acl" and lemma(x) in making_words() and not any(c.dep_ == "agent" for c in x.children)
    ]


def _stranded_clauses(head: Token) -> list[Token]:
    """'the X Partnership, signed in 2021, and the partnership agreed by A and B': the parser may hang a later
    conjunct's own participle on the first conjunct; the clause is the instrument's that stands right before it."""
    hosts = [head.head, head.head.head] if head.head.dep_ == "appos" else [head.head]  # 'the A–B Partnership'
    return [x for h in hosts for x in h.children if head.dep_ == "conj" and x.dep_ in ("relcl", "acl") and x.i > head.i]


def _of_time(prep: Token) -> bool:
    """'in 2023', 'last year': a phrase of time, whose object is a date or a number."""
    return all(o.ent_type_ in ("DATE", "TIME", "CARDINAL") or o.like_num for o in prep.children if o.dep_ == "pobj")


def _set_off_noun(t: Token) -> list[Token]:
    """'a member of the MSP, the club that Washington launched': a noun phrase right after the instrument's comma
    that the parser hung elsewhere (on the verb, as 'dep' or an adverbial noun): the instrument's apposition."""
    end = t.right_edge.i
    if end + 2 >= t.sent.end or t.doc[end + 1].text != ",":
        return []
    return [x for x in t.sent if x.left_edge.i == end + 2 and x.pos_ == "NOUN" and x.dep_ in _SET_OFF_DEPS]


def _told_here(c: Candidate, rc: Token) -> bool:
    """The clause's making is the sentence's news about the instrument, not history beside a main verb's."""
    denied = c.v is not None and has_neg(c.v)  # "had not joined the Z launched by ...": the denial stands
    # "The rules are not affected by the memorandum that A is negotiating": a denied verb of another kind
    denied = denied and (lemma(c.v) in making_words() or is_membership(c.v) or not _negotiated_object(rc))
    # "the MOU that A and B signed in 2018 expired": the end is news; "measures are suspended under the
    # arrangement it reached with X": what lapses is the verb's own subject or object, not a phrase's instrument
    ended = c.v is not None and lapsing(c.v) and c.t.head.i == c.v.i
    # "joined the charter launched by A and B": the joining is this sentence's news, the launch its history
    joining = c.v is not None and is_membership(c.v) and not has_neg(c.v)
    # "is not a member of the MSP, the club that Washington launched": the founding stands beside the denied joiner
    member = c.v is not None and (is_membership(c.v) or membership_of(c.t) is not None)
    founded = denied and member and bool(countries_in([x for x in rc.children if x.dep_ == "nsubj"]))
    return (not denied or founded) and not ended and not joining


def _negotiated_object(rc: Token) -> bool:
    """The relative word is what the clause's verb negotiates ('that Peru is negotiating with B')."""
    relative = any(x.dep_ in ("dobj", "mark") and x.lower_ in _w("agreement.relative_pronouns") for x in rc.children)
    own_subject = any(x.dep_ == "nsubj" and x.lower_ not in _w("agreement.relative_pronouns") for x in rc.children)
    return relative and own_subject and lemma(rc) in _w("status.negotiating")


def _compared(x: Token, t: Token) -> bool:
    """'a memorandum similar to the one signed with B': a clause under a comparison word between it and the
    instrument ``t`` is the compared instrument's."""
    for a in x.ancestors:
        if a.i == t.i:
            return False
        if a.lower_ in _w("agreement.comparison_words") or _in_comparison_phrase(a):
            return True
    return False


def _kept_partners(c: Candidate, other_signer: bool) -> list[str]:
    """'an agreement with B, like the one that C has signed with D': a compared one's sides are its clause's alone."""
    return [] if other_signer and _compared_one(c.t) else c.with_


def _compared_one(t: Token) -> bool:
    """'one' in a comparison with the instrument its phrase hangs on ('like the one that ...')."""
    comparing = (a for a in t.ancestors if a.lower_ in _w("agreement.comparison_words") or _in_comparison_phrase(a))
    return t.lower_ in _w("agreement.anaphors") and next(comparing, None) is not None


def _in_comparison_phrase(a: Token) -> bool:
    """``a`` is a word of a comparing phrase ('lines' of 'along the lines of'), read word for word around it."""
    doc = a.doc
    for phrase in _w("agreement.comparison_phrases"):
        words = phrase.split()
        for k, word in enumerate(words):
            start = a.i - k
            if word == a.lower_ and start >= 0 and [x.lower_ for x in doc[start : start + len(words)]] == words:
                return True
    return False
