"""Who owns an export control: the state a measure belongs to.

Real texts name it in many ways besides a plain subject: a possessive ("Congo's requirement of export licences"), a
national agency ("China's Commerce Ministry"), a state's named body ("Vietnam's National Assembly"), the maker of a
law ("passed a law that bans"), the country opening a sentence the parser left without a subject, the exports'
origin, the story's current controller, and for a ministry notice with no country in its sentences, the dateline's
place.  A measure owned by "one economy" or "other countries" has no owner the text names.  The state behind a
named body is ``control_bodies``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.control_bodies import named_doers, owner_countries
from cmkg.nlp.components.control_denial import emulated
from cmkg.nlp.components.control_instruments import list_owner
from cmkg.nlp.components.control_paragraphs import item_label, paragraph_state, section_state
from cmkg.nlp.components.control_places import (
    aimed_at,
    antecedent_clause_owner,
    backer_state,
    clause_place,
    destined,
    fronted_place,
    measure_place,
    origin,
    passive_place,
    private_speakers,
    sole_state,
    states_named,
    status_verb,
    subject_exports,
    unless_in,
)
from cmkg.nlp.components.control_subjects import additive_pronoun_owner, restated_measure_owner, tail_participle_host
from cmkg.nlp.components.control_watchers import concerned_measure, reaction_above, watched_measure
from cmkg.nlp.components.doc_text import item_start
from cmkg.nlp.components.host_voice import host_word
from cmkg.nlp.components.interview_voice import turn_voice
from cmkg.nlp.components.misparses import has_subject
from cmkg.nlp.components.official_countries import home_country
from cmkg.nlp.components.page_we import page_we
from cmkg.nlp.components.parties import Context, resolve_subject
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.signatory_states import signatory_countries
from cmkg.nlp.components.state_reference import previous_state
from cmkg.nlp.components.syntax import (
    countries_in,
    subject_tokens,
    verb_chain,
)
from cmkg.nlp.rules import words as _w

__all__ = [
    "control_country",
    "country_before",
    "emulated_owners",
    "fronted_exports",
    "modifying_state",
    "reaction_without_owner",
    "relative_owners",
]


def fronted_exports(t: Token, exp_words: frozenset[str] | None = None) -> bool:
    """'germanium, exports of which China restricted', 'antimony, the export of which Beijing banned', 'gallium,
    whose exports Beijing banned': a relative clause whose fronted object is the exports."""
    exp_words = exp_words if exp_words is not None else _w("export_control.export_nouns")
    verbs = _w("export_control.verbs_implying_control", "export_control.resume_verbs")
    if t.dep_ != "relcl" or t.pos_ != "VERB" or _lemma(t) not in verbs:
        return False
    if t.head.lower_ in exp_words and any(x.lower_ in _w("agreement.relative_pronouns") for x in t.head.subtree):
        return True
    return any(
        c.lower_ in exp_words and any(p.lower_ in _w("export_control.relative_possessives") for p in c.children)
        for c in t.children
    )


def emulated_owners(v: Token | None) -> list[str]:
    """'whether South Africa would follow Zimbabwe and Namibia in banning exports': the followed states own the
    ban; the follower only weighs it."""
    if v is None or not emulated(v):
        return []
    holder = v.head.head
    return countries_in([x for c in holder.children if c.dep_ == "dobj" for x in c.subtree])


def country_before(t: Token, owner: bool = False) -> str | None:
    """The country named right before a verb the parser could not attach to it: 'Poland limited exports', also
    through the state's body ('The Philippine government capped exports', "Chile's mines ministry curbed")."""
    if t.i == t.sent.start:
        return None
    prev = t.doc[t.i - 1]
    if prev.ent_type_ in ("GPE", "NORP") and prev.ent_kb_id_:
        return None if owner and destined(prev) else prev.ent_kb_id_  # owner: not "exports to Japan announced in May"
    # the body's phrase before the verb ("The Philippine government", "Chile's Ministry of Trade"), never past
    # a verb or clause mark; the state named in it before the body noun
    k = prev.i + 1
    while k > t.sent.start and (
        t.doc[k - 1].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "PART")
        or t.doc[k - 1].lower_ in _w("export_control.holder_prepositions")
    ):
        k -= 1
    bodies = _w("export_control.body_nouns", "syntax.government_heads")
    body = next((x for x in t.doc[k : prev.i + 1] if _lemma(x) in bodies), None)
    owners = [x for x in t.doc[k : body.i] if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_] if body else []
    return owners[-1].ent_kb_id_ if owners else None


