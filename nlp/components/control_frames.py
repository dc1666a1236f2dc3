"""Control words a frame keeps from being a state's measure, and statuses a clause beside the measure sets.

A control noun that only names the topic of a forum ('an export control dialogue on rare earths', 'a
working group on export controls') is no measure; nor is a restriction someone wishes of a state ('some in the
sector want Poland to restrict exports'), nor one in a state the text leaves unnamed ('remain in force in a
major producing country').  A relative clause the parser hangs on the date after the measure ('imposed a ban
in 2025, which it suspended in March') still undoes the measure, and a planned restriction said to continue a
policy ('would restrict exports ..., continuing a policy in place since 2019') is in force.  A law 'sometimes
described as an export ban' and a ban a state 'would consider' are no measures either.  A direct question
about a measure stands only as its answer lets it ('Q: Does the ban apply to uranium? A: No.'; ``answers``), and
a motion's text ('THAT the Cabinet Secretary extends the prohibition to X') asks for a measure it does not state.
Word lists: ``export_control.forum_nouns``, ``wish_verbs``, ``continuing_verbs``, ``policy_nouns``,
``relative_objects``, ``place_prepositions``, ``labelling_verbs``, ``hedge_adverbs``, ``weighing_verbs``,
``hypothetical_auxiliaries``, ``condition_marks``, ``pending_marks``, ``proposal_nouns``,
``enacting_verbs``, ``threat_modals``, ``decision_nouns``, ``study_verbs``, ``preparing_verbs``,
``condition_limiters``, ``standing_adverbs``;
``syntax.unnamed_state_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.answers import affirms, answer_to, denies, is_yes_no_question
from cmkg.nlp.components.doc_text import doc_text, line_start
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import SUBJECT_DEPS, countries_in, quantified_by_no, subject_tokens
from cmkg.nlp.components.syntax_states import unnamed_state
from cmkg.nlp.components.talks_status import stands_in_force
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["answered_premise", "asked_premise", "asked_what", "framed_status", "lemma_status", "outside_measure"]


def lemma_status(t: Token) -> str | None:
    """The control status a verb's lemma names ('suspend': suspended, 'lift': lifted), if any."""
    return next((s for s, ws in rules().table("export_control.status_by_lemma").items() if _lemma(t) in ws), None)


def outside_measure(t: Token, v: Token | None, is_verb: bool) -> bool:
    """The control word ``t`` (governed by ``v``) names no measure of a named state."""
    wished = _wished_of_another(t if is_verb or v is None else v)  # "want A to impose a ban on exports"
    wished = wished and (is_verb or v is None or not _undoing(v))  # "wants A to lift its ban": A's ban stands
    conditioned = _conditioned(t if is_verb or v is None else v)  # "to consult if either restricts exports"
    conditioned = conditioned or _proposed_only(t if is_verb or v is None else v)  # "a bill that would require"
    conditioned = conditioned or _under_condition(t if is_verb or v is None else v)  # "If enacted, it would ban"
    conditioned = conditioned or _pending_law(t if is_verb or v is None else v)  # "the X Act, which would direct"
    weighed = _would_weigh(t, v) or _undecided(t) or (is_verb and _possible_only(t))
    return _forum_topic(t) or wished or _unnamed_place(t, v) or _hedged_label(t) or weighed or conditioned


def _possible_only(t: Token) -> bool:
    """'the province could limit nickel shipments if US tariffs escalated': a restricting verb in the active voice
    under a modal of possibility (``threat_modals``) with a condition ('if', 'unless') is a threat, no measure; a
    bare 'could restrict exports of X' stays announced (the suite's export_controls templates), and 'ore could be
    exported only under licence' (passive) is a requirement."""
    aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
    negated = any(c.dep_ == "neg" for c in t.children)
    conditioned = bool(_condition_clauses(t))
    return bool(aux & _w("export_control.threat_modals")) and conditioned and not passive and not negated


def _condition_clauses(v: Token) -> list[Token]:
    """The adverbial clauses of ``v`` that a condition word opens ('if', 'unless': ``condition_marks``)."""
    marks = _w("export_control.condition_marks")
    opened = (c for c in v.children if c.dep_ == "advcl")
    return [c for c in opened if any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]


