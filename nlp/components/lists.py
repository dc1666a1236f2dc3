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

__all__ = ["find_member_lists", "find_listed_partners"]


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
