"""Give a committing verb back the subject the parser took from it (round 19, grammar19).

1. A destined passive: "A roadmap on lithium is to be signed by A and B".  The parser makes the instrument the
   subject of the copula 'is' and hangs 'to be signed' on it as a complement, so the instrument has no signing
   verb and its agent is not read.  The instrument becomes the passive subject of the infinitive (which stays
   the copula's complement, so the copula still destines it: ``status._destined``), as 'is expected to be
   signed' is parsed already.
2. The only verb read as a modifier: "Malaysia's Minister of Mines signed with B partnerships", "A's Foreign
   Minister, P, sealed accords with B", "A's ministry, which holds vast deposits, signed alongside B a deal",
   "Kenya, for its part, suspended last week the nickel rules".  With no finite verb left in the sentence the
   parser makes the subject noun the root and the verb a reduced relative (acl) of it, or an adjective (amod) of
   the object it set off as an apposition.  When the sentence's root is a nominal that is no instrument and the
   committing or measure verb after it (``export_control.status_by_lemma``) has no subject and no auxiliary, the
   verb is the root again, the nominal its subject and an apposed instrument its object.

3. A role phrase read as a clause: "A, B and C, whose leaders attended the summit as outreach partners, also
   endorsed the Plan".  The parser reads 'as outreach partners, also endorsed the Plan' as a clause of 'as' under
   the relative clause, with 'partners' its subject, and leaves the listed states a subjectless root.  When the
   root is a nominal with no subject and a committing verb under its relative clause has a role preposition
   (``agreement.role_prepositions``) as its mark and a subject set off from it by a comma, the preposition and
   its noun go back to the relative clause and the verb is the root, the listed states its subject.

4. A speech verb read as a parenthetical: "The minister, X, says the ban on Y, in force since 2023, is not up for
   discussion".  See ``speech_objects_read_as_subjects``.

5. A complementiser read as a subject: "The Ministry wishes to inform the public that, with effect from 1 April,
   no person shall export manganese ore": after a fronted phrase the parser makes 'that' a second subject of the
   reported verb, and the clause seems to be said of whatever 'that' refers to.  A ``syntax.complementisers`` word
   that opens its verb's clause beside a later subject of its own is the clause's mark.

Over syntax and word lists only (``status.signed``, ``status.announced``, ``status.destining_copulas``,
``agreement.nouns``, ``agreement.role_prepositions``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.dep_labels import ANY_SUBJECT_DEPS
from cmkg.nlp.components.party_phrases import making_words
from cmkg.nlp.components.quoted_speaker import speech_verb
from cmkg.nlp.components.syntax import live_children
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "complementisers_read_as_subjects",
    "destined_passive_subjects",
    "repair_clause_heads",
    "reported_clause_verbs",
    "role_phrase_clauses",
    "speech_objects_read_as_subjects",
    "verbs_read_as_modifiers",
]

SUBJECTS = ANY_SUBJECT_DEPS
NOMINAL = frozenset({"NOUN", "PROPN"})
DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
SPEECH_PARTNERS = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # whom one tells, never what is reported


def _committing(v: Token) -> bool:
    return v.lemma_.lower() in making_words()


def _acting(v: Token) -> bool:
    """A verb that makes an instrument or sets a measure's status ('Kenya, for its part, suspended last week the
    nickel rules', read with 'Kenya' as the root): a state's own act, never a modifier of the state."""
    measures = {w for ws in rules().table("export_control.status_by_lemma").values() for w in ws}
    return _committing(v) or v.lemma_.lower() in measures


def _instrument(x: Token) -> bool:
    nouns = _w("agreement.nouns", "agreement.mou_forms", "agreement.plural_forms")
    return x.pos_ in NOMINAL and (x.lemma_.lower() in nouns or x.lower_ in nouns or x.lower_[:-1] in nouns)


def destined_passive_subjects(sent: Span) -> None:
    """'X is to be signed by A and B': the copula's subject is the subject of its passive infinitive."""
    for v in sent:
        cop = v.head
        if v.dep_ != "xcomp" or not _committing(v) or cop.lemma_.lower() not in _w("status.destining_copulas"):
            continue
        kids = live_children(v)
        if not any(c.dep_ == "auxpass" for c in kids) or not any(c.tag_ == "TO" for c in kids):
            continue
        subject = next((c for c in live_children(cop) if c.dep_ == "nsubj" and c.i < cop.i), None)
        if subject is not None and not any(c.dep_ in SUBJECTS for c in kids):
            subject.head, subject.dep_ = v, "nsubjpass"


