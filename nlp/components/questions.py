"""Questions, asked or reported, and open deliberation: none of them states an instrument's set.

'Will the two sides sign agreements on critical minerals?' names no side of its own.  Briefing transcripts
and written questions put a reporter's or member's question before the answer that states the facts: the
question asserts nothing, and its referring subject ('the two sides', 'they') resolves against whatever the
transcript named last, so a question whose party set is not named in the question itself gives no fact.  A
question that names its states ('Will China and the United States sign a trade agreement?') still marks
talks between them and keeps its set; one that only asks after an intention ('Does A plan to sign a similar
agreement with B?', 'Is A planning a deal with B?') states no plan and gives nothing.

A reported question ('Asked whether the two governments would sign their own agreement, the minister said
there was nothing to announce') is the same question in indirect speech: its set stands only when the answer
in the same sentence says talks are under way ('he said the two sides were still discussing the text'),
and then with that status.  A relative clause inside a question ('a partnership with A, which already has
agreements with B and C') asserts its own fact and is no part of the question.

States that deliberate about joining or linking to another instrument, or about instruments of their own
('A and B are considering joining the partnership / how to link their programmes to it / whether to set up
similar funds of their own'), are each deliberating for itself: no planned set of the deliberating states.
'A and B are considering a lithium agreement' keeps its planned pair.  Page frame: none needed.
A direct yes/no question that names its set ('Will A sign a memorandum with B?', 'Did A sign ...?') takes its
status from the next sentence when that answers it: a negative answer ('No, the minister said') leaves
nothing, talks ('The two sides are holding talks') make it negotiating; otherwise the question states no more
than a plan, never a signing (round 19, modality19). The answer's speaker label ('A: No.') is no part of it,
talks in the answer win over its 'No' ('No, we are still negotiating'), and only a yes/no question is denied
(``answers``, round 40).
Word lists: ``status.negative_answers``, ``status.talks_nouns``,
``export_control.asking_verbs``, ``export_control.question_marks``, ``export_control.asked_marks``,
``status.planned``, ``status.negotiating``, ``agreement.deliberation_verbs``, ``agreement.linking_verbs``,
``agreement.own_instrument_words``, ``agreement.definite_determiners``, ``agreement.existence_question_verbs``,
``agreement.hedged_modifiers``.
A reported question about what a definite instrument does ('Clients ask whether the 2023 A-B Agreement
protects them') takes the instrument as made (round 41).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.answers import answer_to, denies, is_yes_no_question
from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.dep_labels import SUBJECT_DEPS
from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import has_neg, subject_tokens
from cmkg.nlp.components.syntax_states import countries_in
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["answered_question", "asked_only", "deliberated_only", "reported_question"]

QUESTION_MARK = "?"
CLAUSE_POS = ("VERB", "AUX")


def _clauses_above(t: Token) -> list[Token]:
    """The verbs above the trigger up to the root, stopping at a relative clause (it asserts its own fact)."""
    out: list[Token] = []
    x = t
    while x.head.i != x.i:
        if x.dep_ == "relcl":
            break
        x = x.head
        if x.pos_ in CLAUSE_POS:
            out.append(x)
    return out


def _inverted(v: Token) -> bool:
    """'Does A plan ...', 'Is A planning ...': an auxiliary of the verb comes before its subject."""
    subj = [x.i for x in v.children if x.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and any(x.dep_ in ("aux", "auxpass") and x.i < min(subj) for x in v.children)


def _intention_asked(t: Token) -> bool:
    """'Does A plan to sign ...?', 'Is A planning a deal ...?': a question whose inverted verb is an intention."""
    return any(lemma(v) in _w("status.planned") and _inverted(v) for v in _clauses_above(t))


def asked_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Keep a question's set only when the question itself names every state in it and asks about the deal,
    not about an intention to make one."""
    if not sent.text.rstrip().endswith(QUESTION_MARK):
        return True
    if _intention_asked(c.t):
        return False
    return set(c.parties) <= set(countries_in(list(sent)))


def _asked_clause(x: Token) -> Token | None:
    """The asking verb over a clause 'whether ...' / 'if ...' ('Asked whether A would sign', 'asked if'), or, for a
    clause the parser hung elsewhere, the asking verb earlier in its sentence ('To ask the Secretary of State what
    agreements ...; and whether he plans to conclude an agreement with X', a written question's conjoined asks)."""
    marks = {m.lower_ for m in x.children if m.dep_ == "mark"}
    if not (marks & set(_w("export_control.question_marks")) or marks & set(_w("export_control.asked_marks"))):
        return None
    asker = x.head
    if asker.i != x.i and lemma(asker) in _w("export_control.asking_verbs"):
        return asker
    if x.dep_ != "conj":
        return None
    earlier = (y for y in x.sent if y.i < x.i and y.pos_ == "VERB" and lemma(y) in _w("export_control.asking_verbs"))
    return next(earlier, None)


def _answer_negotiates(asker: Token) -> bool:
    """The answer in the same sentence ('..., he said the two sides were still discussing the text') says
    talks are under way, outside the question's own words."""
    if asker.dep_ != "advcl":
        return False
    question = {y.i for y in asker.subtree}
    return any(
        y.i not in question and lemma(y) in _w("status.negotiating") and not has_neg(y)
        for y in asker.head.subtree
        if y.pos_ in CLAUSE_POS
    )


