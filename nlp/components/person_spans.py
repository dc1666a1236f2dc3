"""Which PERSON spans a document ends up with: title-anchored names, signature-block names, names 'who' takes up,
names an office's letters follow ('Ishibe Kentaro MP said').

They win over the model's unlinked spans they overlap; the model's own spans
lose a title swallowed into them ("Treasurer Jim Chalmers"), post-nominals
("Roger Cook MLA") and runs that end in a portfolio word ("Critical Minerals").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from cmkg.nlp.components import title_tokens as _tt
from cmkg.nlp.components.employers import private_employer, public_chair_title
from cmkg.nlp.components.name_forms import name_word, name_word_count, peer_name_end
from cmkg.nlp.components.party_tags import tag_at
from cmkg.nlp.components.persons import (
    MAX_NAME_WORDS,
    is_anchor,
    is_honorific,
    not_a_name,
    strip_title,
    title_anchored_persons,
)
from cmkg.nlp.components.sentence_runs import capitalised as _capitalised
from cmkg.nlp.components.sentence_runs import styled_start
from cmkg.nlp.role_words import role_words
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["merge_persons", "strip_post_nominals"]

MAX_BODY_TOKENS = 12


def _title_word(t: Token, heads: frozenset[str]) -> bool:
    """A word of a title or a portfolio ('Energy Resources'): where a name read backwards starts."""
    portfolio = t.lower_ in _w("persons.portfolio_words")
    return not_a_name(t, heads) or portfolio or is_anchor(t, heads) or _tt.rest_of_office(t)  # "Consul General"


def _who_persons(doc: Doc, heads: frozenset[str]) -> list[Span]:
    """'said Aminata Diallo, who heads the ministry': a name 'who' takes up is a person's, whatever the model says;
    so is a name a lowercase title is apposed to ('Marieke de Vries, the mines, energy and water minister,')."""
    out = []
    for t in doc:
        if t.i < 3 or doc[t.i - 1].text != ",":
            continue
        relative = t.lower_ in _w("persons.personal_relatives")
        if not (relative or _apposed_lowercase_title(doc, t.i, heads) or _apposed_capital_title(doc, t.i, heads)):
            continue
        end = t.i - 1
        start = end
        while (
            start > t.sent.start
            and not _title_word(doc[start - 1], heads)
            and (
                _capitalised(doc[start - 1])
                or doc[start - 1].lower_ in _w("persons.name_particles")
                or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_)  # Pieter-Jan
            )
        ):
            start -= 1
        if doc[start].pos_ in ("ADP", "DET", "SCONJ", "CCONJ"):
            continue  # 'In Lagos, Minister of Mines ...': a circumstance, not a name
        words = [x for x in doc[start:end] if name_word(x) and x.lower_ not in _w("persons.name_particles")]
        linked = any(x.ent_kb_id_ for x in doc[start:end])
        if (
            2 <= name_word_count(words) <= MAX_NAME_WORDS
            and not linked
            and not any(not_a_name(x, heads) or _body_word(x) for x in words)
        ):
            out.append(Span(doc, start, end, label="PERSON"))
    return out


def _peer_names(doc: Doc, heads: frozenset[str]) -> list[Span]:
    """'Answered by Baroness Jones of Whitchurch, Parliamentary Under-Secretary of State': a peer's name with its
    style and designation wherever it stands; the model tags a piece of it, or none. Not a title word after the
    style ('Lord Mayor', 'Lord Chancellor'), which names an office."""
    out: list[Span] = []
    for sent in doc.sents:
        i = sent.start
        while i < sent.end - 1:
            end = peer_name_end(doc, i, sent.end)
            if end > i + 1 and not any(not_a_name(t, heads) or is_anchor(t, heads) for t in doc[i + 1 : end]):
                out.append(Span(doc, i, end, label="PERSON"))
                i = end
            else:
                i += 1
    return out


def _post_nominal_persons(doc: Doc, heads: frozenset[str]) -> list[Span]:
    """'Ishibe Kentaro MP said': two or more name words right before the letters of a public office
    (``persons.office_post_nominals``) are a person's name, whatever the model tagged them (often an organisation);
    so are those right before a legislator's party tag ('Karolina Wiśniewska-Bąk (ECR, PL) said', ``party_tags``)."""
    offices = rules().table("persons.office_post_nominals")
    out: list[Span] = []
    for t in doc:
        tagged = t.text == "(" and tag_at(doc, t.i) is not None
        if not tagged and (t.text.rstrip(".") not in offices or t.i == t.sent.start):
            continue
        if not tagged and t.i + 1 < len(doc) and _capitalised(doc[t.i + 1]):
            continue  # "North Shields MP Rafael Quispe", "Plaid Cymru MP X": a seat or party, the name after
        start = _name_start(doc, t, heads)
        place = doc[start].ent_type_ in ("GPE", "NORP", "LOC") and not tagged  # a seat's place, not a misread name
        if t.i - start >= 2 and not place:
            out.append(Span(doc, start, t.i, label="PERSON"))
    return out


