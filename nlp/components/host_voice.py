"""The publishing government as the unnamed side of an agreement its own page reports.

A government's release speaks in its own voice and does not name itself: "Officials are
negotiating a similar arrangement with the Republic of Korea", "We signed a memorandum
with Peru", "The Council heard a report on the negotiations under way with the UAE on a
framework agreement", "The Cabinet approved a memorandum of understanding with Chile".
The partner is named and the other side is the publisher (``doc._.cmkg_publisher``: its
URL, else its masthead and footer; nlp/publisher.py).  Only then: on a news site or a page
of no government nothing changes.

The subject must be a host-voice word with no owner of its own (``agreement.joint_voice``
'we', ``agreement.host_voice_nouns``, ``agreement.government_nouns``,
``officials.government_body_nouns``; not "Chinese officials", "the Government of Peru",
"officials from both capitals"), the sentence must name no side of its own besides the
partners, the partners must come from a 'with' phrase (not "the agreement between A and
B", which a ministry may report on as a bystander), and the clause must commit to,
negotiate or discuss the instrument (``status.*`` verb lists, or a talks noun above it):
"The Ministry welcomed the agreement with Peru" is not its own.  A nominal form is the
publisher's too when the agreement governs it: "Cooperation with Australia continues under
the CER agreement" (``agreement.cooperation_nouns``, ``status.talks_nouns``).  Talks another
state owns are not the page's: a request or proposal 'of' a state above them ("the request of
Ghana to open consultations with Togo": Ghana's), or a reporting title the text already gave
another state ("met the Chilean ambassador. The ambassador said negotiations with X ...").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.governed import topic_talks
from cmkg.nlp.components.interview_voice import own_voice
from cmkg.nlp.components.joint_host import joint_host
from cmkg.nlp.components.parties import Context, lemma, pp_chain_preps, with_parties
from cmkg.nlp.components.party_phrases import making_words
from cmkg.nlp.components.status import is_membership
from cmkg.nlp.components.story_owner import acting_states, story_state
from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.components.voice import first_person
from cmkg.nlp.rules import words as _w

__all__ = ["host_voice", "host_word", "owned_earlier"]

_OWN_CLAUSE_STEPS = 8  # trigger -> preposition -> talks noun -> preposition -> report -> verb: a few hops up
_ACTING_LISTS = ("status.signed", "status.announced", "status.negotiating", "status.planned")


def _clause_subject(t: Token) -> tuple[Token | None, list[Token]]:
    """The nearest verb above ``t`` that has a subject, and that subject."""
    cur = t
    for _ in range(_OWN_CLAUSE_STEPS):
        subj = subject_tokens(cur) if cur.pos_ in ("VERB", "AUX") else []
        if subj:
            return cur, subj
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None, []


def _host_nouns() -> set[str]:
    return _w("agreement.host_voice_nouns", "agreement.government_nouns", "officials.government_body_nouns")


def _body_modifier(x: Token) -> bool:
    """A word that may qualify a host-voice subject without giving it another owner: a government word ('Ministry
    officials', 'officials of the Ministry') or a capitalised name word of the body ('the Ministry of Mines',
    'the Council of Ministers'); not a common noun ('port authority', 'council of mayors', 'officials in the
    region', 'negotiators for the miners' union', 'Industry officials')."""
    return lemma(x) in _host_nouns() or (x.tag_ in ("NNP", "NNPS") and not x.is_sent_start)


def _own_phrase(s: Token) -> bool:
    """The subject's compounds and preposition phrases are all the body's own words (``_body_modifier``)."""
    for c in s.children:
        if c.dep_ == "compound" and not _body_modifier(c):
            return False
        if c.dep_ == "prep":
            nouns = [x for x in c.subtree if x.pos_ in ("NOUN", "PROPN")]
            if not nouns or not all(_body_modifier(x) for x in nouns):
                return False
    return True


def host_word(s: Token, nouns: set[str] | None = None) -> bool:
    """'we', 'Officials', 'the Government', 'The Council', 'the Ministry of Mines': the page's own government,
    owned by no one named and qualified by no other body (a compound or preposition phrase of common nouns names
    a company, a union, a region or a port: "Company officials", "the council of mayors")."""
    if s.lower_ in _w("agreement.joint_voice", "agreement.speaker_pronouns"):
        return True  # 'we', and the speaking official's 'I'
    if s.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    member = lemma(s) not in (nouns or _host_nouns())
    if member and not _body_member(s):
        return False
    definite = _w("agreement.definite_determiners")
    end = _list_start(s)
    for c in (c for c in s.children if c.i < end):
        if c.dep_ == "det" and c.lower_ not in definite and not member:
            return False  # "a government", "another ministry"
        plain = member and c.dep_ == "amod" and not c.ent_type_  # "technical experts from the Ministry"
        owner = c.dep_ in ("poss", "amod", "nmod", "nummod", "appos") and not plain
        if owner or (c.dep_ == "compound" and c.ent_type_):
            return False  # "Peru's officials", "Chinese officials", "US officials"
    if not _own_phrase(s):
        return False
    owned = [
        x
        for x in s.subtree
        if x.i != s.i
        and x.i < end
        and (x.ent_type_ in ("GPE", "NORP") or (x.ent_type_ == "ORG" and not _body_name(x)) or countries_in([x]))
    ]
    return not owned  # "the Government of Peru", "officials from both capitals" name their owner


def _body_member(s: Token) -> bool:
    """'experts from the Ministry', 'a team of the Ministry of Mines', 'representatives of the Government': people
    'of' or 'from' the page's own body (itself a host word) speak for it, whatever they are called."""
    preps = [p for p in s.children if p.dep_ == "prep" and p.lower_ in _w("syntax.of_prepositions")]
    return any(host_word(o) for p in preps for o in p.children if o.dep_ == "pobj" and o.i != s.i)


