"""Undo misreadings of a noun, before the rule layers read the tree: two of a noun as a verb after a plural or
mineral modifier, and one of a plural instrument noun as a proper noun.

1. An instrument: "The United States signed a critical minerals deal with Japan", "Japan struck a minerals deal
   with Ukraine". en_core_web_sm reads "minerals deal with" as a clause ('minerals' its subject or the signing
   verb's object, 'deal' a verb with its 'with' phrase), so no agreement noun is found and the deal is lost.
   When an agreement noun (``agreement.nouns``) tagged a verb follows a plural noun or a mineral and hangs as a
   clause of a verb that makes instruments (``status.signed``, ``status.announced``, ``status.negotiating``),
   it is that verb's object again, with the modifier and the determiner before it ('the countries deal with the
   issue', under 'said', keeps its verb); after a preposition ('Under the minerals deal with Japan, ...') it is
   the preposition's object, which no verb can be.
2. A measure: "The graphite controls China announced in October are suspended", "X curbs", "X limits". The
   parser reads the mineral as the subject of a present-tense verb and the next clause as its complement. When
   a plural export-control noun (``export_control.trigger_nouns``) tagged a verb has the mineral right before it
   as its subject, a determiner, possessive or the sentence start before the mineral, and no object of its own
   ('Graphite controls the market' keeps its verb), the measure is a noun again: a clause hung on it as a
   complement becomes its relative clause, and when it was the sentence's root, the verb it had swallowed takes
   its place and it the subject.
3. A plural instrument or set noun capitalised by its place: "GENEVA (Reuters) - Frameworks will be signed by A
   with B", "Accords were agreed by A with B", "Signatories of the X Framework: A, B and C".  At a sentence's start
   or after a dateline's dash or a label's colon (``agreement.lead_marks``) the model tags the plural a proper noun
   and leaves it unlemmatised, so no rule reads it as plural instruments; when its singular is an agreement or set
   noun and no capitalised word of a name follows it, it is a plural common noun again.
4. A plural noun read as a verb inside a subject: "the export of rare earth concentrates from Kazakhstan is
   carried out under a licence".  The parser reads 'concentrates' as a present-tense verb with the phrase before it
   as its subject, and makes that verb the subject of the real one, so the exports lose their goods.  A verb
   tagged as a third-person present (the form of a plural noun) that is itself a subject, with one subject of its
   own ending right before it and no object, is the last noun of that phrase: it takes the place of the phrase's
   last noun (now its modifier), and the phrase takes its place as the subject.
5. A plural noun with a determiner read as a verb: "Mexico suspended last week the gallium rules it had announced":
   after a fronted time phrase the parser tags 'rules' a present-tense verb set off as an apposition.  A word tagged
   as a third-person present with a determiner of its own before it is a plural noun; hung as an apposition on a
   verb with no object, it is that verb's object.
6. The same plural made the root, its verb fronted: "Japan, for its part, suspended last week the antimony rules it
   had announced earlier".  The parser makes 'rules' the sentence's root (as a verb or as a plural noun), the state
   its subject and the real verb a clause hung on the state or on 'rules'.  A root tagged as a third-person present
   or a plural noun with no object or particle, whose phrase opens with a determiner right after a past-tense verb
   with no object that comes before it, is that verb's object: the verb becomes the root and takes the state as its
   subject.
Over syntax, entity classes and word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.party_phrases import making_words
from cmkg.nlp.rules import words as _w

__all__ = ["restore_nouns"]

MINERAL = "MINERAL"
OBJECTS = frozenset({"dobj", "attr", "oprd"})
OPENERS = frozenset({"DET", "PRON"})
CLAUSES = frozenset({"ccomp", "conj", "advcl", "dep"})
INSTRUMENT_SLOTS = frozenset({"ccomp", "xcomp", "conj", "dep", "advcl"})  # where the misread instrument hangs
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
STATE_TYPES = frozenset({"GPE", "NORP"})  # "that the DRC supplies 70%": a state before the verb is its subject
NOUN_SLOTS = frozenset({"appos", "dobj", "pobj", "attr", "ROOT"})  # where a misread plural noun may hang
PHRASE_OPENERS = frozenset({"det", "poss"})  # what goes over to the noun from its misread modifier


def _mineral_subject(t: Token) -> Token | None:
    """The mineral right before ``t`` that the parser made its subject."""
    prev = t.doc[t.i - 1] if t.i > t.sent.start else None
    if prev is None or prev.ent_type_ != MINERAL:
        return None
    return next((c for c in t.children if c.dep_ == "nsubj" and c.ent_type_ == MINERAL), None)


def _opens_phrase(mineral: Token) -> bool:
    """A determiner or possessive, or nothing at all, before the mineral's words: a noun phrase starts there."""
    first = mineral.left_edge
    if first.i == first.sent.start:
        return True
    before = first.doc[first.i - 1]
    return first.pos_ in OPENERS or before.tag_ == "POS" or before.pos_ in OPENERS


