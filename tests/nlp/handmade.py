"""Docs built by hand (words, heads, deps, tags, entities) so rule tests run without the model."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

import cmkg.nlp.components  # noqa: F401  (registers the Doc extensions)

VOCAB = Vocab()
POS_OF_TAG = {
    "NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "VBD": "VERB", "VBN": "VERB", "VB": "VERB", "VBZ": "VERB",
    "MD": "AUX", "CC": "CCONJ", "DT": "DET", "IN": "ADP", "RB": "PART", ".": "PUNCT", "JJ": "ADJ", "PRP": "PRON",
}  # fmt: skip


def make_doc(rows: list[tuple], ents: list[tuple[int, int, str, str]] = ()) -> Doc:
    """``rows``: (word, lemma, tag, dep, head index); ``ents``: (start, end, label, kb id)."""
    words, lemmas, tags, deps, heads = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(
        VOCAB,
        words=words,
        lemmas=lemmas,
        tags=tags,
        pos=[POS_OF_TAG[t] for t in tags],
        deps=deps,
        heads=heads,
    )
    doc.ents = [Span(doc, s, e, label=label, kb_id=kb) for s, e, label, kb in ents]
    return doc
