"""What a production share is a share of: the world's (stated or implied), or something the text points at.

'60% of global graphite mining and 90% of the processing of graphite', 'mines 65% of the world's X and
handles 90% of its processing': a later share in a sentence takes the world scope of the one before it
when the two are coordinated (nouns or verbs); 'of the ore it digs', 'of that output' are not the world's. A
bare number in the sentence right after a world share is a share of the same mineral ('... of the world's
mined uranium. Kazakhstan, by contrast, produces around 40%.').
Word lists: ``production_share.*``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.controls import minerals_in
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.syntax import governing_verb, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = [
    "grades_mineral",
    "mineral_before",
    "COUNTRY_LABELS",
    "implicit_world",
    "in_place_clause",
    "modifies_phrase_object",
    "narrowed_object",
    "noun_conjunct_of",
    "only_a_location",
    "pronoun_mineral",
    "region_named",
    "subject_goods",
    "specific_object",
    "verb_conjunct_of",
    "world_possessive",
    "world_share_before",
    "LAST_WORLD",
]

COUNTRY_LABELS = ("GPE", "NORP")
_CARRY_SENTENCES = 3  # the share's own sentence and up to two between
LAST_WORLD = "cmkg_last_world_share"  # (sentence start, mineral) of the last world share a document stated


def implicit_world(after: list[Token]) -> bool:
    """'accounts for 60% of rare earth mining': a share of a mineral or stage with no owner is the world's.

    The 'of' phrase must reach the mineral or stage noun with no determiner, possessive, pronoun or
    place on the way ('of its cobalt', 'of Chile's lithium', 'of the lithium it buys' are not), nor a word of a
    country's own economy ('of economic output', 'of national output': ``production_share.non_output_words``).
    """
    if after and after[0].lower_ in _w("production_share.share_nouns"):
        after = after[1:]  # "China's 90% share of rare earth processing"
    if not after or after[0].lower_ not in _w("production_share.of_word"):
        return False
    stages = _w("production_share.stage_nouns")
    rest = after[1:]
    if len(rest) > 2 and rest[0].lower_ in _w("production_share.definite_determiners") and rest[1].lower_ in stages:
        if rest[2].lower_ not in _w("production_share.of_word"):
            return False
        rest = rest[3:]  # "90% of the processing of graphite": the stage's own 'of' phrase must reach the mineral
        stages = set()
    for k, x in enumerate(rest):
        if x.pos_ in ("DET", "PRON") or x.ent_type_ in COUNTRY_LABELS or x.tag_ == "POS":
            return False
        if x.lower_ in _w("production_share.non_output_words"):
            return False  # "10 per cent of economic output", "of national output": the country's own economy
        if x.ent_type_ == "MINERAL" or x.lower_ in stages:
            return not _narrowed(rest[k:], stages)
    return False


def narrowed_object(after: list[Token]) -> bool:
    """Whether the mineral the share's phrase names is narrowed by a place or a participle after it."""
    k = next((k for k, x in enumerate(after) if x.ent_type_ == "MINERAL"), None)
    return k is not None and _narrowed(after[k:], _w("production_share.stage_nouns"))


def _narrowed(rest: list[Token], stages: frozenset[str] | set[str]) -> bool:
    """'of lithium refining in South America', 'of nickel mined in the country': a place phrase or a participle
    right after the mineral's phrase makes it a share of that place's or that text's output, not the world's."""
    k = 0
    while k < len(rest) and (rest[k].ent_type_ == "MINERAL" or rest[k].lower_ in stages):
        k += 1
    if k >= len(rest):
        return False
    nxt = rest[k]
    if nxt.tag_ == "VBN":
        return True
    place = (
        [o for o in nxt.children if o.dep_ == "pobj"] if nxt.lower_ in _w("production_share.place_prepositions") else []
    )
    return any(o.ent_type_ in (*COUNTRY_LABELS, "LOC") or o.lower_ in _w("syntax.unnamed_state_nouns") for o in place)


def noun_conjunct_of(before: list[Token], prev_token: Token) -> bool:
    """Whether the share's number hangs on a noun coordinated with the previous share's ('60% of X and 90% of
    Y'): the quantity of the previous share is its conjunct head."""
    if not before:
        return False
    number = before[-1].doc[before[-1].i + 1]
    head = number.head if number.dep_ == "nummod" else number
    return head.dep_ == "conj" and prev_token.head.i == head.head.i


def specific_object(after: list[Token]) -> bool:
    """'and sells 30% of the ore it digs', 'of that output': a share of something the text points at, not an
    elided world share ('and 90% of the processing', 'of the world's supply', 'of their processing' still are)."""
    if len(after) < 2 or after[0].lower_ not in _w("production_share.of_word"):
        return False
    det = after[1]
    if det.pos_ != "DET":  # 'of it', 'of their processing': the pronoun is the mineral the sentence named
        return False
    scoped = len(after) > 2 and after[2].lower_ in _w("production_share.stage_nouns", "production_share.world_words")
    return not (scoped and det.lower_ in _w("production_share.definite_determiners"))


def verb_conjunct_of(before: list[Token], prev_token: Token) -> bool:
    """'China mines 65% of the world's graphite and handles 90% of the processing of graphite': the share's verb is
    coordinated with the previous share's verb (one subject, one scope)."""
    if not before:
        return False
    verb, prev_verb = governing_verb(before[-1].doc[before[-1].i + 1]), governing_verb(prev_token)
    if verb is None or prev_verb is None or verb.i == prev_verb.i:
        return False
    # "and Codelco handles 30%": a subject of its own, unless it is the same state's ("and its plants refine")
    own_subject = any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.pos_ != "PRON"
        and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
        for c in verb.children
    )
    return verb.dep_ == "conj" and verb.head.i == prev_verb.i and not own_subject