def _name_start(doc: Doc, t: Token, heads: frozenset[str]) -> int:
    """Where the run of name words right before ``t`` starts (``t.i`` when there is none)."""
    start = t.i
    particles = _w("persons.name_particles")
    while start > t.sent.start and sum(x.text not in _HYPHENS for x in doc[start : t.i]) < MAX_NAME_WORDS:
        x = doc[start - 1]
        inside = x.lower_ in particles and start - 1 > t.sent.start and _capitalised(doc[start - 2])
        named = _capitalised(x) and name_word(x) and not x.ent_kb_id_ and not _title_word(x, heads)
        named = named and not _stop_word(x, heads)  # 'MEPs', 'Conservative', 'Yesterday' before the name
        glued = x.text in _HYPHENS and start - 1 > t.sent.start and _capitalised(doc[start - 2])  # 'Wiśniewska-Bąk'
        if not (named or inside or glued):  # 'Nurul Huda binti Ismail MP': a particle between name words
            break
        start -= 1
    return start


def _stop_word(x: Token, heads: frozenset[str]) -> bool:
    """A word before a tagged name that is no part of it: a plural title ('MEPs'), a party or bench word
    (``officials.tag_name_stops``), a date or a people's adjective."""
    plural = x.lower_.endswith("s") and x.lower_[:-1] in heads
    return plural or x.lower_ in _w("officials.tag_name_stops") or x.ent_type_ in ("DATE", "TIME", "NORP")


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _apposed_lowercase_title(doc: Doc, i: int, heads: frozenset[str]) -> bool:
    """', the trade, industry and energy minister,': the article, lowercase portfolio and title words (a comma
    only between portfolios) and a title word last, closed by a comma or the sentence end."""
    if doc[i].lower_ not in _w("officials.definite_article"):
        return False
    j, end = i + 1, min(doc[i].sent.end, i + 10)
    portfolios = _w("persons.portfolio_words")
    while j < end and (doc[j].is_lower or (doc[j].text == "," and doc[j - 1].lower_ in portfolios)):
        if doc[j].text == ",":
            j += 1
            continue
        if not (_title_word(doc[j], heads) or doc[j].lower_ in _w("persons.list_joiners")):
            return False
        j += 1
    closed = j >= doc[i].sent.end or doc[j].text in (",", ".") or doc[j].is_sent_end
    return j > i + 1 and closed and is_anchor(doc[j - 1], heads)