def _undecided(t: Token) -> bool:
    """'is studying options, including limits on exports, but no decision has been taken', 'is preparing rules
    requiring tin to be exported only as ingot, but no decision on timing has been taken': a measure not yet named,
    under a verb of weighing, studying or preparing, in a sentence that says no decision was taken (and not that a
    measure 'already' stands) is still being weighed."""
    sent = t.sent
    undecided = any(_lemma_is(x, "export_control.decision_nouns") and quantified_by_no(x) for x in sent)
    # a measure already named ('how to enforce the ban', 'its list, which already includes X') is no option
    named = any(c.dep_ == "poss" or c.lower_ in _w("agreement.definite_determiners") for c in t.children)
    standing = any(x.lower_ in _w("export_control.standing_adverbs") for x in sent)
    weighing = _w("export_control.weighing_verbs", "export_control.study_verbs", "export_control.preparing_verbs")
    return undecided and not (named or standing) and any(_lemma(a) in weighing for a in t.ancestors)


def _lemma_is(t: Token, words: str) -> bool:
    return _lemma(t) in _w(words) or t.lower_ in _w(words)


def _proposed_only(v: Token) -> bool:
    """'a bill that would require a licence for X exports', 'debating a proposal to ban exports of X', 'will move
    an amendment to phase in a ban': a measure a proposal holds is no measure until the proposal is passed ('the
    bill, which parliament passed in May, bans ...'; ``export_control.enacting_verbs``) or its owner puts it out
    ('Hanoi unveiled a plan to ban exports': announced; ``placing_verbs``, ``realising_verbs``)."""
    if v.dep_ not in ("acl", "relcl", "xcomp") or v.head.pos_ != "NOUN":
        return False  # "Vietnam plans to ban exports": a planning verb, not a proposal noun
    pending = _w("export_control.pending_proposal_nouns")  # also 'a draft provision that would ban ...'
    drafted = any(c.dep_ in ("compound", "amod") and c.lower_ in pending for c in v.head.children)
    if _lemma(v.head) not in pending and not drafted:
        return False  # "a provision that bans exports", "a plan to ban": read by the status rules
    plan = v.head
    if plan.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
        return False  # "The government of X plans to ban ...": a planning verb the tagger read as a noun
    # pending: the measure 'would' apply, or the proposal is debated or moved ('Indonesia's proposal to ban bauxite
    # exports took effect in June': a fact)
    would = any(c.dep_ == "aux" and c.lower_ in _w("export_control.hypothetical_auxiliaries") for c in v.children)
    debated = plan.dep_ in ("dobj", "nsubjpass") and _lemma(plan.head) in _w("export_control.deliberation_verbs")
    return would or debated


def _pending_law(v: Token) -> bool:
    """'H.R. 5931, the Rare Earth Scrap Security Act, which would direct the Department to prohibit exports of X': a
    measure a law or bill only 'would' make, through the verbs its relative clause governs, is pending, whatever
    the parser made of the law's name (``law_nouns``, ``pending_proposal_nouns``)."""
    x = v
    while x.dep_ in ("xcomp", "advcl", "ccomp") and x.head.pos_ in ("VERB", "AUX") and x.head.i != x.i:
        x = x.head
    if x.dep_ not in ("relcl", "acl") or x.head.pos_ not in ("NOUN", "PROPN"):
        return False
    would = any(c.dep_ == "aux" and c.lower_ in _w("export_control.hypothetical_auxiliaries") for c in x.children)
    law = x.head
    # "Vietnam passed a law that would ban ... from July": an enacted law's 'would' is its future, no hypothesis
    enacting = _w("export_control.enacting_verbs", "status.signed")  # 'passed', 'signed into law by the President'
    enacted = law.dep_ in ("dobj", "nsubjpass") and _lemma(law.head) in enacting
    enacted = enacted or any(c.dep_ in ("acl", "relcl") and _lemma(c) in enacting for c in law.children)
    law_words = _w("export_control.law_nouns", "export_control.pending_proposal_nouns")
    return would and not enacted and _lemma(law) in law_words


