"""States a clause about the instrument places outside it: no party, whatever else the sentence makes them.

Real pages say who is NOT in an instrument in the same sentence that names it: 'hosts a project under the
Minerals Security Partnership, of which the Republic is not a member', 'took part in the C5+1 dialogue, in
which the UAE plays no role', 'China was not mentioned in the declaration', 'Ghana is not among the
signatories of the Accord'.  The sentence's other rules read that state as the instrument's one party (a
named instrument keeps its one party) or add it to the set.  A negated clause that governs the instrument
(or hangs on it as a relative clause) and whose predicate is membership ('not a member/party/signatory',
'has not joined'), a mention ('was not named/mentioned/listed') or a role ('plays no role', 'has no part')
takes its subject's states out of the set; a set left with fewer than two states is no fact, unless a named
instrument's own modifier names it ('has not joined the US-led X': the leader's one-party set stands).  Signing verbs
are not outsider predicates: 'A and B have not yet signed the agreement' keeps its parties (the status
rules read it).  The subject may be a relative pronoun (its antecedent), a pronoun or a state noun ('the
Republic', 'the country'), which stand for the candidate's own subject.  Page frame: none needed; the clause
alone decides.  Word lists: ``agreement.outsider_verbs``, ``agreement.outsider_role_nouns``,
``agreement.membership_nouns``, ``agreement.membership_verbs``, ``status.negating_determiners``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.dep_labels import CLAUSE_DEPS, SUBJECT_DEPS
from cmkg.nlp.components.parentheticals import in_series_note
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.syntax import has_neg, path_up
from cmkg.nlp.components.syntax_states import countries_in, relative_owner
from cmkg.nlp.rules import words as _w

__all__ = ["outside_parties", "outsider_copula"]

PREDICATE_DEPS = ("attr", "dobj", "acomp", "oprd")


def _negated(v: Token) -> bool:
    """'is not a member', 'was never named', 'plays no role', 'is no party to'."""
    if has_neg(v):
        return True
    preds = [x for x in v.children if x.dep_ in PREDICATE_DEPS]
    return any(d.dep_ == "det" and d.lower_ in _w("status.negating_determiners") for x in preds for d in x.children)


def _outsider_predicate(v: Token) -> bool:
    """Membership, mention or role, never signing: the clause says who is outside, not what is pending."""
    if v.lemma_ in _w("agreement.outsider_verbs") and v.tag_ == "VBN":  # 'was not mentioned', 'is not named'
        return True
    if v.lemma_ in _w("agreement.membership_verbs"):  # 'has not joined', 'did not take part in'
        return True
    preds = [x for x in v.children if x.dep_ in PREDICATE_DEPS]
    return _base_outsider(v) or any(_planned_joining(x) for x in preds)


def _base_outsider(v: Token) -> bool:
    """A membership or role noun as the predicate or a phrase's object ('is not a member', 'not among')."""
    preds = [x for x in v.children if x.dep_ in PREDICATE_DEPS]
    preds += [o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]  # 'not among'
    nouns = _w("agreement.membership_nouns") | _w("agreement.outsider_role_nouns")
    return any(x.lemma_ in nouns for x in preds)


def _planned_joining(plan: Token) -> bool:
    """'has no plans to join X', 'had no plans to seek membership of X': a denied plan whose infinitive joins."""
    if plan.lemma_ not in _w("status.planned"):
        return False
    return any(a.dep_ in ("acl", "xcomp") and _outsider_predicate(a) for a in plan.children)


def outsider_copula(v: Token) -> bool:
    """'C is not a party / signatory / member of X': a negated copula whose predicate is a membership noun
    says who stands outside an instrument the sentence takes as given, not that a joining failed."""
    preds = [x for x in v.children if x.dep_ in PREDICATE_DEPS]
    nouns = _w("agreement.membership_nouns")
    return v.pos_ == "AUX" and _negated(v) and any(x.lemma_ in nouns for x in preds)


def _given(c: Candidate) -> bool:
    """The instrument is taken as made only in a plain present or past clause about an instrument not itself
    prospective: 'will not be a party to the planned agreement' presupposes no agreement."""
    aux = _w("status.future_auxiliaries") | _w("status.modal_auxiliaries")
    if c.v is None or any(x.dep_ == "aux" and x.lower_ in aux for x in c.v.children):
        return False
    return not any(x.dep_ == "amod" and x.lemma_ in _w("status.planned") for x in c.t.children)


