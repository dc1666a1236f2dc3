"""Officials' countries their titles leave open: companions, known holders, and the sentence's clues.

An official who travels or signs on another's side takes that side's state.

'Minister X, accompanied by Y', 'X was joined by Y', 'Y accompanied X', 'The Kazakh delegation was led
by X, accompanied by Y', 'X met B together with Y', 'X travelled alongside Y': Y's title names no state, X's
(or the delegation's) does.  Words: ``officials.companion_verbs``, ``officials.by_word``,
``officials.companion_prepositions``, ``officials.companion_adverbs``, ``officials.with_word``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.absolute_speakers import absolute_subject_state
from cmkg.nlp.components.dep_labels import OWNER_OR_SUBJECT_DEPS
from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.official_countries import (
    acts_for,
    by_above,
    country_after,
    dateline_state,
    home_country,
    lemma_of,
    ministry_country,
    national_office,
    represented_country,
    speaks_for,
    verb_of_subject,
)
from cmkg.nlp.components.official_visits import hosted_in, visited
from cmkg.nlp.components.title_tokens import resolve_surname
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["companion_of", "fill_companions", "fill_countries", "met_sides"]


def companion_of(ent: Span) -> Token | None:
    """'Y, accompanied by X,', 'Y was joined by X', 'X accompanied Y': a companion travels on Y's side.  The
    token returned is Y's word (a name, the title it hangs in, or 'the Kazakh delegation'), read from the parse,
    with the name climbed out of its title first (the parser often hangs an unfamiliar name inside it)."""
    by = by_above(ent)
    companions = _w("officials.companion_verbs")
    if by is not None and lemma_of(by.head) in companions:
        verb = by.head
        if verb.dep_ in ("acl", "relcl", "advcl"):
            head = verb.head
            subjects = (
                [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")] if head.pos_ in ("VERB", "AUX") else []
            )
            return subjects[0] if subjects else head
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return subjects[0] if subjects else None
    verb = verb_of_subject(ent)
    if verb is not None and verb.pos_ == "VERB" and lemma_of(verb) in companions:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return objects[0] if objects else None
    return _with_companion(ent)


def _with_companion(ent: Span) -> Token | None:
    """'X, who met the US president together with the army chief, Y', 'X travelled to B alongside Y': Y in a
    companion phrase of X's verb is on X's side (the relative clause's antecedent, else the verb's subject)."""
    x = ent.root
    while x.dep_ in ("appos", "compound", "conj") and x.head.i != x.i:
        x = x.head
    prep = x.head if x.dep_ == "pobj" else None
    if prep is None:
        return None
    adverbs = _w("officials.companion_adverbs")
    paired = prep.lower_ in _w("officials.with_word") and (
        any(c.lower_ in adverbs for c in prep.children) or prep.head.lower_ in adverbs
    )
    if not (paired or prep.lower_ in _w("officials.companion_prepositions")):
        return None
    verb = prep.head if prep.head.lower_ not in adverbs else prep.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "relcl":
        return verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects else None


def fill_companions(persons: list[Span], people: dict[str, Any]) -> None:
    """'Minister X, accompanied by Y': a companion without a state of their own takes the state of the one they
    accompany (a person, or the delegation of a state); one coordinated with another official takes theirs."""
    for ent in persons:
        person = people.get(resolve_surname(" ".join(ent.text.split()), people))
        if person is None or not person.role or person.private or person.country is not None:
            continue
        target = companion_of(ent)
        if target is not None:
            person.country = _side_of(target, persons, people, ent)
        else:
            person.country = _coordinated_side(ent, persons, people)


MAX_COORDINATED_GAP = 8  # 'X and army chief Field Marshal Y': 'and' and the second title between the names


def _coordinated_side(ent: Span, persons: list[Span], people: dict[str, Any]) -> str | None:
    """'Prime Minister X and army chief Y attended the signing in Islamabad': an official coordinated with
    another, in a sentence that names that other's state and no other, is on the same side (none if a state
    differs, or if the sentence names none: 'UN Secretary-General X and Director General Y spoke')."""
    before = [e for e in persons if e.sent == ent.sent and e.end <= ent.start <= e.end + MAX_COORDINATED_GAP]
    if not before:
        return None
    between = ent.doc[before[-1].end : ent.start]
    if not any(t.lower_ in _w("persons.list_joiners") - {","} for t in between):
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.ent_type_ in ("GPE", "NORP") for t in between):
        return None
    other = people.get(resolve_surname(" ".join(before[-1].text.split()), people))
    if other is None or other.country is None or other.private:
        return None
    states = {t.ent_kb_id_ for t in ent.sent if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_}
    return other.country if states == {other.country} else None


def _paired_side(ent: Span, persons: list[Span], people: dict[str, Any]) -> set[str]:
    """'Trade Secretary X and Japanese Ambassador Y signed': an official paired with one whose title states a
    state, where their own title states none, is on the other side; a shared state would open the pair
    ('Japanese Trade Minister X and Ambassador Y')."""
    after = [e for e in persons if e.sent == ent.sent and ent.end < e.start <= ent.end + MAX_COORDINATED_GAP]
    if not after:
        return set()
    between = ent.doc[ent.end : after[0].start]
    if not any(t.lower_ in _w("persons.list_joiners") - {","} for t in between):
        return set()
    other = people.get(resolve_surname(" ".join(after[0].text.split()), people))
    return {other.country} if other is not None and other.stated and other.country and not other.private else set()


def _side_of(target: Token, persons: list[Span], people: dict[str, Any], own: Span) -> str | None:
    """The state of the person named in ``target``'s phrase, else of the state that phrase names."""
    words = list(target.subtree)
    for e in persons:
        if e is not own and any(e.start <= t.i < e.end for t in words):
            other = people.get(resolve_surname(" ".join(e.text.split()), people))
            return other.country if other is not None else None
    codes = [
        t.ent_kb_id_
        for t in words
        if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_ and not (own.start <= t.i < own.end)
    ]
    return codes[0] if len(set(codes)) == 1 else None


