"""Reattach what follows an inserted clause to the word the clause interrupts.

Real sentences put an appositive, participial phrase or relative clause between a trigger and its
items: "partnerships with Tokyo, a long-standing partner, and with Seoul", "licences for graphite, a
requirement it introduced last year, and for antimony", "Zambia, Poland, one of its allies, and Chile".
The small parser then hangs the rest of the series inside the inserted clause (the conjunct becomes a
conjunct of 'partner' or of 'used', the 'with' phrase a dependent of 'first'), and every rule that walks
conjuncts or 'with' phrases loses it.  This component runs after the entity linker and before the rule
layers: for each stretch between two commas (or dashes) that names nothing (no state, grouping, person or mineral)
and follows a noun, it hangs the clause on that noun and gives the word after the second comma the head
it would have had without the clause.  The repair is over syntax and entity classes only; it moves a
token only when the clause it hangs from is such a stretch, so a list of states is never read as one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.dep_labels import ANY_SUBJECT_DEPS
from cmkg.nlp.rules import words as _w

__all__ = ["reattach_insertions"]

MINERAL = "MINERAL"
STATE_LABELS = frozenset({"GPE", "NORP"})
COMMAS, DASHES = frozenset({","}), frozenset({"-", "--", "\u2013", "\u2014"})
MAX_CLAUSE = 14  # tokens between the commas; longer stretches are more often a clause of the sentence itself
DESCRIBING = frozenset({"MINERAL", "PERCENT"})  # what a state's description names: its goods, its share of them
NAMING = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC", "MINERAL", "PERCENT", "MONEY"})
NOMINAL = frozenset({"NOUN", "PROPN"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})  # which/that, who/whom, whose, where
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
PAST_FORMS = frozenset({"VBD", "VBN"})
SUBJECTS = ANY_SUBJECT_DEPS
CLAUSE_DEPS = frozenset({"appos", "relcl", "acl", "conj", "dobj", "npadvmod", "advcl", "attr", "nsubj", "dep"})


def _names_nothing(span: Span, anchor: Token, root: Token) -> bool:
    """The stretch is neutral material: no named thing, no coordinator at its edge, not a bare name.  A mineral
    or a percentage may sit inside a state's own description ('Chile, the world's largest copper producer,',
    'Congo, which mines about 70% of the world's cobalt,'), never head the stretch or follow a mineral (there the
    stretch is another item of a list of goods)."""
    described = anchor.ent_type_ in STATE_LABELS and root.ent_type_ not in DESCRIBING  # a state's own description
    if any(t.ent_type_ in NAMING and not (described and t.ent_type_ in DESCRIBING) for t in span):
        return False
    if span[0].tag_ == "CC" or span[-1].tag_ == "CC":
        return False
    return len(span) >= 2


def _root(tokens: Span) -> Token | None:
    """The one token of the stretch whose head lies outside it (None if the stretch is not one subtree)."""
    roots = [t for t in tokens if not (tokens.start <= t.head.i < tokens.end) or t.head == t]
    return roots[0] if len(roots) == 1 else None


def _entity_root(t: Token) -> Token:
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    return ent.root if ent is not None else t


def _inside(t: Token, span: Span) -> bool:
    return span.start <= t.head.i < span.end


def _raised(moved: Token, target: Token) -> bool:
    """The parser made the last item a conjunct of the verb above the series ('signed ..., and Fiji')."""
    return moved.dep_ == "conj" and moved.head.pos_ in ("VERB", "AUX") and moved.head in target.ancestors


def _hang_clause(anchor: Token, root: Token, span: Span) -> None:
    """The clause becomes a modifier of the noun it follows (relative, participial or apposed)."""
    if (root.head == anchor and root.dep_ != "conj") or root in anchor.ancestors:
        return  # a conjunct of the anchor is no coordination when a comma, not 'and', closes it
    root.head = anchor
    root.dep_ = "relcl" if span[0].tag_ in RELATIVE_TAGS else "acl" if root.pos_ == "VERB" else "appos"


def _rejoin(anchor: Token, cc: Token, nxt: Token, span: Span) -> bool:
    """'with A, <clause>, and with B' / 'A, <clause>, and B': B is again a conjunct of what A hangs from."""
    if anchor.dep_ == "pobj" and nxt.pos_ == "ADP" and nxt.lower_ == anchor.head.lower_ and nxt.head != anchor.head:
        target, moved = anchor.head, nxt
    else:
        moved, target = _entity_root(nxt), _entity_root(anchor)
        same_kind = bool(anchor.ent_type_) and nxt.ent_type_ == anchor.ent_type_
        if not same_kind or moved == target or not (_inside(moved, span) or _raised(moved, target)):
            return False
    if target in moved.subtree:
        return False
    moved.head, moved.dep_ = target, "conj"
    cc.head, cc.dep_ = target, "cc"
    return True


def _take_place(new: Token, old: Token) -> None:
    """``new`` takes the head and relation that ``old`` had (the sentence's root when old was)."""
    if old.head == old:
        new.head, new.dep_ = new, "ROOT"
    else:
        new.head, new.dep_ = old.head, old.dep_


def _rejoin_subjects(anchor: Token, cc: Token, nxt: Token) -> bool:
    """'Spain, keen to attract investment, and Italy decided to ...': the parser made B the subject of the
    verb and the verb a conjunct of A; the verb is the clause's own, A and B its coordinated subject."""
    moved, target = _entity_root(nxt), _entity_root(anchor)
    verb = moved.head
    if not anchor.ent_type_ or nxt.ent_type_ != anchor.ent_type_ or moved.dep_ != "nsubj":
        return False
    if verb.dep_ != "conj" or verb.head != target or verb.pos_ not in ("VERB", "AUX"):
        return False
    _take_place(verb, target)
    target.head, target.dep_ = verb, "nsubj"
    moved.head, moved.dep_ = target, "conj"
    cc.head, cc.dep_ = target, "cc"
    return True


def _clause_after_preposition(anchor: Token, verb: Token) -> bool:
    """'a week after Brazil, keen to attract investment, signed a memorandum': the parser read 'after' as a
    preposition with Brazil its object and the signing as a subjectless conjunct of the main verb; the
    preposition opens the clause, Brazil is its subject."""
    opener = anchor.head
    if anchor.dep_ != "pobj" or opener.dep_ != "prep" or opener.lower_ not in _w("syntax.clause_prepositions"):
        return False
    if verb.tag_ not in FINITE or verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    if verb.head != opener.head and verb.head not in opener.ancestors:  # 'less than a month after A, ..., signed'
        return False
    verb.head, verb.dep_ = opener.head, "advcl"
    opener.head, opener.dep_ = verb, "mark"
    anchor.head, anchor.dep_ = verb, "nsubj"
    return True


def _pull_back(anchor: Token, span: Span, sent: Span) -> None:
    """Prepositional phrases after the clause that the parser hung inside it go back to the anchor's verb
    (or to the anchor itself when it is no verb's argument): 'a plan, the first of its kind, with B'."""
    host = anchor.head if anchor.head.pos_ in ("VERB", "AUX") and anchor.head != anchor else anchor
    for t in sent.doc[span.end + 1 : sent.end]:
        if t.dep_ == "prep" and _inside(t, span) and host not in t.subtree:
            t.head = host


def _return_object(verb: Token, before: Span, sent: Span) -> None:
    """'Malaysia, home to several mines, banned exports of gallium': a noun after the verb that the parser
    hung on the subject before the clause is the verb's object."""
    for t in sent.doc[verb.i + 1 : sent.end]:
        if (
            t.pos_ in NOMINAL
            and before.start <= t.head.i < before.end
            and not any(c.dep_ == "dobj" for c in verb.children)
        ):
            t.head, t.dep_ = verb, "dobj"


def _restore_subject(sent: Span, span: Span, anchor: Token, verb: Token) -> bool:
    """'Chile, which holds the largest reserves, signed ...': the noun phrase that opens the sentence is the
    subject of the finite verb after the clause, which the parser made a modifier or swallowed into it."""
    modified = verb.head if _verb_read_as_modifier(verb) else None
    if verb.tag_ not in FINITE and modified is None:
        return False
    before = sent.doc[sent.start : span.start - 1]
    if any(c.dep_ in SUBJECTS for c in verb.children):
        _return_object(verb, before, sent)
        return False
    heads = [t for t in before if not (before.start <= t.head.i < before.end) or t.head == t]
    if (
        len(heads) != 1
        or heads[0].pos_ not in NOMINAL
        or any(t.pos_ in ("VERB", "AUX", "ADP") and not t.ent_type_ for t in before)
    ):
        return False
    subject = heads[0]
    if verb.head != verb and (_inside(verb, span) or verb.head in subject.subtree):
        verb.head, verb.dep_ = verb, "ROOT"
    if verb in subject.ancestors or verb.head == verb:
        subject.head, subject.dep_ = verb, "nsubj"
        if modified is not None:
            modified.head, modified.dep_, verb.tag_ = verb, "dobj", "VBD"
        _return_object(verb, before, sent)
        return True
    return False


def _verb_read_as_modifier(verb: Token) -> bool:
    """'Congo, which mines most of the world's cobalt, banned cobalt exports': after a clause that names goods the
    parser reads the past-tense verb as an adjective on the noun after it and hangs that noun inside the clause."""
    return verb.tag_ in PAST_FORMS and verb.dep_ == "amod" and verb.head.i > verb.i and verb.head.pos_ in NOMINAL


def _object_after_adverbial(verb: Token, root: Token, span: Span, sent: Span) -> bool:
    """'banned, with immediate effect, exports of X', 'will restrict, from June, exports of X': an
    adverbial phrase set off by commas between a verb and its object; the parser hangs the object as a conjunct
    of the phrase. The noun phrase after the second comma is the verb's object again. (An -ing form the tagger
    read as a noun there, 'a directive prohibiting, ..., the export', stays unrepaired: its lemma is a noun's.)"""
    if not verb.tag_.startswith("VB") or root.pos_ not in ("ADP", "ADV") or not _names_nothing(span, verb, root):
        return False
    if any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return False
    after = sent.doc[span.end + 1 : sent.end]
    heads = [t for t in after if t.pos_ in NOMINAL and (t.head == verb or _inside(t, span)) and t.dep_ != "dobj"]
    if not heads or heads[0].dep_ not in ("conj", "appos", "npadvmod", "dep"):
        return False
    heads[0].head, heads[0].dep_ = verb, "dobj"
    return True


def _spaced(t: Token) -> bool:
    """A dash set off by spaces, not the hyphen inside 'long-standing'."""
    return bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


def _bounded_stretches(sent: Span) -> list[tuple[int, int]]:
    """Pairs of neighbouring commas, or of neighbouring dashes ('with Chile - the first of its kind - and ...')."""
    out = []
    for marks in (COMMAS, DASHES):
        at = [t.i for t in sent if t.text in marks and (marks is COMMAS or _spaced(t))]
        out += list(zip(at, at[1:], strict=False))
    return sorted(out)


def reattach_insertions(doc: Doc) -> Doc:
    for sent in doc.sents:
        for a, b in _bounded_stretches(sent):
            if not 2 <= b - a - 1 <= MAX_CLAUSE or a == sent.start or b + 1 >= sent.end:
                continue
            anchor, span = doc[a - 1], doc[a + 1 : b]
            root = _root(span)
            if root is not None and _object_after_adverbial(anchor, root, span, sent):
                continue
            if anchor.pos_ not in NOMINAL or root is None or not _names_nothing(span, anchor, root):
                continue
            nxt = doc[b + 1]
            if nxt.tag_ == "CC" and b + 2 < sent.end:
                if _rejoin(anchor, nxt, doc[b + 2], span) or _rejoin_subjects(anchor, nxt, doc[b + 2]):
                    _hang_clause(anchor, root, span)
            elif _clause_after_preposition(anchor, nxt) or _restore_subject(sent, span, anchor, nxt):
                _hang_clause(anchor, root, span)
            elif root.dep_ in CLAUSE_DEPS and any(_inside(t, span) for t in doc[b + 1 : sent.end]):
                _hang_clause(anchor, root, span)
                _pull_back(anchor, span, sent)
    return doc
