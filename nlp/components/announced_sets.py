"""Party sets a set noun announces and a list after a colon or dash names.

"The partnership launched on Monday has four members: A, B, C and D." / "Five countries — A, B,
C, D and E — launched the alliance." / "Signatories of the Charter, signed on Monday: A, B and C." /
"Seven countries signed the declaration on Friday: A, B, ... and G."  A plural set noun (members,
signatories, countries, nations: ``agreement.set_nouns``) is followed, right after it or at the
end of its clause, by a list opener (``agreement.list_openers`` or a dash); what follows is a pure
list (countries, commas, 'and', bullets, nothing else) up to a closing dash, a full stop or a
paragraph break.  The sentence's agreement noun (or the name the set noun is 'of') is the
agreement, and every listed state is its party: one set, with the status its verbs give.

"The X initiative was launched in 2021. It brings together A, B and C." is the same set with a
pronoun standing for the previous sentence's agreement (``find_pronoun_members``).

"countries with which the EU has concluded a strategic partnership: A, B and C": the set noun is what a relative
clause's one-sided party phrase stands for, so each listed state is the partner of the clause's subject, one
agreement each (``agreement.relative_partner_list``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import AgreementFact
from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.names import agreement_name
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_phrases import making_words
from cmkg.nlp.components.status import agreement_status
from cmkg.nlp.components.syntax import countries_in, country_of_token, governing_verb, has_neg, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["find_announced_sets", "find_pronoun_members"]

RULE = "agreement.announced_set"
PRONOUN_RULE = "agreement.pronoun_members"
SERIES_RULE = "agreement.announced_series"
RELATIVE_RULE = "agreement.relative_partner_list"


def _agreement_words() -> frozenset[str]:
    """Agreement and initiative heads; a bloc ('members of the bloc') is an organisation, not an agreement."""
    return (_w("agreement.nouns", "agreement.initiative_nouns")) - _w("agreement.bloc_nouns")


def _openers() -> frozenset[str]:
    return _w("agreement.list_openers", "agreement.set_list_dashes")


def _opener_of(s: Token, sent: Span) -> Token | None:
    """The list opener right after the set noun ('members: ', 'countries — '), or a colon closing its clause."""
    doc = s.doc
    if s.i + 1 < len(doc) and doc[s.i + 1].text in _openers():
        return doc[s.i + 1]
    colon = [x for x in sent if x.i > s.i and x.text in _w("agreement.list_openers")]
    return colon[0] if colon else None


def _listed(opener: Token) -> list[str] | None:
    """The states of a pure list after the opener; None when anything but states and separators stands there."""
    doc = opener.doc
    out: list[str] = []
    fillers = _w("agreement.set_list_fillers", "agreement.bullets")
    bulleted = False
    aside = False  # "- United Arab Emirates (joined January 2026)": a member's bracketed note is no list word
    for x in doc[opener.i + 1 :]:
        if aside or (x.text == "(" and out):
            aside = x.text != ")" and "\n" not in x.text_with_ws
            continue
        if x.is_space:
            if "\n\n" in x.text and out and not _bullet_follows(x):
                break
            if "\n" in x.text and out and bulleted and not _bullet_follows(x):
                break  # "- Qatar\nIndia attended ...": the line after the last bullet is prose again
            continue
        bulleted = bulleted or x.text in _w("agreement.bullets")
        line_start = x.i > 0 and "\n" in doc[x.i - 1].text
        if x.text in _w("agreement.set_list_dashes") and out and not line_start:
            break  # the closing dash of "— A, B and C —"; a dash opening a line is a bullet
        if x.text == "." or (x.is_punct and x.text not in fillers and x.text != ","):
            break
        code = country_of_token(x) if x.ent_kb_id_ else None
        if code:
            out += [code] if code not in out else []
        elif not (x.text == "," or x.lower_ in fillers):
            return None
    return out


def _bullet_follows(space: Token) -> bool:
    """A blank line between a list's opener and its bulleted items does not end the list."""
    nxt = space.doc[space.i + 1] if space.i + 1 < len(space.doc) else None
    return nxt is not None and nxt.text in _w("agreement.bullets")


