"""What 'the country' refers to when a sentence names no state itself.

'The deal is unlikely to dent China's dominance soon. The country controls 90% of processing': the
previous sentence's state subject, else the one state it names (here as a possessive); nothing when it
names several.  Word lists: ``agreement.singular_state_nouns``, ``agreement.government_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "bare_collective",
    "collective_owner",
    "counted_conjuncts",
    "counted_group",
    "latest_list",
    "main_clause_state",
    "numeral_group",
    "paragraph_subject",
    "previous_named",
    "previous_state",
    "names_own_place",
    "regional_group",
    "state_noun",
    "styled_state",
    "referred_antecedent",
]

MAX_SENTENCES_BACK = 3
_SUBORDINATE_DEPS = ("advcl", "pcomp", "pobj", "prep", "npadvmod")  # "..., seven months after the nation agreed"
REGION_SENTENCES_BACK = 8
_MIN_FAR_COUNT = 3  # a count that may point back to a regional grouping: three or more states


def collective_owner(x: Token) -> Token:
    """'signed by the two governments' trade and industry ministries', 'Officials of the two ministries initialled':
    a government body, its officials or its ministers owned by a collective of states ('the two governments'',
    'of both countries') act for that collective, which the collective readers then resolve; any other noun is
    itself."""
    collective = rules().words("agreement.collective_states")
    body = rules().words("officials.government_body_nouns") | rules().words("agreement.host_voice_nouns")
    if x.lemma_.lower() not in body and x.lower_ not in rules().words("agreement.collective_people"):
        return x
    owners = [c for c in x.children if c.dep_ == "poss"]
    # "Officials of the two ministries", "Ministers from both countries": the same collective in an 'of' phrase
    of = rules().words("syntax.of_prepositions")
    owners += [o for p in x.children if p.dep_ == "prep" and p.lower_ in of for o in p.children if o.dep_ == "pobj"]
    # "the heads of state of the five Central Asian countries": the 'of' phrase of the office's own 'of' phrase
    nested = [p for y in owners for p in y.children if p.dep_ == "prep" and p.lower_ in of]
    owners += [o for p in nested for o in p.children if o.dep_ == "pobj"]
    pair = rules().words("agreement.pair_words")
    # "The leaders of the five Central Asian countries": a counted collective is one too
    paired = (o for o in owners if o.dep_ == "poss" or any(c.lower_ in pair or c.dep_ == "nummod" for c in o.children))
    return next((o for o in paired if o.lower_ in collective), x)


def state_noun(x: Token, governments: bool = False) -> bool:
    """'the country', 'the nation', 'the kingdom' (not 'the government', which has its own reading).

    ``governments=True`` admits 'the government' too: a caller that reads it as a state only when someone
    speaks for it ('the minister said the government signed') tests both readings with this one test."""
    nouns = rules().words("agreement.singular_state_nouns")
    if not governments:
        nouns = nouns - rules().words("agreement.government_nouns")
    return x.lower_ in nouns and x.tag_ == "NN" and not names_own_place(x)


def referred_antecedent(x: Token, last_subjects: list[str]) -> list[str]:
    """'the archipelago, which mines half of the world's nickel', 'The Republic, which mines 23%': a relative
    clause on a bare state noun (any case, any tag) is about the state the text has been talking about: the
    one given that style, else the one state named before it in its sentence (none if several), else the
    previous sentence's state (none if that sentence names several: which one the noun means is not said),
    else the story's subject."""
    nouns = rules().words("agreement.singular_state_nouns") - rules().words("agreement.government_nouns")
    bare = not any(c.dep_ in ("poss", "amod", "compound", "nummod") for c in x.children)
    if x.lower_ not in nouns or not bare or names_own_place(x) or x.tag_ in ("NNS", "NNPS"):
        return []
    styled = styled_state(x)
    earlier = list(
        dict.fromkeys(t.ent_kb_id_ for t in x.sent if t.i < x.i and t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_)
    )
    if styled or len(earlier) == 1:  # "A will stop exports, officials said, arguing that the nation, which ..."
        return [styled or earlier[0]]
    if earlier or len(previous_named(x)) > 1:  # "Officials in A and B met. The country, which ...": which one?
        return []
    return (previous_state(x) or list(last_subjects))[:1]


