"""Party rules: which countries stand behind a verb, a pronoun or a phrase.

Parties come from the subject (or the passive agent) of a verb, ``with`` / ``between`` phrases on the noun or
the verb, compound modifiers ("US-Japan framework"), officials resolved to their country, pronouns and collective
nouns ("both countries", "the two sides") resolved against the story so far (:class:`Context`, kept in
``story_context``; what a pronoun or collective stands for is resolved by ``party_reference``).  Word lists:
``agreement.*`` and ``participation.*``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components import state_reference as _sr
from cmkg.nlp.components.acronym_names import defined_government, defined_state
from cmkg.nlp.components.agencies import agency_state, bare_body
from cmkg.nlp.components.instrument_subjects import instrument_pronoun, instrument_pronoun_parties
from cmkg.nlp.components.page_we import page_we
from cmkg.nlp.components.party_phrases import (
    agreement_noun,
    counted_partners,
    distributed_over,
    lemma,
    partitive_states,
    pp_chain_preps,
    relative_antecedent,
    same_entity,
)
from cmkg.nlp.components.party_reference import defined_parties, personal_owner_states, referents
from cmkg.nlp.components.roles import coordinated_states, in_nonparty_role
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.series_hosts import stranded_antecedent
from cmkg.nlp.components.signatory_states import person_key, signatory_countries
from cmkg.nlp.components.story_context import Context
from cmkg.nlp.components.subject_forms import (
    after_fronted_phrase,
    distributive_subject,
    included_states,
    leader_government,
    operative_clause,
    orphaned_subject,
    subject_before,
)
from cmkg.nlp.components.syntax import countries_in, subject_tokens, verb_chain
from cmkg.nlp.components.syntax_states import country_of_token, government_head, relative_owner
from cmkg.nlp.components.title_subjects import bare_titled_states, titled_subject_state
from cmkg.nlp.components.voice import deictic_state, sentence_officials, speaker_states
from cmkg.nlp.rules import words as _w

__all__ = [
    "Context",
    "conjunct_maker",
    "lemma",
    "speaker_states",
    "is_company",
    "resolve_subject",
    "with_parties",
    "pp_chain_preps",
    "same_entity",
    "counted_partners",
    "mutual_pair",
    "named_body_subjects",
]


def is_company(t: Token) -> bool:
    g = gazetteer()
    words = _w("agreement.company_words")
    if t.ent_type_ == "ORG":
        kb = t.ent_kb_id_
        # "The Government's Reserve", "the Ministry of Mines": an unknown body headed by a government noun is a state's
        public = government_head(t) or t.lower_ in _w("agreement.government_nouns") or defined_government(t)
        return (not kb and not public) or g.orgs.get(kb) is not None and g.orgs[kb].kind == "company"
    return t.lower_ in words


def resolve_subject(v: Token, ctx: Context) -> tuple[list[str], bool]:
    """Country codes of the subject of ``v`` (or of the verbs that control it)."""
    for verb in verb_chain(v):
        subj = subject_tokens(verb)
        # "Colombia, which joins the Dialogue and has also signed the Declaration": a conjunct shares the relative
        shared = not subj and verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.dep_ == "relcl"
        rel = verb.head if shared else verb  # (a copula "but is not a party" is the outsider rules')
        if rel.dep_ == "relcl" and any(x.lower_ in _w("agreement.relative_pronouns") for x in subject_tokens(rel)):
            # "Indonesia, which banned exports": the antecedent; "among the countries that": the copula's states
            codes = countries_in([relative_owner(rel)]) or partitive_states(rel.head)
            if codes or (rel is verb and _instrument_antecedent(relative_owner(rel)) and not countries_in(subj)):
                return codes, False
        # "X, whose officials have been negotiating with B": X's; after a coordination ('with A and B, whose
        # leaders launched ...') the clause may be said of a wider set, left to the instrument's own rules
        if rel.dep_ == "relcl" and _whose_subject(rel) and not rel.head.conjuncts:
            codes = countries_in([rel.head]) or signatory_countries([rel.head], ctx.people)
            if codes:
                return codes, False
        if stranded := stranded_antecedent(verb):  # "..., with which A concluded X, and which is negotiating Y"
            return stranded, False
        subj = subj or _implicit_subject(verb)
        if not subj and operative_clause(verb) and len(ctx.doc_pair) >= 2:
            return list(ctx.doc_pair), False  # "2. AGREE to establish ...": the communique's voice, named above
        if not subj or _reduced_relative(subj):
            continue
        # a clause parsed as the subject ("RECOGNISING ..., DESIRING ..., have reached"): its own subject
        subj = [x for s in subj for x in (subject_tokens(s) or [s])]
        if fronted := after_fronted_phrase(subj, verb):  # "hosted by Brazil, Australia and India signed"
            return fronted, False
        codes = countries_in(subj) or [x for s in subj for x in distributive_subject(s)]
        codes = codes or [x for x in (leader_government(s, ctx.people) for s in subj) if x]
        # "Peru, represented by its Minister ..., and Egypt, represented by ...": two states coordinated in
        # the subject phrase, their officials stand for them (and an official's country read from an
        # earlier paragraph must not add a third)
        if len(coordinated_states(subj)) < 2:  # the rest come back as stranded conjuncts
            codes = list(dict.fromkeys(codes + signatory_countries(subj, ctx.people)))
        codes += [x for x in _sr.counted_conjuncts(subj) if x not in codes] if codes else []  # "X and the five states"
        codes += [x for x in _pronoun_conjuncts(subj, ctx) if x not in codes] if codes else []  # "he and X signed"
        # "Korea and African countries including A, B and C launched": a coordinated collective's included states
        codes += (
            [x for s in subj for m in (s, *s.conjuncts) for x in included_states(m) if x not in codes] if codes else []
        )
        if codes:
            return codes, False
        defined = [x for s in subj for x in defined_parties(s, ctx)]
        defined = defined or [x for s in subj for x in included_states(s)]
        if defined:
            return defined, False
        return _subject_words(subj, verb, ctx)
    return [], False


def _instrument_antecedent(x: Token) -> bool:
    """A relative on an instrument ('the Agreement with B, which remains'), or on the date closing its aside."""
    return x.ent_type_ == "DATE" or agreement_noun(x)


def _whose_subject(rel: Token) -> bool:
    """The relative clause's subject is owned by 'whose' (a possessive relative word, tagged WP$)."""
    return any(c.dep_ == "poss" and c.tag_ == "WP$" for s in subject_tokens(rel) for c in s.children)


