"""Party references: which states a pronoun, a collective or a defined term stands for.

"they", "both countries", "the two sides", "the three governments", "the Participants" name no state
themselves; they are resolved against the sentence and the story so far (:class:`Context`). Subject,
``with`` and bound-party rules all ask the same question, so the answer lives here, apart from the
rules (``parties``) that find the phrases.  Word lists: ``agreement.*``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.acronym_names import definition_at
from cmkg.nlp.components.bystanders import bystander_states, in_venue
from cmkg.nlp.components.doc_text import doc_text, line_start
from cmkg.nlp.components.instrument_subjects import defined_instrument
from cmkg.nlp.components.party_phrases import lemma
from cmkg.nlp.components.quoted_speaker import in_quotation
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.signatory_states import signatory_countries
from cmkg.nlp.components.state_reference import (
    MAX_SENTENCES_BACK,
    collective_owner,
    counted_group,
    latest_list,
    numeral_group,
    previous_named,
    previous_state,
    state_noun,
)
from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.story_owner import page_state
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.components.title_subjects import titled_subject_state
from cmkg.nlp.components.visits import visit_destinations
from cmkg.nlp.components.voice import (
    coordinated_pair,
    deictic_state,
    first_person,
    our_collective,
    page_pair,
    position_pair,
    recent_pair,
    sentence_officials,
)
from cmkg.nlp.rules import words as _w

__all__ = ["defined_parties", "personal_owner_states", "referents", "referred_states"]


def referred_states(s: Token, ctx: Context) -> list[str]:
    """The states a pronoun or collective ('both countries', 'the three governments') refers to, if any."""
    return referents(s, ctx) or []


def referents(s: Token, ctx: Context) -> list[str] | None:
    """The states a pronoun or collective subject ('they', 'both countries', 'our three countries') refers to."""
    collective, s = _w("agreement.collective_states", "agreement.collective_people"), collective_owner(s)
    ours = any(c.dep_ == "poss" and c.lower_ in _w("agreement.joint_voice") for c in s.children)
    if s.lower_ in collective and ours and (voice := our_collective(s, ctx)):
        return list(voice.states)  # "which our three countries launched": the joint text's voice
    if s.lower_ in collective and any(c.lower_ in _w("agreement.pair_words") for c in s.children):
        return _the_two(s, ctx)
    if s.lower_ in _w("agreement.two_sided_collectives") and not any(c.dep_ == "nummod" for c in s.children):
        return _bare_sides(ctx)
    if s.lower_ in collective and (group := counted_group(s)):
        return group  # "the four governments": the latest list of four states
    if group := numeral_group(s):
        return group  # "Two of the biggest miners, A and B, signed", "where all four signed"
    if _relative_of_instrument(s):
        return []  # "negotiations between A and B, which are well advanced": 'which' is the talks, no state
    if first_person(s) is not None:
        return []  # the page's own 'we' is no earlier subject's: host_voice gives it the publisher where it acts
    if _writers_we(s, ctx):
        return []  # "We added the EU-Mercosur agreement to the tracker" on a news page: its writers, no state
    if s.lower_ in _w("agreement.person_pronouns"):
        return _person_antecedent(s, ctx)  # "Minister X said he would sign ...": X's state
    if s.lower_ in _w("agreement.pronouns") or s.lower_ in collective:
        # "Starmer and Carney said their governments would": the earlier subject's states or officials
        subjects = [x for x in s.sent if x.i < s.i and x.dep_ in ("nsubj", "nsubjpass")]
        earlier = [x for x in subjects if _states_of(x, ctx) or state_noun(x) or counted_group(x) or _paired(x)]
        # 'it' stands for no coordination ("A and B signed X, and said the agreement it had signed with C")
        earlier = [x for x in earlier if not (x.conjuncts and s.lower_ in _w("agreement.singular_pronouns"))]
        if earlier and _paired(earlier[-1]):  # "The two countries issued a declaration, which will ...": their pair
            return _the_two(earlier[-1], ctx)
        if earlier:  # "it", "they"
            group = counted_group(earlier[-1])  # "The four governments signed what they called ..."
            return _states_of(earlier[-1], ctx) or group or (previous_state(earlier[-1]) or ctx.last_subjects)[:1]
        if s.lower_ in _w("agreement.plural_pronouns"):
            return [] if _thing_antecedent(s) else ctx.last_subjects
        if owner := _relative_possessor(s):
            return owner  # "Malaysia's commitment, in the trade agreement it signed with the US": Malaysia
        if _bare_many(s):  # "Ministers adopted the Declaration" after one state's report: the many, not that one
            # "Carney met with the Prime Minister of Japan, X. The leaders agreed": the two officials just named
            met = ctx.met_pair if s.lower_ in _w("agreement.collective_people") else []
            return met or (ctx.last_subjects if len(ctx.last_subjects) >= 2 else [])
        return ctx.last_subjects[:1]
    return None


def _thing_antecedent(s: Token) -> bool:
    """'The Regulations are consistent with the agreement between A and B ... They also support the partnership
    concluded with C': a plural pronoun opening its sentence takes up the plural subject of the sentence before;
    when that is a document, the pronoun names no state."""
    before = sentences_before(s.sent, 1, breaks="skip")
    if not before or s.i != s.sent.start:
        return False
    subjects = [x for x in before[0] if x.dep_ in ("nsubj", "nsubjpass") and x.head == before[0].root]
    return len(subjects) == 1 and _plural_thing(subjects[0])


def _plural_thing(x: Token) -> bool:
    """A plural document noun ('The Regulations', 'the rules', ``export_control.document_nouns``) with no state in
    it: a body or a group ('the departments', 'the commissions') acts for its state and stays a referent."""
    return (
        x.tag_ in ("NNS", "NNPS")
        and (x.lower_ in _w("export_control.document_nouns") or x.lemma_.lower() in _w("export_control.document_nouns"))
        and not any(c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for c in x.subtree)
    )


def _relative_possessor(s: Token) -> list[str]:
    """'Malaysia's commitment, in the trade agreement it signed with the United States, ...': a singular pronoun
    subject of a relative clause refers to the one state the sentence named before it as a possessor, not to the
    story's last subject."""
    if s.head.dep_ != "relcl" or s.dep_ not in ("nsubj", "nsubjpass") or s.lower_ in _w("agreement.relative_pronouns"):
        return []  # 'who', 'which': the relative word's own antecedent, read elsewhere
    owners = [
        x.ent_kb_id_
        for x in s.sent
        if x.i < s.i and x.ent_type_ == "GPE" and x.ent_kb_id_ and any(c.tag_ == "POS" for c in x.children)
    ]
    return owners[:1] if len(set(owners)) == 1 else []