def _list_start(s: Token) -> int:
    """Where a list the parser hung on the subject begins ('The Ministry has signed memoranda with the following
    countries: A B C', C read as the Ministry's apposition): the first list opener after the subject."""
    openers = _w("agreement.list_openers")
    return next((x.i for x in s.doc[s.i + 1 : s.right_edge.i + 1] if x.text in openers), len(s.doc))


def _body_name(x: Token) -> bool:
    """'Officials from the Ministry of Business, Innovation and Employment': a named organisation that is a
    government body (its name holds ``officials.government_body_nouns``) is the page's own, unlike a company."""
    ent = next((e for e in x.doc.ents if e.start <= x.i < e.end), None)
    return ent is not None and any(lemma(y) in _w("officials.government_body_nouns") for y in ent)


def _talks(x: Token) -> bool:
    """A talks noun the clause holds ('are in talks', 'held talks', 'a report on the negotiations under way'), not
    talks it refers to as its object ('are following the negotiations', 'welcomed the discussions'): another's."""
    talks = _w("status.talks_nouns", "status.consultation_nouns", "status.negotiating")
    if x.pos_ != "NOUN" or not (x.lower_ in talks or lemma(x) in talks):
        return False
    referred = x.dep_ == "dobj" and any(
        c.dep_ == "det" and c.lower_ in _w("agreement.definite_determiners") for c in x.children
    )
    return not referred


def _in_clause(x: Token, verb: Token) -> bool:
    """``x`` hangs under ``verb`` through nouns and prepositions only (no clause of its own between)."""
    cur = x
    for _ in range(_OWN_CLAUSE_STEPS):
        if cur.head.i == verb.i:
            return True
        if cur.head.i == cur.i or cur.head.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
    return False


def _acting(c: Candidate, verb: Token) -> bool:
    """The clause commits to, negotiates or discusses the instrument, or talks are its matter ("are in
    discussions with X on a framework", "heard a report on the negotiations under way with X on an agreement")."""
    acting = set().union(*(_w(name) for name in _ACTING_LISTS))
    # the talks themselves, or the topic of talks ("the request of X to open consultations on an instrument"), when
    # the clause holds them ('are following the negotiations on X' watches another's)
    talks = [c.t] if c.lem in _w("status.talks_nouns") else []
    talks += topic_talks(c.t)
    if any(_talks(x) or (x.dep_ in ("nsubj", "nsubjpass") and x.i == c.t.i) for x in talks):
        return True
    if any(lemma(v) in acting for v in (c.v, verb) if v is not None):
        return True
    held = _series_head(c.t)  # "notes the Vuvale Partnership with A, the Duavata Partnership with B, and ..."
    holding = lemma(verb) in _w("status.possession_verbs", "status.recalling_verbs")
    if holding and held.dep_ == "dobj" and held.head.i == verb.i:
        return True  # "With X we already have a partnership": the page holds it
    return any(_talks(x) and _in_clause(x, verb) for x in verb.subtree)