def _subject_words(subj: list[Token], verb: Token, ctx: Context) -> tuple[list[str], bool]:
    """A subject that names no state itself: an official, 'the country', a government or ministry, a company,
    a pronoun or collective noun."""
    for s in subj:
        if s.tag_ == "NNS" and _regionally_owned(s):
            return [], False  # "The region's governments have been careful ...": several states, no one of them
        if held := instrument_pronoun_parties(s, verb, ctx):
            return held, False  # "The MOU commits both sides ... It also establishes a Joint Working Group"
        if instrument_pronoun(s) and lemma(verb) in _w("agreement.instrument_verbs"):
            return [], False  # "The X Agreement enters into force. It applies the Y Agreement": no state's act
        if (voice := deictic_state(s, ctx)) is not None:
            return list(voice.states), False  # "our country", "My Department", "the President" on its page
        if s.ent_type_ == "PERSON":
            person = ctx.people.get(person_key(s, ctx.people))
            if person and person.country and not person.private:
                return [person.country], False
            return [], False
        if _sr.state_noun(s, governments=True):
            # "the minister said the country signed": the speaker's country, else the story's subject
            said = verb.head if verb.dep_ == "ccomp" else None
            speaker = (
                signatory_countries(subject_tokens(said), ctx.people) + countries_in(subject_tokens(said))
                if said is not None
                else []
            )
            if speaker or _sr.state_noun(s):
                return (speaker or _sr.main_clause_state(s) or _sr.previous_state(s) or ctx.last_subjects)[:1], False
        if s.lower_ in _w("agreement.government_nouns") or _unowned_body(s):
            return _government_states(s, verb, ctx), False
        if (team := _pronoun_owned_team(s, verb, ctx)) is not None:
            return team, False
        if is_company(s):
            return [], True
        # "its Trade Minister signed", "There, the minister signed"
        titled = titled_subject_state(s, ctx.last_subjects, ctx.last_people, ctx.people)
        if titled:
            return titled, False
        referred = referents(s, ctx)
        if referred is not None:
            return referred, False
    return [], False