def _possessor(t: Token, v: Token | None, ctx: Context) -> str | None:
    """'China's ban', 'its ban' (the clause's subject), 'China's ban on X and its curbs on Y' (China)."""
    triggers = _w("export_control.trigger_nouns")
    owner = t.head if t.dep_ == "compound" else t  # "China's export licensing regime"
    # "Congo's requirement of export licences", "Beijing's use of quotas": the noun the measure is 'of'
    # (also for a compound's head: "China's announcement of licence requirements" for "licence")
    held = owner if owner.dep_ == "pobj" else t
    of_holder = held.dep_ == "pobj" and held.head.lower_ in _w("export_control.holder_prepositions")
    holder = held.head.head if of_holder else t
    # "Indonesia's downstreaming policy, including the prohibition on ...": a named state's, not a pronoun's
    listed = held.dep_ == "pobj" and held.head.lower_ in _w("agreement.inclusion_prepositions")
    listed = listed and not any(c.dep_ in ("poss", "amod", "compound") for c in [*t.children, *owner.children])
    named = [c for c in held.head.head.children if c.dep_ == "poss" and countries_in([c])] if listed else []
    for p in named or (c for c in [*t.children, *owner.children, *holder.children] if c.dep_ == "poss"):
        codes = countries_in([p]) or _relative_antecedent(p)
        if not codes and p.lower_ in _w("export_control.possessive_pronouns"):
            # "China's ban on X and its curbs on Y": the owner of the measure before it
            owners = [x for x in t.sent if x.i < t.i and x.dep_ == "poss" and _lemma(x.head) in triggers]
            owners = [x for x in owners if countries_in([x])][-1:]
            codes = [] if _own_subject_after(v, owners) else countries_in(owners)
            # "Meanwhile, Germany extended its ban": the clause's own subject, then the reporter's
            # ("Rwanda said its ban would stay"), else the story's
            codes = codes or _subject_countries(v, ctx) or _reporter_countries(v) or _antecedent(p)
            codes = codes or previous_state(p) or ctx.last_subjects[:1]  # the sentence before's subject first
        return codes[0] if codes else None
    return None


def _relative_antecedent(p: Token) -> list[str]:
    """'magnets from China, whose licences on seven rare earths remain in force': the state just before 'whose'
    (read off the words: the parser often hangs the clause on the main verb instead of on the state)."""
    if p.lower_ not in _w("export_control.relative_possessives"):
        return []
    before = [x for x in p.doc[p.sent.start : p.i] if not x.is_punct]
    return countries_in(before[-1:])


def _own_subject_after(v: Token | None, owners: list[Token]) -> bool:
    """'Indonesia's ban remains in force, and Congo lifted its ban': a state that is the subject of the pronoun's
    own clause, named after the earlier measure's owner, is what 'its' points to."""
    if v is None or not owners:
        return False
    return any(x.i > owners[-1].i and countries_in([x]) for x in subject_tokens(v))


def _subject_countries(v: Token | None, ctx: Context) -> list[str]:
    """The subject of the verb; under 'urged China to lift', the object of the verb above (China)."""
    if v is None:
        return []
    for verb in verb_chain(v):
        # "Minister Moresi-Aupae told reporters that exporters would need a permit": an official speaks for a state
        subject = subject_tokens(verb)
        # "The Ministry reminded dealers that exports remain prohibited": a government page's own bare body
        publisher = verb.doc._.cmkg_publisher if verb.i != v.i and subject and all(map(host_word, subject)) else None
        owners = [publisher] if publisher else owner_countries(subject)  # not a foreign ministry named earlier
        owners = owners or (signatory_countries(subject, ctx.people)[:1] if verb is not v else [])
        # "from 1 November we lifted the halt on export licences for X": the page's 'we' as the subject of the
        # measure's own status verb, not of a verb that welcomes or notes another's act ('We welcome A's decision')
        if not owners and verb.i == v.i and status_verb(verb):
            owners = [x for s in subject for x in page_we(s) or []][:1]
        if owners:
            return owners
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not subject_exports(verb):
            break  # "the ministry said [exports of X would require licences]": the exports own nothing; the reporter
        infinitive = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.pos_ == "PART" for c in verb.children)
        if verb.dep_ == "xcomp" or infinitive:  # "urged Korea (on Wednesday) to lift its controls"
            codes = countries_in([c for c in verb.head.children if c.dep_ == "dobj"])
            if codes:
                return codes
        if verb.dep_ in ("acl", "xcomp") and verb.head.pos_ == "NOUN":
            # "welcomed Beijing's decision to suspend the ban": the owner of the decision; "secured a promise
            # from Beijing to speed up licences": the one who gave it
            noun = verb.head
            givers = [
                o
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in _w("export_control.origin_prepositions")
                for o in c.children
                if o.dep_ == "pobj"
            ]
            codes = countries_in([c for c in noun.children if c.dep_ == "poss"]) or countries_in(givers)
            if codes:
                return codes
    return resolve_subject(v, ctx)[0]


