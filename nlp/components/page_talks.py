"""Talks, interest and proposals a government's own page reports with one named state: the page is the other side.

Official prose tells its government's dealings without naming it: "The Council noted that exploratory talks are
under way with the Kingdom of Morocco on cooperation ..., and that a memorandum could be signed", "Talks with the
Republic of Korea on a memorandum continue", "the Republic of India has expressed interest in an agreement on the
supply of manganese", "the Government is studying proposals from the Republic of Korea on a joint processing
centre".  The instrument rules start from an instrument noun with its sides around it; here the sides sit on a
talks, interest or proposal noun, and one of them is the publisher (``doc._.cmkg_publisher``; news pages and pages
of no government give nothing).  Three shapes, each in a clause the page's own voice reports (no reporting clause,
or one whose subject is a host-voice word: 'The Council noted that', 'the Government was informed that'):

- talks as their clause's subject (or its root), with a 'with' partner on the talks or on their verb ('talks are
  under way with X') -> negotiating (planned under a planning verb; nothing when negated or ended);
- a state subject with an interest or intention noun 'in' an instrument that has no partner of its own -> planned;
- a host-voice subject considering a proposal 'from' a state on an instrument or a deal topic -> planned.

Nothing when the talks or proposal have an owner of their own ('Ghana's talks with Togo', 'talks between A and
B', 'Glencore's proposal'), when the partner is no state ('a company is in discussions with a mine owner'), when
the clause names another state, when the proposal or interest is rejected, or when the instrument rules already
paired the partner in this sentence.  Words: ``status.talks_nouns``,
``status.consultation_nouns`` (on a deal topic), ``status.intention_nouns``,
``status.proposal_nouns``, ``status.planned``, ``status.lapsed``, ``status.refusal_verbs``, ``status.opposing_verbs``,
``agreement.nouns``, ``agreement.mou_forms``, ``agreement.talks_topics``, ``agreement.topic_prepositions``,
``agreement.mutual_prepositions``, ``agreement.owner_prepositions``, ``agreement.party_prepositions``,
``agreement.source_prepositions``, ``agreement.interest_prepositions``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.agreement_triggers import agreement_triggers
from cmkg.nlp.components.candidate import AgreementFact
from cmkg.nlp.components.denied_talks import negated_talks
from cmkg.nlp.components.event_dates import date_of
from cmkg.nlp.components.host_voice import host_word, owned_earlier
from cmkg.nlp.components.parties import Context, lemma, with_parties
from cmkg.nlp.components.signatory_states import person_key
from cmkg.nlp.components.syntax import clause_apart, countries_in, has_neg, subject_tokens, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["page_talks"]

RULE = "agreement.implied_counterpart"  # the side the text leaves implicit is the page's, as in host_voice.py
_REPORT_STEPS = 3  # 'The Council noted that [talks are under way]': the clause and the few verbs above it


def _voice_nouns() -> set[str]:
    return _w(
        "agreement.host_voice_nouns",
        "agreement.government_nouns",
        "officials.government_body_nouns",
        "officials.public_heads",
    )


def _page_voice(verb: Token, publisher: str, ctx: Context) -> bool:
    """Every clause above ``verb`` that reports it or that it joins has a host-voice subject ('The Council noted
    that', 'the Minister informed the Council that') or the page's own state ('Mongolia is in talks with X, and
    the Government is studying ...'), or there is none: the page's own telling, not another state's."""
    cur = verb
    for _ in range(_REPORT_STEPS):
        if cur.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or cur.head.i == cur.i:
            return True
        cur = cur.head
        subj = subject_tokens(cur) if cur.pos_ in ("VERB", "AUX") else []
        if not all(_voice(s, publisher, ctx) for s in subj):
            return False
    return True


def _voice(s: Token, publisher: str, ctx: Context) -> bool:
    """The page's state, its government's voice, or a named person of it ('Minister Battsetseg informed ...': an
    official a government page names serves that government unless the text gives another state)."""
    states = countries_in([s])
    if s.ent_type_ == "PERSON":
        person = ctx.people.get(person_key(s, ctx.people))
        return not states and (person is None or person.country in (None, publisher))
    return states == [publisher] or (not states and host_word(s, _voice_nouns()) and not owned_earlier(s))


def _owned(t: Token, subject_pronoun: bool = False) -> bool:
    """'Ghana's talks', 'Chinese proposals', 'company talks', 'talks between A and B': someone else's
    (``subject_pronoun``: 'B has expressed its interest' - the pronoun is the subject's own)."""
    for c in t.children:
        if c.dep_ == "poss" and not (subject_pronoun and c.tag_ == "PRP$"):
            return True
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_:
            return True
        if c.dep_ == "prep" and c.lower_ in _w("agreement.mutual_prepositions", "agreement.owner_prepositions"):
            return True
    return False


def _instrument(tokens: list[Token], triggers: set[int]) -> bool:
    """An instrument noun, or a token the agreement rules read as one ('a joint action plan')."""
    nouns, forms = _w("agreement.nouns"), _w("agreement.mou_forms")
    return any(x.i in triggers or lemma(x) in nouns or x.lower_ in forms for x in tokens)


def _deal_matter(tokens: list[Token], triggers: set[int]) -> bool:
    """An instrument, a mineral or a deal topic word ('a joint processing centre')."""
    return _instrument(tokens, triggers) or any(
        x.ent_type_ == "MINERAL" or lemma(x) in _w("agreement.talks_topics") for x in tokens
    )


def _clause_states(verb: Token, partners: list[str], publisher: str) -> bool:
    """The clause names no state besides the partners and the page's own; a clause coordinated after it is its own
    ('Discussions are under way with A for cooperation in mining, and an MoU with B is proposed')."""
    joined = {x.i for c in verb.children if clause_apart(c) for x in c.subtree}
    own = [x for x in verb.subtree if x.i not in joined]
    return all(x in partners or x == publisher for x in countries_in(own))


def _talks(t: Token, ctx: Context) -> tuple[str, Token, list[str]] | None:
    """'talks are under way with X', 'Talks with X on a memorandum continue', 'negotiations with X are advanced'."""
    # "Consultations with X on rare-earth processing continue": consultations count, as their topic is tested below
    talks = _w("status.talks_nouns", "status.consultation_nouns")
    if t.pos_ != "NOUN" or not (t.lower_ in talks or lemma(t) in talks):
        return None
    if t.dep_ not in ("nsubj", "nsubjpass", "ROOT") or _owned(t):
        return None
    verb = t if t.dep_ == "ROOT" else t.head
    if t.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        return None
    partners = with_parties(t, ctx) + (with_parties(verb, ctx) if verb.i != t.i else [])
    if has_neg(verb) or negated_talks(t) or negated_talks(verb) or lemma(verb) in _w("status.lapsed"):
        return None  # 'talks with X have not begun', 'talks with X collapsed'
    planned = any(lemma(x) in _w("status.planned") for x in verb_chain(verb))
    return (STATUS.planned if planned else STATUS.negotiating), verb, list(dict.fromkeys(partners))


def _interest(t: Token, triggers: set[int]) -> tuple[str, Token, list[str]] | None:
    """'the Republic of India has expressed interest in an agreement on manganese': the subject state's wish for an
    instrument that has no partner of its own."""
    if lemma(t) not in _w("status.intention_nouns") or t.dep_ != "dobj" or _owned(t, subject_pronoun=True):
        return None
    verb = t.head
    subj = subject_tokens(verb)
    states = countries_in(subj)
    if len(subj) != 1 or len(states) != 1 or has_neg(verb) or _refused(verb):
        return None
    preps = [p for p in t.children if p.dep_ == "prep" and p.lower_ in _w("agreement.interest_prepositions")]
    objs = [o for p in preps for o in p.children if o.dep_ == "pobj" and _instrument([o], triggers)]
    if not objs or any(p.lower_ in _w("agreement.party_prepositions") for o in objs for p in o.subtree):
        return None  # 'interest in an agreement with Japan': that pair's, not the page's
    return STATUS.planned, verb, states


def _refused(verb: Token) -> bool:
    """'rejected', 'declined', 'dismissed' a proposal or an interest: nothing is planned."""
    return lemma(verb) in _w("status.refusal_verbs", "status.opposing_verbs")


def _proposal(t: Token, triggers: set[int]) -> tuple[str, Token, list[str]] | None:
    """'the Government is studying proposals from the Republic of Korea on a joint processing centre': a proposal
    a state made to the page's government, on an instrument or a deal topic."""
    if lemma(t) not in _w("status.proposal_nouns") or t.dep_ != "dobj" or _owned(t):
        return None
    verb = t.head
    subj = subject_tokens(verb)
    if not subj or not all(host_word(s) for s in subj) or has_neg(verb) or _refused(verb):
        return None  # 'The Ministry rejected a proposal from B': no instrument ahead
    sources = [p for p in t.children if p.dep_ == "prep" and p.lower_ in _w("agreement.source_prepositions")]
    states = countries_in([o for p in sources for o in p.children if o.dep_ == "pobj"])
    topics = [p for h in (t, verb) for p in h.children if p.lower_ in _w("agreement.topic_prepositions")]
    if len(states) != 1 or not _deal_matter([x for p in topics for x in p.subtree], triggers):
        return None
    return STATUS.planned, verb, states


def page_talks(sent: Span, ctx: Context, found: list[AgreementFact]) -> list[AgreementFact]:
    """The page's government and the one state it reports talks, interest or a proposal with."""
    publisher = sent.doc._.cmkg_publisher
    if not publisher:
        return []
    paired = {x for a in found if len(a.parties) > 1 for x in a.parties}
    triggers = {x.i for x, _, _ in agreement_triggers(sent, ctx)}
    out: list[AgreementFact] = []
    for t in sent:
        shape = _talks(t, ctx) or _interest(t, triggers) or _proposal(t, triggers)
        if shape is None:
            continue
        status, verb, partners = shape
        partners = [x for x in partners if x != publisher]
        if len(partners) != 1 or partners[0] in paired or not _clause_states(verb, partners, publisher):
            continue
        if status == STATUS.negotiating and not _deal_matter([x for x in sent if x.i != t.i], triggers):
            continue  # talks on another matter ('talks with X on visas')
        if t.lower_ in _w("status.consultation_nouns") and (
            any(x.i in triggers for x in sent) or not any(x.ent_type_ == "MINERAL" for x in t.subtree)
        ):
            continue  # 'consultations with X on joining that roadmap', '... on visa matters': no minerals talks
        if not _page_voice(verb, publisher, ctx):
            continue
        paired.add(partners[0])
        minerals = sorted({x.ent_kb_id_ for x in verb.subtree if x.ent_type_ == "MINERAL"})
        parties = [publisher, partners[0]]
        out.append(
            AgreementFact(
                t, parties, status, None, "agreement", minerals, [], date_of(verb, sent), rules().rule(RULE), 0.6
            )
        )
    return out