def _apposed_capital_title(doc: Doc, i: int, heads: frozenset[str], closed_at: int | None = None) -> bool:
    """', Chairman of the Senate Committee on Mines,': a capitalised title word and its 'of' or 'for' phrase apposed
    to the run before the comma make it a name the model tagged as a place or a firm ('Tunde Adeyemi')."""
    t = doc[i]
    if not t.text[:1].isupper() or is_honorific(t) or i + 2 >= len(doc):
        return False
    body_start = doc[i + 2].text[:1].isupper() or doc[i + 2].is_stop
    if doc[i + 1].lower_ not in _w("persons.title_links") or not body_start:
        return False
    body, closed = [], False
    for x in doc[i : min(len(doc), i + MAX_BODY_TOKENS)]:
        if x.is_punct or x.pos_ in ("VERB", "AUX"):
            closed = x.text == "," and x.i == (closed_at or x.i)  # 'Minister of Mines Dele Alake said' is a title
            break
        body.append(x)
    if t.lower_ in _w("officials.chair_titles"):
        return closed and public_chair_title(doc, i, i + len(body))
    return closed and is_anchor(t, heads) and not private_employer(body)  # 'X, President of Kamoa Copper,'


def _body_word(x: Token) -> bool:
    """'Public Information Services', 'Mining Cadastre Office': a portfolio or body word names an office, no one."""
    return x.lower_ in _w("persons.portfolio_words", "officials.government_body_nouns")


def _titled_appositions(doc: Doc, heads: frozenset[str]) -> list[Span]:
    """'The Chairman of the House Committee on Mines, Hon. Tunde Adeyemi, backed': a name set off by commas right
    after a capitalised title phrase is a person's, whatever the model tagged it (a place, a firm)."""
    out = []
    for c in (t.i for t in doc if t.text == "," and 0 < t.i < len(doc) - 3):
        start = c + 1
        while start < len(doc) and (is_honorific(doc[start]) or doc[start].text == "."):
            start += 1
        end = start
        while (
            end < len(doc)
            and end - start <= MAX_NAME_WORDS
            and doc[end].text not in (",", "(")
            and (_capitalised(doc[end]) or doc[end].lower_ in _w("persons.name_particles") or doc[end].text in _HYPHENS)
        ):
            end += 1
        named = any(x.ent_kb_id_ or x.ent_type_ == "PERSON" for x in doc[start:end])
        if end >= len(doc) or doc[end].text != "," or named:
            continue
        words = [x for x in doc[start:end] if name_word(x) and x.lower_ not in _w("persons.name_particles")]
        name = 2 <= name_word_count(words) <= MAX_NAME_WORDS and not any(
            not_a_name(x, heads) or _body_word(x) for x in words
        )
        if name and _title_segment_before(doc, c, heads):
            out.append(Span(doc, start, end, label="PERSON"))
    return out


def _title_segment_before(doc: Doc, comma: int, heads: frozenset[str]) -> bool:
    """The words before the comma, back to the sentence start or an article, are a capitalised title with its body."""
    a = comma - 1
    while a > doc[comma].sent.start and (
        doc[a - 1].text[:1].isupper() or doc[a - 1].lower_ in _w("persons.title_links")
    ):
        a -= 1
    if doc[a].lower_ in _w("officials.definite_article"):
        a += 1  # 'The Chairman of ...' at the sentence start
    elif not (a == doc[comma].sent.start or doc[a - 1].lower_ in _w("officials.definite_article")):
        return False
    return _apposed_capital_title(doc, a, heads, closed_at=comma)


def _title_phrase(span: Span) -> bool:
    """'Crown Prince', 'Prime Minister': a model PERSON span that is a whole title phrase of ``lexicon_roles.tsv``."""
    return " ".join(t.lower_ for t in span) in _head_phrases()


@lru_cache(maxsize=1)
def _head_phrases() -> frozenset[str]:
    return frozenset(word for word in role_words("head") if " " in word)


def strip_post_nominals(ent: Span) -> Span | None:
    """'Roger Cook MLA', 'Madeleine King MP': letters after a name (``persons.post_nominals``) are no part of it."""
    if ent.label_ != "PERSON":
        return ent
    end = ent.end
    while end > ent.start + 1 and _tt.post_nominal(ent.doc[end - 1]):
        end -= 1
    if end == ent.end:
        only = all(_tt.post_nominal(t) for t in ent)
        return None if only else ent  # ", MLA,": the letters alone are no name
    return Span(ent.doc, ent.start, end, label="PERSON", kb_id=ent.kb_id_) if end - ent.start >= 1 else None