def _under_condition(v: Token) -> bool:
    """'If enacted, it would require a permit for exports of X', 'China would ban exports of X if the US raised
    tariffs': a hypothetical measure (``hypothetical_auxiliaries``) whose clause a condition on a law or a state's act
    governs (``_condition``) is no measure, enacted or announced."""
    would = any(c.dep_ == "aux" and c.lower_ in _w("export_control.hypothetical_auxiliaries") for c in v.children)
    return would and any(_condition(c) for c in _condition_clauses(v))


def _condition(c: Token) -> bool:
    """'If enacted', 'if the United States raised its tariffs': a condition on the law's passing or on a state's
    act; not 'even if' or 'only if' (the measure holds either way, or applies on terms), nor a condition on what
    exporters do ('if shipments leave without a licence')."""
    marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in _w("export_control.condition_marks")]
    if not marks or c.doc[marks[0].i - 1].lower_ in _w("export_control.condition_limiters"):
        return False
    return _lemma(c) in _w("export_control.enacting_verbs") or bool(countries_in(subject_tokens(c)))


def _conditioned(v: Token) -> bool:
    """An adverbial clause a condition ('if', 'unless') or a pending time ('before') opens, with a present verb."""
    if v.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in v.children if c.dep_ == "mark"}
    perfect = any(c.dep_ == "aux" and c.lower_ in _w("status.perfect_auxiliaries") for c in v.children)
    present = v.tag_ in ("VBZ", "VBP", "VB") and not perfect  # "even if China has banned exports since 2023": a fact
    return present and bool(marks & _w("export_control.condition_marks", "export_control.pending_marks"))


def _forum_topic(t: Token) -> bool:
    """'an export control dialogue', 'export-control consultations', 'a working group on export controls': the
    control word qualifies a forum, or is the topic a forum's 'on' phrase names."""
    forums = _w("export_control.forum_nouns")
    x = t
    while x.dep_ in ("compound", "amod", "nmod") and x.head.i != x.i:
        x = x.head
        if _lemma(x) in forums or x.lower_ in forums:
            return True
    # "the A-B export control dialogue mechanism": a forum noun among the modifiers between the word and the head
    if any(_lemma(b) in forums and b.dep_ in ("compound", "amod", "nmod") for b in t.doc[t.i + 1 : x.i]):
        return True
    if x.dep_ == "pobj" and x.head.lower_ in _w("export_control.topic_prepositions") | {"on"}:
        holder = x.head.head
        # "will coordinate on export restrictions", "consult each other on export controls": a topic of working
        # together, no measure of the ones who cooperate
        cooperating = holder.pos_ == "VERB" and _lemma(holder) in _w("export_control.cooperation_verbs")
        return _lemma(holder) in forums or holder.lower_ in forums or cooperating
    return False


def _wished_of_another(t: Token) -> bool:
    """'some in the sector want Poland to restrict exports', 'would like Ghana to ban shipments': a restricting
    verb with its own subject under a wishing verb is someone's wish of that state, not its measure ('Poland
    wants to restrict exports' has no subject of its own: the state's intention, left to the status rules)."""
    if t.dep_ not in ("ccomp", "xcomp", "advcl") or _lemma(t.head) not in _w("export_control.wish_verbs"):
        return False
    own = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
    own = own or [c for c in t.head.children if c.dep_ == "dobj" and countries_in(list(c.subtree))]  # like A to ban
    wisher = [c for c in t.head.children if c.dep_ in SUBJECT_DEPS]
    return bool(own) and not (wisher and countries_in(list(wisher[0].subtree)) == countries_in(list(own[0].subtree)))


def _undoing(v: Token) -> bool:
    """'wants China to lift its restrictions', 'asked Jakarta to suspend the ban': the wish is to undo a measure
    the state already has, which the text thereby reports (the wish's status is no status of the measure)."""
    return lemma_status(v) in _w("export_control.undoing_statuses")


def _hedged_label(t: Token) -> bool:
    """'The 2022 law is sometimes described as an export ban', 'often labelled an export quota': a name others
    give a law, hedged, is no measure the text reports."""
    x = t.head if t.dep_ == "pobj" else t
    verb = x.head if x.dep_ in ("prep", "oprd", "attr", "dobj") else None
    if verb is None or _lemma(verb) not in _w("export_control.labelling_verbs"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _w("export_control.hedge_adverbs") for c in verb.children)