def reported_question(c: Candidate, ctx: Context, sent: Span) -> bool:
    """A set read inside an indirect question stands only as talks the answer confirms (after the status)."""
    for x in _clauses_above(c.t):
        asker = _asked_clause(x)
        if asker is None:
            continue
        if _presupposed(c.t, x):  # 'asked whether the arrangement that A and B announced guarantees supply'
            return True
        if not _answer_negotiates(asker):
            return False
        c.status = STATUS.negotiating
        return True
    return True


def _presupposed(t: Token, x: Token) -> bool:
    """'whether the 2023 A-B Agreement protects X', 'whether the arrangement that A and B announced guarantees
    supply': the question asks what a definite instrument does, in a finite verb of the present or past with no
    modal, so the instrument itself is taken as made; 'whether the deal would be signed' or 'will cover' asks
    about its making, and 'whether the rumoured pact exists', 'is real' or 'remains on the table' about its being
    (``agreement.existence_question_verbs``, ``agreement.hedged_modifiers``, a negated clause on it)."""
    article = [d for d in t.children if d.dep_ in ("det", "poss")]
    definite = any(d.dep_ == "poss" or d.lower_ in _w("agreement.definite_determiners") for d in article)
    definite = definite or (not article and t.text[:1].isupper())  # 'whether Annex B covers ...', not 'an MOU'
    hedged = any(_lemma_or_word(m, "agreement.hedged_modifiers") for m in t.subtree if m.i < t.i)
    hedged = hedged or any(c.dep_ in ("relcl", "acl") and has_neg(c) for c in t.subtree)
    verb = t.head  # 'covers tungsten' read as a compound under the clause's head 'tungsten': the verb is 'covers'
    in_clause = verb.i == x.i or (verb.dep_ == "compound" and verb.head.i == x.i)
    finite = verb.tag_ in ("VBZ", "VBP", "VBD") and not any(a.dep_ in ("aux", "auxpass") for a in verb.children)
    making = lemma(verb) in _w("status.signed", "status.announced", "status.planned", "status.negotiating")
    # 'whether the 2010 agreement remained in effect': a standing asked after, not a being
    standing = any(o.lemma_.lower() in _w("status.in_force_objects") for p in verb.children for o in p.children)
    making = making or (lemma(verb) in _w("agreement.existence_question_verbs") and not standing)
    # "whether Canada's Joint Action Plan with B, adopted in 2020, could be extended": its own participle made it
    made = any(
        c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in _w("status.signed", "status.announced") for c in t.children
    )
    return t.dep_ in SUBJECT_DEPS and definite and not hedged and (made or (in_clause and finite and not making))


def _lemma_or_word(t: Token, words: str) -> bool:
    return lemma(t) in _w(words) or t.lower_ in _w(words)


def _detached(x: Token, t: Token) -> bool:
    """The deliberated clause joins or links to another instrument, or the instrument is each state's own
    ('similar funds of their own')."""
    if lemma(x) in _w("agreement.linking_verbs"):
        return True
    own = _w("agreement.own_instrument_words")
    return any(y.lower_ in own for y in t.subtree) or any(y.lower_ in own for y in t.children)


def deliberated_only(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Drop the set of states that only deliberate about joining, linking or instruments of their own."""
    if len(c.parties) < 2:
        return True
    chain = _clauses_above(c.t)
    for k, v in enumerate(chain):
        if lemma(v) not in _w("agreement.deliberation_verbs"):
            continue
        subject = set(countries_in(subject_tokens(v)))
        if set(c.parties) <= subject and any(_detached(x, c.t) for x in chain[:k]):
            return False
    return True


def _talks_in(answer: Span) -> bool:
    """The answer says talks are under way: a negotiating verb or a talks noun, not negated."""
    return any(
        (lemma(y) in _w("status.negotiating") and y.pos_ in CLAUSE_POS and not has_neg(y))
        or ({lemma(y), y.lower_} & set(_w("status.talks_nouns")) and not has_neg(y.head))
        for y in answer
    )


def _denied(answer: Span) -> bool:
    """'No, the minister said', 'Not yet.', 'It did not.': the answer opens with a no or negates its main verb."""
    if denies(answer):  # its opening word, after a speaker's label ('A: No.')
        return True
    return has_neg(answer.root) and not any(lemma(y) in _w("status.negotiating") for y in answer)


def _asked(t: Token, sent: Span) -> bool:
    """The instrument stands in the line that ends in the question mark: a list of teasers read as one sentence
    ('Read more: - PM defends China deal - Why is the Pacific divided?') asks nothing about the deal."""
    return "\n" not in doc_text(sent.doc)[t.idx : sent.end_char]


def answered_question(c: Candidate, ctx: Context, sent: Span) -> bool:
    """A direct question's set takes its status from the answer that follows; never signed (after the status)."""
    if not sent.text.rstrip().endswith(QUESTION_MARK) or c.status is None or not _asked(c.t, sent):
        return True
    answer = answer_to(sent)
    if answer is not None and _talks_in(answer):  # "No, we are still negotiating": talks, not nothing
        c.status = STATUS.negotiating
    elif answer is not None and is_yes_no_question(sent) and _denied(answer):
        return False
    elif c.status not in (STATUS.planned, STATUS.negotiating):
        c.status = STATUS.planned
    return True