def _writers_we(s: Token, ctx: Context) -> bool:
    """'We checked five claims', 'We added a row': a news or reference page's own 'we' in its narration (no
    publishing government, no joint text's voice, outside quotation marks, speaker turns and reported speech) doing
    an editor's act (``agreement.editorial_verbs``: 'added', 'checked', 'removed') is its writers."""
    if s.lower_ not in _w("agreement.joint_voice") or s.doc._.cmkg_publisher or ctx.doc_pair or in_quotation(s):
        return False
    text = doc_text(s.doc)
    turn = text[line_start(s.doc, s.idx) : s.idx]
    if any(mark in turn for mark in _w("persons.turn_label_marks")):
        return False  # "MINISTER: We signed ...", "BORIC - We signed ...": a speaker's turn
    # "We are close to a deal with Canada, she said": reported speech; "We signed X": a party speaks
    said = any(lemma(x) in _w("officials.speech_verbs") and x.pos_ == "VERB" and x.i != s.head.i for x in s.sent)
    return not said and lemma(s.head) in _w("agreement.editorial_verbs")


def _bare_many(s: Token) -> bool:
    """A bare plural collective ('Ministers', 'The ministers') with no owner: a meeting's many participants, unless
    it makes an instrument with a partner of its own ('Ministers signed a memorandum with Japan' after 'Australia's
    minister arrived' is Australia's); 'The ministers also noted Australia's partnerships with Japan' is no one
    state's act."""
    owned = any(c.dep_ == "poss" for c in s.children)
    making = lemma(s.head) in _w("status.signed", "status.announced")
    partnered = making and any(x.lower_ in _w("agreement.party_prepositions") for x in s.sent)
    many = _w("agreement.collective_states", "agreement.collective_people")  # 'The participating States', 'Ministers'
    return s.tag_ in ("NNS", "NNPS") and s.lower_ in many and not owned and not partnered


def personal_owner_states(s: Token, ctx: Context) -> list[str]:
    """'Congo's mines minister, X, said ... He said his government was open to ...': a body owned by 'his' or
    'her' (``agreement.personal_possessives``) is the government of the person the sentence's 'he' or 'she'
    stands for."""
    if not any(c.dep_ == "poss" and c.lower_ in _w("agreement.personal_possessives") for c in s.children):
        return []
    speakers = [x for x in s.sent if x.i < s.i and x.dep_ == "nsubj" and x.lower_ in _w("agreement.person_pronouns")]
    return (_person_antecedent(speakers[-1], ctx) or [])[:1] if speakers else []


