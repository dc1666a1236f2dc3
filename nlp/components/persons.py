"""Title-anchored person detection: a title, then a run of proper nouns, is a person.

The small model misses names it has not seen ("Minister of Industry and Construction Thandiwe Mthembu",
"Park Seo-yeon", "Faisal al-Harthy") or swallows the title into the name ("Treasurer Jim Chalmers").  Names
in real news are open-ended, so the anchor is the title, not a list of names: a title word
(``lexicon_roles.tsv`` heads, honorifics) optionally followed by a portfolio tail ("of Mines and Energy", "for
Foreign Affairs and Trade"), then a run of capitalised words, initials and name particles (bin, al-, von der).
Portfolio words (``persons.portfolio_words``) end the title, so the name is what follows them.  The officials
gazetteer stays a supplement.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components import title_tails as _tails
from cmkg.nlp.components import title_tokens as _tt
from cmkg.nlp.components.name_forms import (
    body_possessor,
    capitalised_after_links,
    glued_initial_name,
    leaves_shouted_run,
    name_onset,
    name_word,
    name_word_count,
    past_firm_names,
    peer_name_end,
    subnational_at,
)
from cmkg.nlp.components.sentence_runs import capital_honorific, run_start
from cmkg.nlp.components.sentence_runs import capitalised as _capitalised
from cmkg.nlp.components.sentence_runs import run_limit as _run_limit
from cmkg.nlp.components.title_heads import head_after, portfolio_head, public_chair
from cmkg.nlp.role_words import role_words
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "title_anchored_persons",
    "strip_title",
    "name_word",
    "not_a_name",
    "title_end",
    "is_anchor",
    "is_honorific",
    "head_after",
]

MAX_NAME_WORDS = 5
MAX_PORTFOLIO_WORDS = 6
COUNTRY_LABELS = ("GPE", "NORP")


def is_anchor(t: Token, heads: frozenset[str]) -> bool:
    low = t.lower_.rstrip(".")
    plural = _tails.plural_head(t, heads)  # "Senators", "the Foreign Ministers of A and B"
    abbreviation = t.text in rules().table("persons.title_abbreviations")  # "PM", "USTR": case matters ("3 pm")
    named = low in heads or t.lemma_.lower() in heads or is_honorific(t) or portfolio_head(t)
    # 'Ranking Member': a two-word head whose last word is no head alone
    paired = t.i > 1 and f"{t.doc[t.i - 1].lower_} {low}" in heads and t.doc[t.i - 2].text != "-"  # 'high-ranking'
    return named or plural or abbreviation or paired or public_chair(t)


def is_honorific(t: Token) -> bool:
    """'Dr', 'Alhaji', 'Datuk', or a word of a two-word honorific ('Tan Sri', 'Yang Berhormat') beside its partner."""
    if t.lower_.rstrip(".") in _w("persons.honorifics") or capital_honorific(t):
        return True
    doc, phrases = t.doc, _w("persons.honorific_phrases")
    if t.lower_ in _w("persons.chain_honorifics"):  # "Tengku Datuk Seri X": a style only before another one
        return t.i + 1 < len(doc) and t.i + 1 < t.sent.end and is_honorific(doc[t.i + 1])
    before = doc[t.i - 1] if t.i > 0 else None
    if t.text in _w("persons.honorific_apostrophes") and before is not None and not before.whitespace_:
        return before.lower_ in _w("persons.honorifics")  # "Dato’ Seri": the apostrophe of a Malay honorific
    if before is not None and before.text in _w("persons.honorific_apostrophes") and before.i > 0:
        before = doc[before.i - 1]  # "Dato' Sri": the phrase reads across the apostrophe
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    dotted = t.lower_ if t.text.endswith(".") else t.lower_ + "." if after is not None and after.text == "." else ""
    if dotted in _w("persons.dotted_honorifics") and (t.text.endswith(".") or not t.whitespace_):
        return True  # "Eng.", "Ing.": only with the stop ('Ng Eng Hen' is a name)
    if _tt.titlecase_honorific(t, after):
        return True
    return (before is not None and f"{before.lower_} {t.lower_}" in phrases) or (
        after is not None and f"{t.lower_} {after.lower_}" in phrases
    )


def title_end(doc: Doc, i: int, end: int, heads: frozenset[str]) -> int:
    """Index after the title that starts with the anchor at ``i``: heads, 'and' heads, a portfolio tail."""
    k = i + 1
    portfolio = _w("persons.portfolio_words")
    while k < end:
        t = doc[k]
        low = t.lower_.rstrip(".")
        link = low in _w("persons.title_links") and k + 1 < end and _tails.body_link(doc, k)  # not 'in the 1990s'
        if link and (tail := _link_tail(doc, k, end, heads)) > k + 1:
            k = tail  # "of Solid Minerals Development", "of Geology, Mining and Mineral Transformation, X"
            continue
        if step := _tt.post_head_step(doc, k, end, heads):
            k += step  # "Director General", "Director-General": a word that completes the title before it
            continue
        if t.text == "." and not doc[k - 1].whitespace_ and is_honorific(doc[k - 1]):
            k += 1  # "Minister Hon. Tom X": the stop of the honorific
            continue
        if (tail := _tails.tail_before_name(doc, k, end, is_honorific)) > k:
            k = tail  # "for Trade Negotiations Mr. X", "of Mineral Research and Exploration (MTA) X"
            continue
        if _tt.surname_like_head(doc, k, end, heads) or _tt.given_name_head(doc, k, end, heads):
            break  # "Minister King and I", "Dr. Sultan bin Ahmed": a title word that starts or is a name
        if (
            (
                low in heads
                or (low.removesuffix("s") in heads and doc[k - 1].lower_ in _w("persons.title_links"))  # "of Ministers"
                or is_honorific(t)
                or portfolio_head(t)
                or (
                    low in portfolio | _w("persons.institution_words")  # "President of the Republic"
                    and (_capitalised(t) or doc[k - 1].lower_ in _w("persons.title_links") | portfolio)
                )
                or (link and (_capitalised(doc[k + 1]) or doc[k + 1].lower_ in _w("persons.title_links") | portfolio))
            )
            or t.text == ","
            and _tt.serial_portfolio(doc, k + 1, end)
        ):
            k += 1
        elif (
            t.ent_type_ in COUNTRY_LABELS + ("ORG",) and t.ent_kb_id_ and doc[k - 1].lower_ in _w("persons.title_links")
        ):
            k += 1  # "Ambassador to the United States", "Minister of State of Japan"
        elif step := _tt.place_in_title(doc, k) or _tails.post_of_mission(doc, k, end):
            k += step  # "Ambassador to South Africa", "Governor of California": the post's place
        elif low in _w("persons.host_links") and k + 1 < end and doc[k + 1].ent_type_ in COUNTRY_LABELS:
            k += 2  # "ambassador in Washington": the post's place, no part of the name
        else:
            break
    return k


def _link_tail(doc: Doc, k: int, end: int, heads: frozenset[str]) -> int:
    """Index after the capitalised words a title link at ``k`` opens: an unknown word before a known one is in the
    title ("of Solid Minerals Development"), and so is a comma series' last portfolio, known or not ("of Geology,
    Mining and Mineral Transformation, X"); ``k`` when neither reaches past the next word."""
    if not _capitalised(doc[k + 1]):
        return k
    known = doc[k + 1].lower_ in _w("persons.portfolio_words")
    return max(
        k if known else _portfolio_tail(doc, k + 1, end, heads),
        _tails.last_of_series(doc, k, end, lambda x: is_anchor(x, heads)),
    )