def _misread_measure(t: Token) -> Token | None:
    if t.pos_ != "VERB" or t.tag_ != "VBZ" or t.lemma_.lower() not in _w("export_control.trigger_nouns"):
        return None
    if any(c.dep_ in OBJECTS for c in t.children):
        return None
    mineral = _mineral_subject(t)
    return mineral if mineral is not None and _opens_phrase(mineral) else None


def _swallowed_verb(t: Token) -> Token | None:
    """The clause verb after the measure that has no subject of its own: the sentence's real verb."""
    clauses = (c for c in t.children if c.dep_ in CLAUSES and c.i > t.i and c.pos_ in ("VERB", "AUX"))
    return next((c for c in clauses if not any(g.dep_ in SUBJECTS for g in c.children)), None)


def _restore_measure(t: Token, mineral: Token) -> None:
    mineral.dep_ = "compound"
    t.pos_, t.tag_ = "NOUN", "NNS"
    verb = _swallowed_verb(t) if t.dep_ == "ROOT" else None
    if verb is not None:
        verb.head, verb.dep_ = verb, "ROOT"
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        t.head, t.dep_ = verb, "nsubjpass" if passive else "nsubj"
    for c in list(t.children):
        if c.dep_ == "ccomp" and c.i > t.i and any(g.dep_ in SUBJECTS for g in c.children):
            c.dep_ = "relcl"  # "controls [that] China announced"


def _misread_instrument(t: Token) -> Token | None:
    """The plural or mineral modifier right before an agreement noun read as a verb under an instrument-making
    verb ('signed a minerals deal with Japan')."""
    if t.pos_ != "VERB" or t.i == t.sent.start or t.lemma_.lower() not in _w("agreement.nouns"):
        return None
    if any(c.dep_ in OBJECTS | SUBJECTS and c.i > t.i for c in t.children):
        return None
    modifier = t.doc[t.i - 1]
    if modifier.tag_ not in PLURAL_TAGS and modifier.ent_type_ != MINERAL:
        return None
    if modifier.dep_ == "pobj" and modifier.head.i < modifier.i:
        return modifier  # "Under the critical minerals deal with Japan, ...": no verb is a preposition's object
    making = _w("status.signed", "status.announced", "status.negotiating")
    verb = _making_verb(t, modifier)
    if verb is None or verb.i > t.i or verb.lemma_.lower() not in making:
        return None
    own = (modifier.head == t and modifier.dep_ == "nsubj") or (modifier.head == verb and modifier.dep_ == "dobj")
    return modifier if own else None


def _making_verb(t: Token, modifier: Token) -> Token | None:
    """The verb the instrument belongs to: the one it hangs under as a clause, or, when the misread noun took the
    sentence's root ('Thailand, which signed its own minerals memorandum with Washington, has ...'), the verb
    whose object its modifier became."""
    if t.dep_ in INSTRUMENT_SLOTS:
        return t.head
    if t.dep_ == "ROOT" and modifier.dep_ == "dobj" and modifier.head != t:
        return modifier.head
    return None