def _person_antecedent(s: Token, ctx: Context) -> list[str] | None:
    """'Prime Minister X of A said he would sign ...', 'The President said she would ...': 'he' or 'she' is the
    nearest earlier subject of its sentence that is a person (a name, or an office word: ``officials.public_heads``,
    a head's title), not a state or a thing ('Marcos stated that Japan is a partner and that he wished ...':
    Marcos); that person stands for a state as any official does (the subject phrase's state, the story's
    officials, else the page's own head on a government's page); anyone else leaves it unresolved."""
    earlier = [x for x in s.sent if x.i < s.i and x.dep_ in ("nsubj", "nsubjpass") and _person_word(x)]
    earlier = earlier or _previous_person_subject(s)
    if not earlier:
        return None
    x = earlier[-1]
    subject = [y for y in earlier if y.head.i == x.head.i]  # a name the parser split ('Park Seo-yeon'): all of it
    if states := countries_in(subject) or signatory_countries(subject, ctx.people):  # as a clause's subject is read
        return states[:1]
    if titled := titled_subject_state(x, ctx.last_subjects, ctx.last_people, ctx.people):
        return titled[:1]  # "The Deputy Minister recalled ... He also noted": the official the title refers to
    voice = deictic_state(x, ctx) if x.ent_type_ != "PERSON" else None
    return list(voice.states) if voice is not None and voice.states else None


def _previous_person_subject(s: Token) -> list[Token]:
    """'Papua New Guinea's prime minister, James Marape, visited Canberra. On Monday he and Albanese signed ...':
    a pronoun its own sentence gives no person for takes the person the nearest sentence before is about, in the
    same paragraph (its main clause's subject), over up to two sentences about something else ('Minister X said
    ... The Department had no plans ... He added that ...')."""
    doc, start = s.doc, s.sent.start
    for _ in range(MAX_SENTENCES_BACK):
        if start == 0 or "\n\n" in doc_text(doc)[doc[start - 1].idx : doc[start].idx]:
            return []
        prev = doc[start - 1].sent
        people = [x for x in prev.root.children if x.dep_ in ("nsubj", "nsubjpass") and _person_word(x)]
        if people or any(x.ent_type_ == "PERSON" for x in prev):
            return people  # a person named in another role ('was led by Minister X') leaves the pronoun open
        start = prev.start
    return []


def _person_word(x: Token) -> bool:
    """A person's name, or an office word standing for its holder ('the minister', 'The President')."""
    return x.ent_type_ == "PERSON" or lemma(x) in _w("officials.public_heads")


def _paired(x: Token) -> bool:
    """'the two countries', 'both governments': a collective of states with a pair word."""
    collective = _w("agreement.collective_states", "agreement.collective_people")
    return x.lower_ in collective and any(c.lower_ in _w("agreement.pair_words") for c in x.children)


def _relative_of_instrument(s: Token) -> bool:
    """A relative pronoun whose clause hangs on talks or an agreement whose own phrase already names two or
    more states ('negotiations between A and B, which are well advanced'), or on a named instrument ('the X
    Agreement, which awaits ratification'), refers to that noun, not to a further state ('an agreement with B
    that would open ...' still takes its other side from the story)."""
    verb = s.head
    if (
        s.lower_ not in _w("agreement.relative_pronouns")
        or verb.dep_ != "relcl"
        or s.dep_ not in ("nsubj", "nsubjpass")
    ):
        return False

    def instrument(t: Token) -> bool:
        return lemma(t) in _w("agreement.nouns") or t.lower_ in _w("status.talks_nouns")

    noun = verb.head
    if not instrument(noun):
        return False
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and instrument(noun.head.head):
        noun = noun.head.head  # "negotiations between A and B on an agreement, which ...": the talks
    own = [x for x in noun.subtree if not (verb.left_edge.i <= x.i <= verb.right_edge.i)]
    # "the Advanced Framework Agreement, which still awaits ratification": a named instrument is its own subject
    # ... unless its clause names a partner of its own ('the Dodoma Accord, which was signed with Kenya')
    partnered = any(c.dep_ == "prep" and c.lower_ in _w("agreement.party_prepositions") for c in verb.children)
    return len(countries_in(own)) >= 2 or (noun.pos_ == "PROPN" and noun.text[:1].isupper() and not partnered)


