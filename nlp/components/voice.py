"""Whose voice a text speaks in: the state(s) a first-person word or a collective of the page stands for.

Several rules ask the same question ("we signed with Peru", "both governments signed", "the two countries
issued") and each used to answer it with its own precondition.  This module is the one place the answer and
its evidence live, so that a rule asks it instead of re-deriving it:

* :func:`first_person` - 'we', 'us', 'our' on a government's page: the publisher (``page_we``: its site, else
  its masthead and footer), unless the 'we' is apposed to a group or another state's speaker reports it.
* :func:`deictic_state` - a state named by pointing, not by name: a first-person possessive on a state or body noun
  ('our country', 'my Department'), a definite capitalised body noun ('the Government', 'this Administration') or the
  head by title ('the President', 'the Prime Minister').  On a government's page each is the publisher, but an
  explicit reading wins: a state apposed to it ('our country, Peru,'), the state of a quoted speaker ("'Our country
  signed ...,' Peru's minister said"), a state named earlier in its clause, or another state's official named in the
  sentence or just before (the reader has a nearer antecedent; the caller then keeps its own story reading).  A
  first-person phrase on a page with no publisher (a wire story, bare text) is the quoted speaker's state or nothing:
  the story's last subject is not who says 'our'.  Words: ``agreement.first_person_possessives``,
  ``agreement.definite_determiners``, ``officials.head_of_state_titles``, the state and body nouns
  (``agreement.singular_state_nouns``, ``agreement.government_nouns``, ``officials.government_body_nouns``).
* :func:`page_pair` - the pair the page is about: the pair the document coordinates most (``Context.doc_pair``),
  else the pair its title names (``Context.title_pair``).  Frame-independent: a government release, a wire
  story and bare text all have a document pair once the body coordinates two states.
* :func:`position_pair` - 'the two countries' by position (the last two states named) holds only when one
  earlier sentence named both: two states the story merely mentioned one after the other ('... frameworks the
  United States signed with Australia and Japan.  China processes 90% ...  Both governments signed') are no
  pair; then the page's pair is ('the pair the page is about at that point', never states merely mentioned).

Each answer is a :class:`Voice`: the states and the evidence that gave them (for rule records and debugging).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.interview_voice import answer_voice
from cmkg.nlp.components.page_we import page_we
from cmkg.nlp.components.premodifiers import dash_compound
from cmkg.nlp.components.quoted_speaker import attribution_words, speech_verb, title_owners
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.signatory_states import person_key, signatory_countries
from cmkg.nlp.components.state_reference import previous_named, previous_state
from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.components.title_subjects import title_holder
from cmkg.nlp.rules import words as _w

__all__ = [
    "Voice",
    "coordinated_pair",
    "deictic_state",
    "first_person",
    "members_voice",
    "our_collective",
    "page_pair",
    "position_pair",
    "recent_pair",
    "sentence_officials",
    "settled_pair",
    "speaker_states",
]

SENTENCES_BACK = 3  # how far back a sentence that named both states of a positional pair may stand


@dataclass(frozen=True)
class Voice:
    """The states a voice word stands for, and why ('publisher', 'document pair', 'title pair', 'position')."""

    states: tuple[str, ...]
    evidence: str


def first_person(s: Token) -> Voice | None:
    """'we' / 'us' on a government's page when the page speaks alone: the publisher; None otherwise."""
    states = page_we(s)
    return None if states is None else Voice(tuple(states), "publisher")


def deictic_state(s: Token, ctx: Context) -> Voice | None:
    """The state 'our country', 'my Department', 'the Government' or 'the President' stands for (module docstring);
    None when ``s`` is no deictic reference or a nearer antecedent leaves it to the caller's story reading."""
    if _first_person_body(s):
        return _first_person_state(s, ctx)
    publisher = s.doc._.cmkg_publisher
    head = _head_title(s)
    if publisher and _page_minister(s, publisher):
        return Voice((publisher,), "publisher's minister")
    if not publisher or not (head or _definite_body(s)) or _others_near(s, ctx, publisher):
        return None
    return Voice((publisher,), "publisher's head" if head else "publisher's body")