def _restore_instrument(t: Token, modifier: Token) -> None:
    governed = modifier.dep_ == "pobj"
    head, dep = (modifier.head, "pobj") if governed else (_making_verb(t, modifier), "dobj")
    # 'Under [the minerals] deal, ...', 'The talks on a minerals deal with Japan continued': the preposition hangs
    # under the misread verb; its old head, or the clause verb it swallowed, takes the preposition
    if (head == t or t in head.ancestors) and not _lift_above(t, head):
        return
    for c in list(modifier.children):
        if c.dep_ in PHRASE_OPENERS and c.i < modifier.i:
            c.head = t  # "a", "its": the instrument's
    modifier.head, modifier.dep_ = t, "compound"
    t.head, t.dep_ = head, dep
    t.pos_, t.tag_ = "NOUN", "NN"


def _lift_above(t: Token, prep: Token) -> bool:
    """Make room for ``t`` under ``prep``: the misread verb's own place goes to the verb it swallowed when it was
    the root (its subjects and punctuation with it), else the preposition takes the verb's place."""
    if t.dep_ != "ROOT":
        if prep.head == t:
            prep.head, prep.dep_ = t.head, "prep"
        return t not in prep.ancestors
    verb = _swallowed_verb(t)
    if verb is None:
        return False  # a verbless line ('Under the minerals deal with Japan.'): left as parsed
    verb.head, verb.dep_ = verb, "ROOT"
    for c in list(t.children):
        if c.i < t.i and c.dep_ in SUBJECTS | {"prep"} or c.dep_ == "punct":
            c.head = verb
    return t not in prep.ancestors


def _positional_plural(t: Token) -> str | None:
    """The singular of a plural instrument noun the model read as a name only because of where it stands."""
    doc = t.doc
    if t.tag_ not in ("NNP", "NNPS") or not t.text[:1].isupper() or t.text.isupper() or not t.lower_.endswith("s"):
        return None
    # a blanked dateline leaves only space before the lead
    prev = next((x for x in reversed(doc[t.sent.start : t.i]) if not x.is_space), None)
    if prev is not None and prev.text not in _w("agreement.lead_marks"):
        return None
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        return None  # "Accords Secretariat": a word of a name
    forms = (t.lower_[:-1], t.lower_[:-3] + "y" if t.lower_.endswith("ies") else "")
    return next((f for f in forms if f in _w("agreement.nouns", "agreement.set_nouns")), None)


def restore_nouns(sent: Span) -> None:
    for t in sent:
        singular = _positional_plural(t)
        if singular is not None:
            t.pos_, t.tag_, t.lemma_ = "NOUN", "NNS", singular
            continue
        fronted = _fronted_verb(t)
        if fronted is not None:
            _restore_fronted_object(t, fronted)
            continue
        mineral = _misread_measure(t)
        if mineral is not None:
            _restore_measure(t, mineral)
            continue
        modifier = _misread_instrument(t)
        if modifier is not None:
            _restore_instrument(t, modifier)
            continue
        if _determined_verb(t):
            _restore_determined_plural(t)
            continue
        if _plural_read_as_subject_verb(t):
            _restore_subject_plural(t)
            continue
        found = _misread_subject_instrument(t) or _linear_subject_instrument(t)
        if found is not None:
            _restore_subject_instrument(t, *found)


def _determined_verb(t: Token) -> bool:
    """A 'verb' in a noun's slot with its own determiner before it and only common-noun modifiers between them ('the
    export controls', 'the gallium rules'), and no object ('that the DRC supplies 70%' keeps its verb): module
    docstring, 5."""
    if t.tag_ != "VBZ" or t.dep_ not in NOUN_SLOTS or any(c.dep_ in OBJECTS for c in t.children):
        return False
    det = next((c for c in t.children if c.dep_ == "det" and c.tag_ == "DT" and c.i < t.i), None)
    between = t.doc[det.i + 1 : t.i] if det is not None else []
    return det is not None and all(x.dep_ in ("compound", "amod") and x.ent_type_ not in STATE_TYPES for x in between)


def _restore_determined_plural(t: Token) -> None:
    t.pos_, t.tag_ = "NOUN", "NNS"
    verb = t.head
    if t.dep_ == "appos" and verb.pos_ == "VERB" and not any(c.dep_ in OBJECTS for c in verb.children):
        t.dep_ = "dobj"