def _agreement_of(s: Token, sent: Span) -> Token | None:
    """The agreement the set belongs to: the name the set noun is 'of', else an agreement noun of the clause."""
    named = [
        o
        for p in s.children
        if p.dep_ == "prep" and p.lower_ in _w("syntax.of_prepositions")
        for o in p.children
        if o.dep_ == "pobj" and (lemma(o) in _agreement_words() or o.pos_ == "PROPN" and not o.ent_kb_id_)
    ]
    nouns = [x for x in sent if lemma(x) in _agreement_words() and x.pos_ in ("NOUN", "PROPN") and _same_clause(s, x)]
    return (named or nouns or [None])[0]


def _same_clause(a: Token, b: Token) -> bool:
    """No full stop between the two: a sentence the parser ran on ('... Uruguay. Bolivia is not covered by the
    agreement') does not lend its agreement to the list before it."""
    lo, hi = sorted((a.i, b.i))
    return not any(x.is_sent_end or x.text == "." for x in a.doc[lo:hi])


def _status(t: Token, s: Token, ctx: Context, sent: Span) -> str | None:
    """The status the agreement's verbs give: a committing participle on it or on the set noun first."""
    committing = making_words()
    verbs = [x for h in (t, s) for x in h.children if x.dep_ in ("acl", "relcl") and lemma(x) in committing]
    own = governing_verb(t.head) if t.head.i != t.i else None
    verbs += [own] if own is not None else []
    verbs += [x for v in verbs for x in v.conjuncts if x.pos_ == "VERB"]
    for v in verbs:
        status = agreement_status(t, v, ctx, sent)
        if status is not None:
            return status
    return STATUS.existing if verbs and lemma(verbs[0]) in _w("agreement.member_list_verbs") else None


def _fact(t: Token, members: list[str], status: str, rule: str) -> AgreementFact:
    name = agreement_name(t) if lemma(t) in _agreement_words() else t.text
    type_ = rules().table("agreement.type_by_noun").get(lemma(t), "initiative" if name else "agreement")
    return AgreementFact(t, members, status, name, type_, [], [], None, rules().rule(rule), 0.6)


def find_announced_sets(sent: Span, ctx: Context) -> list[AgreementFact]:
    """One agreement of all the states a set noun's list names."""
    for s in sent:
        if lemma(s) not in _w("agreement.set_nouns") or s.tag_ not in ("NNS", "NNPS"):
            continue
        opener = _opener_of(s, sent)
        members = _listed(opener) if opener is not None else None
        if not members or len(members) < 2:
            continue
        members += [x for x in _companions(s) if x not in members]  # "The first signatories alongside the US:"
        relative = _relative_owner(s, opener, members)
        if relative is not None:  # the agreement is the relative clause's object, with its own status
            owner, noun = relative
            made = _status(noun, s, ctx, sent) or STATUS.existing
            return [_fact(noun, [owner, m], made, RELATIVE_RULE) for m in members]
        t = _agreement_of(s, sent)
        status = _status(t, s, ctx, sent) if t is not None else None
        if t is None or status is None:
            continue
        if t.tag_ in ("NNS", "NNPS") and not agreement_name(t):
            return _series(t, members, status)
        if _partner_phrase(s):
            continue  # 'an agreement with the following countries: A, B and C': the owner's partners
        return [_fact(t, members, status, RULE)]
    return []


def _companions(s: Token) -> list[str]:
    """The states a companion phrase on the set noun names ('signatories alongside the US', 'members besides
    Japan'): they are in the set with the listed states."""
    preps = [c for c in s.subtree if c.dep_ == "prep" and c.lower_ in _w("agreement.set_companion_prepositions")]
    return countries_in([x for p in preps for x in p.subtree])


