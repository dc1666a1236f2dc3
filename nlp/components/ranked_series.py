"""A ranked instrument opens its owner's series: 'The Commission said the instrument is its tenth raw-materials
partnership; earlier ones include A, B and C.'

A singular instrument ranked by an ordinal in a possessor's series ('its tenth partnership', 'Peru's fourth such
memorandum': ``series_hosts.ranked_owner``) says the owner has earlier ones; a headless step that points back
('earlier ones include A and B', 'the previous ones were C and D': ``series_steps``) names them, in a later clause
of the same sentence or in the sentences after it (the series stays open, uncounted, so only such steps continue
it). Each named state is one existing agreement with the owner.  Without an owner (no possessor, or 'its' pointing
at a company) the rank opens nothing.
"""

from __future__ import annotations

from spacy.tokens import Span

from cmkg.nlp.components.candidate import AgreementFact
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_phrases import agreement_words
from cmkg.nlp.components.series_hosts import ranked_owner
from cmkg.nlp.components.series_steps import open_series, series_steps
from cmkg.nlp.rules import rules
from cmkg.nlp.statuses import STATUS

__all__ = ["ranked_series"]


def ranked_series(sent: Span, ctx: Context) -> list[AgreementFact]:
    """Open the series of a ranked instrument in ``sent`` and read the steps of its later clauses."""
    nouns = agreement_words()
    for t in (x for x in sent if x.pos_ in ("NOUN", "PROPN") and lemma(x) in nouns):
        owner = ranked_owner(t)
        if len(owner) != 1:
            continue
        type_ = rules().table("agreement.type_by_noun").get(lemma(t), "agreement")
        open_series(ctx, owner, type_, STATUS.existing, False)
        rule = rules().rule("agreement.series_host")
        return [
            AgreementFact(v, [owner[0], p], st, None, type_, [], [], None, rule=rule, confidence=0.6)
            for v, partners, st in series_steps(sent, ctx)
            if v.i > t.i
            for p in partners
        ]
    return []
