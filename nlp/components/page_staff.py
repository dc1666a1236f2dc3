"""The page's own staff: people a page no government publishes gives as its contacts or as 'our' officers.

A firm's advisory, an association's bulletin or an exchange's notice closes with whom to ask ('Contact: X, Policy
Director.', 'Questions may be addressed to X, Head of Market Operations', 'Media enquiries: X, ...') and speaks of
its people as 'our regional director'.  Their titles are the page's offices, not a state's: with no government
publisher, a staff head in the title (``officials.staff_heads``: 'Director', 'Head of ...'; never 'Minister' or
'Ambassador') and nothing public around it (a state, a body the gazetteer lists, a government body noun), they are
private people.  On a government's page the same lines name its officials.  Words: ``officials.sign_off_labels``,
``officials.sign_off_verbs``, ``officials.page_voice_owners``, ``officials.staff_heads``,
``officials.government_body_nouns``, ``persons.name_particles``, ``persons.patronymic_particles``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.doc_text import doc_text, line_start
from cmkg.nlp.role_words import role_words
from cmkg.nlp.rules import words as _w

__all__ = ["page_staff", "sign_off_line"]

_NAME_REACH = 8  # tokens back from a title to the name it follows ('X, Head of ...', 'X (director, ...)')


def page_staff(toks: list[Token]) -> bool:
    """Whether the title ``toks`` is an office of the page's own body on a page no government publishes."""
    if not toks or toks[0].doc._.cmkg_publisher or not _staff_title(toks):
        return False
    if toks[0].lower_ in _w("officials.page_voice_owners"):  # 'our regional operations director'
        return not _public_title(toks)
    sent = [x for x in toks[0].sent if not x.is_space]
    # '..., Director, Directorate General of Customs': the sign-off sentence names the body that holds the office
    return _sign_off(toks[0]) and not _public_title(sent)


def _staff_title(toks: list[Token]) -> bool:
    """A staff head and no public head among the title's words, or a firm's title ('President and Chief
    Executive Officer': ``lexicon_roles.tsv`` kind 'private')."""
    words = {t.lower_.strip(".,") for t in toks}
    text = " ".join(t.lower_ for t in toks[0].doc[toks[0].i : toks[0].sent.end])  # the title may be cut short
    if any(f" {phrase} " in f" {text} " for phrase in role_words("private")):
        return True
    public = (role_words("head") - _w("officials.staff_heads")) | _w("officials.public_heads")
    return bool(words & _w("officials.staff_heads")) and not words & public


def _public_title(tokens: list[Token]) -> bool:
    """A state, a body the gazetteer lists or a government body noun makes the office public."""
    if any(t.ent_type_ in ("GPE", "NORP") or t.ent_kb_id_ in gazetteer().orgs for t in tokens):
        return True
    return any(t.lower_ in _w("officials.government_body_nouns") for t in tokens)


def _line_begin(t: Token) -> int:
    """The index of the first token of the line holding ``t`` (a paragraph, heading or list item)."""
    start = line_start(t.doc, t.idx)
    return next((x.i for x in t.doc[: t.i + 1] if x.idx >= start), t.i)


def _sign_off(t: Token) -> bool:
    """The title follows a name that a sign-off line gives: the line opens on a contact label and a colon
    ('Contact:', 'Media enquiries:'), or the words right before the name send the reader to it ('Questions may be
    addressed to X', 'please contact X')."""
    doc = t.doc
    begin = _line_begin(t)
    if sign_off_line(t):
        return True
    name = next((x for x in reversed(doc[max(begin, t.i - _NAME_REACH) : t.i]) if x.ent_type_ == "PERSON"), None)
    if name is None:
        return False
    first = name
    particles = _w("persons.name_particles", "persons.patronymic_particles")
    while first.i > begin and _name_part(doc[first.i - 1], particles):
        first = doc[first.i - 1]  # 'Nurul Huda binti Ismail': words the tagger leaves out of the name
    before = doc_text(doc)[doc[begin].idx : first.idx].lower().rstrip(" ,:")
    phrases = _w("officials.sign_off_verbs")
    if any(before.endswith(phrase) for phrase in phrases):
        return True
    # '... addressed to X, Head of A, or Y, Head of B': a second contact joined to the first
    joined = before.rsplit(" ", 1)[-1] in _w("officials.sign_off_joiners")
    return joined and any(phrase in before for phrase in phrases)


def sign_off_line(t: Token) -> bool:
    """``t`` is on a line or in a sentence that opens on a contact label and a colon ('Contact:', 'Media
    enquiries:'): the page's staff and their offices' places, no actor of the story."""
    doc, begin = t.doc, _line_begin(t)
    for opening in {begin, max(begin, t.sent.start)}:  # the line's label, or the sentence's ('... Contact: X')
        text = doc_text(doc)[doc[opening].idx : t.idx].lower()
        if ":" in text and text.split(":", 1)[0].strip() in _w("officials.sign_off_labels"):
            return True
    return False


def _name_part(t: Token, particles: frozenset[str]) -> bool:
    return t.ent_type_ == "PERSON" or t.lower_ in particles or (t.pos_ == "PROPN" and t.text[:1].isupper())