def _relative_owner(s: Token, opener: Token, members: list[str]) -> tuple[str, Token] | None:
    """(owner, agreement noun) of a relative clause on the set noun whose one-sided party phrase is the relative
    word ('countries with which the EU has concluded a partnership'): the clause's one subject state, when the
    clause makes or negotiates an agreement noun, its object, and the list opens right after it; None for any
    other set noun ('with which the US competes despite the partnership', 'has no partnership', '...; the rest are
    in: A, B')."""
    one_sided = _w("agreement.party_prepositions") - _w("agreement.mutual_prepositions")
    verbs = making_words() | _w("status.negotiating") | _w("status.planned")
    for clause in (c for c in s.children if c.dep_ == "relcl"):
        preps = [p for p in clause.children if p.dep_ == "prep" and p.lower_ in one_sided]
        relative = any(o.dep_ == "pobj" and o.tag_ in _RELATIVE_TAGS for p in preps for o in p.children)
        chain = [clause, *(x for x in clause.children if x.dep_ == "xcomp")]  # 'plans to conclude partnerships'
        nouns = [o for v in chain if lemma(v) in verbs and not has_neg(v) for o in v.children if o.dep_ == "dobj"]
        nouns = [o for o in nouns if lemma(o) in _agreement_words()]
        if relative and nouns and not any(x.text in _CLAUSE_BREAKS for x in s.doc[clause.i : opener.i]):
            owner = [x for x in countries_in(subject_tokens(clause)) if x not in members]
            return (owner[0], nouns[0]) if len(owner) == 1 else None
    return None


_CLAUSE_BREAKS = frozenset({";"})  # the list after a semicolon belongs to the next clause
_RELATIVE_TAGS = frozenset({"WDT", "WP"})  # 'which', 'whom'


def _partner_phrase(s: Token) -> bool:
    """The set noun is the object of a one-sided party preposition ('with the following countries', 'with the
    governments of the following states'): its list names the partners of the clause's owner, whom the noun
    rules pair with them, never a set of the listed states alone ('between' or 'among' would be one)."""
    while s.dep_ == "pobj" and s.head.lower_ in _w("syntax.of_prepositions") and s.head.head.pos_ in ("NOUN", "PROPN"):
        s = s.head.head
    one_sided = _w("agreement.party_prepositions") - _w("agreement.mutual_prepositions")
    return s.dep_ == "pobj" and s.head.lower_ in one_sided


def _series(t: Token, members: list[str], status: str) -> list[AgreementFact]:
    """'X signed deals with three countries: A, B and C': a plural noun over the list, one deal per partner."""
    verb = governing_verb(t.head) if t.head.i != t.i else None
    owner = [x for x in countries_in(subject_tokens(verb)) if x not in members] if verb is not None else []
    if len(owner) != 1:
        return []
    return [_fact(t, [owner[0], m], status, SERIES_RULE) for m in members]


def find_pronoun_members(sent: Span, ctx: Context) -> list[AgreementFact]:
    """'It brings together A, B and C': the previous sentence's agreement, its members listed here."""
    root = sent.root
    subject = subject_tokens(root) if lemma(root) in _w("agreement.member_list_verbs") else []
    if len(subject) != 1 or subject[0].lower_ not in _w("agreement.object_pronouns") or sent.start == 0:
        return []
    before = sent.doc[sent.start - 1].sent
    if "\n\n" in doc_text(sent.doc)[before.end_char : sent.start_char]:
        return []
    heads = [x for x in before if lemma(x) in _agreement_words() and x.dep_ in ("nsubj", "nsubjpass", "dobj")]
    objects = [x for x in root.children if x.dep_ in ("dobj", "attr")]
    members = list(dict.fromkeys(c for o in objects for x in o.subtree if (c := country_of_token(x))))
    if not heads or len(members) < 2:
        return []
    return [_fact(heads[0], members, STATUS.existing, PRONOUN_RULE)]
