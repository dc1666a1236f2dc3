"""The entity look-ups that replace per-sentence and per-token scans of ``doc.ents`` give spaCy's own answers.

``doc.ents`` and ``Span.ents`` rebuild every entity of the document at each
call; profiling the extraction put them first among cmkg's own costs
(BENCHMARKS.md).  ``relations._ents_within`` reads a sentence's entities from
the document's, read once, and ``syntax_states._entity_tokens`` reads an entity from
the IOB tags round a token.  Both are checked here against spaCy's answers
over every sentence and token of whole pipeline documents and of hand-tagged
ones with the edge cases (an entity first or last in the document, two
entities side by side, an entity across a sentence boundary, untyped and
missing tags).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from cmkg.nlp.components.relations import _ents_within
from cmkg.nlp.components.syntax_states import _entity_tokens

PROSE = [
    "Japan and the Democratic Republic of the Congo signed a cobalt deal in Kinshasa on Monday. "
    "The United States, Australia and the European Union said talks would follow in Washington.",
    "Greenland, a territory of Denmark, holds rare earths. President Xi Jinping met Anthony Albanese.",
]


def _spacy_entity(t) -> list:
    """The old look-up: search the document's entities for the one holding ``t``."""
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None) if t.ent_iob_ != "O" else None
    return list(ent) if ent is not None else [t]


def _hand_tagged(nlp, words: list[str], ents: list[tuple[int, int, str]], sent_starts: list[int]) -> Doc:
    doc = Doc(nlp.vocab, words=words, sent_starts=[i in sent_starts for i in range(len(words))])
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def _hand_docs(nlp) -> list[Doc]:
    words = ["Chile", "Argentina", "and", "the", "United", "States", "met", "in", "Buenos", "Aires", ".", "Peru"]
    return [
        # the first and the last word entities, two entities side by side, one across the sentence boundary
        _hand_tagged(
            nlp, words, [(0, 1, "GPE"), (1, 2, "GPE"), (3, 6, "GPE"), (8, 11, "GPE"), (11, 12, "GPE")], [0, 10]
        ),
        _hand_tagged(nlp, words, [], [0, 10]),  # every tag O
        Doc(nlp.vocab, words=words, sent_starts=[i in (0, 10) for i in range(len(words))]),  # no tags at all
    ]


@pytest.fixture(scope="module")
def docs(nlp) -> list[Doc]:
    return [*nlp.pipe(PROSE), *_hand_docs(nlp)]


def test_the_hand_tagged_documents_hold_the_edge_cases(docs):
    tagged, untagged = docs[len(PROSE)], docs[-1]
    assert [e.text for e in tagged.ents][:3] == ["Chile", "Argentina", "the United States"]
    assert {t.ent_iob_ for t in untagged} == {""}
    assert len(list(tagged.sents)) == 2 and "Aires ." in tagged.ents[3].text  # across the boundary


@pytest.mark.parametrize("which", range(len(PROSE) + 3))
def test_a_sentence_s_entities_are_spacy_s(docs, which):
    doc = docs[which]
    ents = doc.ents
    starts = [e.start for e in ents]
    for sent in doc.sents:
        mine, spacy_s = _ents_within(ents, starts, sent), sent.ents
        assert [(e.start, e.end, e.label_, e.kb_id_) for e in mine] == [
            (e.start, e.end, e.label_, e.kb_id_) for e in spacy_s
        ]


@pytest.mark.parametrize("which", range(len(PROSE) + 3))
def test_a_token_s_entity_is_spacy_s(docs, which):
    doc = docs[which]
    for t in doc:
        assert [x.i for x in _entity_tokens(t)] == [x.i for x in _spacy_entity(t)], t.text