def in_place_clause(x: Token, number: Token) -> bool:
    """'The salt flats where Argentina, Bolivia and Chile meet hold half of the world's lithium', 'the basin
    shared by Zambia and Congo produces 70%': a state inside a clause that describes a place or thing
    named by a common noun is not the owner of a share another verb states; the place is.

    The clause is a relative or participle clause on a noun with no state id; the number's own verb is not
    that clause's verb ('Congo, which produces 70%' keeps Congo: the noun there is a state).  A clause that
    describes a state the number's verb leaves it to ('China, which remains Pakistan's largest investor, refines
    65%') holds no owner either: the state it hangs on is the one."""
    own = governing_verb(number)
    head = x
    for _ in range(6):
        if head.head.i == head.i:
            return False
        if head.dep_ in ("relcl", "acl") and not _content_clause(head):
            noun = head.head
            thing = noun.pos_ == "NOUN" and not noun.ent_kb_id_
            state = noun.ent_type_ in COUNTRY_LABELS and bool(noun.ent_kb_id_)
            return (thing or state) and noun.i < x.i and (own is None or own.i != head.i)
        head = head.head
    return False


def _content_clause(verb: Token) -> bool:
    """'informed the delegation that Kazakhstan remains the largest producer': a clause opened by a
    subordinating conjunction, with its own subject and its own object or complement, says what was told; the
    parser may hang it on the listener as if it described them."""
    roles = {c.dep_ for c in verb.children}
    opened = any(c.dep_ == "mark" and c.i < verb.i for c in verb.children)  # a relative "that" is its subject
    return opened and bool(roles & {"nsubj", "nsubjpass"}) and bool(roles & {"dobj", "attr", "acomp", "ccomp"})


def modifies_phrase_object(x: Token) -> bool:
    """Whether a state word only modifies the object of a preposition ('the [US] Geological Survey')."""
    head = x
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    return head.i != x.i and head.dep_ == "pobj"


def region_named(x: Token) -> bool:
    """A region noun that heads its own phrase before the number ('but the continent as a whole supplies 9%',
    which the parser may misread): the share is the region's; one inside another phrase ('the region's largest
    producer', 'the largest producer in the region') only describes a state."""
    if x.lemma_.lower() not in _w("production_share.region_nouns") or x.pos_ != "NOUN":
        return False
    return x.dep_ not in ("poss", "pobj") and not any(c.dep_ == "case" for c in x.children)


def only_a_location(x: Token, number: Token) -> bool:
    """A state named as the object of a place preposition ('mined in Congo', 'shipped to China') is where the
    goods go or come from, not a share's owner; unless the number sits in a place relative clause on it ('ships
    its concentrate to China, where refiners process about two-thirds of the world's lithium')."""
    if x.dep_ != "pobj" or x.head.lower_ not in _w("production_share.location_prepositions"):
        return False
    relatives = [c for c in x.children if c.dep_ == "relcl"]
    opened = [r for r in relatives if any(a.lower_ in _w("export_control.place_relatives") for a in r.children)]
    return not any(number in r.subtree for r in opened)


def world_possessive(after: list[Token], number: Token) -> bool:
    """'produces 90% of the world's magnets and refines 90% of its rare earths': 'its' names the world when
    the share's verb is a conjunct, with no subject of its own, of a verb whose object phrase names the world
    (the first share may be of a product, which is no share of its own)."""
    if len(after) < 2 or after[0].lower_ not in _w("production_share.of_word"):
        return False
    if after[1].lower_ not in _w("production_share.possessive_pronouns"):
        return False
    verb = governing_verb(number)
    if verb is None or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = verb.head
    objects = [c for c in first.children if c.dep_ in ("dobj", "pobj", "attr", "prep") and c.i < verb.i]
    world = _w("production_share.world_words")
    return any(x.lower_ in world for o in objects for x in o.subtree)