def _page_minister(s: Token, publisher: str) -> bool:
    """'On Friday, the Minister signed a Memorandum ... with the Minister of Minerals of Tanzania': on a ministry's
    page its capitalised bare office (``officials.page_own_offices``) is its own minister, when no other state is
    named before it in its sentence or in the sentence before (a partner named after it is the other side)."""
    if s.text != s.text.title() or s.lower_ not in _w("officials.page_own_offices") or not _only_determined(s):
        return False
    if any(c.dep_ == "compound" for c in s.children):
        return False  # 'the Prime Minister', 'the Foreign Minister': heads and portfolios are read elsewhere
    before = countries_in([x for x in s.sent if x.i < s.i]) + previous_state(s) + previous_named(s)
    return all(x == publisher for x in before)


def _state_or_body(s: Token) -> bool:
    """A singular state or government-body noun ('country', 'nation', 'Government', 'Ministry', 'Department')."""
    nouns = _w("agreement.singular_state_nouns", "agreement.government_nouns", "officials.government_body_nouns")
    return s.lemma_.lower() in nouns and s.tag_ in ("NN", "NNP")


def _first_person_body(s: Token) -> bool:
    """'our country', 'my Department', 'our Government'; not 'our two governments' (a collective: our_collective)."""
    mine = any(c.dep_ == "poss" and c.lower_ in _w("agreement.first_person_possessives") for c in s.children)
    counted = any(c.dep_ == "nummod" or c.lower_ in _w("agreement.pair_words") for c in s.children)
    return mine and not counted and _state_or_body(s)


def _first_person_state(s: Token, ctx: Context) -> Voice | None:
    """'our country' by precedence: an apposed state, else (an earlier state in the clause: the caller's), else a
    quoted speaker's state, else the publisher; on a page without one, no state at all."""
    for a in (c for c in s.children if c.dep_ == "appos"):
        named = countries_in(list(a.subtree))
        return Voice((named[0],), "apposed state") if named else None  # "our group, the MSP": no state's
    if _earlier_states(s):
        return None
    if speakers := _speaker_states(s, ctx):
        return Voice((speakers[0],), "quoted speaker")
    if interviewed := answer_voice(s):
        return Voice((interviewed,), "interviewed official")
    publisher = s.doc._.cmkg_publisher
    return Voice((publisher,), "publisher") if publisher else Voice((), "no page state")


def _definite_body(s: Token) -> bool:
    """'the Government', 'this Administration', 'the Kingdom': capitalised, with only a definite determiner."""
    return _state_or_body(s) and s.text[:1].isupper() and _only_determined(s)


def _head_title(s: Token) -> bool:
    """'the President', 'the Prime Minister', 'the Chancellor': a head's title with only a definite determiner."""
    words = [c.lower_ for c in s.children if c.dep_ == "compound" and c.i < s.i] + [s.lower_]
    return " ".join(words) in _w("officials.head_of_state_titles") and s.ent_type_ != "PERSON" and _only_determined(s)


def _only_determined(s: Token) -> bool:
    """A definite determiner and nothing that gives the noun an owner ('the Government of Peru', 'Kenya's')."""
    dets = [c for c in s.children if c.dep_ == "det"]
    owners = [c for c in s.children if c.dep_ in ("poss", "amod", "nmod", "nummod", "appos", "prep")]
    return len(dets) == 1 and dets[0].lower_ in _w("agreement.definite_determiners") and not owners


def _earlier_states(s: Token) -> list[str]:
    """The states its clause names before ``s`` ('With Japan, our country signed ...')."""
    return countries_in([x for x in s.head.subtree if x.i < s.i and x.i not in range(s.left_edge.i, s.i + 1)])