def _plural_read_as_subject_verb(t: Token) -> bool:
    """A 'verb' that is a subject itself, its own one subject phrase ending right before it (module docstring, 4)."""
    if t.tag_ != "VBZ" or t.dep_ not in SUBJECTS or t.head.i == t.i or t.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in OBJECTS | {"aux", "auxpass", "neg"} for c in t.children):
        return False
    subjects = [c for c in t.children if c.dep_ in SUBJECTS]
    last = t.doc[t.i - 1]
    return len(subjects) == 1 and subjects[0].right_edge.i == t.i - 1 and last.pos_ in ("NOUN", "PROPN")


def _restore_subject_plural(t: Token) -> None:
    subject = next(c for c in t.children if c.dep_ in SUBJECTS)
    last = t.doc[t.i - 1]
    head, dep = t.head, t.dep_
    for c in [c for c in t.children if c.i < subject.left_edge.i]:
        c.head = head  # "since January 2025 the export of ...": the clause's own phrase
    t.pos_, t.tag_ = "NOUN", "NNS"
    if last == subject:  # "copper concentrates are ...": the modifier of the one noun
        last.head, last.dep_ = t, "compound"
        return
    t.head, t.dep_ = last.head, last.dep_
    last.head, last.dep_ = t, "compound"
    subject.head, subject.dep_ = head, dep


def _misread_subject_instrument(t: Token) -> tuple[Token, Token, Token, Token] | None:
    """(modifier, main verb, state, making participle) of 'The critical minerals deal Egypt signed with Australia
    in 2019 remains in force': the parser reads 'deal' as the root verb of 'minerals', the real verb as its
    complement whose subject is the state, and the contact relative's verb as the state's participle."""
    if t.pos_ != "VERB" or t.dep_ != "ROOT" or t.i == t.sent.start or t.lemma_.lower() not in _w("agreement.nouns"):
        return None
    modifier = t.doc[t.i - 1]
    if modifier.head != t or modifier.dep_ != "nsubj" or not (modifier.tag_ in PLURAL_TAGS or modifier.ent_type_):
        return None
    main = next((c for c in t.children if c.dep_ in CLAUSES and c.i > t.i and c.pos_ in ("VERB", "AUX")), None)
    state = next((c for c in main.children if c.dep_ == "nsubj"), None) if main is not None else None
    if state is None or state.left_edge.i != t.i + 1 or state.ent_type_ != "GPE":
        return None
    making = making_words()
    verb = next((c for c in state.children if c.dep_ == "acl" and c.lemma_.lower() in making), None)
    return (
        (modifier, main, state, verb)
        if verb is not None and verb.i == state.right_edge.i - len(list(verb.subtree)) + 1
        else None
    )


def _restore_subject_instrument(t: Token, modifier: Token, main: Token, state: Token, verb: Token) -> None:
    main.head, main.dep_ = main, "ROOT"
    for c in [*t.children, *verb.children]:
        if c.dep_ == "punct" and (c.head == t or c.i > main.i):
            c.head = main  # the misread verb's punctuation, and the sentence's closing stop
    for x in state.doc[state.left_edge.i if state.left_edge.i > t.i else t.i + 1 : state.i]:
        x.head, x.dep_ = state, "compound"  # 'South' of 'South Africa'
    for x in state.doc[verb.i + 1 : main.i]:
        if x.head == main:
            x.head = verb  # 'in 2022' between the two verbs dates the signing
    for c in list(modifier.children):
        if c.dep_ in PHRASE_OPENERS and c.i < modifier.i:
            c.head = t
    t.head, t.dep_, t.pos_, t.tag_ = main, "nsubj", "NOUN", "NN"
    modifier.head, modifier.dep_ = t, "compound"
    verb.head, verb.dep_ = t, "relcl"
    state.head, state.dep_ = verb, "nsubj"


FINITE = frozenset({"VBZ", "VBD", "VBP"})