def _series_head(t: Token) -> Token:
    """The first instrument of a series the parser chains by apposition or coordination."""
    while t.dep_ in ("appos", "conj") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i != t.i:
        t = t.head
    return t


def _nominal_partners(c: Candidate, ctx: Context, verb: Token, subj: list[Token]) -> list[str]:
    """'Cooperation with Australia continues under the CER agreement': the partner of the subject's cooperation
    or talks, when the agreement hangs on the same verb by a preposition (the agreement governs the cooperation)."""
    nominal = _w("agreement.cooperation_nouns", "status.talks_nouns")
    if len(subj) != 1 or not (lemma(subj[0]) in nominal or subj[0].lower_ in nominal):
        return []
    if any(x.dep_ == "poss" for x in subj[0].children):
        return []  # "Peru's cooperation with Chile": Peru's, not the publisher's
    if any(p.lower_ in _w("agreement.mutual_prepositions") for p in pp_chain_preps(subj[0])):
        return []  # "cooperation between A and B": reported
    if not (c.t.dep_ == "pobj" and c.t.head.dep_ == "prep" and c.t.head.head.i == verb.i):
        return []
    return with_parties(subj[0], ctx)


def _reported_talks(c: Candidate, verb: Token | None, subj: list[Token]) -> tuple[Token | None, list[Token]]:
    """'The Minister said that negotiations with X were at an advanced stage': talks that are their own clause's
    subject are the reporting clause's, whose subject may be the page's government or an unowned public title
    ('the Minister', ``officials.public_heads``); a report with no speaker at all is the page's own voice."""
    own = [c.t] if c.lem in _w("status.talks_nouns") else topic_talks(c.t)  # the talks, or the talks on it
    if verb is None or [x.i for x in subj] != [x.i for x in own][:1] or len(subj) != 1:
        return verb, subj
    above, speaker = _clause_subject(verb.head) if verb.head.i != verb.i else (None, [])
    if above is None:
        return verb, []
    nouns = _host_nouns() | _w("officials.public_heads")
    own_voice = all(host_word(s, nouns) and not owned_earlier(s) for s in speaker)
    return (above, []) if own_voice else (verb, subj)  # the page's own talks