def names_own_place(x: Token) -> bool:
    """'the island of Cyprus', 'the emirate of Dubai', 'the Dubai emirate': the noun names its own place, which
    is no reference back to an earlier state."""
    ofs = [p for p in x.children if p.dep_ == "prep" and p.lower_ in rules().words("territory.of_word")]
    named = [o for p in ofs for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    # "the Pacific nation", "the Andean country": a region's word describes the state, it names no place
    return bool(named) or any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "GPE" for c in x.children)


RANKED_STATES = 3  # a ranking names the subject and at least two others with their figures


def previous_state(s: Token) -> list[str]:
    """The state the sentence before ``s`` makes its subject, else the one state it names; over sentences of its
    paragraph that name no state at all ("Kinshasa's quota system ... ARECOMS has allocated ... The ban is
    lifted. The country mines three-quarters of ...")."""
    partners: list[str] = []
    for prev in sentences_before(s.sent, MAX_SENTENCES_BACK, breaks="stop"):
        # a root with a subject is a verb however tagged ('China mines about 48% ...' tagged as a plural noun)
        verbal = prev.root.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in prev.root.children)
        subject = countries_in(subject_tokens(prev.root)) if verbal else []
        # "South African mines produce about 70% of ...": the state a subject's own modifier names
        subject = subject or (countries_in(_state_modifiers(prev.root)) if verbal else [])
        states = [x for x in prev if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_]
        named = list(dict.fromkeys(x.ent_kb_id_ for x in states if not _partner(x)))
        partners = partners or list(dict.fromkeys(x.ent_kb_id_ for x in states if _partner(x)))
        if _ranking(states):
            continue  # "Australia mines about a quarter, China 24 per cent": a table of others, not the topic
        if subject or named:
            return subject[:1] or (named if len(named) == 1 else [])
    # 'Talks with Indonesia stalled. The country mines half of ...': a partner is the referent when no one else is
    return partners if len(partners) == 1 else []


def _ranking(states: list[Token]) -> bool:
    """Several states of the sentence each take their own figure ('..., China 24 per cent and Guinea 22 per cent')."""
    figured = {x.ent_kb_id_ for x in states if any(c.like_num and c.dep_ == "nummod" for c in x.children)}
    return len(figured) >= 1 and len({x.ent_kb_id_ for x in states}) >= RANKED_STATES


def _state_modifiers(root: Token) -> list[Token]:
    """'South African mines produce about 70% of ...': the state modifier of a subject that names producers
    (``production_share.site_nouns``) of a verb of production; 'Chinese buyers have bought ...' names no producer."""
    forms = {f for v in rules().table("production_share.activity_forms").values() for f in v}
    if root.lower_ not in forms and root.lemma_.lower() not in forms:
        return []
    sites = _w("production_share.site_nouns")
    return [
        c
        for s in subject_tokens(root)
        if s.lower_ in sites
        for c in s.children
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")
    ]


def _partner(x: Token) -> bool:
    """A state in a one-sided party phrase ('talks with Washington continue'): the other side of the paragraph's
    actor, which 'the country' after it stands for only when no other state is at hand."""
    while x.head.i != x.i and x.head.ent_kb_id_ == x.ent_kb_id_ and x.head.ent_iob_ != "O":
        x = x.head  # 'the Democratic Republic of the Congo': the name's head word
    while x.dep_ == "conj":
        x = x.head
    one_sided = _w("agreement.party_prepositions") - _w("agreement.mutual_prepositions")
    return x.dep_ == "pobj" and x.head.lower_ in one_sided


def paragraph_subject(sent: Span) -> str | None:
    """The state the paragraph's first sentence makes its subject ('Uzbekistan left the summit with contracts
    only. Officials say talks with Washington continue'), when no later sentence before ``sent`` names another
    state: in a digest of items the paragraph's actor, not the story's protagonist, is the side a
    subjectless instrument leaves implicit; None in a paragraph's first sentence or one that opens otherwise."""
    before = sentences_before(sent, None, breaks="stop")
    if not before:
        return None
    first = _subject_states(before[-1])
    first = first if len(first) == 1 else []  # 'Chile and Peru signed a deal': no one actor
    # a later sentence naming another state ('Officials said Japan and Canada had been briefed') may have moved on
    named = {x.ent_kb_id_ for prev in before[:-1] for x in prev if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_}
    return first[0] if first and named <= set(first) else None


def _subject_states(sent: Span) -> list[str]:
    """The states a sentence's subject is ('Uzbekistan left ...') or owns ('Congo's export quotas ...'); a
    person's demonym ('Yoon and Kazakh President Tokayev') makes no state the actor."""
    subjects = subject_tokens(sent.root)
    owners = [c for s in subjects for c in s.children if c.dep_ == "poss"]
    return countries_in([x for x in (*subjects, *owners) if x.ent_type_ == "GPE"])