def _bare_sides(ctx: Context) -> list[str]:
    """'The sides agreed to ...': a pair without its numeral is the last sentence's two officials' or subjects'
    states, else, when the body has named no state yet, the document's or the title's pair; after three
    states ('A, B and C met') it is no pair."""
    pair = ctx.last_people if len(ctx.last_people) == 2 else ctx.last_subjects if len(ctx.last_subjects) == 2 else []
    page = page_pair(ctx)
    return list(pair) or ([] if ctx.last_countries or page is None else list(page.states))


def _states_of(x: Token, ctx: Context) -> list[str]:
    """The states a subject names, directly or through the officials in it."""
    return list(dict.fromkeys(countries_in([x]) + signatory_countries([x], ctx.people)))


def defined_parties(tok: Token, ctx: Context) -> list[str]:
    """'the Participants', 'the Parties': a defined term of official prose stands for the document's pair.

    Lower-case 'both countries' / 'the two sides' are resolved locally first (:func:`_the_two`).
    """
    if tok.lower_ not in _w("agreement.participant_terms") or not ctx.doc_pair or not tok.text[:1].isupper():
        return []
    if any(c.lower_ in _w("agreement.pair_words") for c in tok.children):
        return []  # "the two Governments intend to sign", after a sentence on another state: the pair named here
    ofs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _w("syntax.of_prepositions")]
    if any(countries_in(list(c.subtree)) for c in ofs):
        return []  # "with the Governments of A, B and C": the term names its own states, not the document's pair
    return list(ctx.doc_pair)


def _the_two(s: Token, ctx: Context) -> list[str]:
    """'the two sides / leaders / countries': the pair by :func:`_two_named`. 'Both countries' are two states, never
    the European Union (``agreement.country_collectives``, ``agreement.union_codes``): after 'the partnership
    between A and the EU', the pair a sentence shortly before coordinates, else the page's pair."""
    pair, unions = _two_named(s, ctx), _w("agreement.union_codes")
    if not unions & set(pair) or lemma(s) not in _w("agreement.country_collectives"):
        if len(pair) == 2:
            ctx.paragraph_pair = (pair, _paragraph_start(s), s.sent.end)
        return pair
    for voice in (recent_pair(s, ctx), page_pair(ctx)):
        if voice is not None and len(set(voice.states)) == 2 and not unions & set(voice.states):
            return list(voice.states)
    return []


def _named_before(s: Token) -> list[str]:
    """The states the sentence names before ``s``, less bystanders ('talks ... facilitated by C, and the two
    governments signed': not C) and venues ('In London, the two sides agree a framework': neither of the two)."""
    aside = bystander_states(s.sent)
    # "assets in Australia, where a partnership between the two governments has been in place": the place the
    # relative clause holding the collective hangs on is one of its sides, no venue
    place = {x.i for a in s.ancestors if a.dep_ == "relcl" and a.head.ent_kb_id_ for x in a.head.subtree}
    named = [x for x in s.sent if x.i < s.i and (not in_venue(x) or x.i in place)]
    return [c for c in countries_in(named) if c not in aside]


