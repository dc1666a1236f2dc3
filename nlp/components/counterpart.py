"""The other side of an agreement the sentence leaves implicit.

News and official prose name one state beside an agreement noun and let the story supply the other: "Cambodia
signed a full reciprocal trade agreement" in a report of the US's deals, "India could sign a framework when its
minister visits Washington", "the deputy minister said talks with Pakistan had stalled", and in official prose
"Previous partnerships were signed with A, B and C" (one each, with the issuing side).  Half a party set is
scored as wrong, so without its counterpart the mention was dropped.  The counterpart comes, in this order, from
a state the sentence says someone visits, the state of whoever reports the sentence, or the hub of the story so
far (the one state earlier agreement facts pair with two or more partners); a subjectless series of partners is
first the reporter's or the publishing government's (its site or page), then also from the dateline's state (an
official release's issuer), the state the story has most often made its subject, or the one it has named most.
Only when the sentence gives no other side itself (no ``with`` / ``between`` phrase on someone else, no subject of
another kind, no counted partners) and the noun names no initiative (a one-party programme is complete).
Words: ``status.reporting_verbs``, ``agreement.party_prepositions``, ``agreement.government_nouns``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.asked_states import asked_states
from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.compared_instruments import compared_partner
from cmkg.nlp.components.counterpart_speakers import partner_side_only, speaker_states
from cmkg.nlp.components.dep_labels import REPORTED_DEPS
from cmkg.nlp.components.doc_text import item_start
from cmkg.nlp.components.item_headings import section_state
from cmkg.nlp.components.parties import Context, counted_partners, lemma, pp_chain_preps
from cmkg.nlp.components.party_phrases import agreement_noun, agreement_words
from cmkg.nlp.components.quoted_speaker import quoted_first_person, said_before, speech_verb
from cmkg.nlp.components.sentence_runs import fragment_before
from cmkg.nlp.components.series_hosts import partner_clause_host
from cmkg.nlp.components.series_steps import headless
from cmkg.nlp.components.sibling_owner import sibling_owner
from cmkg.nlp.components.state_reference import paragraph_subject, previous_named
from cmkg.nlp.components.story_owner import acting_states, page_state
from cmkg.nlp.components.subject_forms import bare_officials
from cmkg.nlp.components.syntax import (
    clause_head,
    countries_in,
    country_of_token,
    list_members,
    subject_tokens,
    verb_chain,
)
from cmkg.nlp.components.visits import visit_destinations
from cmkg.nlp.rules import words as _w

__all__ = [
    "implied_counterpart",
    "is_plural",
    "partner_in_reduced_relative",
    "record_partners",
]


def record_partners(ctx: Context, parties: list[str]) -> None:
    """Remember who was paired with whom, for :meth:`Context.hub` in later sentences."""
    if len(parties) != 2:
        return  # a bilateral pair; a communique's member set makes no one its hub
    for p in parties:
        known = ctx.partners.setdefault(p, [])
        known += [o for o in parties if o != p and o not in known]


def _other_side_given(c: Candidate, home: str | None = None) -> bool:
    """The sentence names the other side itself, as a phrase or a subject the party rules could not read; an active
    subject with a partner phrase of its own ('the one with C ... remain the basis of relations with its buyers')
    has no other phrase from its verb, whose own phrases belong to what the verb says of it."""
    own = bool(c.with_) and (c.t if c.t.dep_ != "conj" else c.t.head).dep_ == "nsubj"
    anchors = [c.t] + ([c.v] if c.v is not None and not own else [])
    pobjs = [x for a in anchors for p in pp_chain_preps(a) for x in p.children if x.dep_ == "pobj"]
    # "Frameworks with A followed, along with memorandums with B": another instrument beside it is no side
    pobjs = [x for x in pobjs if x.head.lower_ not in _w("syntax.of_prepositions")]  # 'Ministry of Energy'
    objects = [o for x in pobjs for o in (x, *x.conjuncts) if lemma(o) not in agreement_words()]
    heralded = {o.i for o in objects for a in o.children if a.lower_ in _w("agreement.list_heralds")}
    owned = {o.i for x in pobjs if set(countries_in(list(x.subtree))) & set(c.with_) for o in (x, *x.conjuncts)}
    if any(not countries_in([o]) and o.ent_type_ != "PERSON" and o.i not in heralded | owned for o in objects):
        return True  # "a deal with Glencore", "talks between the ministries": someone, if not a state
    verbs = [v for v in verb_chain(c.v)[:1] if not _reporter_of(v, c.t)] if c.v is not None else []
    # "the entry into the initiative does not affect the Agreement with B": what leaves it as it stands is no side
    verbs = [v for v in verbs if lemma(v) not in _w("export_control.preservation_verbs")]
    subjects = [x for verb in verbs for x in subject_tokens(verb)]
    unread = [
        s
        for s in subjects
        if not countries_in([s])
        and c.t not in s.subtree  # 'A proposal for an MoU with X is under consideration': the instrument's wrapper
        and not _person_phrase(s)
        and s.lower_ not in _w("agreement.government_nouns")  # "The Government has concluded": the story's own
        and not (home and bare_officials(s, c.with_))  # the officials of a story about one state
        and s.lower_ not in _w("status.talks_nouns")  # "negotiations on an agreement with X are ...": the process
        and not headless(s)  # "Those already in force include agreements with A, B": the series' own, no side
        and s.dep_ != "nsubjpass"  # "They are not affected by the memorandum ..., nor by the one signed with X"
        # another instrument as the passive's agent, or as a subject beside it ('X with B and the one with C remain')
        and not (lemma(s) in agreement_words() and (s.dep_ == "pobj" or (c.t.dep_ == "nsubj" and c.t.head == s.head)))
    ]
    return c.company or (bool(unread) and not c.subj)


def _reporter_of(v: Token, t: Token) -> bool:
    """'A 2019 agreement with B expired last year, a ministry official said': a speech verb whose clausal
    complement holds the instrument has a reporter for subject, no side of it ('The Presidency noted the
    negotiations between ...' takes them as its object: its own)."""
    if not speech_verb(v) or v not in t.ancestors:
        return False
    step = next(a for a in [t, *t.ancestors] if a.head.i == v.i)
    return step.dep_ in REPORTED_DEPS


def _person_phrase(s: Token) -> bool:
    """A named or honoured person ('H.E. the Vice Minister ..., Eng. Khalid ...'): an official, not another side."""
    return any(x.ent_type_ == "PERSON" or x.lower_.rstrip(".") in _w("persons.honorifics") for x in s.subtree)


def is_plural(t: Token) -> bool:
    """'partnerships', and 'MoUs', which the tagger reads as a singular proper noun."""
    forms = {f.lower() for f in _w("agreement.mou_forms", "agreement.nouns")}
    irregular = t.lower_ in _w("agreement.plural_forms")  # 'memoranda', tagged singular
    return t.tag_ in ("NNS", "NNPS") or irregular or (t.text.endswith("s") and t.text[:-1].lower() in forms)


def _story_sides(c: Candidate, ctx: Context, sent: Span, local: bool) -> list[str]:
    """Who the story makes the other side, nearest first: a visited state, the reporter, the story's hub.  An
    instrument 'with' one partner and no maker ('A 2019 memorandum with X lapsed', '- Y: memorandum with the
    Ministry of Mining of Y') on a government's page is that government's before it is the story's hub: the page
    speaks in its own voice, and the hub may be only the state its last list item named."""
    sources = [*visit_destinations(sent, c.t), *speaker_states(c, ctx), *asked_states(sent)] if local else []
    sources = _possessor_subject(c.t) + sources if local else sources
    sources = _sibling_partners(c, sent) + sibling_owner(c.t, c.with_, sent) + sources if local else sources
    # 'Australia' over '- A memorandum with Peru on X, signed on 3 March': the heading's state made the item's deal
    sources = [x for x in (section_state(c.t),) if x and not c.subj] + sources if local else sources
    voice = [_page_side(c, ctx, sent)] if local and c.with_ and not c.subj and _unvoiced(c) else []
    near = [paragraph_subject(sent)] if local and not c.subj else []  # a digest item's actor before the story's hub
    return sources + [x for x in (*voice, *near, ctx.hub()) if x]


def _sibling_partners(c: Candidate, sent: Span) -> list[str]:
    """'A's chapter in its Framework Agreement with B took effect with the interim trade agreement': another
    instrument of the same sentence with its own 'with' partner gives the unnamed one's other side, before a story
    hub that the sentence never mentions."""
    if c.with_ or len(c.parties) != 1:
        return []  # 'a framework with A and agreements with B and C': each has its own partner; the owner is unsaid
    preps = _w("agreement.with_prepositions")
    own = clause_head(c.t)  # 'A signed a framework with B, and C will propose a platform': another clause's
    siblings = [x for x in sent if x.i != c.t.i and agreement_noun(x)]
    siblings = [x for x in siblings if clause_head(x).i == own.i]
    objects = [o for x in siblings for p in x.children if p.lower_ in preps for o in p.children if o.dep_ == "pobj"]
    return [x for x in countries_in(objects) if x not in c.parties][:1]


def _page_side(c: Candidate, ctx: Context, sent: Span) -> str | None:
    """The page's own state (``story_owner.page_state``) as the side the instrument leaves implicit; a news story's
    protagonist not for an instrument a possessive pronoun owns ('Its strategic partnership with the EU' after a
    paragraph on Namibia): the pronoun's antecedent is the state the text was just talking about."""
    return sent.doc._.cmkg_publisher or (None if _pronoun_owned(c.t) else page_state(sent.doc, ctx))


def _possessor_subject(t: Token) -> list[str]:
    """'The Government of Madagascar informed the Participants that its talks with Japan are continuing': the
    pronoun owning the instrument (or the talks it is the topic of) stands for the state subject of a clause above
    it, else for the one state a verbless question before it names ('And China? Its truce ...'), before any story
    hub."""
    owned = t
    while not _pronoun_owned(owned) and owned.dep_ == "pobj" and owned.head.head.pos_ == "NOUN":
        owned = owned.head.head  # 'its talks with Japan on a memorandum': the talks the pronoun owns
    if not _pronoun_owned(owned):
        return []
    above = [a for a in owned.ancestors if a.pos_ in ("VERB", "AUX")]
    owners = (
        [x for s in subject_tokens(a) if owned not in s.subtree for x in countries_in(_own_words(s))] for a in above
    )
    # "And China? Its truce with Washington is a month old.": else the one state the sentence before names, when
    # this one names none but the instrument's own partners
    outside = [x for x in t.sent if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_ and x not in owned.subtree]
    before = [] if outside or not fragment_before(t.sent) else previous_named(t)
    return next((s for s in owners if s), before if len(before) == 1 else [])[:1]


def _own_words(s: Token) -> list[Token]:
    """The subject's own phrase, its 'of' owner included ('The Government of Madagascar'), without a phrase on
    another state ('The country's reliance on China has fallen, and its agreement with B ...': not China's)."""
    of = _w("syntax.of_prepositions")
    aside = {x.i for p in s.subtree if p.dep_ == "prep" and p.lower_ not in of for x in p.subtree}
    return [x for x in s.subtree if x.i not in aside]


def _pronoun_owned(t: Token) -> bool:
    """'Its partnership with B': a possessive pronoun owns the instrument."""
    return any(x.dep_ == "poss" and x.tag_ == "PRP$" for x in t.children)


def _unvoiced(c: Candidate) -> bool:
    """No one in the sentence speaks of or acts on the instrument: it has no verb ('- Y: memorandum with ...'),
    or it (or talks on it, or a phrase around it: 'a proposal for an MoU with X') is its verb's only subject and
    no reporting verb is above ('talks with X are in progress'); 'the envoy said talks with X ...', 'Officials
    welcomed the agreement with X' are someone's."""
    if any(lemma(a) in _w("status.reporting_verbs") for a in c.t.ancestors if a.pos_ in ("VERB", "AUX")):
        return False  # 'the envoy said that talks with X on a framework ... are under way': the envoy's
    if any(_made_or_refused(rc) for rc in c.t.subtree if rc.dep_ in ("relcl", "acl") and rc.head.i >= c.t.i):
        return False  # 'the memorandum with X, which Chile signed', '..., which was rejected': someone else's
    if c.v is None:
        return True
    talks = _w("status.talks_nouns")  # 'whether he plans to conclude an agreement with X': he acts on it
    chain = verb_chain(c.v)
    # '..., and the arrangements with X continue to underpin ...': a coordinated clause's head has its own subject
    ends = [k for k, v in enumerate(chain) if v.dep_ == "conj"]
    chain = chain[: ends[0] + 1] if ends else chain
    return all(c.t in s.subtree or lemma(s) in talks for v in chain for s in subject_tokens(v))


def _made_or_refused(rc: Token) -> bool:
    """A relative clause on the instrument that names a state as its subject (its maker) or refuses it."""
    makers = [s for s in subject_tokens(rc) if s.lower_ not in _w("agreement.relative_pronouns")]
    return bool(countries_in(makers)) or lemma(rc) in _w("status.refusal_verbs")


def _named_alone(c: Candidate, ctx: Context) -> bool:
    """A named instrument complete with what it names (a one-party programme); not a memorandum, one a pronoun owns
    ('Its X Agreement with the EU'), nor, on a government's page or in a sentence an official of another state
    reports, one whose phrase names one partner ('The Advanced Framework Agreement with the European Union', on
    Chile's site; 'A's minister explained that the Agreement on Reciprocal Trade with Washington ...'; on a news
    page with no such speaker it stays as named); nor a plural name with no article ('similar Joint Working Groups')."""
    two_sided = c.lem in _w("agreement.two_sided_documents") or c.t.lower_ in _w("agreement.mou_forms")
    owned = c.with_ and not c.subj and _pronoun_owned(c.t)
    page = bool(c.t.doc._.cmkg_publisher) or any(x not in c.with_ for x in speaker_states(c, ctx))
    paired = page and len(set(c.with_)) == 1 and not c.subj and not c.mods and _own_partner_phrase(c.t)
    kind = is_plural(c.t) and not any(d.lower_ in _w("agreement.definite_determiners") for d in c.t.children)
    return bool(c.name) and not two_sided and not partner_in_reduced_relative(c) and not (owned or paired or kind)


def _own_partner_phrase(t: Token) -> bool:
    """A partner phrase on the instrument noun itself that is no mutual one ('with the EU', not 'between')."""
    partner = _w("agreement.party_prepositions") - _w("agreement.mutual_prepositions")
    return any(p.head.i == t.i and p.lower_ in partner for p in pp_chain_preps(t))


def implied_counterpart(c: Candidate, ctx: Context, sent: Span) -> bool:
    """One state beside an unnamed agreement noun: the other side from the visit, the speaker or the story.

    A plural noun with two or more partners and no subject ("Previous partnerships were signed with
    A, B and C") gets the story's side as its subject, and one agreement per partner follows.
    """
    if _named_alone(c, ctx) or _other_side_given(c, ctx.protagonist or ctx.home or c.t.doc._.cmkg_publisher):
        return True
    if counted_partners(c.t) or (c.v is not None and counted_partners(c.v)):
        return True  # "deals with 14 countries": a list follows, not a pair
    anchors = [c.t] + ([c.v] if c.v is not None else [])
    mutual = any(p.lower_ in _w("agreement.mutual_prepositions") for a in anchors for p in pp_chain_preps(a))
    own = [x for x in c.subj if x not in c.with_]
    if is_plural(c.t) and len(c.with_) >= 2 and len(own) == 1 < len(c.subj):
        c.subj = own  # "signed by A's minister with the following counterparts: B, C": B was read as a signatory too
    # "talks with A and with B were under way": a talks noun the tagger reads as a verb is plural too
    plural = is_plural(c.t) or c.lem in _w("status.talks_nouns")
    if plural and not c.subj and not c.mods and len(c.with_) >= 2 and not mutual:  # not "talks between A and B"
        # a series with no subject is its issuer's: its reporter, the page's government (not the story's state nor
        # the dateline's place: "Belgrade - ... partnerships were signed with A, B" on the Commission's page), the
        # dateline's state, the main actor, else the most named, the latest of a tie first (no set: hash-seeded)
        mentioned = sorted(dict.fromkeys(reversed(ctx.last_countries)), key=ctx.last_countries.count, reverse=True)
        publisher = [x for x in (sent.doc._.cmkg_publisher,) if x]
        sides = _series_owner(c.t) + speaker_states(c, ctx) + publisher + _story_sides(c, ctx, sent, True)
        sides += [x for x in (ctx.home, ctx.main_actor()) if x] + mentioned
        side = next((x for x in sides if x not in c.with_), None)
        if side is not None:
            c.subj = [side]
            c.rule = c.rule or "agreement.implied_counterpart"
        return True
    listed = item_start(c.t) is not None or bool(sent.doc._.cmkg_publisher)  # a list's or a government's own
    if not plural and not c.subj and not c.mods and len(c.with_) >= 2 and not mutual and _made_with(c) and listed:
        # '- the Lobito Corridor memorandum concluded with A, B, C and D': a maker the partners' list leaves out
        sides = _subjectless_sides(c, ctx, sent, c.with_[0], _story_sides(c, ctx, sent, True))
        side = next((x for x in sides if x and x not in c.with_), None)
        if side is not None:
            c.subj = [side]
            c.rule = c.rule or "agreement.implied_counterpart"
        return True
    earlier, joint = _earlier_partner(c, sent), plural and len(c.subj) >= 2 and not c.with_ and not c.mods
    if joint and (earlier or (earlier := compared_partner(c.t, c.v, sent, c.subj))):  # "such memoranda": the last one's
        c.with_ = earlier  # "C concluded a deal with the US, while A and B agreed frameworks": one each with the US
        c.rule = c.rule or "agreement.implied_counterpart"
        return True
    if len(c.parties) != 1 or (quoted_first_person(c.t, c.v) and not c.with_ and not c.mods):
        return True  # '"We have signed partnerships before," said X': a quoted speaker's own side, no pair
    party = c.parties[0]
    if party in c.subj and party in c.with_ and not partner_side_only(c, ctx):  # not 'which B's envoy discussed'
        return True  # "Central Asian governments signed deals with Beijing": a subject the rules did not read
    # "the US agreement would not affect it": a modifier refers to a deal whose other side the story gave
    # already; only the story's hub may complete it, not whoever mentions it
    sides = _story_sides(c, ctx, sent, bool(c.subj or c.with_)) if c.subj or c.with_ else [ctx.hub()]
    sides = earlier + sides if c.subj and not c.with_ else sides  # "...; Thailand, in addition, signed a memorandum"
    if c.with_ and not c.subj:
        sides = _subjectless_sides(c, ctx, sent, party, sides)
    other = next((x for x in sides if x not in (None, party)), None)
    if other is not None:
        c.with_.append(other)
        c.rule = c.rule or "agreement.implied_counterpart"
    return True


def _subjectless_sides(c: Candidate, ctx: Context, sent: Span, party: str, sides: list[str]) -> list[str]:
    """'X signed ..., and a separate agreement with Canada ...': the sentence's subject, the page's own state (its
    publisher, else the story's protagonist), else the story's own; in the government's own voice ('Negotiations
    are under way on X with Chile': no state acting in the sentence, no one reported) the publisher first; last,
    after an official's report ('G. Kishan Reddy has said ... Negotiations on an FTA with Peru have resumed'), the
    state of the one official it named."""
    publisher = _page_side(c, ctx, sent)
    # a later conjoined clause's subject acts on its own ('A memorandum with B holds, and C agreed to build ...'),
    # unless it is the page's own side ('..., and the Bolivian side hopes to finalise it')
    later = [x for x in sent if x.i > c.t.i and x.dep_ == "nsubj" and x.head.dep_ == "conj" and not speech_verb(x.head)]
    apart = [x for x in countries_in(later) if x != publisher]
    subjects = [x for x in sent if x.dep_ in ("nsubj", "nsubjpass") and x.i != c.t.i]
    acting = [x for x in acting_states(sent, [party]) if x not in apart]
    reported = any(speech_verb(a) for a in c.t.ancestors)  # "The ambassador said that negotiations with China ..."
    # "The agreement with Chile, which was rejected last year, ...": no side the page's voice could have made
    refused = any(x.dep_ == "relcl" and lemma(x) in _w("status.refusal_verbs") for x in c.t.subtree)
    voiced = not (reported or refused or acting)
    if publisher and voiced and not countries_in([x for s in subjects for x in s.subtree]):
        sides.insert(0, publisher)
    if acting and publisher in sides and publisher not in acting:  # before the page's voice, which it names not
        sides.insert(sides.index(publisher), acting[0])
    told = ctx.last_people if len(set(ctx.last_people)) == 1 and not reported and said_before(sent) else []
    return sides + [x for x in countries_in(subjects) if x not in apart] + [ctx.main_actor(), *told]


def _made_with(c: Candidate) -> bool:
    """The partners hang on the instrument's own reduced relative ('concluded with', ``status.signed``)."""
    v = c.v
    return v is not None and v.dep_ == "acl" and v.head == c.t and lemma(v) in _w("status.signed")


def partner_in_reduced_relative(c: Candidate) -> bool:
    """'the Strategic Partnership Agreement signed with the US': a named agreement whose reduced relative names
    one partner and no signer leaves its other side implicit, like an unnamed one."""
    v = c.v
    return v is not None and v.dep_ == "acl" and v.head == c.t and not c.subj and len(c.with_) == 1


def _series_owner(t: Token) -> list[str]:
    """'a series of arrangements concluded by the US since January, including frameworks with A and B', 'a string
    of deals signed by X, including ...': the series the noun is listed in names its owner, as the agent or subject
    of a verb above it, the agent of a participle on the series noun, or a possessive."""
    cur = t
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN"):
            owner = _noun_owner(cur)
            if owner:
                return owner[:1]
        elif cur.pos_ in ("VERB", "AUX") and cur.dep_ != "prep":  # 'including' is a preposition tagged as a verb
            host = partner_clause_host(cur)  # 'A became the tenth partner with which H has concluded one, after'
            if host:
                return host
            subj = _agent(cur) or subject_tokens(cur)
            if subj:
                return countries_in(subj)[:1]  # the nearest clause with a subject decides, state or not
    return []


def _agent(verb: Token) -> list[Token]:
    return [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def _noun_owner(n: Token) -> list[str]:
    """'X's deals', 'deals signed by X', and the same one 'of' phrase down ('a string of deals signed by X')."""
    of = _w("syntax.of_prepositions")
    nouns = [n] + [o for p in n.children if p.dep_ == "prep" and p.lower_ in of for o in p.children if o.dep_ == "pobj"]
    for x in nouns:
        owner = countries_in([c for c in x.children if c.dep_ == "poss"])
        owner += countries_in([g for a in x.children if a.dep_ == "acl" for g in _agent(a)])
        if owner:
            return owner
    return []


def _earlier_partner(c: Candidate, sent: Span) -> list[str]:
    """'Cambodia concluded a deal with the US, while Thailand and Vietnam agreed frameworks': the partner an earlier
    clause of the sentence names in a 'with' phrase (``agreement.party_prepositions``, not a mutual one), when the
    candidate's clause names none and its subject names its states itself; the latest such partner."""
    start = min([x.i for x in (subject_tokens(c.v) if c.v is not None else [])] + [c.t.i])  # the clause's start
    preps = [p for p in sent if p.i < start and p.dep_ == "prep" and p.lower_ in _w("agreement.party_prepositions")]
    preps = [p for p in preps if p.lower_ not in _w("agreement.mutual_prepositions")]
    preps = [p for p in preps if not _subject_instrument_partner(p)]
    codes = [x for p in preps for x in countries_in([o for o in p.children if o.dep_ == "pobj"])]
    members = [m for s in (subject_tokens(c.v) if c.v is not None else []) for m in list_members(s)]
    named = [x for m in members for x in countries_in([m])]  # "Thailand, in addition, signed"
    # "both countries launched", "their governments would continue", "the MME and Canada's department signed":
    # a subject that does not name each of its states itself
    if not c.subj or set(named) != set(c.subj) or not all(country_of_token(m) for m in members):
        return []
    return [x for x in codes if x not in c.subj][-1:]


def _subject_instrument_partner(prep: Token) -> bool:
    """The 'with' phrase hangs on an instrument that is its clause's subject ('A framework with Saudi Arabia
    followed'): such a mention names the hub's partner, not the hub.  Talks as the subject ('Negotiations with Japan
    dragged on, but Indonesia signed') and a fronted clause ('Seeking a deal with Washington, Vietnam signed') name
    the partner a later signer shares."""
    noun = prep.head
    return noun.dep_ in ("nsubj", "nsubjpass") and lemma(noun) in _w("agreement.nouns")
