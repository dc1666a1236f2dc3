"""A background series told through a pronoun: 'Earlier partnerships include those concluded with A in 2022, and
with B and C in 2023'; 'Our previous memoranda comprise the ones signed with A and with B'.

The plural instrument is the subject of an inclusion verb (``agreement.inclusion_verbs``) whose object is a
pronoun standing for the instruments (``agreement.series_pronouns``), and the partners sit in the party phrases
under that pronoun, however the parser hangs the later ones (a 'with' phrase coordinated with the pronoun itself).
The owner is the instrument's possessor ('Peru's earlier partnerships'), else the page's government ('Our', no
possessor on a government's page), else on a news page the state the story is about there (``story_owner``);
with none, nobody owns the series and nothing changes.  One set per
partner follows from the plural noun (agreement_facts).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.counterpart import is_plural
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.story_owner import story_state
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import words as _w

__all__ = ["included_series", "including_owner"]


def _series_pronoun(v: Token) -> Token | None:
    """The object of the inclusion verb when it is a pronoun standing for the instruments ('those', 'the ones')."""
    return next((x for x in v.children if x.dep_ == "dobj" and x.lower_ in _w("agreement.series_pronouns")), None)


def _partners(pronoun: Token) -> list[str]:
    """The states of every party phrase under the pronoun ('those concluded with A ..., and with B and C'), also
    where the parser hung a later phrase on the inclusion verb itself, after the pronoun."""
    parties = _w("agreement.party_prepositions")
    later = [p for p in pronoun.head.children if p.i > pronoun.i and p.dep_ in ("prep", "conj")]
    preps = [p for p in [*pronoun.subtree, *later] if p.lower_ in parties and p.pos_ == "ADP"]
    return countries_in([o for p in preps for o in p.children if o.dep_ == "pobj"])


def _owner(t: Token, sent: Span, ctx: Context) -> list[str]:
    """The instrument's possessor ('Peru's earlier partnerships'), else the page's government, else on a news
    page the state the story is about there (``story_state``)."""
    owned = countries_in([x for p in t.children if p.dep_ == "poss" for x in p.subtree])
    publisher = sent.doc._.cmkg_publisher or story_state(sent, ctx)
    return owned[:1] or ([publisher] if publisher else [])


def _told_by_subject(t: Token) -> bool:
    """'Our memoranda comprise the ones signed with A': the pronoun ('ones' is an anaphor trigger too) stands for
    the subject's instruments, which this rule reads; it is no instrument of its own."""
    v, pronoun = t.head, _series_pronoun(t.head)
    return (
        t.dep_ == "dobj"
        and pronoun is not None
        and pronoun.i == t.i
        and any(x.dep_ == "nsubj" and is_plural(x) and x.pos_ == "NOUN" for x in v.children)
    )


def included_series(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'Earlier partnerships include those concluded with A, and with B and C': the owner's pair with each."""
    if lemma(c.t.head) in _w("agreement.inclusion_verbs") and _told_by_subject(c.t):
        return False
    v = c.v
    if v is None or c.t.dep_ != "nsubj" or c.t.head.i != v.i or not is_plural(c.t):
        return True
    if lemma(v) not in _w("agreement.inclusion_verbs") or c.subj or c.with_:
        return True
    pronoun = _series_pronoun(v)
    owner = _owner(c.t, sent, ctx) if pronoun is not None else []
    partners = [x for x in _partners(pronoun) if x not in owner] if pronoun is not None else []
    if owner and partners:
        c.subj, c.with_, c.mods = owner, partners, []
        c.rule = "agreement.included_series"
    return True


def including_owner(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'the trade agreements of Chile, including the Free Trade Agreement with A, ..., and the Interim Agreement
    with B': each instrument listed after 'including' under an owned plural instrument noun is its owner's with
    its partner, however the parser hangs the later items; a verb between the list's start and the item ends it."""
    if c.subj or c.mods or not c.with_:
        return True
    doc = c.t.doc
    marks = [x for x in doc[sent.start : c.t.i] if x.lower_ in _w("agreement.inclusion_prepositions")]
    if not marks or marks[-1].dep_ != "prep" or not is_plural(marks[-1].head):
        return True
    mark = marks[-1]
    if lemma(mark.head) not in _w("agreement.nouns") or any(
        x.pos_ in ("VERB", "AUX") and x.tag_ not in ("VBN", "VBG") for x in doc[mark.i + 1 : c.t.i]
    ):
        return True
    if _described(mark.head):
        return True  # "the proposed agreements of Kenya", "the agreements of Colombia under negotiation": not held
    ofs = _w("agreement.owner_prepositions")
    owned = [p for p in mark.head.children if p.dep_ == "poss"]
    owned += [
        o for p in mark.head.children if p.dep_ == "prep" and p.lower_ in ofs for o in p.children if o.dep_ == "pobj"
    ]
    # the state itself, not "Indonesia's rivals"; "the agreements of Peru and Chile" own them jointly: no one owner
    owners = [y.ent_kb_id_ for x in owned for y in (x, *x.conjuncts) if y.ent_type_ == "GPE" and y.ent_kb_id_]
    if len(owners) == 1 and owners[0] not in c.with_:
        c.subj = owners
        c.rule = c.rule or "agreement.included_series"
    return True


def _described(noun: Token) -> bool:
    """The plural instrument noun carries words of its own beyond its owner and its list ('the proposed / expired
    agreements', 'the agreements under negotiation'): the listed items' status is not plainly held."""
    own = _w("agreement.owner_prepositions") | _w("agreement.inclusion_prepositions")
    return any(c.dep_ in ("amod", "acl", "relcl") or (c.dep_ == "prep" and c.lower_ not in own) for c in noun.children)
