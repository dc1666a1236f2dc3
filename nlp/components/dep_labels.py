"""Named dependency-label sets (textacy style): the syntax the rules read, shared by the tree helpers."""

from __future__ import annotations

__all__ = [
    "ANY_SUBJECT_DEPS",
    "AUX_DEPS",
    "CLAUSE_DEPS",
    "MODIFIER_DEPS",
    "OWNER_OR_SUBJECT_DEPS",
    "PRESENT_TAGS",
    "REPORTED_DEPS",
    "SERIES_DEPS",
    "SUBJECT_DEPS",
]

AUX_DEPS = frozenset({"aux", "auxpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
ANY_SUBJECT_DEPS = SUBJECT_DEPS | {"csubj", "expl"}  # a clause or an expletive "there"/"it" holds the slot too
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
OWNER_OR_SUBJECT_DEPS = SUBJECT_DEPS | {"poss"}  # where a state acts or owns, not where it is a place or side
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "relcl", "acl"})
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})  # how a speech verb holds what it reports
SERIES_DEPS = frozenset({"appos", "conj"})  # how the parser hangs the next item of a series on the one before
PRESENT_TAGS = frozenset({"VBP", "VBZ"})  # a finite present-tense verb: what holds now, not news of a change