def fill_countries(doc: Doc, persons: list[Span], people: dict[str, Any]) -> None:
    """Officials whose title names no country: known holders, the represented party, the speaker's subject, home."""
    g = gazetteer()
    named = {e.kb_id_ for e in doc.ents if e.label_ in ("GPE", "NORP") and e.kb_id_} | {doc._.cmkg_publisher}
    for person in people.values():
        known = g.known_official(person.name)  # a known holder's state does not depend on the sentence around
        if known and person.role and not person.private and not person.stated:
            person.country = known[1]  # "Albanese, Biden, Japan's Prime Minister Kishida": not Japan's
        elif known and not person.role and not person.private:  # "sat down with Donald Trump": no title, but known
            person.country, person.rule = known[1], rules().rule("officials.known_holder")
    hosts: dict[str, set[str]] = {}
    for ent in persons:
        person = people.get(resolve_surname(" ".join(ent.text.split()), people))
        if person is not None and person.role and not person.private and person.country is None:
            person.country = (
                represented_country(ent)
                or acts_for(ent)
                or country_after(ent)
                or national_office(person.role)
                or hosted_in(ent)
                or speaks_for(ent)
                or absolute_subject_state(ent)
            )
            hosts.setdefault(person.name, set()).update(
                visited(ent), met_sides(ent), _paired_side(ent, persons, people)
            )
    fill_companions(persons, people)
    for person in people.values():
        if person.role and not person.private and person.country is None:
            others = [(p.role, p.country) for p in people.values()]
            person.country = ministry_country(person.role, others)
        if person.role and not person.private and person.country is None:
            excluded = frozenset(hosts.get(person.name, ()))
            known = g.known_official(person.name) or _by_surname(person, named - excluded)
            publisher = doc._.cmkg_publisher if doc._.cmkg_publisher not in excluded else None
            turn = subject_state_before(doc[person.start : person.end]) or _state_before(doc[person.start])
            home = (
                publisher
                or (turn if turn not in excluded else None)
                or dateline_state(doc, person.start, excluded)
                or home_country(doc, near=person.start, exclude=excluded)
            )
            person.country = known[1] if known else home


def _by_surname(person: Any, named: set[str | None]) -> tuple[str, str, str] | None:
    """'President Trump', 'Prime Minister Albanese': a head of state or government named by title and surname is
    the one holder of the table with that name, when the story names the holder's state and the person does not
    meet or visit it; a minister's surname ('Minister Hassan', 'Minister Silva') is too common to place."""
    role = (person.role or "").lower()
    if not any(role == t or role.endswith(" " + t) for t in _w("officials.head_of_state_titles")):
        return None
    known = gazetteer().known_by_surname(person.name)
    return known if known is not None and known[1] in named else None