def main_clause_state(s: Token) -> list[str]:
    """'Peru signed X with Japan, a year after the Andean nation agreed Y': a state noun subject of a clause
    hung below the main clause is the main clause's (first) subject state, named in the same sentence."""
    verb = s.head
    while verb.dep_ in _SUBORDINATE_DEPS and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == s.head.i or verb.pos_ not in ("VERB", "AUX"):
        return []
    return countries_in(subject_tokens(verb))[:1]


def previous_named(s: Token) -> list[str]:
    """Every state (or its people's adjective) the sentence before ``s`` names, in order, once each; across a
    paragraph break too, which the parser makes a sentence of its own."""
    prev = sentences_before(s.sent, 1, breaks="skip")
    named = (x.ent_kb_id_ for sent in prev for x in sent if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_)
    return list(dict.fromkeys(named))


def counted_group(s: Token) -> list[str]:
    """'Ministers from A, B, C and D met in Oslo ... The four governments signed': a counted collective
    ('the four governments', 'the three countries', 'both countries') is the latest list of exactly that many states, in
    this sentence before it or in the few before (a venue or an observer named alone is no such list); else, for
    three or more, the latest counted regional grouping of that many."""
    counts = rules().table("production_share.number_words")
    n = next((_number(c.lower_, counts) for c in s.children if c.dep_ == "nummod"), None)
    if n is None and any(c.lower_ in rules().words("agreement.pair_words") for c in s.children):
        n = 2  # 'signed agreements with both countries'
    if n is None or n < 2:
        return []
    # "A's trade with B rests on a framework agreed between the two governments": the two its sentence named
    here = list(dict.fromkeys(countries_in([x for x in s.sent if x.i < s.i and x.ent_type_ in ("GPE", "NORP")])))
    found = regional_group(s, n) or (here if n == len(here) == 2 else latest_list(s, n))
    # a pair is read by the pair rules (party_reference._the_two), which know the sentence's officials
    # "the leaders of the five Central Asian republics ... with all five states": a count of three or more may
    # point back to a counted regional grouping further than a list of names
    return found or (_latest_region(s, n) if n >= _MIN_FAR_COUNT else [])


def regional_group(s: Token, n: int) -> list[str]:
    """'the five Central Asian republics', 'the three Baltic states', 'the five countries of Central Asia': a
    counted collective named after a regional grouping of the gazetteer stands for its members when the count
    matches them; a region named without a count, or with another count, is no party set."""
    forms, members = gazetteer().region_forms, gazetteer().members
    mods = [c for c in s.lefts if c.dep_ in ("amod", "compound", "nmod")]
    spans = [s.doc[m.left_edge.i : s.i] for m in mods]  # every run of modifiers that ends at the noun
    preps = [p for p in s.rights if p.dep_ == "prep" and p.lower_ in rules().words("syntax.of_prepositions")]
    objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    spans += [s.doc[o.left_edge.i + (o.left_edge.dep_ == "det") : o.i + 1] for o in objs]
    for span in spans:
        codes = members.get(forms.get(span.text, ""), ())
        if len(codes) == n:
            return list(codes)
    return []


def counted_conjuncts(tokens: list[Token]) -> list[str]:
    """'The EU and the five Central Asian states signed', 'signed with the four governments': a counted
    collective among the parties (not the subject alone, which :mod:`parties` reads as a reference) is the
    latest list of exactly that many states.  A counted collective a meeting noun's phrase names ('signed X at
    the first summit between the bloc and the five Central Asian states') is the meeting's guests, no party."""
    collective = rules().words("agreement.collective_states") | rules().words("agreement.collective_people")
    meetings = rules().words("agreement.meeting_nouns")
    tokens = [t for t in tokens if not (t.dep_ == "pobj" and t.head.head.lemma_.lower() in meetings)]
    # 'X, the region's largest investor, and the three Baltic states': the parser hangs the collective on the appositive
    apposed = [c for t in tokens for a in t.children if a.dep_ == "appos" for c in a.conjuncts]
    items = [x for t in tokens for x in (t, *t.conjuncts)] + apposed
    # "Xi and the leaders of the five Central Asian states signed": the leaders' counted collective
    found = [c for x in items if x.lower_ in collective for c in counted_group(collective_owner(x))]
    return list(dict.fromkeys(found))


