"""Deals told by their predicate alone: 'it was negotiating with Kenya', 'they hoped to sign with Hanoi'.

Real text often names the instrument once and then carries on with a verb or a talks phrase that has no
instrument noun of its own: "Riyadh has signed agreements with A and B, and it said it was negotiating with
C", "Argentina signed a memorandum with Germany ... It is also in talks with India", "US officials said they
hoped to sign with Hanoi", "are close to concluding a partnership".  The agreement rules start from an
instrument noun, so these predicates gave nothing.  Here a deal predicate with a state partner in a 'with'
phrase is a deal of the clause's subject side when the deal topic is in the sentence or the one before it
(an instrument noun or a mineral): the instrument the predicate continues.

Predicates (word lists): a talking verb (``agreement.bare_talk_verbs``: 'negotiating with', 'talking with')
or a talks noun in an engagement phrase (``agreement.bare_talk_nouns`` under
``agreement.engagement_prepositions``: 'in talks with', 'in conversation with'; an advisory one,
``agreement.advisory_talk_nouns``, only after a copula: 'is in consultation with') -> negotiating; a signing verb
under a hoping or scheduling verb (``status.planned``, ``status.scheduling_verbs``: 'hoped to sign with',
'plans to conclude with') -> planned; a signing verb under a nearing word (``status.nearing_words``: 'close
to concluding', 'on the verge of signing') -> negotiating.  A predicate whose own topic is another matter
('talks with B on a visa waiver'), a negated or denied one (denied_talks.py), or one whose set the noun rules
found stays as it is.  Two or more sides that agree to act ('the United States and China agreed on 12 May to
reduce additional tariffs', 'Japan agreed with India to cooperate on minerals') make a deal of theirs: under
negotiation when they agree to talk, planned when they agree to study, else announced (round 42); only sides the
subject names itself or a 'with' partner, not a set the noun rules found already, nor the terms of an instrument
('agreements ..., in which the four governments agreed to open markets').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.advice_clauses import advised
from cmkg.nlp.components.candidate import AgreementFact
from cmkg.nlp.components.denied_talks import negated_talks
from cmkg.nlp.components.event_dates import date_of, year_ago
from cmkg.nlp.components.governed import in_consultation, topic_phrases
from cmkg.nlp.components.parties import Context, lemma, resolve_subject, with_parties
from cmkg.nlp.components.syntax import countries_in, dated_phrase, has_neg, subject_tokens, verb_chain
from cmkg.nlp.role_words import role_word_parts
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["bare_deals"]

RULE = "agreement.bare_predicate"


def _signing(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") and lemma(t) in _w("status.signed", "status.completion_verbs")


def _nearing(t: Token) -> bool:
    """'close to concluding', 'on the verge of signing': the signing verb is the object of a nearing word."""
    if t.dep_ not in ("pcomp", "pobj") or t.head.dep_ != "prep" or t.tag_ != "VBG":
        return False
    return t.head.head.lower_ in _w("status.nearing_words")


def _hoped(t: Token) -> bool:
    """'hoped to sign with', 'is due to sign with': an objectless signing verb under a hoping or scheduling word."""
    ahead = _w("status.planned", "status.scheduling_verbs")
    return t.dep_ == "xcomp" and lemma(t.head) in ahead and not _object(t)


def _determined(t: Token) -> bool:
    return any(c.dep_ in ("det", "poss") for c in t.children)


def _object(t: Token) -> bool:
    return any(c.dep_ in ("dobj", "ccomp") for c in t.children)


def _predicate(t: Token) -> tuple[str, Token, list[Token]] | None:
    """(status, the verb whose subject is the dealing side, the tokens whose 'with' phrases name the partner)."""
    if t.pos_ == "VERB" and lemma(t) in _w("agreement.bare_talk_verbs") and not _object(t):
        return STATUS.negotiating, t, [t]
    # the determinerless idiom only: "is in talks with B", not "took part in the minerals dialogue"
    engaged = t.dep_ == "pobj" and t.head.lower_ in _w("agreement.engagement_prepositions") and not _determined(t)
    if (
        engaged
        and (t.lower_ in _w("agreement.bare_talk_nouns") or in_consultation(t))
        and t.head.head.pos_ in ("VERB", "AUX")
    ):
        return STATUS.negotiating, t.head.head, [t, t.head.head]
    if t.tag_ == "VBG" and lemma(t) in _w("status.nearing_words") and _object(t):  # not "planned to close a deal"
        return STATUS.negotiating, t, [t]  # "are nearing a minerals agreement"
    held = t.dep_ == "dobj" and lemma(t.head) in _w("agreement.talk_holding_verbs")
    if held and t.lower_ in _w("agreement.bare_talk_nouns"):
        return STATUS.negotiating, t.head, [t, t.head]  # "was holding talks with B", "opened negotiations with B"
    if _signing(t) and _nearing(t):
        verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return (STATUS.negotiating, verb, [t]) if verb is not None else None
    if _signing(t) and _hoped(t):
        return STATUS.planned, t, [t]
    action = _agreed_action(t)
    return (_agreed_status(action), t, [t]) if action is not None else None


def _agreed_action(t: Token) -> Token | None:
    """'A and B agreed to reduce tariffs', 'agreed with B to cooperate on X': the infinitive the sides agreed on
    (``agreement.accord_verbs``); not an idle one ('agreed to meet again', ``agreement.idle_accord_actions``)."""
    if t.pos_ != "VERB" or lemma(t) not in _w("agreement.accord_verbs") or not _asserted(t):
        return None
    clause = next((a for a in [t, *t.ancestors] if a.dep_ in ("relcl", "acl")), None)
    if clause is not None and lemma(clause.head) in _w("agreement.nouns"):
        return None  # 'framework agreements ..., in which the four governments agreed to open markets': its terms
    # 'agreed to reduce', 'agreed on Tuesday to reduce' (the parser's adverbial clause after the date)
    action = next((c for c in t.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and _infinitive(c)), None)
    return None if action is None or lemma(action) in _w("agreement.idle_accord_actions") else action


def _accord_topic(sent: Span) -> bool:
    """The accord's own sentence names an instrument, a mineral or a trade and minerals topic word."""
    return _topic_words(list(sent)) or any(lemma(x) in _w("agreement.talks_topics") for x in sent)


