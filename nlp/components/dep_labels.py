"""Named dependency-label sets (textacy style): the syntax the rules read, shared by the tree helpers."""

from __future__ import annotations

__all__ = ["AUX_DEPS", "SUBJECT_DEPS", "MODIFIER_DEPS", "CLAUSE_DEPS"]

AUX_DEPS = frozenset({"aux", "auxpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "relcl", "acl"})