def _government_states(s: Token, verb: Token, ctx: Context) -> list[str]:
    """'the Government', 'the Ministry', 'the administration' with no state of their own: the state the sentence's
    officials, the page, a coordinated clause, the title or the story give."""
    codes = sentence_officials(s.sent, ctx) or personal_owner_states(s, ctx)  # 'He said his government'
    # no official named: the country the sentence names ("India's reliance") unless it is the other
    # side ("The Government has concluded partnerships with A, B"), else the story's subject
    others = with_parties(verb, ctx)
    # "the Government was holding talks with the Government of X": the object's 'with' side is the other
    others += [x for o in verb.children if o.dep_ == "dobj" for x in with_parties(o, ctx)]
    if s.lower_ not in _w("agreement.government_nouns"):  # "the Ministry": the story's government
        home = [x for x in (s.doc._.cmkg_publisher, ctx.home) if x]
        # a government's own release: "the Ministry" is the publisher's, whatever state came last
        own = [x for x in home[:1] if s.doc._.cmkg_publisher and x not in others]
        # "A signed X with B, and the ministry is considering Y": the coordinated clause's state
        joined = countries_in(subject_tokens(verb.head)) if verb.dep_ == "conj" else []
        return (codes or own or joined or _named_body_before(s) or ctx.last_subjects or home)[:1]
    # "Government has also held talks", "the Government approved": a page's own bare (capitalised) word
    bare = s.text[:1].isupper() and (not list(s.children) or bare_body(s))
    if not codes and bare and s.doc._.cmkg_publisher and s.doc._.cmkg_publisher not in others:
        return [s.doc._.cmkg_publisher]
    # "Washington's minerals deals ... This year the administration has also signed": the title's one state
    titled = [x for x in ctx.title_states if x not in others]
    # "..., officials in Washington said": that state, not the partners of a series ('a framework with Australia')
    named = [e.kb_id_ for e in s.sent.ents if e.kb_id_ and e.label_ in ("GPE", "NORP") and not _partner_word(e.root)]
    named = [c for c in named if c not in others]
    if not codes and not named and lemma(s) in _w("agreement.title_government_nouns") and len(titled) == 1:
        return titled
    # "Its agreement with Japan ..., and the Government is holding talks with B": a partner of another clause
    others += [e.kb_id_ for e in s.sent.ents if e.label_ in ("GPE", "NORP") and _partner_word(e.root)]
    home = [x for x in (ctx.home,) if x and x not in others]  # "JAKARTA - The government signed ... with B"
    return (codes or [c for c in countries_in(s.sent) if c not in others] or ctx.last_subjects or home)[:1]


def _partner_word(x: Token) -> bool:
    """A state named as a 'with' or 'between' partner, or as a conjunct of one."""
    head = x.head if x.dep_ == "conj" else x
    return head.dep_ == "pobj" and head.head.lower_ in _w("agreement.party_prepositions")


def _regionally_owned(s: Token) -> bool:
    """'the region's governments', 'the continent's producers': a possessive that names no state owns them (not a
    collective of states: 'the two governments' trade ministries' are the pair's)."""
    collective = _w("agreement.collective_states", "agreement.collective_people", "agreement.country_collectives")
    collective |= _w("agreement.singular_state_nouns")  # "The country's leaders": one state's
    return any(
        x.dep_ == "poss"
        and not x.ent_kb_id_
        and x.pos_ == "NOUN"
        and x.lower_ not in collective
        and lemma(x) not in collective
        for x in s.children
    )


def _pronoun_conjuncts(subj: list[Token], ctx: Context) -> list[str]:
    """'On Monday he and Australian Prime Minister Albanese signed': a personal pronoun (or a bare title) beside
    a named signer stands for the person it refers to, whose state is a side too."""
    pronouns = [s for s in subj if s.lower_ in _w("agreement.person_pronouns")]
    # "Minister X of Japan and I held talks": the speaking official's 'I' is the page's state
    joined = [c for s in subj for c in s.conjuncts if c not in subj]  # 'Minister X of Japan and I': a conjunct
    spoken = [x for s in subj + joined if s.lower_ in _w("agreement.speaker_pronouns") for x in page_we(s) or []]
    titled = bare_titled_states(subj + joined, ctx.people)  # "the Head of State and the President of Rwanda"
    return [x for s in pronouns for x in referents(s, ctx) or []] + spoken + titled