def _named_sides(verb: Token) -> bool:
    """The subject names two or more states itself, as states or their officials ('The Kyrgyz Republic and
    Tajikistan agreed', "A's trade minister and B's industry minister agreed"); not firms ("Mexico's state miner
    and Poland's largest smelter") nor a negated side ('Neither A nor B', 'A, but not B')."""
    heads = [h for s in subject_tokens(verb) for h in (s, *s.conjuncts)]
    if any(x.lower_ in _w("agreement.accord_excluders") for s in subject_tokens(verb) for x in s.subtree):
        return False
    offices = role_word_parts("head")
    if not all(h.ent_type_ in ("GPE", "NORP") or h.lower_ in offices for h in heads):
        return False
    return len(set(countries_in([x for s in subject_tokens(verb) for x in s.subtree]))) > 1


def _infinitive(v: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children)


def _asserted(t: Token) -> bool:
    """The accord is told as done: a past verb with no modal ('could agree', 'should agree'), not under a
    condition or a question ('If A and B agreed', 'whether A and B will agree', 'Will A and B agree?'), not
    denied in its sentence ('..., a claim both denied'), and not one each side made alone ('separately')."""
    sent = t.sent
    if t.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children):
        return False
    marks = _w("agreement.accord_condition_marks")
    if any(c.dep_ == "mark" and c.lower_ in marks for a in [t, *t.ancestors] for c in a.children):
        return False
    if sent.text.rstrip().endswith("?") or any(lemma(x) in _w("status.refusal_verbs") for x in sent):
        return False
    return not any(c.lower_ in _w("agreement.distributive_words") for c in t.children)


def _agreed_status(action: Token) -> str:
    """Talks agreed on are under way ('agreed to pursue negotiations'), a study is planned ('agreed to explore a
    platform'), anything else is a deal announced ('agreed to reduce tariffs')."""
    words = {lemma(x) for x in action.subtree} | {x.lower_ for x in action.subtree}
    later = [x for x in action.sent if x.i > action.i and x.pos_ == "VERB"]  # '..., but the plan collapsed in 2024'
    if any(lemma(x) in _w("status.lapsed") for x in later):
        return STATUS.lapsed
    if (
        lemma(action) in _w("status.lapsed")
        or lemma(action) in _w("status.letting_verbs")
        and words & _w("status.lapsed")
    ):
        return STATUS.lapsed  # 'agreed to let their lithium accord expire', 'agreed to suspend the partnership'
    if words & _w("status.negotiating", "status.talks_nouns"):
        return STATUS.negotiating
    if lemma(action) in _w("status.planned", "agreement.study_verbs"):
        return STATUS.planned
    return STATUS.announced


def _instrument_words(tokens: list[Token]) -> bool:
    return any(lemma(x) in _w("agreement.nouns") or x.lower_ in _w("agreement.mou_forms") for x in tokens)


def _topic_words(tokens: list[Token]) -> bool:
    """An instrument noun, a governed one ('their export-control dialogue') or a mineral."""
    governed = any(lemma(x) in _w("agreement.governed_nouns") for x in tokens)
    return _instrument_words(tokens) or governed or any(x.ent_type_ == "MINERAL" for x in tokens)


def _deal_topic(sent: Span) -> bool:
    """An instrument noun or a mineral in the sentence or the one before: the deal the predicate continues."""
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else sent
    return _topic_words(list(sent)) or _topic_words(list(before))


def _other_matter(t: Token) -> bool:
    """'talks with B on a visa waiver': the predicate's own topic names no mineral, instrument or sector word."""
    phrases = topic_phrases(t) if t.dep_ == "pobj" else [p for p in t.children if p.dep_ == "prep"]
    phrases = [p for p in phrases if p.lower_ in _w("agreement.topic_prepositions") and not dated_phrase(p)]
    if not phrases:
        return False
    words = [x for p in phrases for x in p.subtree]
    return not (_topic_words(words) or any(lemma(x) in _w("agreement.talks_topics") for x in words))


