"""Agreements stated as lists: members of a named agreement, partners a counted plural announced.

"MSP partners include Australia, Canada, ... and the European Union" lists the
members of one agreement; "Canada has signed partnerships with 14 countries.
The most recent were Australia, Norway and Chile." announces a count and gives
the list in the next sentences (``Context.pending_list``).
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.agreements import AgreementFact
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.rules import rules

__all__ = ["find_member_lists", "find_bulleted_members", "find_listed_partners"]


def _w(name: str) -> frozenset[str]:
    return rules().words(name)


def find_member_lists(sent: Span, ctx: Context) -> list[AgreementFact]:
    """'MSP partners include Australia, Canada, ... and the European Union': one agreement of the members."""
    root = sent.root
    if lemma(root) not in _w("agreement.list_continuation_verbs"):
        return []
    subject = subject_tokens(root)
    if not subject or lemma(subject[0]) not in _w("agreement.member_nouns"):
        return []
    listed = countries_in([x for x in root.children if x.dep_ in ("dobj", "attr", "oprd")])
    if len(listed) < 2:
        return []
    name = " ".join(x.text for x in subject[0].lefts if x.dep_ in ("compound", "poss", "nmod")) or None
    rule = rules().rule("agreement.member_list")
    return [AgreementFact(root, listed, "existing", name, "agreement", [], [], None, rule, 0.6)]


def find_bulleted_members(sent: Span, ctx: Context) -> list[AgreementFact]:
    """'The X Partnership has the following members:' and then one country per bulleted line.

    The subject is an agreement or initiative noun, the object a member noun, and a list opener
    (a colon) follows it; each bulleted line after it that starts with a country adds a member.
    The lines are read off the document's tokens, since sentence splitting cuts lists anywhere.
    """
    for verb in (x for x in sent if lemma(x) in _w("agreement.member_list_verbs") and x.pos_ in ("VERB", "AUX")):
        objects = [x for x in verb.children if x.dep_ in ("dobj", "attr") and lemma(x) in _w("agreement.member_nouns")]
        subject = subject_tokens(verb)
        agreement_words = _w("agreement.nouns") | _w("agreement.initiative_nouns")
        if not objects or not subject or lemma(subject[0]) not in agreement_words:
            continue
        opener = objects[0].i + 1  # "the following members:"
        if opener >= len(sent.doc) or sent.doc[opener].text not in _w("agreement.list_openers"):
            continue
        members = _item_countries(sent.doc[opener + 1 :])
        if len(members) < 2:
            continue
        head = subject[0]
        named = [x for x in sent.doc[head.left_edge.i : head.i + 1] if x.dep_ != "det"]
        name = " ".join(x.text for x in named) if head.text[:1].isupper() else None
        type_ = rules().table("agreement.type_by_noun").get(lemma(head), "initiative" if name else "agreement")
        rule = rules().rule("agreement.bulleted_members")
        return [AgreementFact(verb, members, "existing", name, type_, [], [], None, rule, 0.6)]
    return []


def _item_countries(tokens: Span) -> list[str]:
    """The country that opens each bulleted line; the first line without a bullet ends the list."""
    bullets = _w("agreement.bullets")
    out: list[str] = []
    line_start, bulleted = False, False
    for x in tokens:
        if x.is_space:
            indented = "\n" in x.text and (x.text.endswith(" ") or bool(x.whitespace_))
            if indented:  # a blanked bullet glyph leaves the item indented
                line_start, bulleted = False, True
            else:
                line_start = line_start or "\n" in x.text
            continue
        if line_start:
            if x.text not in bullets:
                break
            line_start, bulleted = False, True
            continue
        if bulleted and x.text not in bullets:
            code = x.ent_kb_id_ if x.ent_type_ == "GPE" else None
            if code and code not in out:
                out.append(code)
            bulleted = False
        line_start = line_start or "\n" in x.whitespace_
    return out


def find_listed_partners(sent: Span, ctx: Context) -> list[AgreementFact]:
    """The list a counted plural announced: 'The most recent were Australia, Serbia and Norway.'

    Applies to the next few sentences whose verb is a copula or 'include' and
    whose subject names no country; each listed country becomes a bilateral
    agreement with the earlier subject.
    """
    if ctx.pending_list is None:
        return []
    subj, type_, status, left = ctx.pending_list
    root = sent.root
    nouns = _w("agreement.nouns")
    subject = subject_tokens(root) if root.pos_ in ("VERB", "AUX") else []
    listed = [c for c in countries_in([x for x in sent if x.i > root.i]) if c not in subj]
    if (
        lemma(root) not in _w("agreement.list_continuation_verbs")
        or not subject
        or countries_in(subject)
        or any(lemma(x) in nouns for x in sent)
        or len(listed) < 2
    ):
        ctx.pending_list = (subj, type_, status, left - 1) if left > 1 else None
        return []
    ctx.pending_list = (subj, type_, status, left)
    seen: list[str] = []
    for c in listed:
        if c not in seen:
            seen.append(c)
    return [
        AgreementFact(
            root,
            [subj[0], c],
            status,
            None,
            type_,
            [],
            [],
            None,
            rule=rules().rule("agreement.list_continuation"),
            confidence=0.6,
        )
        for c in seen
    ]