def numeral_group(s: Token) -> list[str]:
    """'Two of the region's biggest miners, A and B, signed', 'where all four signed': a number that stands
    for states, the ones its partitive phrase appositions name, else the latest list of that many states."""
    n = _number(s.lower_, rules().table("production_share.number_words")) if s.pos_ == "NUM" else None
    if n is None or n < 2:
        return []
    of = [o for p in s.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    named = countries_in(of + [a for o in of for a in o.children if a.dep_ == "appos"])  # apposed or conjoined
    return named if len(named) == n else (latest_list(s, n) or _latest_region(s, n))


def latest_list(s: Token, n: int) -> list[str]:
    """The latest list of exactly ``n`` states before ``s``, in its sentence or the few before."""
    start, back = s.sent.start, 0
    while start > 0 and back < MAX_SENTENCES_BACK:
        start, back = s.doc[start - 1].sent.start, back + 1
    for t in reversed(s.doc[start : s.i]):
        if t.dep_ == "conj" or t.ent_iob_ == "I":
            continue  # a list is read from its first item
        codes = _list_states(t)
        if len(codes) == n:
            return codes
    return []


def _list_states(t: Token) -> list[str]:
    """The states of a list read from its first item; a counted regional grouping in it counts as its members
    ('The EU and the five Central Asian republics agreed ... The six sides signed').  Demonyms of companies
    ('Japanese and Chinese companies have visited the sites') list no states."""
    root = next((e.root for e in t.doc.ents if e.start <= t.i < e.end), t)  # 'South Korean' as one demonym
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # 'Turkish and South African companies': the list's first item holds the noun
    if root.dep_ == "amod" and root.head.lemma_.lower() in _w("agreement.company_words"):
        return []
    codes = countries_in([t])
    counts = rules().table("production_share.number_words")
    heads = [t, t.head] if t.dep_ == "compound" else [t]  # 'European' in 'The European Union and ...'
    for x in (x for h in heads for x in (h, *h.conjuncts)):
        n = next((_number(c.lower_, counts) for c in x.children if c.dep_ == "nummod"), None)
        codes += [c for c in (regional_group(x, n) if n else []) if c not in codes]
    return codes


def _latest_region(s: Token, n: int) -> list[str]:
    """'... as the leaders of the five Central Asian states met ... though all five took part': the latest
    counted regional grouping of exactly ``n`` members before ``s``; the count in both places confirms it, so
    it is looked for further back than a list of names."""
    start, back = s.sent.start, 0
    while start > 0 and back < REGION_SENTENCES_BACK:
        start, back = s.doc[start - 1].sent.start, back + 1
    counts = rules().table("production_share.number_words")
    for t in reversed(s.doc[start : s.i]):
        if t.dep_ == "nummod" and _number(t.lower_, counts) == n and (codes := regional_group(t.head, n)):
            return codes
    return []


def _number(word: str, counts: dict) -> int | None:
    return int(word) if word.isdigit() else counts.get(word)


def styled_state(subj: Token) -> str | None:
    """'said the Kingdom welcomed ...': a state called by the noun of its own style ('the Kingdom of Saudi
    Arabia', 'the Republic of Chile'), when the text gives exactly one state that style."""
    if subj.lower_ not in rules().words("agreement.singular_state_nouns") - rules().words("agreement.government_nouns"):
        return None
    if not subj.text[:1].isupper() or any(c.dep_ in ("poss", "amod", "compound") for c in subj.children):
        return None
    styled = {
        e.kb_id_
        for e in subj.doc.ents
        if e.label_ == "GPE" and e.kb_id_ and e.text.lower().removeprefix("the ").startswith(subj.lower_ + " ")
    }
    return styled.pop() if len(styled) == 1 else None


def bare_collective(tokens: list[Token]) -> bool:
    """'which the leaders launched', 'that the ministers signed': a collective with no count ('both'), owner, state
    word or phrase of its own, which refers back to the instrument's own sides rather than to a state named before."""
    words = rules().words("agreement.collective_people") | rules().words("agreement.collective_states")
    marks = ("nummod", "poss", "compound", "amod", "prep", "appos", "conj")
    pair = rules().words("agreement.pair_words")  # 'both sides' is counted, as 'the two sides' is
    return bool(tokens) and all(
        t.lower_ in words and not any(c.dep_ in marks or c.lower_ in pair for c in t.children) and not countries_in([t])
        for t in tokens
    )