def _linear_subject_instrument(t: Token) -> tuple[Token, Token, Token, Token] | None:
    """The same misreading told by word order, whatever tree the parser built around it ('The critical minerals
    deal South Africa signed with Ghana in 2022 remains in force', with 'deal' a modifier of the state and
    'signed' the root): a determiner-opened phrase whose plural or mineral modifier is followed by an agreement
    noun read as a verb, then a state's name, a making verb in the past, and later a finite verb of its own."""
    doc, sent = t.doc, t.sent
    if t.pos_ != "VERB" or t.i + 2 >= sent.end or t.lemma_.lower() not in _w("agreement.nouns"):
        return None
    modifier = doc[t.i - 1] if t.i > sent.start else None
    if modifier is None or not (modifier.tag_ in PLURAL_TAGS or modifier.ent_type_ == MINERAL):
        return None
    if not _opens_phrase(modifier) and modifier.left_edge.pos_ not in OPENERS:
        return None
    state_end = t.i + 1
    while state_end + 1 < sent.end and doc[state_end + 1].ent_iob_ == "I" and doc[state_end + 1].ent_type_ == "GPE":
        state_end += 1
    if doc[t.i + 1].ent_type_ != "GPE" or doc[t.i + 1].ent_iob_ != "B":
        return None
    verb = doc[state_end + 1] if state_end + 1 < sent.end else None
    making = making_words()
    if verb is None or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in making:
        return None
    main = next((x for x in doc[verb.i + 1 : sent.end] if _main_verb(x)), None)
    return (modifier, main, doc[state_end], verb) if main is not None else None


def _main_verb(x: Token) -> bool:
    """A finite verb, or a bare past participle the parser hung as an adverbial clause ('... in 2018 lapsed in
    March'), which only a main verb can be there."""
    bare = x.tag_ == "VBN" and x.dep_ == "advcl" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in x.children)
    return x.pos_ in ("VERB", "AUX") and (x.tag_ in FINITE or bare)


def _root_phrase_start(t: Token) -> Token | None:
    """The determiner opening the root's own phrase, on the root or on a subject ending right before it."""
    det = next((c for c in t.children if c.dep_ == "det" and c.tag_ == "DT" and c.i < t.i), None)
    if det is None:
        inner = next((c for c in t.children if c.dep_ in SUBJECTS and c.right_edge.i == t.i - 1), None)
        det = inner.left_edge if inner is not None and inner.left_edge.tag_ == "DT" else None
    between = t.doc[det.i + 1 : t.i] if det is not None else []
    plain = all(x.pos_ in ("NOUN", "ADJ", "PROPN") and x.ent_type_ not in STATE_TYPES for x in between)
    return det if det is not None and plain else None


def _fronted_verb(t: Token) -> Token | None:
    """A past-tense verb with no object before the root's phrase, only time words between (module docstring, 6)."""
    own = {"prt", "neg", "aux"}
    if t.tag_ not in ("VBZ", "NNS") or t.dep_ != "ROOT" or any(c.dep_ in OBJECTS | own for c in t.children):
        return None
    det = _root_phrase_start(t)
    if det is None:
        return None
    verb = next((x for x in reversed(t.doc[t.sent.start : det.i]) if x.pos_ == "VERB"), None)
    if verb is None or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in OBJECTS for c in verb.children):
        return None
    gap = t.doc[verb.i + 1 : det.i]
    return verb if all(x.ent_type_ in ("DATE", "TIME") or x.is_punct for x in gap) else None


def _restore_fronted_object(t: Token, verb: Token) -> None:
    subject = next((c for c in t.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    inner = next((c for c in t.children if c.dep_ in SUBJECTS and c.i > verb.i), None)
    for c in [c for c in t.children if c.i < verb.i or c.is_punct]:
        c.head = verb
    t.pos_, t.tag_ = "NOUN", "NNS"
    verb.head, verb.dep_ = verb, "ROOT"
    t.head, t.dep_ = verb, "dobj"
    if subject is not None:
        subject.dep_ = "nsubj"
    if inner is not None:
        inner.dep_ = "compound"  # "the rare earths rules"
    for c in t.children:
        if c.dep_ == "ccomp" and any(g.dep_ in SUBJECTS for g in c.children):
            c.dep_ = "relcl"