def _portfolio_tail(doc: Doc, k: int, end: int, heads: frozenset[str]) -> int:
    """Index after the last portfolio word of the capitalised run at ``k`` (``k`` when it holds none). Portfolios are
    open-ended ("Solid Minerals Development", "Energy Transition"): a capitalised word the list does not know still
    belongs to the title when a known portfolio word follows it before any comma or link word.  A title word or a
    name the model tags as PERSON ends the run."""
    links = _w("persons.title_links")
    last, unknown, run = k, False, 0
    for j in range(k, min(end, k + MAX_PORTFOLIO_WORDS)):
        t = doc[j]
        if t.ent_type_ == "PERSON" or is_anchor(t, heads):
            break
        if _capitalised(t) and _tails.portfolio_word(t):  # "High Technology Energies": a plural one too
            last, unknown, run = j + 1, False, 0
        elif t.text == "," and unknown:
            break  # "State Antony Blinken, Commerce ...": the name came first
        elif t.text == "," or t.lower_ in links:
            run = 0
        elif _capitalised(t) and run == 0:
            unknown, run = True, 1  # one unknown word at a time: two in a row are a name
        else:
            break
    return last


def _same_ent(doc: Doc, k: int) -> bool:
    return doc[k - 1].ent_type_ == doc[k].ent_type_