def _topic(t: Token, verb: Token) -> list[Token]:
    """What the predicate is about: its object and its topic phrases ('about a regional forum')."""
    heads = [
        c for h in (t, verb) for c in h.children if c.dep_ == "dobj" or c.lower_ in _w("agreement.topic_prepositions")
    ]
    return [x for h in heads for x in h.subtree]


def _one_thing(topic: list[Token]) -> bool:
    """'about a regional lithium forum', 'on a joint fund': one instrument (a noun of one, or a singular noun
    with its article) that all the partners share; 'on cobalt' is a sector, one deal per partner."""
    single = any(x.tag_ == "NN" and any(c.dep_ == "det" for c in x.children) for x in topic if x.dep_ == "pobj")
    return single or _instrument_words(topic) or any(lemma(x) in _w("agreement.governed_nouns") for x in topic)


def _partners(holders: list[Token], ctx: Context) -> list[str]:
    """The states of the holders' 'with' phrases, and of their objects' ('nearing an MOU with B')."""
    out: list[str] = []
    for h in holders + [o for x in holders for o in x.children if o.dep_ == "dobj"]:
        out += [x for x in with_parties(h, ctx) if x not in out]
    return out


def _not_yet(t: Token, found: list[AgreementFact]) -> None:
    """A deal the noun rules found as the object of a nearing predicate is under negotiation."""
    inside = {x.i for x in t.subtree}
    for a in found:
        if a.trigger.i in inside and a.status != STATUS.lapsed:
            a.status = STATUS.negotiating


def bare_deals(sent: Span, ctx: Context, found: list[AgreementFact]) -> list[AgreementFact]:
    """Deals of a predicate with no instrument noun, one per partner unless an instrument noun is its topic."""
    if not _deal_topic(sent):
        return []
    known = {frozenset(a.parties) for a in found}
    out: list[AgreementFact] = []
    for t in sent:
        pred = _predicate(t)
        if pred is None:
            continue
        status, verb, holders = pred
        if status == STATUS.negotiating and any(lemma(x) in _w("status.planned") for x in verb_chain(verb)[1:]):
            status = STATUS.planned  # "intend to negotiate with B", "plans to hold talks with B": not begun
        if status == STATUS.announced and any(year_ago(x, sent) for x in (verb, *_infinitives(verb))):
            status = STATUS.existing  # "the centre that A and B agreed to set up in 2022": an earlier year's act
        denied = has_neg(t) or negated_talks(t) or negated_talks(verb)  # 'did not hope to', 'denied being in talks'
        # 'did not hope to sign with B', 'is no longer in talks with B'; 'recommends that the Government open talks'
        if denied or _other_matter(t) or (advised(verb) and not _determined(t)):  # not 'continue its talks with B'
            continue
        sides, company = resolve_subject(verb, ctx)
        partners = [x for x in _partners(holders, ctx) if x not in sides]
        if company or not sides or not (partners or len(sides) > 1):
            continue
        accord = lemma(verb) in _w("agreement.accord_verbs")
        if accord and not _accord_topic(sent):
            continue  # 'Bolivia and Kazakhstan agreed to co-host the 2031 championship': no deal on minerals
        if accord and not (partners or _named_sides(verb)):
            continue  # 'the two sides agreed to study ...': sides read from the story are too loose here
        # 'trilateral talks with B and C': talks named joint by their own modifier are one set
        joint = any(a.lower_ in _w("agreement.joint_scope_modifiers") for a in t.children)
        one_instrument = joint or _one_thing(_topic(t, verb))
        one_instrument = one_instrument or accord  # 'agreed with A and B to set up a working group': one act
        sets = [sides + partners] if one_instrument or len(sides) > 1 else [sides + [p] for p in partners]
        minerals = sorted({x.ent_kb_id_ for x in t.subtree if x.ent_type_ == "MINERAL"})
        if _nearing(t) or (t.tag_ == "VBG" and lemma(t) in _w("status.nearing_words")):
            _not_yet(t, found)  # "close to finalising a deal with B": the noun rules' deal is not done yet
        # "consultations with A and with B on memoranda", "A and B held talks with C about possible memoranda": the
        # noun rules read one set per partner, or per side, already
        each_known = len(partners) > 1 and all(frozenset(sides + [p]) in known for p in partners)
        each_known = each_known or len(sides) > 1 and all(frozenset([s, *partners]) in known for s in sides)
        for parties in sets:
            if frozenset(parties) in known or len(set(parties)) < 2 or each_known:
                continue
            if accord and any(frozenset(parties) < k for k in known):
                continue  # 'A and B agreed to establish a Dialogue with C': the noun rules' set holds them
            known.add(frozenset(parties))
            rule = rules().rule(RULE)
            out.append(
                AgreementFact(t, parties, status, None, "agreement", minerals, [], date_of(verb, sent), rule, 0.6)
            )
    return out


def _infinitives(verb: Token) -> list[Token]:
    """The verb's infinitive complements ('agreed to set up in 2022'), which may carry the act's date."""
    return [x for x in verb.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