def _on_subject(root: Token, v: Token) -> bool:
    """The verb hangs on the subject itself ('A's Minister of Mines signed'), or, right after the comma that
    closes it, inside a relative clause on the subject ('A's ministry, which holds vast deposits, signed'); a
    participle on a noun deep in a phrase ('the Memorandum in the field of mining signed between A and B') is
    that noun's reduced relative."""
    if v.head.i == root.i:
        return True
    if v.i == 0 or v.doc[v.i - 1].text != ",":
        return False
    clause = next((a for a in v.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and clause.dep_ == "relcl" and clause.head in root.subtree


def _clause_root(sent: Span) -> Token:
    """The sentence's root, or after a wire dateline the parser made the root ('GENEVA, May 2 (Reuters) - A's
    Minister, P, sealed accords with B'), the nominal it hung after the dash as an apposition."""
    root = sent.root
    dash = next((t for t in sent if t.i > root.i and t.head.i == root.i and t.text in DASHES), None)
    if dash is None:
        return root
    after = [c for c in sent if c.head.i == root.i and c.dep_ == "appos" and c.i > dash.i]
    return after[0] if after else root


def _instrument_phrase_after(subject: Token, v: Token) -> bool:
    """'The Minister, P, today signed the X Agreement between A and B, together with the Y Agreement': a phrase
    after the verb that the parser hung on the subject holds a second instrument; which of them the subject
    signs, and with whom, the tree does not tell, so it is left as the parser read it."""
    return any(
        c.dep_ == "prep" and c.i > v.i and any(_instrument(o) for o in live_children(c) if o.dep_ == "pobj")
        for c in live_children(subject)
    )


def _read_as_modifier(v: Token, root: Token) -> Token | None:
    """The object an adjective-read verb sets off ('sealed accords', the accords apposed to the subject), the
    verb itself for a reduced relative, None when ``v`` is no subjectless committing modifier under the root."""
    kids = live_children(v)
    if v.dep_ not in ("acl", "amod") or any(c.dep_ in SUBJECTS or c.dep_.startswith("aux") for c in kids):
        return None
    if any(c.dep_ == "agent" for c in kids):  # "Ban on exports of X, announced by the ministry": a passive relative
        return None
    if v.dep_ == "acl":  # on an instrument it is the instrument's own reduced relative ('treaty signed with B')
        return None if _instrument(v.head) or not _on_subject(root, v) else v
    return v.head if _instrument(v.head) and v.head.head.i == root.i else None


def verbs_read_as_modifiers(sent: Span) -> None:
    """'A's Minister of Mines signed with B partnerships': the committing verb is the root again.  The parser may
    also make the object the root and the subject its subject ('The Government of A sealed with B a memorandum',
    the verb a reduced relative of 'Government'): the object is the verb's object then."""
    root, top = _clause_root(sent), sent.root
    if root.pos_ not in NOMINAL:
        return
    subject, obj = root, None
    if _instrument(root):
        found = [c for c in live_children(root) if c.dep_ == "nsubj" and c.pos_ in NOMINAL and not _instrument(c)]
        if not found:
            return
        subject, obj = found[0], root
    elif any(c.dep_ in SUBJECTS for c in live_children(root)):
        return
    v = next((t for t in sent if t.i > subject.i and t.tag_ in ("VBN", "VBD") and _acting(t)), None)
    if v is None or _instrument_phrase_after(subject, v):
        return
    hit = _read_as_modifier(v, subject) if v is not None and (obj is None or v.i < obj.i) else None
    if hit is None:
        return
    obj = obj if obj is not None else (hit if hit.i != v.i else None)
    # what moves is read before any head changes: a second root splits the sentence until the subject hangs on v
    dateline = top.i != subject.i  # the dateline's place the parser made the root hangs on the verb
    after = [c for c in live_children(top) if c.i > v.i] if dateline else []
    # the subject keeps its own phrases ('together with the T of B'); only the closing stop goes to the verb
    after += [c for c in live_children(subject) if c.dep_ == "punct" and c.i == sent.end - 1]
    after += [c for c in live_children(obj) if c.dep_ == "punct" and c.i == sent.end - 1] if obj is not None else []
    v.head, v.dep_, v.pos_, v.tag_ = v, "ROOT", "VERB", "VBD"
    if dateline:
        top.head, top.dep_ = v, "nsubj"  # as the parser hangs a dateline over a verb it did find
    subject.head, subject.dep_ = v, "nsubj"
    if obj is not None:
        obj.head, obj.dep_ = v, "dobj"
    for c in after:
        c.head = v


def _role_clause(v: Token, root: Token) -> tuple[Token, Token] | None:
    """The role preposition and its noun of a committing verb misread as the role phrase's clause ('as outreach
    partners, also endorsed'), under a relative clause on the root; else None."""
    relative = v.head
    if v.dep_ != "advcl" or not _committing(v) or relative.dep_ != "relcl" or relative.head.i != root.i:
        return None
    kids = live_children(v)
    mark = next((c for c in kids if c.dep_ == "mark" and c.lower_ in _w("agreement.role_prepositions")), None)
    noun = next((c for c in kids if c.dep_ == "nsubj" and c.pos_ in NOMINAL), None)
    if mark is None or noun is None or not mark.i < noun.i < v.i:
        return None
    between = v.doc[noun.i + 1 : v.i]
    if not any(t.text == "," for t in between) or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None  # 'as partners endorsed it': a clause of its own after all
    return mark, noun


def role_phrase_clauses(sent: Span) -> None:
    """'A, B and C, which attended as guests, also endorsed the Plan': the committing verb is the root again."""
    root = sent.root
    if root.pos_ not in NOMINAL or any(c.dep_ in SUBJECTS for c in live_children(root)):
        return
    for v in [t for t in sent if t.i > root.i]:
        found = _role_clause(v, root)
        if found is None:
            continue
        mark, noun = found
        relative = v.head
        after = [c for c in live_children(root) if c.i > v.i]  # the closing stop and anything after the verb
        mark.head, mark.dep_ = relative, "prep"
        noun.head, noun.dep_ = mark, "pobj"
        v.head, v.dep_ = v, "ROOT"
        root.head, root.dep_ = v, "nsubj"
        for c in after:
            c.head = v
        return


def reported_clause_verbs(sent: Span) -> None:
    """'A 2019 agreement with India expired last year, a ministry official said': the parser makes the instrument
    the complement of the speech verb and its own verb a reduced relative of it.  A nominal complement of a
    speech verb (``quoted_speaker.speech_verb``) is no clause; a past form after it,
    hung on it or on a noun of its phrase, with no subject, auxiliary, object or agent of its own and committing
    nothing (a committing participle stays the instrument's relative: 'the deal signed last year') is the
    reported clause's verb, the nominal its subject."""
    for noun in [t for t in sent if t.pos_ in NOMINAL and t.i < t.head.i and _reported_nominal(t)]:
        if not speech_verb(noun.head) or any(c.dep_ in SUBJECTS for c in live_children(noun)):
            continue
        own = ("dobj", "agent", *SUBJECTS)
        # on the instrument or on a noun of its phrase ('a memorandum with B on lithium lapsed in 2023')
        v = next((c for c in noun.subtree if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > noun.i), None)
        if v is None or _committing(v) or any(c.dep_ in own or c.dep_.startswith("aux") for c in live_children(v)):
            continue
        v.head, v.dep_, v.pos_, v.tag_ = noun.head, "ccomp", "VERB", "VBD"
        noun.head, noun.dep_ = v, "nsubj"


def _reported_nominal(noun: Token) -> bool:
    """The speech verb's complement, or a second subject before the speaker's ('A 2019 agreement ... expired last
    year, a ministry official said', with both nouns read as subjects of 'said')."""
    others = [c for c in live_children(noun.head) if c.dep_ == "nsubj" and c.i > noun.i]
    return noun.dep_ == "ccomp" or (noun.dep_ == "nsubj" and bool(others))


def speech_objects_read_as_subjects(sent: Span) -> None:
    """'The minister, X, says the ban on Y, in force since 2023, is not up for discussion': after a long subject the
    parser makes the present-tense speech verb a parenthetical (parataxis) of the reported clause's verb and the
    reported subject its object.  When that clause's verb has no subject of its own and the speech verb has its
    speaker and one nominal object between the two verbs, the speech verb heads the sentence again, the clause is
    its complement and the object that clause's subject."""
    for v in [t for t in sent if t.dep_ == "parataxis" and speech_verb(t) and t.head.i > t.i]:
        clause = v.head
        objects = [c for c in live_children(v) if c.dep_ == "dobj" and c.pos_ in NOMINAL and c.i < clause.i]
        if len(objects) != 1 or objects[0].ent_type_ in SPEECH_PARTNERS:
            continue  # "told parliament", "told Reuters": the object is the audience, not the reported subject
        if not any(c.dep_ in SUBJECTS for c in live_children(v)) or any(
            c.dep_ in SUBJECTS for c in live_children(clause)
        ):
            continue
        v.head, v.dep_ = (v, "ROOT") if clause.dep_ == "ROOT" else (clause.head, clause.dep_)
        for c in [c for c in clause.children if c.i < v.i]:
            c.head = v  # the punctuation before the speaker's verb
        clause.head, clause.dep_ = v, "ccomp"
        objects[0].head, objects[0].dep_ = clause, "nsubj"


def complementisers_read_as_subjects(sent: Span) -> None:
    """Make a complementiser the parser read as a second subject its clause's mark (module docstring, 5)."""
    for t in sent:
        if t.dep_ != "nsubj" or t.lower_ not in _w("syntax.complementisers") or t.head.i < t.i:
            continue
        if t.i != t.head.left_edge.i or not any(c.dep_ == "nsubj" and c.i > t.i for c in t.head.children):
            continue
        t.dep_, t.pos_ = "mark", "SCONJ"


def repair_clause_heads(sent: Span) -> None:
    destined_passive_subjects(sent)
    verbs_read_as_modifiers(sent)
    role_phrase_clauses(sent)
    reported_clause_verbs(sent)
    speech_objects_read_as_subjects(sent)
    complementisers_read_as_subjects(sent)