def _datelike(t: Token) -> bool:
    return t.like_num or t.lower_.rstrip(".") in _w("dates.months")


def _name_run(doc: Doc, k: int, end: int) -> int:
    """Index after the proper-noun run starting at ``k`` (0 words if it is not a name)."""
    particles = _w("persons.name_particles")
    j = k
    words = 0
    while j < end and words <= MAX_NAME_WORDS:
        t = doc[j]
        glued = j > k and not doc[j - 1].whitespace_ and (doc[j - 1].text == "-" or t.text == "-")
        if (
            t.ent_type_ in COUNTRY_LABELS
            and t.ent_kb_id_
            and not (j == k and _tt.place_opens_name(doc, k, end))
            or t.ent_type_ in ("DATE", "TIME", "CARDINAL")
            and _datelike(t)
        ):
            break  # not a name the model mistook for a date ("Pieter-Jan")
        if j > k and _tt.post_nominal(t):
            break  # "the Honourable X MEP": letters after the name
        if leaves_shouted_run(doc, k, j):
            break
        if glued and t.lower_ in _w("entities.based_suffixes"):
            j = k  # "Toronto-based": an adjective of place, no name
            break
        if _capitalised(t) and t.pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB") or glued or glued_initial_name(t):
            words += t.text != "-"
        elif t.lower_ in particles:
            pass  # "bin", "von der": inside a name, or opening one after a bare title ("President von der Leyen")
        else:
            break
        j += 1
    while j > k and (doc[j - 1].lower_ in particles or doc[j - 1].text == "-"):
        j -= 1
    return j


def title_anchored_persons(doc: Doc, heads: frozenset[str]) -> list[Span]:
    """PERSON spans after titles: 'Minister of Mines and Energy Ricardo Ibarra Soto', 'Ambassador X, Y Z,'."""
    out: list[Span] = []
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            if not is_anchor(doc[i], heads):
                i += 1
                continue
            limit = _run_limit(doc, sent)
            k = title_end(doc, i, limit, heads)
            start = k + 1 if k < sent.end and doc[k].text in (",", "(") else k  # "Minister of X (Shri Y)"
            start = _tails.common_body_end(doc, k, limit) if doc[i].tag_ == "NNS" and start == k else start
            start = _tails.after_dangling_portfolio(doc, k, start, limit)  # "the Head of Strategic Command, General X"
            while start < limit and (is_honorific(doc[start]) or doc[start].text == "." or _styled(doc, start, limit)):
                start += 1  # "the prime minister, Mr X", "the Minister, Her Excellency X": no part of the name
            peer = peer_name_end(doc, start, limit)  # 'Minister for Industry Lord X of Y': the style is the name's
            plural = doc[i].tag_ in ("NNS", "NNPS") or _tails.plural_head(doc[i], heads)  # 'the Foreign Ministers'
            names = (
                [Span(doc, start, peer, label="PERSON")]
                if peer > start
                else _names_after(doc, start, limit, heads, plural)
            )
            names = (
                [] if names and _tt.particle_after_name_word(doc, i, start, lambda x: is_anchor(x, heads)) else names
            )
            names = past_firm_names(doc, names)
            # "at Malacanang Palace, Environment Secretary X": a title its own name follows has none before it
            before = None if names and start == k else _name_before(doc, i, run_start(doc, sent), heads)
            out += [before] if before is not None and not any(s.start == before.start for s in out) else []
            out += names
            i = names[-1].end if names else (k if k > i else i + 1)
    return out


def _styled(doc: Doc, i: int, end: int) -> bool:
    """'Her' in 'Her Excellency', 'His' in 'His Highness': a possessive that opens an honorific."""
    return doc[i].lower_ in _w("persons.honorific_possessives") and i + 1 < end and is_honorific(doc[i + 1])