def _speaker_states(s: Token, ctx: Context) -> list[str]:
    """The states of whoever the sentence reports as speaking (not ``s`` itself): named, titled or an official."""
    out: list[str] = []
    for v in (v for v in s.sent if speech_verb(v)):
        words = attribution_words(v)
        if s in words:
            continue  # "Our country said it would sign": the reference itself speaks
        people = [ctx.people.get(person_key(x, ctx.people)) for x in words if x.ent_type_ == "PERSON"]
        named = countries_in([x for x in words if x.ent_type_ != "PERSON"]) + countries_in(title_owners(words))
        out += named + [p.country for p in people if p is not None and p.country and not p.private]
    return list(dict.fromkeys(out))


def sentence_officials(sent: Span, ctx: Context) -> list[str]:
    """The states of the public officials a sentence names ('Park told a briefing'), once each, in order: whose
    voice the sentence reports (story_owner, party_reference and parties asked it each on their own)."""
    people = [ctx.people.get(person_key(e.root, ctx.people)) for e in sent.ents if e.label_ == "PERSON"]
    named = [(p.start, p.country) for p in people if p is not None and p.country and not p.private]
    # "The Secretary and the Foreign Minister discussed ...": titles standing for officials the story named, when
    # the sentence names two officials or more (one title alone is more often the page's own unnamed official)
    titled = [(x.i, code) for x in sent if x.ent_type_ != "PERSON" for code in _titled_official(x, ctx)]
    titled = titled if len(named) + len(titled) >= 2 else []
    return list(dict.fromkeys(code for _, code in sorted(named + titled)))


def _titled_official(x: Token, ctx: Context) -> list[str]:
    """A title with 'the' and no name ('the Secretary') whose holder the story named ('Secretary Rubio')."""
    determiners = _w("agreement.title_anaphor_determiners")
    marks = [c for c in x.children if c.dep_ == "det"]
    if not x.text[:1].isupper() or x.dep_ == "compound" or not marks or marks[0].lower_ not in determiners:
        return []
    return title_holder(x, ctx.people)[:1]


def speaker_states(verb: Token, ctx: Context) -> list[str]:
    """The states of whoever is the subject of ``verb`` (a verb of speech): named, or through their official."""
    subj = subject_tokens(verb)
    phrase = attribution_words(verb)  # "'...,' X, Ghana's minister, told reporters": the parser gave no subject
    people = [ctx.people.get(person_key(x, ctx.people)) for x in phrase if x.ent_type_ == "PERSON"]
    officials = [p.country for p in people if p is not None and p.country and not p.private]  # 'said Minister X'
    named = countries_in([s for s in subj if s.ent_type_ != "PERSON"])  # 'said Ana Lima': a name, no Peru
    titled = countries_in(title_owners(phrase)) if not subj else []  # "X, the Kenyan ambassador, said"
    return list(dict.fromkeys(named + signatory_countries(subj, ctx.people) + officials + titled))


def _others_near(s: Token, ctx: Context, publisher: str) -> bool:
    """Another state named before ``s`` in its sentence, another state's official there or just before, or another
    state the sentence before names (across a paragraph break): the nearer antecedent, not the page."""
    before = countries_in([x for x in s.sent if x.i < s.i])
    near = before + sentence_officials(s.sent, ctx) + list(ctx.last_people) + previous_state(s) + previous_named(s)
    return any(x != publisher for x in near)


def our_collective(s: Token, ctx: Context) -> Voice | None:
    """'our two governments', 'both our countries' on a government's page: the publisher and the one other state
    its sentence names ('... with my Australian counterpart, including the partnership that our two governments
    concluded'); without such a state, the document's pair ('which our three countries launched', a joint
    text's voice); None when neither."""
    publisher = s.doc._.cmkg_publisher
    if publisher and any(c.lower_ in _w("agreement.pair_words") for c in s.children):
        others = list(dict.fromkeys(c for c in countries_in(list(s.sent)) if c != publisher))
        if len(others) == 1:
            return Voice((publisher, others[0]), "publisher and the sentence's other state")
    return Voice(tuple(ctx.doc_pair), "document pair") if len(ctx.doc_pair) >= 2 else None


def page_pair(ctx: Context) -> Voice | None:
    """The pair the page is about: the document's pair, else the title's; None when it has neither."""
    if ctx.doc_pair:
        return Voice(tuple(ctx.doc_pair), "document pair")
    if ctx.title_pair:
        return Voice(tuple(ctx.title_pair), "title pair")
    return None


