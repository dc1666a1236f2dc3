"""The parse repairs, in the order they run before the rule layers read the tree.

Each repair lives in the module that documents its misparse (misparses.py, nouns_read_as_verbs.py,
name_particles.py, fronted_venues.py, ...); this one only says which runs when.  A name particle read as a verb
is undone first, since a verb inside a name hides the clause the other repairs look for.  A repair that would
leave a word its own ancestor is undone for that sentence: a loop in the tree would fail the whole article.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span

from cmkg.nlp.components.agent_series import join_split_agent_series
from cmkg.nlp.components.apposed_relatives import hang_apposed_relatives
from cmkg.nlp.components.auxiliary_subjects import hang_auxiliary_subjects, raise_root_participles
from cmkg.nlp.components.between_pairs import join_set_off_second_side, split_chained_pairs
from cmkg.nlp.components.body_series import join_body_series
from cmkg.nlp.components.clause_heads import repair_clause_heads
from cmkg.nlp.components.conjunct_phrases import repair_set_off_phrases
from cmkg.nlp.components.coordinated_modifiers import (
    join_apposed_goods,
    join_coordinated_minerals,
    join_minerals_read_as_verbs,
    join_modifier_series,
)
from cmkg.nlp.components.coordinated_possessives import hang_last_conjunct_possessives
from cmkg.nlp.components.date_relatives import hang_date_agents, hang_date_relatives
from cmkg.nlp.components.elided_instruments import hang_elided_instruments, hang_later_participles
from cmkg.nlp.components.fronted_venues import free_fronted_subjects
from cmkg.nlp.components.lapse_infinitives import restore_lapse_infinitives
from cmkg.nlp.components.membership_phrases import hang_membership_phrases
from cmkg.nlp.components.misparses import (
    hang_contact_relatives,
    hang_instrument_participles,
    hang_intention_infinitives,
    hang_object_relatives,
    join_split_auxiliaries,
    return_fronted_objects,
)
from cmkg.nlp.components.name_particles import restore_name_particles
from cmkg.nlp.components.noun_complements import hang_noun_complements, hang_report_complements
from cmkg.nlp.components.nouns_read_as_verbs import restore_nouns
from cmkg.nlp.components.partner_objects import repair_partner_objects
from cmkg.nlp.components.relative_complements import (
    hang_complement_relatives,
    hang_contact_complements,
    hang_object_contact_relatives,
    hang_state_contact_relatives,
    hang_topic_contact_relatives,
    hang_topic_object_relatives,
    raise_verbs_after_contact_relatives,
    raise_verbs_after_fronted_objects,
)
from cmkg.nlp.components.root_participles import (
    hang_compared_participles,
    hang_item_participles,
    hang_participle_dates,
    hang_phrase_participles,
    hang_recital_participles,
    hang_root_participles,
    hang_set_off_participles,
)
from cmkg.nlp.components.set_off_objects import (
    rehang_chained_partners,
    rehang_parallel_prepositions,
    rehang_set_off_objects,
    rehang_set_off_prepositions,
)
from cmkg.nlp.components.stranded_subjects import (
    hang_objects_read_as_appositions,
    hang_set_off_subjects,
    hang_stranded_subjects,
)
from cmkg.nlp.components.verbs_read_as_modifiers import restore_modifier_verbs
from cmkg.nlp.components.verbs_read_as_nouns import (
    restore_headline_verbs,
    restore_member_verbs,
    restore_signing_verbs,
    restore_subordinate_share_verbs,
)

__all__ = ["repair_misparses"]


REPAIRS = (
    restore_name_particles,
    restore_nouns,
    restore_member_verbs,
    restore_subordinate_share_verbs,
    restore_headline_verbs,
    restore_signing_verbs,
    restore_modifier_verbs,
    hang_stranded_subjects,
    hang_set_off_subjects,
    join_split_agent_series,
    hang_last_conjunct_possessives,
    restore_lapse_infinitives,
    free_fronted_subjects,
    return_fronted_objects,
    repair_set_off_phrases,
    join_set_off_second_side,
    split_chained_pairs,
    hang_membership_phrases,
    rehang_set_off_objects,
    rehang_set_off_prepositions,
    rehang_parallel_prepositions,
    rehang_chained_partners,
    hang_elided_instruments,
    join_body_series,
    repair_partner_objects,
    repair_clause_heads,
    hang_objects_read_as_appositions,  # after the clause heads, which may give the verb its subject back
    join_split_auxiliaries,
    hang_auxiliary_subjects,  # after the split auxiliaries, whose subjects sit on the auxiliary too
    raise_root_participles,
    hang_instrument_participles,
    hang_later_participles,  # after the participles hung back on their instruments
    hang_intention_infinitives,
    hang_object_relatives,
    hang_complement_relatives,
    hang_contact_complements,
    hang_contact_relatives,
    hang_object_contact_relatives,
    hang_apposed_relatives,
    hang_date_relatives,
    hang_date_agents,
    hang_root_participles,
    hang_item_participles,
    hang_recital_participles,
    hang_phrase_participles,
    hang_set_off_participles,
    hang_participle_dates,
    hang_compared_participles,
    hang_state_contact_relatives,  # after the repairs that make the state's verb the instrument's participle
    hang_topic_contact_relatives,
    hang_topic_object_relatives,
    raise_verbs_after_contact_relatives,
    raise_verbs_after_fronted_objects,
    hang_noun_complements,
    hang_report_complements,
)

_UINT64 = (1 << 64) - 1  # labels are unsigned 64-bit hashes; read back as signed, they are masked back


def repair_misparses(doc: Doc) -> Doc:
    """Run each repair over every sentence, then compare the whole tree once: a sentence whose words it moved is
    walked for loops, and undone if it has one."""
    join_coordinated_minerals(doc)
    join_minerals_read_as_verbs(doc)
    join_apposed_goods(doc)
    join_modifier_series(doc)
    sents = list(doc.sents)
    kept = _tree(doc)
    for repair in REPAIRS:
        for sent in sents:
            repair(sent)
        now = _tree(doc)
        moved = numpy.flatnonzero((now != kept).any(axis=1))
        if not len(moved):
            continue  # most repairs find nothing to mend: no walk of the tree needed
        touched = {int(i) for i in moved}
        for sent in (s for s in sents if any(s.start <= i < s.end for i in touched)):
            if _cyclic(sent):
                _restore(sent, kept[sent.start : sent.end])
        kept = _tree(doc)
    return doc


def _tree(doc: Doc) -> numpy.ndarray:
    """Each word's head (as an offset) and label, read in one call: cheap enough to take after every repair."""
    return doc.to_array([HEAD, DEP])


def _cyclic(sent: Span) -> bool:
    """Whether a repair left a word its own ancestor: a tree no later reader can walk (spaCy raises E039 on the
    sentence's root, and the whole article would fail).  The repair is then undone for this sentence."""
    for t in sent:
        x = t
        for _ in range(len(sent) + 1):
            if x.head.i == x.i:
                break
            x = x.head
        else:
            return True
    return False


def _restore(sent: Span, kept: numpy.ndarray) -> None:
    doc = sent.doc
    for t, (offset, dep) in zip(sent, kept.astype(numpy.int64).tolist(), strict=True):
        t.head, t.dep = doc[t.i + offset], dep & _UINT64