_PARTICIPLE_ENDS = ("ed", "ing")  # "Albanese-led", "Milei-backed", "Trump-brokered", "Xi-dominated"


def _hyphen_tail(ent: Span) -> Span:
    """'Kang Hoon-sik' cut by the model at the hyphen: the glued '-sik' is the name's own (a Korean given name's
    second syllable), not a word after it."""
    doc, end = ent.doc, ent.end
    glued = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
    tail = doc[end + 1] if glued else None
    # a syllable, lower case ('-sik'); not a participle or adjective ('Albanese-led', 'Milei-backed') nor a name
    if ent.label_ != "PERSON" or tail is None or not tail.is_alpha or not tail.is_lower or tail.ent_type_:
        return ent
    if tail.lower_.endswith(_PARTICIPLE_ENDS) or tail.lower_ in _w("persons.compound_tails"):
        return ent
    return Span(doc, ent.start, end + 2, label=ent.label_, kb_id=ent.kb_id_)


def _whole_name(ent: Span) -> Span:
    """The model's name span cut at a particle or run past the name ('Friedrich von der' before 'Heide of Rwanda',
    'Azman bin Yusof of' before 'Zimbabwe'): a trailing lower-case word that is no particle leaves the name, and a
    name ending in a particle takes the capitalised word after it."""
    doc, start, end = ent.doc, ent.start, ent.end
    particles = _w("persons.name_particles")
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ not in particles:
        if doc[end - 2].text == "-" and not doc[end - 2].whitespace_:
            break  # 'Lee Jae-myung': the glued syllable after a hyphen is the name's own
        end -= 1
    if doc[end - 1].lower_ in particles and end < len(doc) and _capitalised(doc[end]) and not doc[end].ent_type_:
        end += 1
    if (start, end) == (ent.start, ent.end) or ent.label_ != "PERSON":
        return ent
    return Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_)


def merge_persons(doc: Doc, heads: frozenset[str], extra: list[Span] = ()) -> list[Span]:
    """Put title-anchored names (and ``extra`` ones, from signature blocks) into ``doc.ents``:
    they win over the model's unlinked spans they overlap."""
    found = list(extra) + title_anchored_persons(doc, heads) + _who_persons(doc, heads) + _peer_names(doc, heads)
    found += _post_nominal_persons(doc, heads) + _titled_appositions(doc, heads)
    cleaned: list[Span] = []
    for e in doc.ents:
        if e.label_ == "PERSON" and not e.kb_id_:
            stripped = strip_title(e, heads)
            if (
                stripped is not None
                and not any(not_a_name(t, frozenset()) for t in stripped)
                and stripped[-1].lower_ not in _w("persons.portfolio_words")  # 'Critical Minerals' in a title
                and not all(t.lower_ in _w("persons.post_head_words") for t in stripped)  # 'Ambassador Extraordinary'
                and not _title_phrase(stripped)  # 'X, Crown Prince and Prime Minister': the title apposed to X
            ):
                cleaned.append(stripped)  # 'SAFE Founder', 'Green Deal' are not people
        else:
            cleaned.append(e)
    places = rules().table("officials.subnational_places")  # "Governor of Minas Gerais, X": a province, no name
    found = [s for s in map(strip_post_nominals, found) if s is not None and s.text not in places]
    cleaned = [_whole_name(_hyphen_tail(e)) for e in map(strip_post_nominals, cleaned) if e is not None]
    # 'His Excellency X', 'HE X', 'H.E. Dr. X', whoever read the name: the styles are no part of it
    unstyled = lambda s: Span(doc, styled_start(doc, s.start, s.end), s.end, label=s.label_, kb_id=s.kb_id_)  # noqa: E731
    found, cleaned = [unstyled(s) for s in found], [unstyled(e) if e.label_ == "PERSON" else e for e in cleaned]
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [e for e in cleaned if e.kb_id_ or not any(i in taken for i in range(e.start, e.end))]
    doc.ents = filter_spans([e for e in kept if e.kb_id_] + found + [e for e in kept if not e.kb_id_])
    return found
