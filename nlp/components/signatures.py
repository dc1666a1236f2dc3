"""Signature and contact blocks: a name on one line, the office on the line next to it.

Official texts end with blocks no sentence parser reads ("For the Government
of the Republic of Kazakhstan / Kanat Sharlapaev / Minister of Industry and
Construction"), media releases open with them ("The Hon Madeleine King MP /
Minister for Resources"), and ministry releases close with a contact block
("Head of the Bureau of Communication / Agung Pribadi").  The layout is the
evidence: a line that is only a name (after honorifics such as "The Rt Hon"
and before post-nominals such as "MP") beside a line that is only a title.
The country is the one the title line names (", Australia" or "of Estonia"),
else the state of the "For the Government of X" line that opens the block.
Words: ``persons.post_nominals``, ``persons.behalf_openers`` and the title
and name lists of ``persons``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.employers import government_body
from cmkg.nlp.components.persons import is_anchor, is_honorific
from cmkg.nlp.components.title_tokens import post_nominal
from cmkg.nlp.ingest.signature_lines import form_note
from cmkg.nlp.role_words import role_words
from cmkg.nlp.rules import words as _w

__all__ = ["NAME_WORD", "SignatureBlock", "signature_blocks"]

MAX_TITLE_LINE = 24  # tokens: a longer line is prose, not a title
MAX_NAME_WORDS = 5
FORMULA_REACH = 5  # lines above a name where an act's signing formula may stand ('Done at X, date')
BEHALF_REACH = 2  # lines above a name where the "For the Government of X" opener may stand
COUNTRY_LABELS = ("GPE", "NORP")
NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")  # Quispe, O'Connell


@dataclass
class SignatureBlock:
    name: Span
    title: list[Token]
    country: str | None
    role: str | None = None  # an office the layout gives, not a title line (a parliamentary question's asker)
    rule: str = "persons.signature_block"


def _lines(doc: Doc) -> list[list[Token]]:
    """Token lines of the doc; a blank line is an empty list, so blocks stay apart."""
    lines: list[list[Token]] = [[]]
    for t in doc:
        if t.is_space and "\n" in t.text:
            lines.append([])
            lines.extend([] for _ in range(t.text.count("\n") - 1))
        elif not t.is_space and (lines[-1] or t.text not in _w("agreement.bullets")):
            lines[-1].append(t)  # a bullet that opens a line ("- For the Government of X") is no part of it
    return lines


def _name_span(line: list[Token], heads: frozenset[str]) -> Span | None:
    """The name a line holds and nothing else: 'The Rt Hon Jonathan Reynolds MP' -> 'Jonathan Reynolds'; a name
    line in brackets under the office, as parliamentary answers set it: '(SHRI G. KISHAN REDDY)'."""
    toks = list(line)
    if len(toks) > 2 and toks[0].text == "(" and toks[-1].text == ")":
        toks = toks[1:-1]
    marked = False  # an honorific or post-nominal letters: the words between them are a person's name
    while toks and (
        is_anchor(toks[0], heads) or toks[0].lower_ in _w("officials.definite_article") or toks[0].text == "."
    ):
        marked = marked or is_honorific(toks[0])
        toks.pop(0)  # "Senator the Hon", "Dr.", "Shri"
    while toks and (post_nominal(toks[-1]) or toks[-1].text == ","):
        marked = marked or toks[-1].text != ","
        toks.pop()
    words = [t for t in toks if t.text != "-" and t.lower_ not in _w("persons.name_particles")]
    if not 2 <= len(words) <= MAX_NAME_WORDS or all(_office_word(t, heads) for t in words):
        return None
    for t in toks:
        glued = t.text == "-" or (t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_)
        if glued or t.lower_ in _w("persons.name_particles") or (len(t.text) == 2 and t.text.endswith(".")):
            continue
        office = _office_word(t, heads) and t.ent_type_ != "PERSON"
        if not (NAME_WORD.fullmatch(t.text) and t.text[:1].isupper()) or (
            office and not (marked and t.i != toks[0].i and t.lower_ not in _w("persons.title_links"))
        ):
            return None  # an office word is no name word, unless the model or an honorific says so ('HON X KING MP')
        if t.ent_type_ in COUNTRY_LABELS + ("ORG",) and t.ent_kb_id_:
            return None
    return Span(toks[0].doc, toks[0].i, toks[-1].i + 1, label="PERSON")


def _private_title(title: list[Token]) -> bool:
    """'Chairman of the Board of Directors': a title with a private title word (``lexicon_roles.tsv``)."""
    text = " ".join(t.lower_ for t in title)  # 'managing director': a private title of two words
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in _private_words())


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return role_words("head")


@lru_cache(maxsize=1)
def _private_words() -> frozenset[str]:
    return role_words("private")


def _office_word(t: Token, heads: frozenset[str]) -> bool:
    low = t.lower_
    return (
        is_anchor(t, heads)
        or low in _w("persons.portfolio_words")
        or low in _w("persons.institution_words")
        or low in _w("persons.title_links")
    )


def _title_line(line: list[Token], heads: frozenset[str], titled: Callable[[list[Token]], bool] | None = None) -> bool:
    """A line that is an office and no sentence: it opens with a capital, holds a title word (or passes ``titled``),
    and has no verb."""
    if not line or len(line) > MAX_TITLE_LINE or not line[0].text[:1].isupper() or line[-1].text == ".":
        return False
    if any(t.pos_ == "AUX" or (t.pos_ == "VERB" and t.dep_ not in ("amod", "compound")) for t in line):
        return False
    return any(is_anchor(t, heads) and not is_honorific(t) for t in line[:6]) or (titled is not None and titled(line))


def _strip_country_tail(line: list[Token]) -> tuple[list[Token], str | None]:
    """'Minister for Trade and Tourism, Australia': the role, and the country after its last comma."""
    commas = [k for k, t in enumerate(line) if t.text == ","]
    if commas:
        tail = line[commas[-1] + 1 :]
        codes = {t.ent_kb_id_ for t in tail if t.ent_type_ in COUNTRY_LABELS and t.ent_kb_id_}
        if len(codes) == 1 and all(
            t.ent_type_ in COUNTRY_LABELS or t.lower_ in _w("officials.definite_article") for t in tail
        ):
            return line[: commas[-1]], codes.pop()
    while line and line[-1].is_punct:  # 'Chairperson,' above the committee's name: the office ends at its comma
        line = line[:-1]
    return line, None


def _behalf_line(lines: list[list[Token]], at: int) -> list[Token]:
    """'For the Government of the Republic of Kazakhstan' just above the name (past a note of the act's form): the
    party signed for."""
    above = [ln for ln in lines[:at] if not (ln and form_note(" ".join(t.text for t in ln)))]
    for line in reversed(above[max(0, len(above) - BEHALF_REACH) :]):
        words = [t for t in line if not t.is_punct]  # "- For the Government of X": a bulleted opener
        if words and words[0].lower_ in _w("persons.behalf_openers"):
            return words
    return []


def _behalf_country(behalf: list[Token]) -> str | None:
    codes = [t.ent_kb_id_ for t in behalf if t.ent_type_ in COUNTRY_LABELS and t.ent_kb_id_]
    return codes[-1] if codes else None


def _public_behalf(words: list[Token]) -> bool:
    """'For the Ministry of Mines and Energy', 'For the European Commission': a government body signs."""
    return government_body(words) or any(t.lower_ in _w("officials.government_body_nouns") for t in words)


def _formula_above(lines: list[list[Token]], at: int) -> list[Token]:
    """'Done at Kinshasa, 21 June 2025' a few lines above the name, past blank and 'For the X' lines: the signing
    formula of an official act (``agreement.closing_formula_words`` and ``_prepositions``, then a place or date)."""
    for line in reversed(lines[max(0, at - FORMULA_REACH) : at]):
        words = [t for t in line if not t.is_punct]
        if not words or words[0].lower_ in _w("persons.behalf_openers"):
            continue
        opens = words[0].lower_ in _w("agreement.closing_formula_words") and words[0].text[:1].isupper()
        placed = len(words) > 2 and words[1].lower_ in _w("agreement.closing_formula_prepositions")
        dated = any(t.ent_type_ in ("DATE", "GPE") for t in words[2:])
        return words if opens and placed and dated else []
    return []


def _firm_words(words: list[Token]) -> bool:
    """'For Meridian Harbour Bank:': a behalf line that names a private body."""
    firms = _w("agreement.company_words", "officials.named_private_bodies", "officials.private_actor_nouns")
    return any(t.lower_ in firms for t in words)


def _act_signatory(lines: list[list[Token]], at: int, title: list[Token], behalf: list[Token]) -> str | None:
    """The country of a signatory who signs an official act under its formula ('Done at Kinshasa, ...' / 'For the
    Board of Directors,' / name / 'Chairman of the Board of Directors'): the formula's place; None when no formula
    stands above the name or a firm signs. A chairman of a regulator's board holds public office by the act he signs,
    although 'chairman' alone is a private title."""
    formula = _formula_above(lines, at)
    if not formula or _firm_words(behalf) or _firm_words(title) or not _organ_behalf(behalf):
        return None
    return next((t.ent_kb_id_ for t in formula if t.ent_type_ in COUNTRY_LABELS and t.ent_kb_id_), None)


def _organ_behalf(behalf: list[Token]) -> bool:
    """No behalf line, or one that names the act's own organ by common nouns only ('For the Authority,', 'On
    behalf of the Board of Directors'): a party named by a proper name ('For Vecturis SA') may be a firm."""
    skip = _w("persons.behalf_openers", "agreement.behalf_nouns", "officials.definite_article", "persons.title_links")
    organs = _w("persons.institution_words", "officials.government_body_nouns")
    words = [t for t in behalf if t.is_alpha and t.lower_ not in skip]
    return all(t.lower_ in organs or t.lower_.removesuffix("s") in _private_words() | _heads() for t in words)


def _labelled_name(line: list[Token], heads: frozenset[str]) -> tuple[list[Token], Span] | None:
    """'Spokesperson: Lin Qiaosheng', 'Ambassador: Ingrid Solheim': a line that is a title, a colon and a name,
    as transcripts and programmes head their pages (the office, then the name)."""
    colon = next((k for k, t in enumerate(line) if t.text == ":"), None)
    if colon is None or colon == 0 or colon + 1 >= len(line):
        return None
    title, rest = line[:colon], line[colon + 1 :]
    if not _title_line(title, heads) or (rest[-1].text == "." and len(rest) > 1 and rest[-2].is_alpha):
        return None
    name = _name_span(rest, heads)
    return (title, name) if name is not None else None


def _behalf_labelled(line: list[Token], heads: frozenset[str]) -> SignatureBlock | None:
    """'For the Kingdom of Saudi Arabia: H.E. Bandar bin Ibrahim Alkhorayef, Minister of Industry and Mineral
    Resources': the party signed for, the name and the office on one line, as communiques list signatories."""
    if not line or line[0].lower_ not in _w("persons.behalf_openers"):
        return None
    colon = next((k for k, t in enumerate(line) if t.text == ":"), None)
    comma = next((k for k, t in enumerate(line) if t.text == "," and colon is not None and k > colon), None)
    if colon is None or comma is None:
        return None
    name, title = _name_span(line[colon + 1 : comma], heads), line[comma + 1 :]
    if name is None or not (_title_line(title, heads) or _title_line(title, frozenset(), _private_title)):
        return None
    role, country = _strip_country_tail(title)
    state = _behalf_country(line[:colon])
    # one who signs for a state holds a public office, whatever its title word ('Chairman of the Main Department')
    return SignatureBlock(name, role, country or state, role=" ".join(t.text for t in role) if state else None)


def _line_above(lines: list[list[Token]], at: int) -> list[Token]:
    """The line above the name, past a bracketed note of the act's form ('Minister of X / [Signature and seal] /
    Name', '(Signed)'), which stands where the signature is."""
    k = at - 1
    while k > 0 and lines[k] and form_note(" ".join(t.text for t in lines[k])):
        k -= 1
    return lines[k] if k >= 0 else []


def signature_blocks(doc: Doc, heads: frozenset[str]) -> list[SignatureBlock]:
    """Names alone on a line beside a title line: the title after the name, else the one before it."""
    lines = _lines(doc)
    out: list[SignatureBlock] = []
    for at, line in enumerate(lines):
        if labelled := _labelled_name(line, heads):
            out.append(SignatureBlock(labelled[1], labelled[0], None))
            continue  # 'Spokesperson: Lin Qiaosheng' on a transcript's head
        if block := _behalf_labelled(line, heads):
            out.append(block)
            continue
        name = _name_span(line, heads) if line else None
        if name is None:
            continue
        after = lines[at + 1] if at + 1 < len(lines) else []
        before = _line_above(lines, at)
        title = after if _title_line(after, heads) else before if _title_line(before, heads) else None
        if title is None and _title_line(after, frozenset(), _private_title) and _formula_above(lines, at):
            title = after  # 'Executive Chairman' under 'Done at X, date': a title line no public title word marks
        if title is None:
            continue
        role, country = _strip_country_tail(title)
        behalf = _behalf_line(lines, at)
        act = _act_signatory(lines, at, role, behalf)
        if act is not None and _private_title(role):
            out.append(SignatureBlock(name, role, country or act, role=" ".join(t.text for t in role)))
            continue  # the office is the act's, whatever the title word alone would say
        if behalf and _behalf_country(behalf) is None and not _public_behalf(behalf[1:]) and act is None:
            continue  # "For Harbour Bank: / X / Head of Resources Finance": a firm's signatory holds no office
        out.append(SignatureBlock(name, role, country or _behalf_country(behalf) or act))
    return out