def settled_pair(ctx: Context, publisher: str | None) -> Voice | None:
    """The page's pair when the page has made it its own: exactly two states, of which the publisher is one, or
    which the title names, or which an earlier fact of the text paired; a pair the body merely coordinated once
    ('A and B are large producers') is not settled."""
    page = page_pair(ctx)
    if page is None or len(set(page.states)) != 2:
        return None
    a, b = page.states
    if publisher in page.states or set(ctx.title_pair) == {a, b} or b in ctx.partners.get(a, ()):
        return page
    return None


def coordinated_pair(sent: Span) -> tuple[str, ...] | None:
    """The last pair of states the sentence coordinates as its subject ('C and D signed'; not 'with C and D'), or
    joins by a dash before its subject's noun ('The China-Chile Free Trade Agreement has delivered ...')."""
    pair = None
    for t in (x for x in sent if x.dep_ in ("nsubj", "nsubjpass")):
        instrument = t.lemma_.lower().removesuffix("s") in _w("agreement.nouns")  # not 'the Italy-Angola railway'
        codes = countries_in([t]) if len(t.conjuncts) == 1 else dash_compound(t) if instrument else []
        pair = tuple(codes) if len(codes) == 2 else pair
    return pair


def recent_pair(s: Token, ctx: Context) -> Voice | None:
    """The pair the text is about at this point when the states named just before are more than two: the pair a
    sentence shortly before coordinates ('C and D signed ...'), else the page's settled pair, else None."""
    for before in sentences_before(s.sent, SENTENCES_BACK):
        if pair := coordinated_pair(before):
            return Voice(pair, "coordinated before")
    return settled_pair(ctx, s.doc._.cmkg_publisher)


def position_pair(s: Token, ctx: Context) -> Voice | None:
    """The last two states named, when a sentence shortly before named both (they were a pair there), else the
    pair the text is about there (:func:`recent_pair`); with no state named yet, the page's pair; None when
    nothing."""
    pair = ctx.last_countries[-2:]
    if not pair:
        return page_pair(ctx)
    if len(pair) == 2 and len(set(pair)) == 1:
        # "China ... Beijing had no comment. The minerals deal sits beside the trade agreement the two countries
        # reached": one state named twice is no pair; the pair the text is about (a coordinated one, the page's)
        titled = Voice(tuple(ctx.title_pair), "title pair") if len(ctx.title_pair) == 2 else None
        return recent_pair(s, ctx) or titled or Voice(tuple(pair), "position")
    before = sentences_before(s.sent, SENTENCES_BACK)
    if len(set(pair)) < 2 or any(set(pair) <= set(countries_in(list(b))) for b in before):
        return Voice(tuple(pair), "position")
    recent = recent_pair(s, ctx)
    if recent is not None and set(recent.states) != set(pair):
        return recent  # two states merely mentioned one after the other: the pair the text is about
    return Voice(tuple(pair), "position")


def members_voice(doc: Doc) -> bool:
    """'We represent 48 companies that explore for, mine and process critical minerals': a text whose first person
    says it speaks for member firms is a trade body's, and its 'we' is no government's or pair's
    (``agreement.member_voice_verbs``, ``agreement.member_body_nouns``)."""
    if "cmkg_members_voice" not in doc.user_data:
        verbs, bodies = _w("agreement.member_voice_verbs"), _w("agreement.member_body_nouns")
        doc.user_data["cmkg_members_voice"] = any(
            t.lemma_.lower() in verbs
            and any(s.lower_ in _w("agreement.joint_voice") for s in subject_tokens(t))
            and any(  # a counted membership ('48 companies'), not 'together we represent major producers'
                o.dep_ == "dobj" and o.lemma_.lower() in bodies and any(c.dep_ == "nummod" for c in o.children)
                for o in t.children
            )
            for t in doc
            if t.pos_ == "VERB"
        )
    return doc.user_data["cmkg_members_voice"]
