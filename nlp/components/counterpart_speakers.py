"""Who reports an instrument whose other side the sentence leaves implicit: the speaker's state.

"The Saudi deputy minister said talks with Pakistan had stalled" pairs Pakistan with Saudi Arabia: the state of
whoever reports the sentence, by its subject, its attribution phrase ("X, Ghana's minister, told reporters"), a
title's "of" phrase, an official the story already knows, or the one a personal pronoun points back to ("Minister
X said ... He added that an agreement with Y had lapsed").  Split from ``counterpart`` to keep both readable.
Words: ``syntax.of_prepositions``, ``agreement.government_nouns``, ``agreement.person_pronouns``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_reference import referents
from cmkg.nlp.components.quoted_speaker import attribution_words, speech_verb, title_owners
from cmkg.nlp.components.syntax import countries_in, governing_verb, subject_tokens, verb_chain
from cmkg.nlp.components.title_subjects import bare_titled_states
from cmkg.nlp.rules import words as _w

if TYPE_CHECKING:
    from cmkg.nlp.components.officials import Official

__all__ = ["partner_envoy_clause", "partner_side_only", "speaker_states"]


def speaker_states(c: Candidate, ctx: Context) -> list[str]:
    """'The Saudi deputy minister said talks with Pakistan had stalled': the reporter's state."""
    out: list[str] = []
    v = c.v
    # 'X explained that the Agreement ..., whose framework was agreed, is ...': the instrument's own clause, not a
    # relative clause on it, is what the speaker reports; one whose maker it names ('the agreements Brown signed in
    # Beijing', under 'New Zealand's ministry said ...') has its side already
    relative = v is not None and v.dep_ in ("relcl", "acl") and v.head.i == c.t.i and c.t.head.i != c.t.i
    # '..., which Massad Boulos, the US senior adviser, has discussed, ...': the partner's own envoy makes none
    named = relative and any(x.ent_type_ in ("PERSON", "GPE", "NORP") for x in subject_tokens(v))
    if relative and (not named or partner_envoy_clause(c, ctx)):
        v = governing_verb(c.t.head) or v
    for verb in verb_chain(v)[1:] if v is not None else []:
        if not speech_verb(verb):
            continue
        phrase = attribution_words(verb)  # "'...,' X, Ghana's minister, told reporters": no subject parsed
        out += countries_in([x for x in subject_tokens(verb) if x.ent_type_ != "PERSON"])  # 'said Ana Lima': no Peru
        of = _w("syntax.of_prepositions")  # "the minister of X said": the title's state
        out += countries_in([o for x in phrase if x.dep_ == "prep" and x.lower_ in of for o in x.children])
        out += countries_in(title_owners(phrase))  # "X, Ghana's minister of lands,", "X, the Kenyan ambassador,"
        out += _officials_states(phrase, ctx)
        # "the Minister informed the Council that discussions with B are continuing": the one state whose official
        # the story gave that title ('The ambassador said ...' after 'the Chilean ambassador' names none)
        bare = bare_titled_states(subject_tokens(verb), ctx.people)
        out += bare if not out else []
        out += _earlier_subject_state(verb, c.with_) if not out else []
        pronouns = [x for x in subject_tokens(verb) if x.lower_ in _w("agreement.person_pronouns")]
        out += [x for s in pronouns for x in referents(s, ctx) or [] if x not in c.with_] if not out else []
    return list(dict.fromkeys(out))


def partner_envoy_clause(c: Candidate, ctx: Context) -> bool:
    """'Officials in Kinshasa said that talks with Washington on a partnership, which Massad Boulos, the US
    senior adviser, has discussed, are progressing': a relative clause on the instrument whose subject is an
    official of its own partner names no maker; the sentence's reporter is still the other side."""
    rc = c.v
    if rc is None or rc.dep_ not in ("relcl", "acl") or rc.head.i != c.t.i:
        return False
    subjects = subject_tokens(rc)
    return bool(subjects) and all(partner_official(s, c.with_, ctx) for s in subjects)


def partner_side_only(c: Candidate, ctx: Context) -> bool:
    """The subjects of the instrument's verb name only its partner's side: its envoy in a relative clause, or,
    however the parser hung the clause ('talks with B ..., which B's envoy X discussed, are progressing' read with
    'talks' and X as subjects of 'discussed'), talks nouns and the partner's officials."""
    subjects = subject_tokens(c.v) if c.v is not None else []
    talks = _w("status.talks_nouns")
    own = bool(subjects) and all(s.lower_ in talks or partner_official(s, c.with_, ctx) for s in subjects)
    return own or partner_envoy_clause(c, ctx)


def partner_official(s: Token, partners: list[str], ctx: Context) -> bool:
    """The subject phrase names an official of the instrument's own partners and no other state ('Massad Boulos,
    the US senior adviser', 'Japan's special envoy, X', 'Finnish envoy X')."""
    words = list(s.subtree)
    persons = [x for x in words if x.ent_type_ == "PERSON" and x.ent_iob_ == "B"]
    states = countries_in(words) + _officials_states(words, ctx)
    return bool(persons) and bool(states) and all(x in partners for x in states)


def _officials_states(words: list[Token], ctx: Context) -> list[str]:
    """The states of the public officials the words name, as the story knows them (by full or short name)."""
    out: list[str] = []
    for x in (x for x in words if x.ent_type_ == "PERSON" and x.ent_iob_ == "B"):
        key = next((e.text for e in x.doc.ents if e.start == x.i), x.text)
        person = ctx.people.get(key) or _named_before(key, ctx)
        out += [person.country] if person is not None and person.country and not person.private else []
    return out


def _named_before(key: str, ctx: Context) -> Official | None:
    """The person a short mention names: by surname ('Sidhu'), or by the one name a story uses after the full one
    ('Airlangga' for Airlangga Hartarto), when only one person the story named has that name."""
    last = key.split()[-1]
    found = [p for n, p in ctx.people.items() if n.split()[-1] == last]
    found = found or [p for n, p in ctx.people.items() if len(key.split()) == 1 and key in n.split()]
    return found[0] if len(found) == 1 else None


def _earlier_subject_state(verb: Token, partners: list[str]) -> list[str]:
    """'Kazakhstan also has a partnership with the EU, and the government said talks with Korea were advanced':
    an unowned government speaker (``agreement.government_nouns``) is the government of the state the sentence
    made its subject before it (not 'officials', whose side the story gives; not a subject that holds the partner:
    'the UK and Japan did not sign, and the government said a memorandum with Britain ...')."""
    speakers = subject_tokens(verb)
    unowned = _w("agreement.government_nouns")
    if not speakers or not all(lemma(s) in unowned and not countries_in([s]) for s in speakers):
        return []
    earlier = [x for x in verb.sent if x.dep_ in ("nsubj", "nsubjpass") and x.i < speakers[0].i]
    states = countries_in(earlier[-1:])
    return [] if any(x in partners for x in states) else states[-1:]