def world_share_before(sent: Span) -> str | None:
    """'Niger supplied about 4% of the world's mined uranium. Kazakhstan, by contrast, produces around 40%.',
    'India holds 6% of the world's rare-earth reserves ... China mines about 70%.': a number that ends its
    clause with no object, in the sentence right after a world share, is a share of that share's mineral (its
    own verb gives the stage); also past a sentence or two of the same paragraph that name that mineral alone ('China
    introduced export licences for antimony. Tajikistan, the second largest producer with about 21 percent, ...')."""
    last = sent.doc.user_data.get(LAST_WORLD)
    if last is None or sent.start == 0:
        return None
    start, mineral = last
    prev = sent.doc[sent.start - 1].sent
    for _ in range(_CARRY_SENTENCES):
        if prev.start == start:
            return mineral
        apart = "\n\n" in sent.doc.text[prev.end_char : sent.start_char]
        named = set(minerals_in(prev))
        if apart or (named != {mineral} and (named or not _holder_goes_on(prev))) or prev.start == 0:
            return None  # "Demand is rising fast.": a sentence on another matter ends the run
        prev = sent.doc[prev.start - 1].sent
    return None


def _holder_goes_on(sent: Span) -> bool:
    """'China mined 60% of the world's rare earths. It also makes most of the world's magnets. The United States
    mined about 12%': a sentence whose subject is the pronoun of the share's holder is more about that holder,
    and, naming no other mineral, does not end the run of shares."""
    root = sent.root  # not a cleft or an expletive ('It is cobalt that worries officials', 'It is unclear')
    return (
        root.pos_ == "VERB"
        and root.lemma_ not in _w("syntax.copulas")
        and any(x.lower_ in _w("production_share.subject_pronouns") for x in subject_tokens(root))
    )


def pronoun_mineral(before: list[Token], after: list[Token]) -> str | None:
    """'the largest producer of rare earths outside China, which refines around 90% of them': a share of a
    pronoun ('of them', 'of it') is a share of the nearest mineral before it in the sentence, which need not be
    the mineral of the share before (here lithium, two clauses back). Pronouns: export_control.anaphoric_pronouns.
    """
    words = [x.lower_ for x in after[:2]]
    if len(words) < 2 or words[0] not in _w("production_share.of_word"):
        return None
    if words[1] not in _w("export_control.anaphoric_pronouns"):
        return None
    return next((x.ent_kb_id_ for x in reversed(before) if x.ent_type_ == "MINERAL" and x.ent_kb_id_), None)


def mineral_before(sent: Span) -> list[str]:
    """'China is the largest producer of gallium. It accounts for 98% of global output.': the one mineral
    the sentence before names, when this sentence names none; in a paragraph a mineral's label opens ('Cobalt.
    Prices rose 6%. Congo's quotas cap shipments. The country accounts for 74% of mined supply'), the label's."""
    if sent.start == 0:
        return []
    minerals = _groups_only(minerals_in(sent.doc[sent.start - 1].sent))
    if minerals:
        return minerals if len(minerals) == 1 else []
    before = sentences_before(sent, None, breaks="stop")
    label = [x for x in before[-1] if not (x.is_punct or x.is_space)] if before else []
    return minerals_in(label) if 0 < len(label) <= _LABEL_WORDS and len(minerals_in(label)) == 1 else []


_LABEL_WORDS = 3  # 'Cobalt.', 'Rare earths.': a paragraph's label, no sentence


def _groups_only(minerals: list[str]) -> list[str]:
    """'rare earths, including dysprosium and terbium': members of a group the same words name are that group."""
    groups = {m: gazetteer().minerals[m].group for m in minerals if m in gazetteer().minerals}
    return [m for m in minerals if groups.get(m) in (m, None, "") or groups[m] not in minerals]


def subject_goods(number: Token, acts: dict[str, str]) -> tuple[list[str], str | None]:
    """'Peru's copper mines account for around 10 percent of world output': a share whose own phrase names no
    mineral is of the goods its subject names, at the stage its subject's head noun names ('mines'), before any
    mineral an earlier share of the sentence gave."""
    verb = governing_verb(number)
    subjects = subject_tokens(verb) if verb is not None else []
    minerals = minerals_in([x for s in subjects for x in s.subtree])
    stage = next((acts[s.lower_] for s in subjects if s.lower_ in acts and s.ent_type_ != "MINERAL"), None)
    return minerals, stage


def grades_mineral(x: Token) -> bool:
    """Whether ``x`` sits in a modifier of a mineral ('battery' of 'battery-grade graphite')."""
    for _ in range(3):
        if x.dep_ not in ("compound", "amod", "nmod", "npadvmod", "punct") or x.head.i == x.i:
            return False
        x = x.head
        if x.ent_type_ == "MINERAL":
            return True
    return False
