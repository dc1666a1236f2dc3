"""Tables whose cells each hold a leading state and its share: 'Copper | Chile 23% | China 44%'.

Reports put the concentration of supply as one row per mineral and one column per stage, the header naming the
stage's leader ('Mineral | Largest miner (share of world mine output) | Largest refiner (share of world refined
output)'); a body cell is the state and its share together.  The header is what says which column is which stage:
a leader noun (``production_share.leader_column_nouns``: miner, refiner, producer) with a stage word
(``production_share.stage_nouns``) or a share word, and nothing excluded (imports, prices, growth).
"""

from __future__ import annotations

from cmkg.nlp.components.table_cells import Cell, header_words
from cmkg.nlp.rules import words as _w

__all__ = ["leader_columns"]


def leader_columns(cells: list[Cell]) -> tuple[dict[str, int], list[int]] | None:
    """({'mineral': k}, the leader columns) of a header whose first cell is the mineral column and whose other
    cells each name a stage's leading state, else None."""
    words = [header_words(text) for text, _, _ in cells]
    if not words or not words[0] & _w("production_share.table_mineral_headers"):
        return None
    leaders, excluded = _w("production_share.leader_column_nouns"), _w("production_share.exclude_words")
    staged = _w("production_share.stage_nouns", "production_share.table_share_headers")
    found = [k for k, w in enumerate(words[1:], 1) if w & leaders and w & staged and not w & excluded]
    return ({"mineral": 0}, found) if found and len(found) == len(cells) - 1 else None
