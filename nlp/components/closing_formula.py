"""An official text that closes with its signing formula is a signed instrument of its pair.

"Signed at Brasilia on 12 December, in duplicate, in the English language." / "Done at Cairo on
19 December in two originals." / "Signed in duplicate at Canberra on 12 August."  A line that opens
with a formula word (``agreement.closing_formula_words``) and a place or copy preposition
(``agreement.closing_formula_prepositions``) and carries a date or a place is the instrument's own
signature: the text itself is the agreement, signed.  Its parties are the states of the signature
block that follows ('For A: name, title' lines, ``agreement.signature_block_words``), else the
coordinated pair the document names (the preamble's 'the Government of A and the Government of B').
The rule needs an agreement noun or a definition of the parties ('hereinafter "the Participants"') somewhere
in the text, so a formula alone signs nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.candidate import AgreementFact
from cmkg.nlp.components.parties import lemma
from cmkg.nlp.components.syntax import country_of_token
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["find_signed_instrument"]

RULE = "agreement.closing_formula"


def _formula(sent: Span) -> Token | None:
    """The formula word opening a line ('Signed at ...', 'Done at ...'), with a date or a place after it."""
    words = [x for x in sent if not x.is_space]
    if len(words) < 3:
        return None
    first, second = words[0], words[1]
    line_start = first.i == 0 or "\n" in first.doc[first.i - 1].text_with_ws
    if not (line_start and first.lower_ in _w("agreement.closing_formula_words") and first.text[:1].isupper()):
        return None
    if second.lower_ not in _w("agreement.closing_formula_prepositions"):
        return None
    return first if any(x.ent_type_ in ("DATE", "GPE") for x in words[2:]) else None


def _block_states(doc: Doc, start: int) -> list[str]:
    """'For A: name, title' lines after the formula: the states the signatories sign for."""
    out: list[str] = []
    for x in doc[start:]:
        line_start = x.i == 0 or "\n" in doc[x.i - 1].text_with_ws
        if not (line_start and x.lower_ in _w("agreement.signature_block_words")):
            continue
        code = next((c for y in doc[x.i + 1 : x.i + 6] if (c := country_of_token(y)) and y.ent_kb_id_), None)
        if code and code not in out:
            out.append(code)
    return out


def find_signed_instrument(doc: Doc, pair: list[str]) -> tuple[Span, AgreementFact] | None:
    """The signed instrument a closing formula makes of the text, with the sentence that says so.

    The formula is looked for first: most texts have none, and the instrument noun is then never needed."""
    for sent in doc.sents:
        first = _formula(sent)
        if first is None:
            continue
        nouns = [x for x in doc if lemma(x) in _w("agreement.nouns") or x.lower_ in _w("agreement.mou_forms")]
        defined = any(x.lower_ in _w("agreement.definition_markers") for x in doc)  # '(hereinafter "the Participants")'
        if not nouns and not defined:
            return None
        parties = _block_states(doc, first.i + 1)  # the formula line may run on into the block
        parties = parties if len(parties) >= 2 else list(pair)
        if len(parties) < 2:
            return None
        head = nouns[0] if nouns else first
        type_ = rules().table("agreement.type_by_noun").get(lemma(head), "agreement")
        type_ = "mou" if head.lower_ in _w("agreement.mou_forms") else type_
        fact = AgreementFact(first, parties, STATUS.signed, None, type_, [], [], None, rules().rule(RULE), 0.6)
        return sent, fact
    return None
