"""One reader of 'a clause without its coordinated clauses' (syntax.clause_apart) for its two callers.

syntax.own_clause (a verb's own words, for status and dates) parts conjoined clauses with a subject of their
own and clauses after a sentence joiner, counting a passive's by-agent as a subject; control_clauses.
coordinated_apart (goods of a measure) parts conjoined clauses and contrasting adverbial clauses, counting only
nsubj/nsubjpass. Hand-built parses with invented names, so each row fixes the construction it tests.
"""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from cmkg.nlp.components.control_clauses import coordinated_apart
from cmkg.nlp.components.syntax import clause_apart, own_clause
from tests.nlp.handmade import POS_OF_TAG

VOCAB = English().vocab  # with the lexical attributes ('lower_') the marks are read by


def make_doc(rows: list[tuple]) -> Doc:
    words, lemmas, tags, deps, heads = (list(col) for col in zip(*rows, strict=True))
    pos = [POS_OF_TAG[t] for t in tags]
    return Doc(VOCAB, words=words, lemmas=lemmas, tags=tags, pos=pos, deps=deps, heads=heads)


OWN = {"joiners": True, "agents": True}  # own_clause's reading
GOODS = {"contrast": True}  # coordinated_apart's reading

# (rows: word, lemma, tag, dep, head), the clause head's index, (plain, own_clause's, coordinated_apart's)
CASES = [
    ([("Ghana", "Ghana", "NNP", "nsubj", 1), ("signed", "sign", "VBD", "ROOT", 1), ("it", "it", "PRP", "dobj", 1),
      (",", ",", ".", "punct", 1), ("and", "and", "CC", "cc", 1), ("officials", "official", "NNS", "nsubj", 6),
      ("said", "say", "VBD", "conj", 1), ("so", "so", "RB", "advmod", 6), (".", ".", ".", "punct", 1)],
     6, (True, True, True)),
    ([("Ghana", "Ghana", "NNP", "nsubj", 1), ("signed", "sign", "VBD", "ROOT", 1), ("it", "it", "PRP", "dobj", 1),
      (";", ";", ".", "punct", 1), ("Peru", "Peru", "NNP", "nsubj", 5), ("stalled", "stall", "VBD", "ccomp", 1),
      (".", ".", ".", "punct", 1)],
     5, (False, True, False)),
    ([("Norway", "Norway", "NNP", "nsubj", 1), ("banned", "ban", "VBD", "ROOT", 1), ("it", "it", "PRP", "dobj", 1),
      (",", ",", ".", "punct", 1), ("whereas", "whereas", "IN", "mark", 6), ("traders", "trader", "NNS", "nsubj", 6),
      ("said", "say", "VBD", "advcl", 1), ("so", "so", "RB", "advmod", 6), (".", ".", ".", "punct", 1)],
     6, (False, False, True)),
    ([("Oman", "Oman", "NNP", "nsubj", 1), ("signed", "sign", "VBD", "ROOT", 1), ("it", "it", "PRP", "dobj", 1),
      ("and", "and", "CC", "cc", 1), ("was", "be", "VBD", "auxpass", 5), ("praised", "praise", "VBN", "conj", 1),
      ("by", "by", "IN", "agent", 5), ("Peru", "Peru", "NNP", "pobj", 6), (".", ".", ".", "punct", 1)],
     5, (False, True, False)),
    ([("Fiji", "Fiji", "NNP", "nsubj", 1), ("signed", "sign", "VBD", "ROOT", 1), ("it", "it", "PRP", "dobj", 1),
      ("and", "and", "CC", "cc", 1), ("ratified", "ratify", "VBD", "conj", 1), ("it", "it", "PRP", "dobj", 4),
      (".", ".", ".", "punct", 1)],
     4, (False, False, False)),
    ([("Chad", "Chad", "NNP", "nsubj", 1), ("banned", "ban", "VBD", "ROOT", 1), ("it", "it", "PRP", "dobj", 1),
      ("because", "because", "IN", "mark", 5), ("officials", "official", "NNS", "nsubj", 5),
      ("said", "say", "VBD", "advcl", 1), ("so", "so", "RB", "advmod", 5), (".", ".", ".", "punct", 1)],
     5, (False, False, False)),
]  # fmt: skip


@pytest.mark.parametrize("rows,head,expected", CASES)
def test_clause_apart_per_reading(rows, head, expected):
    c = make_doc(rows)[head]
    assert (clause_apart(c), clause_apart(c, **OWN), clause_apart(c, **GOODS)) == expected


@pytest.mark.parametrize("rows,head,expected", CASES)
def test_callers_read_through_clause_apart(rows, head, expected):
    """own_clause drops exactly the parted clause; coordinated_apart parts the clause's words from the root's."""
    doc = make_doc(rows)
    root, c = doc[1], doc[head]
    kept = {x.i for x in own_clause(root)}
    dropped = not {x.i for x in c.subtree} & kept
    assert (dropped, coordinated_apart(c, doc[2])) == expected[1:]
