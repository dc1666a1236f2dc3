"""Undo a misparse of a name particle read as a verb: "Brazil's Mines Minister João Carlos dos Santos signed ...".

en_core_web_sm reads 'dos' (and 'do') inside a person's name as the verb 'do': it becomes the clause's head, the
words of the name before it its subject, and the real verb ('signed') a complement whose subject is the family
name alone.  Every rule that reads the signing verb's subject or status then misses the sentence.  When a word of
``persons.name_particles`` tagged as a verb sits between words of a person's name (PERSON entities), and the
name's last word is the subject of a verb that hangs on the particle, that verb takes the particle's place and
the particle and the words of the name before it hang on the name's last word as parts of the name.  Over
entity classes, syntax and a word list only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.dep_labels import ANY_SUBJECT_DEPS, SERIES_DEPS
from cmkg.nlp.rules import words as _w

__all__ = ["name_piece_or_particle", "restore_name_particles"]

PERSON = "PERSON"
VERB_TAGS = frozenset({"VERB", "AUX"})


def restore_name_particles(sent: Span) -> None:
    """Re-hang each particle of a person's name that the parser made a verb (see the module docstring)."""
    for p in sent:
        heads_clause = p.pos_ in VERB_TAGS or p.dep_ == "ROOT"  # 'van [den] Broek signed': 'den' a noun root
        if not heads_clause or p.lower_ not in _w("persons.name_particles") or not _inside_name(p, sent):
            continue
        start, last = _name_start(p, sent), _name_end(p, sent)
        verb = last.head if last.i > p.i and last.dep_ in ANY_SUBJECT_DEPS else None
        if verb is not None and verb.head == p and verb.pos_ in VERB_TAGS:
            # 'Minister João Carlos [dos] Santos signed': the verb the name is the subject of takes the particle's place
            verb.head, verb.dep_ = (verb, "ROOT") if p.dep_ == "ROOT" else (p.head, p.dep_)
            _collapse(p, start, last, verb, sent)
            continue
        top = next((x for x in sent.doc[start : p.i] if not start <= x.head.i <= last.i), None)
        if verb is not None and p.head == verb and p.dep_ == "aux" and top is not None:
            # "A's X and B's Minister Maria [do] Carmo Vieira signed": the particle read as the verb's auxiliary,
            # the name's first words as the series item; the whole name is that item
            last.head, last.dep_ = top.head, top.dep_
            top.head, top.dep_ = last, "compound"
            _collapse(p, start, last, verb, sent)
            continue
        item = _series_item_before(start, sent)
        if item is not None and p.dep_ != "ROOT" and last.i > p.i:
            # "President X, A's Minister of Y, João Carlos [dos] Santos, has signed": the next item of the series
            held = p.head
            last.head, last.dep_ = item.head, item.dep_
            _collapse(p, start, last, held, sent)


def _inside_name(p: Token, sent: Span) -> bool:
    """Between two words of a person's name (the entity rules, which run later, may have split the name at the
    particle or the model tagged its words as something else: capitalised proper nouns count)."""
    if not sent.start < p.i < sent.end - 1:
        return False
    before = p.nbor(-1)  # 'van [den] Broek': another particle
    return name_piece_or_particle(before) and _name_piece(p.nbor())


def name_piece_or_particle(x: Token) -> bool:
    """A word that may stand in a person's name before the entity rules run: a PERSON word, a capitalised proper
    noun, or a name particle ('van', 'den', 'do')."""
    return _name_piece(x) or x.lower_ in _w("persons.name_particles")


def _name_piece(x: Token) -> bool:
    return x.ent_type_ == PERSON or (x.pos_ == "PROPN" and x.text[:1].isupper())


def _name_start(p: Token, sent: Span) -> int:
    """The name's first word: PERSON words and given names before the particle, or the words the parser hung on
    the word before it ('Pieter - Jan van [den]', which the model may tag as an organisation)."""
    start = p.i - 1
    while start > sent.start and (_name_word(sent.doc[start - 1]) or _hung_on_name(sent.doc[start - 1], start, p)):
        start -= 1
    return start


def _hung_on_name(x: Token, start: int, p: Token) -> bool:
    capitalised_or_hyphen = x.text[:1].isupper() or x.text == "-"
    return x.dep_ in ("compound", "punct") and start <= x.head.i < p.i and capitalised_or_hyphen


def _name_word(x: Token) -> bool:
    """A word of the name: a PERSON word, or a capitalised given name the model left out of the entity that the
    parser hangs on one ('Ana' in 'Ana Paula dos Reis')."""
    given = x.pos_ == "PROPN" and x.dep_ == "compound" and x.text[:1].isupper() and x.head.ent_type_ == PERSON
    return x.ent_type_ == PERSON or (given and x.head.i > x.i)


def _name_end(p: Token, sent: Span) -> Token:
    """The last word of the person's name the particle sits in."""
    end = p
    while end.i + 1 < sent.end and _name_piece(end.nbor()):
        end = end.nbor()
    return end


def _series_item_before(start: int, sent: Span) -> Token | None:
    """The apposition or conjunct that ends at the comma right before the name ('..., A's Minister of Y, [name]')."""
    doc = sent.doc
    if start - 2 < sent.start or doc[start - 1].text != ",":
        return None
    items = [a for a in (doc[start - 2], *doc[start - 2].ancestors) if a.dep_ in SERIES_DEPS and a.head.i < a.i]
    # an apposition over a conjunct inside it ('Minister of Economy, Trade and Industry')
    return next((a for a in items if a.dep_ == "appos"), items[-1] if items else None)


def _collapse(p: Token, start: int, last: Token, held: Token, sent: Span) -> None:
    """The particle and the name's words before it become parts of the name's last word; the particle's other
    words go to ``held``."""
    name = range(start, last.i + 1)
    for c in [x for x in sent if x.head == p and x != p and x != held and x.i not in name]:
        c.head = held
    for c in [x for x in sent if x.i < start and x.head.i in name and x.head != last]:
        # 'This morning, ..., Pieter-Jan van [den] Broek signed': a fronted phrase the parser hung on the name
        c.head, c.dep_ = held, "npadvmod" if c.dep_ == "compound" else c.dep_
        for x in [x for x in c.children if x.i > c.i and x.dep_ in ("prep", "punct")]:
            x.head = held  # its phrase and comma ('This morning, in a meeting with ...,') are the verb's, as usual
    for n in (sent.doc[i] for i in range(start, p.i)):
        above = n.head
        if above.i in name and above != p:
            continue
        n.head, n.dep_ = last, "compound"  # 'João Carlos' [dos] Santos
        if above.i not in name and above.dep_ in ANY_SUBJECT_DEPS and above.head == held:
            above.head, above.dep_ = last, "nmod"  # "Minister ... João Carlos" read as the subject: the name's title
    p.head, p.dep_ = last, "compound"
    p.pos_, p.tag_, p.lemma_ = "PROPN", "NNP", p.text
