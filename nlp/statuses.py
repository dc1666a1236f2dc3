"""The statuses the extraction rules name, and the sets of statuses a rule tests.

The ids come from ``data/vocabulary/statuses.json`` through :data:`STATUS`
(``STATUS.in_force``): a rule never writes a status as a string literal, so the
file is the one list and a misspelt name fails with E385.  Each set below is
one rule's question about a status, named once so that two rules asking the
same question cannot drift apart; a set that is domain knowledge (a deal not
yet agreed) is a flag in the file.  Loaded at import: a bad name here fails
the import.
"""

from __future__ import annotations

from cmkg.core.vocabulary import STATUS, vocabulary

__all__ = ["STATUS", "NOT_YET_AGREED", "PROSPECTIVE", "NEWLY_AGREED", "TOOK_EFFECT", "ALTERED", "STANDING"]

# agreement statuses

NOT_YET_AGREED = vocabulary().prospective_statuses  # planned, negotiating: no change of membership is news yet
PROSPECTIVE = (STATUS.negotiating, STATUS.planned)  # in the order a phrase's words are tried: talks first
NEWLY_AGREED = frozenset({STATUS.signed, STATUS.announced})  # agreed as the text's news, not background (existing)

# export-control statuses

TOOK_EFFECT = frozenset({STATUS.in_force, STATUS.suspended})  # applied at some point: a measure named as a plan cannot
ALTERED = frozenset({STATUS.eased, STATUS.suspended})  # relaxed or paused without ending (a lifting is its own fact)
STANDING = frozenset({STATUS.in_force, STATUS.announced})  # applies or is to apply: said again, it is a repetition