def _would_weigh(t: Token, v: Token | None) -> bool:
    """'said it would consider restricting exports of X', 'might weigh a ban', 'is considering restrictions of its
    own', 'will consider restricting exports': a measure still being weighed (a weighing verb with an auxiliary:
    progressive, future or conditional) is neither taken nor announced.  'Cabinet considered and approved a
    proposal to ban' is a decision: the past weighing verb has no auxiliary (round 29; before, only the
    conditional was a hypothesis and 'is considering a ban' was announced, which no gold sheet has)."""
    weighing = rules().table("export_control.status_by_lemma")[STATUS.announced]
    for w in (x for x in (t, v, t.head) if x is not None):
        if _lemma(w) in _w("export_control.weighing_verbs") and _lemma(w) in weighing:
            aux = {c.lower_ for c in w.children if c.dep_ in ("aux", "auxpass")}
            return bool(aux)
    return False


def _unnamed_place(t: Token, v: Token | None) -> bool:
    """'licensing requirements ... remain in force in a major producing country', 'a ban in one supplier state':
    a measure placed in a state the text does not name has no owner to give."""
    holders = [t] + ([v] if v is not None else [])
    # "remain in force in a major producing country": the place may hang on the status phrase's noun
    holders += _objects(holders)
    places = _w("export_control.place_prepositions")
    return any(
        o.dep_ == "pobj" and unnamed_state(o) and not countries_in(list(o.subtree)) and not _goods_condition(o)
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in places
        for o in p.children
    )


def _goods_condition(o: Token) -> bool:
    """'the export of lithium in an unprocessed state': the goods' condition (``export_control.unprocessed_modifiers``),
    not a place."""
    return any(c.dep_ == "amod" and c.lower_ in _w("export_control.unprocessed_modifiers") for c in o.children)


