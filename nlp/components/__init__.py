"""spaCy factories for cmkg, registered here and only here.

Importing this module makes ``nlp.add_pipe("cmkg_entities")`` (and the other
``cmkg_*`` names) work in any spaCy pipeline.
"""

from __future__ import annotations

from spacy.language import Language

from cmkg.nlp.components.entities import EntityLinker
from cmkg.nlp.components.officials import OfficialsFinder
from cmkg.nlp.components.relations import RelationExtractor

__all__ = ["EntityLinker", "OfficialsFinder", "RelationExtractor", "FACTORIES"]

FACTORIES = ("cmkg_entities", "cmkg_officials", "cmkg_relations")


@Language.factory("cmkg_entities")
def make_entities(nlp: Language, name: str) -> EntityLinker:
    return EntityLinker(nlp, name)


@Language.factory("cmkg_officials")
def make_officials(nlp: Language, name: str) -> OfficialsFinder:
    return OfficialsFinder(nlp, name)


@Language.factory("cmkg_relations")
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor(nlp, name)