def subject_state_before(ent: Span) -> str | None:
    """'South Korea ... said it would monitor shipments. Bang Moon-kyu, the trade minister, told ...': an office
    holder no clue places belongs to the one state that is the subject of the sentence before, in the same
    paragraph (the story has turned to that state), before the state the whole story names most."""
    doc, sent = ent.doc, ent.sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n\n" in doc_text(doc)[prev.end_char : sent.start_char]:
        return None  # another paragraph
    subjects = [t for t in prev.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    named = {x.ent_kb_id_ for x in prev if x.ent_type_ == "GPE" and x.ent_kb_id_}
    if subjects and all(t.pos_ == "PRON" for t in subjects) and len(named) == 1:
        # "Where Abu Dhabi signs as a state, it tends to ...": the pronoun's state, the only one the sentence names
        fronted = [c for c in prev.root.children if c.dep_ == "advcl" and c.i < prev.root.i]
        subjects = [t for c in fronted for t in c.children if t.dep_ in ("nsubj", "nsubjpass")]
    codes = {x.ent_kb_id_ for s in subjects for x in [s, *s.conjuncts] if x.ent_type_ == "GPE" and x.ent_kb_id_}
    return codes.pop() if len(codes) == 1 else None


def _state_before(first: Token) -> str | None:
    """An office holder no clue places belongs to the one state his own sentence names before him ("Nigeria's rule
    is similar: Dele Alake, the minister of solid minerals development, has repeated ..."), before the state the
    whole story names most (a survey of many states names the most-named one in other paragraphs); when his
    sentence names none, the one state the sentence before names in the same paragraph ("Congo's suspension ... was
    extended. Kizito Pakabomba, the mines minister, has said ...")."""
    doc = first.doc
    words = doc[first.sent.start : first.i]
    if not _states_named(words) and first.sent.start > 0:
        prev = doc[first.sent.start - 1].sent
        words = prev if "\n\n" not in doc_text(doc)[prev.end_char : first.sent.start_char] else words
    codes = _actor_states(words)
    # "China's demand for Chilean lithium has doubled. X, the mining minister, ...": another state named beside
    # the owner may be the minister's; only a lone state places him
    return codes.pop() if len(codes) == 1 and _states_named(words) <= codes else None


def _states_named(words: Span) -> set[str]:
    return {x.ent_kb_id_ for x in words if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_}


def _actor_states(words: Span) -> set[str]:
    """The states the words name as an owner or a subject ("Nigeria's rule", 'Congo suspended'), as a label
    ('- Tanzania.') or as the place that opens the sentence ('In Uganda, Minister X said'), not as a place or a
    side inside it ('signed in Washington', 'talks between the Government and the United States')."""
    return {
        x.ent_kb_id_
        for x in words
        if x.ent_type_ == "GPE"
        and x.ent_kb_id_
        and (any(a.dep_ in OWNER_OR_SUBJECT_DEPS or a.dep_ == "ROOT" for a in (x, x.head)) or _fronted(x))
    }


def _fronted(x: Token) -> bool:
    """The state is the object of the phrase that opens its sentence ('In Uganda, ...')."""
    phrase = x.head if x.dep_ == "pobj" else x.head.head if x.head.dep_ == "pobj" else None
    return phrase is not None and phrase.dep_ == "prep" and phrase.i == x.sent.start


def met_sides(ent: Span) -> set[str]:
    """'X met US officials in Washington', 'X held talks with Chinese counterparts', 'X signed a pact with Peru':
    the state of the party a person meets (named in the object of a meeting verb, or of 'with' after it or after a
    talks or instrument noun) is the other side, never the person's own by default (the story's host is no guess
    for a visitor)."""
    verb = verb_of_subject(ent)
    if verb is None:
        return set()
    verbs, talks = _w("officials.meeting_verbs"), _w("status.talks_nouns")
    instruments = _w("agreement.nouns", "agreement.mou_forms")  # 'signed an agreement with Malaysia': its partner
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    sided = talks | instruments
    if verb.lemma_.lower() not in verbs and not any(o.lemma_.lower() in sided or o.lower_ in sided for o in objects):
        return set()
    withs = [
        p for x in [verb, *objects] for p in x.children if p.dep_ == "prep" and p.lower_ in _w("officials.with_word")
    ]
    met = [o for o in objects if o.lower_ not in sided and o.lemma_.lower() not in sided]
    partners = [o for p in withs for o in p.children if o.dep_ == "pobj"]
    if verb.lemma_.lower() not in verbs and not any(o.lemma_.lower() in talks or o.lower_ in talks for o in objects):
        # an instrument's partner is a state named as one ('with Korea in Astana'), not a firm or group a demonym
        # qualifies ('with Chilean state miner Codelco', 'with Indonesian smelter operators'): the minister's own
        return {c.ent_kb_id_ for o in partners for c in (o, *o.conjuncts) if c.ent_type_ == "GPE" and c.ent_kb_id_}
    # 'met members of the Sri Lankan community': a state's people abroad are no side the person meets
    people = _w("officials.community_nouns")
    states = [x for o in met + partners for x in o.subtree if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_]
    return {x.ent_kb_id_ for x in states if _qualified(x).lemma_.lower() not in people}


def _qualified(x: Token) -> Token:
    """The noun a state's name or adjective qualifies ('community' of 'the Sri Lankan community'), else itself."""
    return next((a for a in x.ancestors if a.pos_ in ("NOUN", "PROPN") and not a.ent_kb_id_), x)
