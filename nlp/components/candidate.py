"""The agreement rules' data: a mention on its way through the filters, and the fact it becomes.

Kept apart from :mod:`agreements` so the filter modules (:mod:`membership`) can share the
types without importing the rule pipeline that runs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

__all__ = ["AgreementFact", "Candidate"]


@dataclass
class AgreementFact:
    trigger: Token
    parties: list[str]
    status: str
    name: str | None
    type: str
    minerals: list[str]
    announced_by: list[str]
    date: str | None
    rule: str
    confidence: float
    company: bool = False
    accession: str | None = None  # the key of the agreement a newcomer joined (nlp/components/accession.py)


@dataclass
class Candidate:
    """One agreement mention on its way through the filters."""

    t: Token
    lem: str
    name: str | None
    v: Token | None
    subj: list[str] = field(default_factory=list)
    with_: list[str] = field(default_factory=list)
    mods: list[str] = field(default_factory=list)
    company: bool = False
    status: str | None = None
    self_reference: bool = False
    rule: str | None = None  # the construction that supplied the parties, when not the plain noun rule
    accession: str | None = None  # the listed agreement a newcomer joins
    # 'A signed X with B, as did C': states that repeat the act with the clause's own partners, each its own set
    likewise: list[str] = field(default_factory=list)
    # 'C is not a party to the A-B agreement': a clause placing a state outside it takes the instrument as given
    outside: bool = False
    # 'Premier X signed a memorandum with JOGMEC': a state or province signed; the set its sides left (the foreign
    # partner alone), which the story does not complete
    subnational: tuple[str, ...] | None = None

    @property
    def parties(self) -> list[str]:
        return list(dict.fromkeys(self.mods + self.subj + self.with_))
