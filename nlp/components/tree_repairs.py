"""The parse repairs, in the order they run before the rule layers read the tree.

Each repair lives in the module that documents its misparse (misparses.py, nouns_read_as_verbs.py,
name_particles.py, fronted_venues.py, ...); this one only says which runs when.  A name particle read as a verb
is undone first, since a verb inside a name hides the clause the other repairs look for.
"""

from __future__ import annotations

from spacy.tokens import Doc

from cmkg.nlp.components.clause_heads import repair_clause_heads
from cmkg.nlp.components.conjunct_phrases import repair_set_off_phrases
from cmkg.nlp.components.coordinated_modifiers import join_coordinated_minerals
from cmkg.nlp.components.fronted_venues import free_fronted_subjects
from cmkg.nlp.components.misparses import (
    hang_contact_relatives,
    hang_instrument_participles,
    hang_intention_infinitives,
    hang_object_relatives,
    join_split_auxiliaries,
    return_fronted_objects,
)
from cmkg.nlp.components.name_particles import restore_name_particles
from cmkg.nlp.components.nouns_read_as_verbs import restore_nouns
from cmkg.nlp.components.partner_objects import repair_partner_objects
from cmkg.nlp.components.relative_complements import hang_complement_relatives

__all__ = ["repair_misparses"]


def repair_misparses(doc: Doc) -> Doc:
    join_coordinated_minerals(doc)
    for sent in list(doc.sents):
        restore_name_particles(sent)
        restore_nouns(sent)
        free_fronted_subjects(sent)
        return_fronted_objects(sent)
        repair_set_off_phrases(sent)
        repair_partner_objects(sent)
        repair_clause_heads(sent)
        join_split_auxiliaries(sent)
        hang_instrument_participles(sent)
        hang_intention_infinitives(sent)
        hang_object_relatives(sent)
        hang_complement_relatives(sent)
        hang_contact_relatives(sent)
    return doc