def _two_named(s: Token, ctx: Context) -> list[str]:
    """'the two sides / leaders / countries': the people or countries this sentence names, else the last two."""
    codes = sentence_officials(s.sent, ctx)
    if len(codes) >= 2:
        return codes[:2]
    # "X said the agreement Kinshasa and Lusaka signed ..., and the memorandum the two ...": the sentence's last two
    # states, when the official's own is one of them (not suppliers or another pair named in passing)
    if len(codes) == 1 and len(named := _named_before(s)) >= 2 and codes[0] in named[-2:]:
        return named[-2:]
    if not codes and len(defined := _defined_pair(s)) == 2 and set(_named_before(s)) <= set(defined):
        return defined  # "the two sides have agreed to a dialogue under the AFA": the pair that made the AFA
    if not codes and len(ctx.met_pair) == 2 and not _named_before(s):
        return list(ctx.met_pair)  # "A's X met with B's Y. ... of which both countries are signatories"
    if len(codes) == 1:  # "during a visit by [official] to Santiago": the host is the other side
        visited = [c for c in visit_destinations(s.sent) if c != codes[0]]
        other = next((c for c in visited + list(reversed(ctx.last_countries)) if c != codes[0]), None)
        return [codes[0], other] if other else codes
    if (sides := _paired_before(s)) is not None:
        return sides  # "a round between the government of A and a rebel movement under the framework the two sides
        # signed": the pair just named, one of them no state
    here = _named_before(s)
    if len(here) >= 2:
        return here[-2:]
    pair, speakers = latest_list(s, 2), countries_in([x for x in s.sent if x.i < s.i and x.dep_ == "nsubj"])
    if here and pair and (here[0] in pair or here[0] in speakers):  # "A and B met ... C said the two sides"
        return pair
    if len(here) == 1:  # the other side: the story's hub ("a partnership with X ... the two sides"), else the last
        # "The Deputy Minister recalled that cooperation with Korea ... the two countries": the speaking official's
        speaker = [x for v in s.sent if v.dep_ == "ROOT" for x in v.children if x.dep_ == "nsubj"]
        titled = [c for x in speaker for c in titled_subject_state(x, ctx.last_subjects, ctx.last_people, ctx.people)]
        others = [*titled, page_state(s.doc, ctx), ctx.hub(), ctx.main_actor()]  # the page's (or story's) own first
        others += [*reversed(ctx.last_subjects + ctx.last_countries)]
        other = next((c for c in others if c not in (None, here[0])), None)
        return [other, here[0]] if other else here
    # "Under the Declaration, the two governments consult. ... Officials from the two governments are discussing":
    said = ctx.paragraph_pair  # the same two again, in the same paragraph, until another pair is named
    if said is not None and said[1] == _paragraph_start(s) and not _new_pair_since(s, said):
        return list(said[0])
    # "The China-Chile FTA has delivered benefits to the two peoples. The two sides are now holding consultations":
    # the pair the sentence right before makes its subject, before officials and subjects of earlier turns
    paired = next((p for b in sentences_before(s.sent, 1, breaks="skip") if (p := coordinated_pair(b))), None)
    if paired is not None and len(set(ctx.last_people)) < 2:
        return list(paired)
    actors = ctx.last_people if len(ctx.last_people) >= 2 else list(dict.fromkeys(ctx.last_people + ctx.last_subjects))
    if len(ctx.last_people) >= 2 or len(actors) == 2:  # "A's minister met B's minister", "Modi and President B met"
        return actors[:2]
    subjects = list(dict.fromkeys(reversed(ctx.last_subjects)))[:2][::-1]  # one state named twice is no pair
    if len(subjects) == 2:  # "X and Y met in La Paz. The two countries signed": the subjects, not the venue
        return subjects
    if len({c for named in ctx.recent_states for c in named}) > 2:
        # "A's president met B's president. C sent no one. The two neighbours signed": no pair by position; the
        # pair a sentence just before coordinates, else the page's settled pair (its government's, its title's)
        recent = recent_pair(s, ctx)
        # "Officials in A are negotiating with B over X. It would sit on top of the deal the two countries
        # announced in July": the sentence right before names exactly the two
        before = previous_named(s)
        return list(recent.states) if recent else before if len(before) == 2 else []
    voice = position_pair(s, ctx)  # by position only where an earlier sentence paired them; else the page's pair
    return list(voice.states) if voice else []


def _defined_pair(s: Token) -> list[str]:
    """The pair the sentence that defined an instrument's initials coordinates ('The EU and Chile signed their
    Advanced Framework Agreement (the "AFA")'), for initials in the sentence of ``s``."""
    for x in s.sent:
        at = definition_at(x) if defined_instrument(x) else None
        if at is None:
            continue
        there = next((y for y in s.doc if y.idx >= at), None)
        if there is not None and (pair := coordinated_pair(there.sent)):
            return list(pair)
    return []


def _paired_before(s: Token) -> list[str] | None:
    """The states of the two sides a mutual phrase before ``s`` in its sentence coordinates ('between A's government
    and a rebel movement': A alone), or None when no such phrase names a state (two firms are no two sides)."""
    mutual = _w("agreement.mutual_prepositions")
    for p in (p for p in s.sent if p.i < s.i and p.lower_ in mutual):
        sides = [o for o in p.children if o.dep_ == "pobj" and o.conjuncts]
        states = list(dict.fromkeys(x for o in sides for x in countries_in([o, *o.conjuncts])))
        if states:  # 'between Kestrel Mining and Orbis Motors ... the two governments': not those two
            return states
    return None


def _paragraph_start(s: Token) -> int:
    """Where the line of ``s`` starts: a paragraph of prose, or one item of a list ('- India: The two ...')."""
    return line_start(s.doc, s.idx)


def _new_pair_since(s: Token, said: tuple[list[str], int, int]) -> bool:
    """Two or more other states named between the saved pair's sentence and ``s`` ('Indian and Indonesian
    officials met in Jakarta'): the later 'the two governments' may be theirs."""
    between = s.doc[said[2] : s.sent.start]
    others = {x.ent_kb_id_ for x in between if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_} - set(said[0])
    return len(others) >= 2