def _reporter_countries(v: Token | None) -> list[str]:
    """The country subject of a verb above ``v`` ("Rwanda said [its ban would stay]")."""
    for verb in verb_chain(v)[1:] if v is not None else []:
        codes = countries_in(subject_tokens(verb)) or owner_countries(subject_tokens(verb))
        if codes:
            return codes
    return []


def modifying_state(t: Token) -> str | None:
    """'Chinese export curbs', 'the Indonesian ban on nickel ore': a state word or doer (:func:`named_doers`) on the
    measure itself, or on the first of the measures it is coordinated with ('Chinese export duties and quotas')."""
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    holders += [h.head for h in holders if h.dep_ == "conj" and h.head.pos_ == "NOUN"]
    for h in holders:  # the measure's own words before those of the one it is coordinated with
        for c in [*(c for c in h.children if c.dep_ in ("amod", "compound", "nmod")), *named_doers(h)]:
            if c.ent_type_ in ("GPE", "NORP") and c.ent_kb_id_:
                return c.ent_kb_id_
    return None


def relative_owners(t: Token) -> list[str]:
    """'the licence requirement that Beijing introduced', 'curbs imposed by Jakarta': the measure's own clause
    names its owner (a relative clause's subject, a participle's agent); 'the bans that A and B maintain' two."""
    holders = [t, t.head] if t.dep_ == "compound" else [t]
    if t.dep_ == "pobj" and t.head.lower_ in _w("export_control.holder_prepositions"):
        holders.append(t.head.head)  # "the requirement of export licences ... that Rwanda introduced"
    elif t.dep_ == "pobj" and _lemma(t.head.head) in _w("export_control.reaction_nouns"):
        holders.append(t.head.head)  # "concern over the curbs on X that have been in place in Y", hung on 'concern'
    # the relative clause may hang on the goods: "licences for zinc concentrate that Rwanda introduced"
    conjuncts: list[Token] = []  # only a doer names the owner there, not a place ('X and magnets made in Japan')
    for _ in range(2):  # "the requirement of export licences for zinc concentrate that Rwanda introduced"
        preps = [p for h in holders for p in h.children if p.dep_ == "prep"]
        goods = [o for p in preps for o in p.children if o.dep_ == "pobj" and o not in holders]
        # "... on rare earths and related items announced by China": the clause hangs on the last conjunct
        joined = [c for o in goods for c in o.children if c.dep_ == "conj" and c not in holders]
        conjuncts += joined
        holders += goods + joined
    reactions = {h.i for h in holders if _lemma(h) in _w("export_control.reaction_nouns")}
    for clause in (c for h in holders for c in h.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")):
        if _lemma(clause) in _w("export_control.observer_verbs"):
            continue  # "the ban on X, which Japan criticised": the critic is not the owner
        # "the dispute brought by the EU over the ban": a challenger; "concern over the curbs that have been in
        # place in Tajikistan": the clause on a reaction noun may still place the measure
        challenger = clause.head.i in reactions
        codes = countries_in(x for x in subject_tokens(clause) if x.lower_ not in _w("agreement.relative_pronouns"))
        if codes and not challenger:  # 'the bans that A and B maintain': each; 'the curbs A and B negotiate': the first
            keeping = _lemma(clause) in _w("export_control.placing_verbs", "export_control.continuing_verbs")
            return codes if keeping else codes[:1]
        codes = clause_place(clause) if _relative_subject(clause) and clause.head not in conjuncts else []
        if codes:
            return codes[:1]
    return []


def _relative_subject(clause: Token) -> bool:
    """Whether the clause's subject is the relative pronoun itself ('measures that have been in place')."""
    return all(x.lower_ in _w("agreement.relative_pronouns") for x in subject_tokens(clause))


def _in_phrase(x: Token, subject: set[int]) -> bool:
    """Whether a token of the subject sits in a prepositional phrase of it ('shipments to US users')."""
    while x.i in subject and x.head.i != x.i:
        if x.dep_ in ("prep", "agent"):
            return True
        x = x.head
    return False


def _leading_country(v: Token) -> str | None:
    """'Uzbekistan exports gold but has restricted ...', 'Morocco, which holds ..., last year extended':
    the country that opens the sentence, for a verb the parser left without a subject."""
    subject = {x.i for s in subject_tokens(v) for x in s.subtree}
    for x in v.sent:
        if x.i >= v.i:
            return None
        if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_ and not (aimed_at(x) or backer_state(x)):  # "US-specific"
            is_place = x.dep_ == "pobj" and x.head.dep_ in ("prep", "agent")  # "In Chile, ...", "unlike Zimbabwe"
            if not subject:
                return None if is_place else x.ent_kb_id_
            # a parsed subject that names no state ("Finland exports lithium but has restricted"): the country
            # must sit inside it, and not in a phrase of its own ("shipments to US users were prohibited")
            return x.ent_kb_id_ if x.i in subject and not _in_phrase(x, subject) else None
    return None


def _antecedent(pronoun: Token) -> list[str]:
    """'China's commerce ministry added X to its list': the state named last before the pronoun, outside a
    phrase that only places or addresses something ('exports to Japan', 'in Chile')."""
    others = _w("export_control.destination_prepositions", "export_control.place_prepositions")
    for x in reversed(list(pronoun.sent[: pronoun.i - pronoun.sent.start])):
        if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_:
            if x.dep_ == "pobj" and x.head.lower_ in others:
                continue
            return [x.ent_kb_id_]
    return []


def reaction_without_owner(t: Token, v: Token | None, ctx: Context) -> bool:
    """'agreed to coordinate responses to export restrictions on rare earths': a measure someone reacts to,
    whose own phrase names no owner, is not the reacting subject's."""
    # read off the words: the parser often takes "responses to export restrictions" for an infinitive
    k = t.i - 1
    exports = _w("export_control.export_nouns", "export_control.export_verbs")
    while k > t.sent.start and (t.doc[k].pos_ in ("DET", "ADJ") or t.doc[k].lower_ in exports):
        k -= 1
    reactions = _w("export_control.reaction_nouns")
    reacting = k > t.sent.start and t.doc[k].pos_ in ("ADP", "PART") and _lemma(t.doc[k - 1]) in reactions
    reacting = reacting or concerned_measure(t)  # "expressed concern that export restrictions have disrupted"
    reacting = reacting or reaction_above(t)  # "their opposition to the use of export controls on minerals"
    return reacting and not (_possessor(t, v, ctx) or modifying_state(t) or relative_owners(t))


def _subordinate(root: Token, v: Token | None) -> bool:
    """'China added X to its list ..., hours after a US tariff took effect': a root the parser gave a
    subordinator is a time or cause clause read as the main one; its subject does not own the measure.  Nor does it
    when the measure's own clause has unnamed others as subject under a reporter that names no state ('The Minister
    observed that several producers had moved to restrict exports'; not 'Indonesia said several miners ...')."""
    own = [s for x in verb_chain(v) for s in subject_tokens(x)] if v is not None and v.i != root.i else []
    vague = _w("syntax.indefinite_words")  # "several producers", "other countries": others, unnamed
    others = [
        s for s in own if s.tag_ == "NNS" and any(c.lower_ in vague for c in s.children if c.dep_ in ("amod", "det"))
    ]
    reporter = [s for s in subject_tokens(root) if s.pos_ != "PRON"]  # 'It' is a state the story has named
    stateless = bool(others and reporter) and not countries_in(own + reporter)
    return stateless or any(c.dep_ == "mark" and c.pos_ == "SCONJ" for c in root.children)


def _relative_host_subject(v: Token, ctx: Context) -> list[str]:
    """'Gabon has set January 2029 as the date from which raw manganese ore may no longer leave the country': a
    measure told in a relative clause is the state's that is the subject of the clause holding its noun (not
    the first clause's, in a sentence that coordinates several states' measures)."""
    if v.dep_ != "relcl":
        return []
    host = next((a for a in v.ancestors if a.pos_ in ("VERB", "AUX") and has_subject(a)), None)
    return _subject_countries(host, ctx) if host is not None else []


def control_country(t: Token, v: Token | None, sent: Span, ctx: Context) -> str | None:
    """Possessive, the verb's subject, the sentence's, the origin of the exports, then the story's controller."""
    if (section := section_state(t)) is not None and not states_named(sent):
        return section  # 'Viet Nam:' over '- The ministry kept its ban ...': the member's, not the last story's
    country = (
        _possessor(t, v, ctx) or modifying_state(t) or [*relative_owners(t), None][0] or [*list_owner(t), None][0]
    ) or [*antecedent_clause_owner(v), None][0]  # "the curbs announced by A, which ban X exports to B": A's
    if country is None and v is not None and fronted_exports(v):  # "gallium, whose exports to the US Beijing
        country = country_before(v)  # banned": the state right before the verb, not the destination
    watched = watched_measure(t, v)  # "Japan said it was monitoring the curbs": a watcher never restricts
    if country is None and v is not None and not watched and not countries_in(subject_tokens(v)):
        country = item_label(t)  # "MALAWI. ... the Ministry of Mining lifted the suspension": the item's state
    if country is None and not watched and not (v is not None and countries_in(subject_tokens(v))):
        country = section  # 'China' over '- Exports of X to the US are not permitted': the heading's, not the US
    country = country or (None if watched else additive_pronoun_owner(v, sent, ctx))  # "it also prohibited"
    if country is None and v is not None and not watched:
        codes = _subject_countries(tail_participle_host(v) or v, ctx)  # "..., the minister said, extending X"
        country = codes[0] if codes else None
    if country is None and v is not None:
        # "The export of X is prohibited in Peru, the ministry said": the measure's own place before the reporter
        country = (origin(list(v.subtree)) or passive_place(v) or measure_place(t, None if watched else v) or [None])[0]
    if country is None and v is not None and not watched:
        codes = _relative_host_subject(v, ctx)  # "set January 2029 as the date from which ore may not leave"
        country = codes[0] if codes else None
    # "Exports of X have been banned since 2020; the EU challenged the ban": the root's subject only watches it
    if country is None and not watched and not _subordinate(sent.root, v) and not watched_measure(t, sent.root):
        codes = _subject_countries(sent.root, ctx)
        country = codes[0] if codes else None
    speakers = private_speakers(v)  # "Korean firms complained that exporters must obtain a licence"
    if country is None and v is not None and not watched:
        country = unless_in(country_before(v, owner=True) or _leading_country(v), speakers)
    if country is None and not watched:
        # "Beijing added tungsten ... to its export control list", parsed with no verb: the country before a verb
        first_verb = next((x for x in sent if x.pos_ == "VERB"), None)
        country = unless_in(country_before(first_verb, owner=True), speakers) if first_verb is not None else None
    if country is None:
        # "Japan condemned export restrictions on X": the watcher is never the owner
        country = unless_in(sole_state(sent), speakers) if not watched else None
    if country is None and v is not None and not watched:
        country = fronted_place(v)  # "In the Democratic Republic of Congo, a suspension of cobalt exports ..."
    if country is None and not states_named(sent):  # "RATNA: The ban on nickel ore exports stays.": the guest's
        country = turn_voice(t) or paragraph_state(t, ctx)  # else a new paragraph about another state
    restated = None if country or watched or states_named(sent) else restated_measure_owner(v, sent)  # "The package"
    country = country or restated or ctx.last_control_country
    if country is None and ctx.last_subjects and not states_named(sent):
        # the story's current subject: "Licensing requirements ... remain in force"; on a government's page, one
        # the last three sentences left behind gives way to the page's own numbered notes ("1. The suspension ...")
        noted = item_start(t) is not None and not any(ctx.last_subjects[0] in named for named in ctx.recent_states)
        country = (t.doc._.cmkg_publisher if noted else None) or ctx.last_subjects[0]
    if country is None and not states_named(sent):
        # a ministry notice: "JAKARTA, 3 June - ... The ban on nickel ore exports is maintained.", or one on the
        # ministry's own site with no dateline: "The following items shall not be exported without permission:"
        country = ctx.home or t.doc._.cmkg_publisher
    if country is None and not watched and not states_named(sent):
        # "Government has resolved that ... the export of lithium concentrates shall not be permitted", "Under
        # the Decree, rare earth ores will not be permitted for export": the story's state, named nowhere near
        country = t.doc._.cmkg_publisher or home_country(t.doc, near=t.i)
        # "whose exports to China [Nairobi] banned": the goods' destination is never the story's state
        country = None if any(destined(x) and x.ent_kb_id_ == country for x in sent) else country
    return country