def _clauses(t: Token, sent: Span) -> list[Token]:
    """Negated outsider clauses that govern the instrument or hang on its phrase as a relative clause."""
    out = []
    for v in sent:
        if v.pos_ not in ("VERB", "AUX") or not _negated(v) or not _outsider_predicate(v):
            continue
        # 'has no plans to join X': the plan's own infinitive is no clause boundary, and only what it joins is out
        joins = [a for x in v.children for a in x.children if a.dep_ in ("acl", "xcomp") and _planned_joining(x)]
        if joins and not _base_outsider(v):
            governs = any(t in a.subtree for a in joins)
        else:
            governs = t in v.subtree and not any(x.dep_ in CLAUSE_DEPS for x in path_up(t, v))
        on_phrase = v.dep_ == "relcl" and v in t.subtree
        if governs or on_phrase:
            out.append(v)
    return out


def _subject_states(v: Token, c: Candidate) -> list[str]:
    """The states the clause's subject names; a relative pronoun its antecedent's, a pronoun or a state noun
    ('it', 'the Republic', 'the country') the candidate's own subject's."""
    subj = [x for x in v.children if x.dep_ in SUBJECT_DEPS]
    codes = countries_in(subj)
    if codes or not subj:
        return codes
    s = subj[0]
    if s.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
        return countries_in([relative_owner(v)])
    if s.pos_ == "PRON" and "Sing" in s.morph.get("Number") and len(c.subj) > 1:
        # "A and B signed the Accords, which the United States brokered but to which it is not a party": one
        # state cannot be the two signers; it is the nearest state before it that is no side (or no state at all:
        # 'a peace agreement that the African Union brokered but to which it is not a party')
        before = [x for x in countries_in(list(s.sent[: s.i - s.sent.start])) if x not in c.parties]
        return before[-1:]
    if s.pos_ == "PRON" or s.lower_ in _w("agreement.singular_state_nouns"):
        # the candidate's subject, unless the instrument's own phrase named it ('signed by A and B')
        return [x for x in c.subj if x not in countries_in(list(c.t.subtree))]
    return []


def _leader_left(c: Candidate) -> bool:
    """'has not joined the US-led Minerals Security Partnership': with the outsider taken out, a named instrument
    keeps the state its own modifier names (a leader, as 'The US-led partnership met' has), as one party; so does
    one whose own participle names its founder ('is not a member of the X Charter launched by A in 2018')."""
    if not c.name or not c.parties:
        return False
    if c.mods and set(c.parties) == set(c.mods):
        return True
    founding = [x for x in c.t.children if x.dep_ == "acl" and x.lemma_ in _w("status.announced")]
    return bool(founding) and set(c.parties) <= set(countries_in([a for x in founding for a in x.subtree]))


def outside_parties(c: Candidate, ctx: Context, sent: Span) -> bool:
    """Take out the states a negated membership, mention or role clause about the instrument places outside;
    an instrument named in a bracketed note on one item of a series is that item's, which the series gives."""
    if in_series_note(c.t):
        return False
    clauses = _clauses(c.t, sent)
    out = [code for v in clauses for code in _subject_states(v, c)]
    founded = c.outside  # accession.joined_members: a denied joiner beside the founders it names
    c.outside = any(v.i == getattr(c.v, "i", None) and outsider_copula(v) for v in clauses) and _given(c)
    if out and set(out) & set(c.parties):
        c.mods = [x for x in c.mods if x not in out]
        c.subj = [x for x in c.subj if x not in out]
        c.with_ = [x for x in c.with_ if x not in out]
        if len(c.parties) < 2 and not _leader_left(c):
            return False
        c.outside = c.outside or _leader_left(c) and _given(c)  # 'has not joined the US-led X': X stands
    # only the sides the instrument's own phrase names are taken as given ('the exploration agreements that
    # C has concluded with foreign partners' names one side; the page's state the story adds is no side)
    c.outside = founded or c.outside and set(c.parties) <= set(countries_in(list(c.t.subtree)))
    return True