def _objects(holders: list[Token]) -> list[Token]:
    """The objects of the prepositional phrases the holders govern."""
    return [o for h in holders for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def framed_status(t: Token, v: Token | None, status: str) -> str | None:
    """The status a clause beside the measure sets: an undoing relative clause hung on a date, a continued
    policy; None for a measure still to come that a question asks about."""
    if status == STATUS.announced and asked_premise(t):
        return None
    if not answered_premise(t, status) or _motion_text(t):
        return None
    if asked_what(t):
        return None  # "What are the rules for tanzanite?": an FAQ's question names the measure it will explain
    undone = _date_relative(t, v)
    if undone is not None:
        return undone
    if status == STATUS.announced and v is not None and _continues_policy(v):
        return STATUS.in_force
    if status == STATUS.announced and _still_in_force(t):
        return STATUS.in_force
    return status


def _motion_text(t: Token) -> bool:
    """'(i) THAT the Cabinet Secretary extends the prohibition to X': a motion's or recommendation's text opens
    with a capitalised 'THAT' (``export_control.motion_openers``); what it asks for is proposed, no measure."""
    return any(x.is_upper and x.lower_ in _w("export_control.motion_openers") for x in t.sent if x.i < t.i)


def answered_premise(t: Token, status: str) -> bool:
    """'Q: Does the ban apply to uranium? A: No.': a direct question about a measure stands only as its answer
    lets it; denied, it states nothing, and a change it asks after ('Will the ban be lifted?', 'Has the quota
    been suspended?') stands only when the answer grants it."""
    sent = t.sent
    if not is_yes_no_question(sent) or "\n" in doc_text(t.doc)[t.idx : sent.end_char]:
        return True  # a teaser line joined to a question below it asks nothing about this measure
    answer = answer_to(sent)
    if denies(answer):
        return _asks_other_goods(t)
    return status not in _w("export_control.undoing_statuses") or affirms(answer)


def _asks_other_goods(t: Token) -> bool:
    """'Does Zimbabwe's ban on lithium ore exports also cover tantalite? No.': a measure named with its own goods
    that a coverage verb asks about for more goods is taken as given; the 'no' is about the others."""
    verb = t.head if t.dep_ in SUBJECT_DEPS else None
    own = any(x.ent_type_ == "MINERAL" for p in t.children if p.dep_ == "prep" for x in p.subtree)
    return verb is not None and _lemma(verb) in _w("export_control.coverage_verbs") and own


def asked_what(t: Token) -> bool:
    """A copular wh-question on an unowned measure ('What are the rules for X?'): it asks what the measure is and
    states nothing the answer does not. Not a question about a named state's measure ('What are the consequences
    of Indonesia's ban?', 'What is the export ban on Myanmar's rare earths?'), which presupposes it."""
    sent = t.sent
    root = sent.root
    copula = _lemma(root) in _w("export_control.naming_copulas")
    if sent[-1].text not in _w("export_control.question_ends") or not copula:
        return False
    if not any(c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubj", "attr") for c in root.children):
        return False
    measures = [t] if t.i != root.i else [c for c in root.children if c.dep_ == "nsubj"]
    states = ("GPE", "NORP")
    return any(
        m.head.i == root.i and m.dep_ in ("nsubj", "attr") and not any(x.ent_type_ in states for x in m.subtree)
        for m in measures
    )


def _still_in_force(t: Token) -> bool:
    """'Controls announced on X in August 2024 remain in force', 'the curbs it unveiled last year stay in
    effect': the measure is the subject of a continuing verb 'in force', whatever its participle says."""
    if t.dep_ not in SUBJECT_DEPS:
        return False
    # the parser often reads the participle as the verb and hangs 'remain' on it with no subject of its own
    verbs = [t.head, *(c for c in t.head.children if c.dep_ in ("ccomp", "conj") and c.i > t.i)]
    verbs = [v for v in verbs if _lemma(v) in _w("export_control.continuing_verbs")]
    verbs = [v for v in verbs if v.i == t.head.i or not any(c.dep_ in SUBJECT_DEPS for c in v.children)]
    return any(stands_in_force(v) for v in verbs)


def _date_relative(t: Token, v: Token | None) -> str | None:
    """'imposed a ban on exports of tin ore in 2025, which it suspended in March', 'introduced a quota on X
    exports in 2018, which it lifted': a 'which' clause with the measure as its object, hung by the parser on
    a date or on the goods of a phrase the verb holds, undoes the measure."""
    if v is None:
        return None
    objects = [o for o in _objects([v]) if o.i > t.i]
    objects += _objects(objects)
    clauses = [c for d in objects for c in d.children if c.dep_ == "relcl"]
    clauses += [c for c in v.children if c.dep_ == "advcl" and c.i > t.i]  # "..., which it later lifted" on the verb
    for c in (c for c in clauses if c.pos_ == "VERB"):
        relatives = [x for x in c.children if x.dep_ in ("dobj", "nsubjpass")]
        if not any(x.lower_ in _w("export_control.relative_objects") for x in relatives):
            continue
        status = lemma_status(c)
        if status in _w("export_control.undoing_statuses"):
            return status
    return None


def _continues_policy(v: Token) -> bool:
    """'would restrict exports of X, continuing a policy in place since 2019', 'will ban Y, maintaining the
    practice of recent years': the measure is a policy already applied."""
    for c in v.children:
        if c.dep_ not in ("advcl", "xcomp", "conj") or _lemma(c) not in _w("export_control.continuing_verbs"):
            continue
        if any(o.dep_ == "dobj" and _lemma(o) in _w("export_control.policy_nouns") for o in c.children):
            return True
    return False


def asked_premise(t: Token) -> bool:
    """'QUESTION (broadcaster): Some reports say Vietnam will restrict exports of X.', 'Will Peru ban exports of
    Y?': a measure still to come that a question asks about or takes as its premise is no announcement (the
    answer says what is in place). The speaker is the latest label in the paragraph, since transcripts put
    'Q: ...?' and 'A: ...' on lines a clean text joins into one paragraph."""
    if t.sent[-1].text in _w("export_control.question_ends"):
        return True
    doc = t.doc
    start = line_start(doc, t.sent.start_char)  # the paragraph's first words
    label = None
    for x in doc[: t.sent.start + 1]:
        if x.idx < start or not (x.is_sent_start or x.i == 0) or x.i + 1 >= len(doc):
            continue
        if doc[x.i + 1].text in _w("export_control.label_marks") and x.is_alpha:
            label = x.lower_
    return label in _w("export_control.question_labels")