def _pronoun_owned_team(s: Token, verb: Token, ctx: Context) -> list[str] | None:
    """'Uganda said its delegation announced a framework with Washington': a state's team, body or envoys owned by
    'its' or 'their' act for the subject of the clause above theirs ('said', or 'hosted' in 'Kenya hosted the talks,
    and its envoys signed'), when that subject is a state ('Glencore said its team ...' is a company's).  Word
    lists: ``syntax.government_heads``, ``agreement.collective_people``, ``agreement.third_person_possessives``."""
    teams = _w("syntax.government_heads", "agreement.collective_people") - _w("agreement.government_nouns")
    if lemma(s) not in teams and s.lower_ not in teams:
        return None
    pron = next(
        (c for c in s.children if c.dep_ == "poss" and c.lower_ in _w("agreement.third_person_possessives")), None
    )
    above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and subject_tokens(a)), None)
    if pron is None or above is None:
        return None
    owners = [y for x in subject_tokens(above) for y in (x, *x.conjuncts)]
    named = countries_in(owners) or [y for o in owners for y in referents(o, ctx) or []]  # "The leaders agreed"
    codes = [x for x in dict.fromkeys(named) if x not in with_parties(verb, ctx)]
    if "Sing" in pron.morph.get("Number") and len(codes) != 1:
        return None  # 'its' is one state's
    return codes or None


def named_body_subjects(v: Token) -> list[str]:
    """'The DFC and the Ministry signed a letter of intent' after 'Uzbekistan's Ministry of Mining signed ...': a
    bare body beside a named subject is the one the text has just named with its state."""
    members = [y for s in subject_tokens(v) for y in (s, *s.conjuncts)]
    if len(members) < 2:
        return []
    return [x for y in members if _unowned_body(y) and not country_of_token(y) for x in _named_body_before(y)]


def _named_body_before(s: Token) -> list[str]:
    """'the Ministry' after 'Uzbekistan's Ministry of Mining signed ...': the state of the same body named with its
    state in the sentence so far or the two before it, nearest first; a body with words of its own ('the Ministry
    of Mines') is no short form of another."""
    if not bare_body(s):
        return []
    before = [
        *reversed(s.sent[: s.i - s.sent.start]),
        *(x for b in sentences_before(s.sent, 2, breaks="skip") for x in reversed(b)),
    ]
    named = (countries_in([x]) for x in before if x.i != s.i and lemma(x) == lemma(s))
    return next((codes[:1] for codes in named if codes), [])


def _unowned_body(s: Token) -> bool:
    """'the Ministry of Mines has signed ...', 'the Department': a government body named without its state is
    the government of the story (a company's 'ministry' does not exist); so is its defined short form ('the Minem')."""
    return (
        s.lemma_.lower() in _w("officials.government_body_nouns")
        and s.tag_ in ("NN", "NNP")
        and any(c.lower_ in _w("agreement.definite_determiners") for c in s.children)
    ) or (defined_government(s) and defined_state(s) is None)  # "Chile's Ministry of Mining (Minmin)": Chile's


def _reduced_relative(subj: list[Token]) -> bool:
    """'RECALL the Joint Declaration adopted in 2023, and AGREE to ...': a participle parsed as a clause.

    A bare past participle (no auxiliary) whose 'subject' is an agreement noun modifies that noun;
    the subject of the sentence (and of verbs coordinated with the participle) is further up the chain.
    """
    nouns = _w("agreement.nouns", "agreement.initiative_nouns")
    return all(
        lemma(s) in nouns and s.head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in s.head.children)
        for s in subj
    )


def _implicit_subject(verb: Token) -> list[Token]:
    """A verb the parser gave no subject: the countries right before it, or the preamble's opening phrase."""
    subj: list[Token] = []
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        subj = subject_tokens(verb.head.head)  # "X said after signing a framework with Y": X signed
    if not subj and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "Officials from X attended as Y and Z signed": countries right before the verb, not the first clause's
        subj = subject_before(verb, conj=True) or subject_tokens(verb.head)
    return subj or subject_before(verb) or orphaned_subject(verb)