def _surname_only(doc: Doc, i: int, end: int, heads: frozenset[str]) -> bool:
    """'Commissioner Breton said', 'Minister King and I': one proper noun after a title is a surname.

    Not an acronym, a place, a linked organisation, a date, or a word of the
    title and institution lists (unless it follows a whole title: 'King').
    """
    t = doc[i]
    after = doc[i + 1] if i + 1 < end else None
    return (
        i > 0
        and is_anchor(doc[i - 1], heads)  # straight after the title word: not "for European Green deal"
        and t.pos_ == "PROPN"
        and t.is_alpha
        and not t.is_upper
        and t.ent_type_ not in COUNTRY_LABELS + ("DATE", "TIME", "CARDINAL", "ORDINAL", "MINERAL")
        and not (t.ent_type_ == "ORG" and t.ent_kb_id_)
        and (after is None or not _capitalised(after))
        and (not not_a_name(t, heads) or _tt.surname_like_head(doc, i, end, heads))
        and t.lower_ not in _w("persons.portfolio_words")
    )


def not_a_name(t: Token, heads: frozenset[str]) -> bool:
    """Title, institution and document words never sit inside a name ('SAFE Founder', 'the Joint Statement')."""
    words = _w("persons.institution_words", "persons.address_nouns", "persons.document_words")
    return t.lower_ in heads or t.lower_ in words or t.lower_ in _role_words()


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Private titles (founder, CEO, analyst): never surnames, unlike 'King' or 'Bishop'."""
    return role_words("private")


@lru_cache(maxsize=1)
def _modifier_words() -> frozenset[str]:
    """Words that open a title before its head ('deputy', 'senior'): 'X, a senior official at ...'."""
    return role_words("modifier")


def _name_before(doc: Doc, anchor: int, sent_start: int, heads: frozenset[str]) -> Span | None:
    """'Siti Rahmawati, Canada's Minister of ...', 'Kwame Asare is Deputy Minister of ...': the name before an
    apposed or copular title."""
    j = anchor - 1
    while j >= sent_start and (
        doc[j].ent_type_ in COUNTRY_LABELS
        or doc[j].text in _w("officials.possessive_marks")
        or (_capitalised(doc[j]) and doc[j].lower_ not in heads and doc[j].text != ",")
        or doc[j].lower_ in _w("officials.definite_article", "persons.indefinite_article")
        or doc[j].lower_ in _modifier_words()
    ):
        j -= 1  # the title's own modifiers: "Canada's Deputy Prime", "the Indonesian", "a deputy"
    if j <= sent_start or not (doc[j].text in (",", "(") or _tails.office_copula(doc[j])):  # "X, Minister", "X is"
        return None
    end = j
    while end - 2 > sent_start and doc[end - 2].text == "," and _tt.post_nominal(doc[end - 1]):
        end -= 2  # "Hassan Ali Joho, EGH, Cabinet Secretary": honours letters between the name and its title
    k = end - 1
    particles = _w("persons.name_particles")
    while k >= sent_start and (
        (_capitalised(doc[k]) and not (doc[k].ent_type_ in COUNTRY_LABELS and doc[k].ent_kb_id_) and name_onset(doc[k]))
        or doc[k].lower_ in particles
        or (doc[k].text == "-" and not doc[k].whitespace_)
        or (k > sent_start and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and doc[k].is_alpha)  # Seo-yeon
    ):
        k -= 1
    if k >= sent_start and _tt.place_opens_name(doc, k, end):
        k -= 1  # "Israel Adeyemi, Mozambique's minister": a place as the given name
    if k >= sent_start and doc[k].pos_ not in ("PUNCT", "SPACE", "VERB", "AUX", "ADP", "SCONJ", "CCONJ"):
        return None
    if k >= sent_start and doc[k].lower_ in _w("persons.title_links") - _w("persons.list_joiners") - {"&"}:
        return None  # "Envoy for Critical Minerals, the Honourable X": the run ends a title, it is no name
    if doc[end - 1].lower_ in _w("persons.portfolio_words"):
        return None
    start = _tails.after_inner_style(doc, k + 1, end, is_honorific)  # "Quarries Dr. X, officials": X
    article = _w("officials.definite_article", "persons.honorific_possessives")
    while start < end and (is_anchor(doc[start], heads) or doc[start].text == "." or doc[start].lower_ in article):
        start += 1  # "Dr. Nguyen Thi Lan, ...", "Sheikh Zhang Weiming, ...": the honorific is no part of the name
    alpha = [t for t in doc[start:end] if name_word(t)]
    words = [t for t in alpha if t.lower_ not in particles]  # 'de la' do not count: José Luis Rodríguez de la Fuente
    if not 2 <= name_word_count(words) <= MAX_NAME_WORDS or any(not_a_name(t, heads) for t in alpha):
        return None
    return Span(doc, start, end, label="PERSON")


def _names_after(doc: Doc, start: int, end: int, heads: frozenset[str], plural: bool) -> list[Span]:
    """The name after a title; after a plural title ('Senators'), the listed names."""
    names: list[Span] = []
    if plural and doc[start - 1].lower_ in _w("persons.title_links") - _w("persons.list_joiners"):
        return names  # "the presidents of Alcora and Vantis": bodies the plural title heads, no names
    while start < end:
        stop = _name_run(doc, start, end)
        alpha = [t for t in doc[start:stop] if name_word(t)]
        single = len(alpha) == 1 == stop - start and not plural and _surname_only(doc, start, end, heads)
        named = [t for t in alpha if not_a_name(t, heads) and not _tt.given_name_head(doc, t.i, end, heads)]
        if not single and (name_word_count(alpha) < 2 or named or all(t.ent_type_ == "LOC" for t in alpha)):
            break  # "Additional Secretary (Middle East and Africa)": a desk's region, no name
        if doc[stop - 1].lower_ in _w("persons.portfolio_words") or body_possessor(doc, stop):
            break  # "Envoy for Critical Minerals": the rest of a title; "of the X Producers' Council": a body's
        after = doc[stop + 1] if stop + 1 < end else None
        if after is not None and after.pos_ == "DET" and stop + 2 < end:
            after = doc[stop + 2]  # "X of the Democratic Republic of the Congo": the country after its article
        country = after is not None and after.ent_type_ in COUNTRY_LABELS and bool(after.ent_kb_id_)
        country = country or (after is not None and after.ent_type_ in ("DATE", "TIME"))  # "X on Thursday"
        country = country or (after is not None and subnational_at(doc, after.i))  # "Senator X of Montana"
        if (
            after is not None
            and not country  # "Layla Abdel-Rahman of Argentina" is a name; "X for the Green Deal" a title
            and doc[stop].lower_ in _w("persons.title_links") - {"and", "&"}
            and capitalised_after_links(doc, stop + 1, end)  # "X on the visit" ends the name
        ):
            break  # "... for the European Green Deal, ... of the Commission": the title goes on
        names.append(Span(doc, start, stop, label="PERSON"))
        if not plural:
            break
        start = _tails.place_after_name(doc, stop, end)  # "the governors, A of Catamarca, B of Jujuy and C"
        while start < end and doc[start].lower_ in _w("persons.list_joiners"):
            start += 1
    return names


def strip_title(ent: Span, heads: frozenset[str]) -> Span | None:
    """'Treasurer Jim Chalmers' -> 'Jim Chalmers': a title inside a PERSON span belongs before it."""
    start = ent.start
    while start < ent.end and (
        is_anchor(ent.doc[start], heads)
        or _tt.rest_of_office(ent.doc[start])
        or ent.doc[start].lower_.rstrip(".") in _w("persons.portfolio_words")
        # "The Honourable X": an article that only introduces the honorific
        or (
            ent.doc[start].lower_ in _w("officials.definite_article", "persons.honorific_possessives")
            and start + 1 < ent.end
            and is_anchor(ent.doc[start + 1], heads)
        )
    ):
        start += 1
    if start == ent.start:
        return ent
    alpha = [t for t in ent.doc[start : ent.end] if t.is_alpha]
    return Span(ent.doc, start, ent.end, label="PERSON", kb_id=ent.kb_id_) if len(alpha) >= 1 else None