def _reported_instrument(c: Candidate, verb: Token | None, subj: list[Token]) -> tuple[Token | None, list[Token]]:
    """'The Minister noted that the Agreement on Reciprocal Trade with the United States, announced in July,
    provides for ...': an instrument that is its own clause's subject, made by a participle or relative clause of
    its own that names no maker ('announced in July', 'which was signed last year'), is reported by the clause
    above it, like talks (:func:`_reported_talks`): the page's own when its speaker is a host-voice word or an
    unowned public title, or when no clause reports it."""
    # the parser often hangs the clause on the partner ('with Canada, signed in July'): the phrase's own clauses
    heads = [c.t] + [o for p in c.t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    made = next((x for h in heads for x in h.children if _made_unnamed(x)), None)
    # "the X Partnership with B, the Y Charter with C, and the Z Agreement with D": the series' instruments
    series = {c.t.i, _series_head(c.t).i, *(x.i for x in c.t.conjuncts)}
    instruments = all(x.i in series or lemma(x) in _w("agreement.nouns") for x in subj)
    made_ones = bool(series & {x.i for x in subj}) and instruments
    if verb is not None and made is None and made_ones and _misread_participle(verb):
        made = verb  # "..., and the Z Agreement with D signed in 2023": the participle read as their verb
    if verb is None or not made_ones or made is None:  # no subject: none of the series is made here
        return verb, subj
    above, speaker = _clause_subject(verb.head) if verb.head.i != verb.i else (None, [])
    nouns = _host_nouns() | _w("officials.public_heads")
    own_voice = all(host_word(s, nouns) and not owned_earlier(s) for s in speaker)
    return (made, []) if own_voice else (verb, subj)  # the making participle is the clause that acts


def _misread_participle(v: Token) -> bool:
    """A committing past form with no object, which the parser gave the instruments before it as subject: an
    instrument signs nothing, so 'the Agreement with C signed in 2023' is a participle however it is tagged."""
    past = v.tag_ in ("VBN", "VBD")
    return past and lemma(v) in making_words() and not any(c.dep_ in ("dobj", "aux") for c in v.children)


def _made_unnamed(x: Token) -> bool:
    """A committing participle or relative clause on the instrument with no maker of its own: 'announced in July',
    'which was signed in 2023' (not 'which Peru signed', not 'signed by A and B')."""
    committing = making_words()
    if x.dep_ not in ("acl", "relcl") or lemma(x) not in committing:
        return False
    makers = [y for y in x.children if y.dep_ in ("nsubj", "nsubjpass", "agent")]
    return all(y.lower_ in _w("agreement.relative_pronouns") for y in makers)


def owned_earlier(s: Token) -> bool:
    """'Minister Tanaka met the Chilean ambassador. The ambassador said ...': a definite title the text has
    already given another state (a state word on it, or 'of' a state) refers back to that person, not to the
    page's own government; the publisher's own name ('Ministry of Mines | Government of A' on A's page) is not."""
    ofs = _w("syntax.of_prepositions")
    for x in s.doc[: s.i]:
        if lemma(x) != lemma(s) or x.pos_ not in ("NOUN", "PROPN"):
            continue
        owners = [c for c in x.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        owners += [o for p in x.children if p.dep_ == "prep" and p.lower_ in ofs for o in p.children]
        codes = countries_in([y for o in owners for y in o.subtree])
        if [x for x in codes if x != s.doc._.cmkg_publisher]:  # 'Government of A' on A's own page is its voice
            return True
    return False


def _talks_owner(c: Candidate) -> list[str]:
    """'the request of Ghana to open consultations with Togo', 'Ghana's proposal to open talks with Togo': the
    state a noun above the talks belongs to (by a possessive or an 'of' phrase) is their side, not the page's."""
    ofs = _w("syntax.of_prepositions")
    talks = [c.t] if c.lem in _w("status.talks_nouns") else topic_talks(c.t)
    for cur in talks[:1]:
        for _ in range(_OWN_CLAUSE_STEPS):
            if cur.head.i == cur.i or (cur.pos_ in ("VERB", "AUX") and subject_tokens(cur)):
                break  # the talks' own clause ends at a verb with a subject of its own
            cur = cur.head
            if cur.pos_ == "VERB" and (codes := _infinitive_owner(cur, ofs)):
                return codes  # the parser hung 'to open consultations' on the main verb, past 'the request of X'
            if cur.pos_ not in ("NOUN", "PROPN"):
                continue
            owners = [o for o in cur.children if o.dep_ == "poss"]
            owners += [o for p in cur.children if p.dep_ == "prep" and p.lower_ in ofs for o in p.children]
            codes = countries_in([y for o in owners for y in o.subtree])
            if codes:
                return codes[:1]
    return []


def _story_owner(c: Candidate, ctx: Context, sent: Span) -> str | None:
    """On a news page, talks ('Officials are in discussions with counterparts in A') are the story's state's
    there (``story_state``); other unowned instruments stay unowned."""
    if c.lem not in _w("status.talks_nouns") and not topic_talks(c.t):
        return None
    return story_state(sent, ctx)


def host_voice(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'Officials are negotiating an arrangement with X' on a government's page: that government and X."""
    voice = own_voice(c.t)  # a government's page, or an official's answers
    publisher = voice or _story_owner(c, ctx, sent)
    if not publisher or publisher in c.parties:
        return True
    if not voice and not (c.parties and c.with_):
        return True  # a news page: only talks held with a named partner take the story's state
    verb, subj = _reported_instrument(c, *_reported_talks(c, *_clause_subject(_series_head(c.t))))
    if not c.parties:  # "Cooperation with X continues under the CER agreement": named or not
        partners = _nominal_partners(c, ctx, verb, subj) if verb is not None else []
        if partners and publisher not in partners:
            c.with_, c.subj = partners, [publisher]
            c.rule = c.rule or "agreement.implied_counterpart"  # the side the text leaves implicit
        return True
    if not c.with_:
        if verb is not None and _acting(c, verb):
            joint_host(c, subj, publisher)  # "our Government and the EU signed X": the page's voice and its partner
        return True
    if any(x not in c.with_ for x in c.subj + c.mods):
        return True  # the sentence names a side of its own
    paired = c.rule == "agreement.intention_holder" and len(c.with_) >= 2 and not c.subj
    if paired and c.v is not None and not is_membership(c.v):
        return True  # "We welcome the intention of A and B to conclude a memorandum": the intenders are the pair
    # the talks the instrument is the topic of too: "talks between A and B on an MOU on X are under way"
    anchors = [c.t, *([c.v] if c.v is not None else []), *topic_talks(c.t)]
    if any(p.lower_ in _w("agreement.mutual_prepositions") for a in anchors for p in pp_chain_preps(a)):
        return True  # "the agreement between A and B": reported, not the publisher's
    if voice and not c.subj and not c.mods and _made_with(c.t):
        c.subj = [publisher]  # "the memorandum joins the instruments signed with China in May": the page's own
        c.rule = c.rule or "agreement.implied_counterpart"
        return True
    if verb is None or not all(host_word(s) for s in subj) or not _acting(c, verb):
        return True
    if any(
        s.lower_ in _w("agreement.joint_voice", "agreement.speaker_pronouns") and first_person(s) is None for s in subj
    ):
        return True  # '"With X we will sign ...," the Minister of Trade of Peru said': another speaker's 'we'
    if all(s.tag_ == "NNS" for s in subj) and acting_states(sent, [*c.with_, publisher]):
        return True  # 'A signed a deal with B, and officials said talks with C ...': A's officials, not the page's
    owner = _talks_owner(c)
    if owner and [x for x in c.with_ if x not in owner]:
        # "took note of the request of Ghana to open consultations with Togo": Ghana's talks, not the page's
        c.subj, c.with_ = owner, [x for x in c.with_ if x not in owner]
        c.rule = c.rule or "agreement.implied_counterpart"
        return True
    c.company = False  # "The Council", read as an unknown organisation: the page's own government body
    c.subj = [publisher]
    c.rule = c.rule or "agreement.implied_counterpart"  # the side the text leaves implicit
    return True


def _made_with(t: Token) -> bool:
    """'the instruments signed with X in May', 'the memorandum concluded with X': a participle of making on the
    instrument with its partner and no agent or owner of its own; on a government's page its maker is that
    government."""
    if any(x.dep_ == "poss" for x in t.children) or t.tag_ not in ("NNS", "NNPS"):
        return False  # a singular 'the memorandum signed with Japan' refers back to one the story told
    parties = _w("agreement.with_prepositions")
    return any(
        v.dep_ == "acl"
        and v.tag_ == "VBN"
        and lemma(v) in making_words()
        and not any(x.dep_ == "agent" for x in v.children)
        and any(p.dep_ == "prep" and p.lower_ in parties for p in v.children)
        and len(countries_in(list(v.subtree))) == 1  # not "signed with China in Zambia and Angola": others' deals
        for v in t.children
    )


def _infinitive_owner(v: Token, ofs: frozenset[str]) -> list[str]:
    """'the request of Ghana [to open] consultations': the state in the 'of' phrase right before a subjectless
    infinitive is the one who would act."""
    marks = [c for c in v.children if c.dep_ == "aux" and c.tag_ == "TO" and c.i < v.i]
    if not marks or marks[0].i == 0:
        return []
    left = v.doc[marks[0].i - 1]
    return countries_in([left]) if left.dep_ == "pobj" and left.head.lower_ in ofs else []