def conjunct_maker(verb: Token) -> list[Token]:
    """'the frameworks A signed with B and the memoranda concluded with C': a subjectless participle on an
    instrument coordinated after another whose relative clause names its maker: that maker made both."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "conj" or noun.head.i > noun.i:
        return []
    nouns = _w("agreement.nouns", "agreement.mou_forms", "agreement.plural_forms")
    if not all(lemma(x) in nouns or x.lower_ in nouns for x in (noun, noun.head)):
        return []
    rel = next((c for c in noun.head.children if c.dep_ == "relcl" and c.i < noun.i), None)
    subj = subject_tokens(rel) if rel is not None else []
    return [] if any(x.lower_ in _w("agreement.relative_pronouns") for x in subj) else subj


def with_parties(t: Token, ctx: Context) -> list[str]:
    out: list[str] = []
    for prep in pp_chain_preps(t):
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        objs += [x for o in objs for x in distributed_over(o)]  # "with each of the two countries"
        if in_nonparty_role(prep):
            continue
        codes = countries_in(objs) + [x for o in objs for x in relative_antecedent(o) if x]
        codes += [x for x in _sr.counted_conjuncts(objs) if x not in codes]  # "with the five Central Asian states"
        for o in objs:
            codes += [x for x in defined_parties(o, ctx) if x not in codes]
            codes += [x for x in signatory_countries([o], ctx.people) if x not in codes]  # "with Poland's minister, X,"
            for c in [o, *o.conjuncts]:
                if c.ent_type_ == "PERSON":
                    person = ctx.people.get(person_key(c, ctx.people))
                    if person and person.country and not person.private:
                        codes.append(person.country)
                elif c.lower_ in _w("agreement.bloc_nouns") and "EU" not in codes:
                    codes.append("EU")
                elif (leader := leader_government(c, ctx.people)) and leader not in codes:
                    codes.append(leader)  # "a deal with the Trump administration"
                elif (agency := agency_state(c)) and agency not in codes and not countries_in(list(c.subtree)):
                    codes.append(agency)  # "held talks with the Department of State" (not "... of Canada")
                elif (office := _office_state(c)) and office not in codes:
                    codes.append(office)  # "signed an MOU with the Minister of Mines of Uganda"
        out += [c for c in codes if c not in out]
    return out


def _office_state(c: Token) -> str | None:
    """The one state an office names in its 'of' phrases ('the Minister of Mines of Uganda'), else None."""
    if lemma(c) not in _w("officials.public_heads"):
        return None
    ofs = [p for p in c.children if p.dep_ == "prep" and p.lower_ in _w("officials.title_of_word")]
    codes = set(countries_in([x for p in ofs for x in p.subtree]))
    return codes.pop() if len(codes) == 1 else None


def mutual_pair(heads: list[Token], ctx: Context) -> list[str]:
    """'he wished to deepen the Strategic Partnership between the two countries': a paired collective after a
        mutual preposition on the instrument is the pair the story gives ('the two sides', 'both countries'), read as
        a subject of that form is, also as the owner of their governments ('between the governments of the two
    countries'). A collective with no pair word ('between the countries'), or one with its own
        owner or states ('between our two countries', 'between the two heads of state of A and B'), is left to the
        readings of those. ``heads``: the instrument, and the verb it is the object of (the parser often hangs the
        phrase there)."""
    for prep in (p for t in heads for p in pp_chain_preps(t)):
        if prep.lower_ not in _w("agreement.mutual_prepositions"):
            continue
        for o in (c for c in prep.children if c.dep_ == "pobj"):
            o = _sr.collective_owner(o)  # "between the governments of the two countries": the two countries
            paired = any(c.lower_ in _w("agreement.pair_words") for c in o.children)
            if paired and not any(c.dep_ in ("poss", "prep") for c in o.children):
                # the two officials the last sentence named ('A's minister met B's minister in C'), else the
                # pair a subject of that form would take
                pair = ctx.last_people if len(set(ctx.last_people)) == 2 else referents(o, ctx) or []
                return list(dict.fromkeys(pair)) if len(set(pair)) == 2 else []
    return []
