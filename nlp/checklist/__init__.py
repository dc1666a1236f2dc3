"""A behavioural test suite for the extractor, in the style of CheckList.

Templates (``data/checklist/capabilities.json``) filled from lists
(``data/checklist/lexicon.json``) give minimum-functionality, invariance and
directional cases per capability; ``run_cases`` runs them through the real
pipeline and ``summarise`` gives the pass rate per capability.  ``cmkg eval
--checklist`` prints it; ``data/checklist/floors.json`` holds the rates the
tests hold the rules to.
"""

from cmkg.nlp.checklist.generate import DEFAULT_SEED, Case, capabilities, generate
from cmkg.nlp.checklist.runner import Outcome, check, run_cases, summarise

__all__ = ["DEFAULT_SEED", "Case", "Outcome", "capabilities", "check", "generate", "run_cases", "summarise"]
