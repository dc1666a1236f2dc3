"""New members of an agreement whose members the story has already listed.

Communiques and news of multilateral initiatives list the members once ("The MSP brings
together the following partners: ...", "The compact comprises A, B and C") and report a
newcomer later ("Estonia joins the Minerals Security Partnership as its fifteenth member",
"D joined the compact on Monday").  The agreement's party set is then the listed members
plus the newcomer; the joiner alone is half a set, and the earlier list is the same
agreement before the change, so its smaller set is dropped in favour of the union
(:func:`drop_superseded`).  An agreement is recognised by its name, by the initials
that abbreviate it ('the MSP'), or by a definite noun with the head of the last listed one
('the compact').  Words: ``agreement.membership_verbs``, ``agreement.additive_adverbs``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.acronym_names import name_key
from cmkg.nlp.components.candidate import Candidate
from cmkg.nlp.components.membership import decision_noun
from cmkg.nlp.components.outsiders import outsider_copula
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_phrases import topic_nouns
from cmkg.nlp.components.premodifiers import dash_compound
from cmkg.nlp.components.roles import takes_nonparty_role
from cmkg.nlp.components.status import agreement_status, became_member, intention_noun, is_membership
from cmkg.nlp.components.syntax import countries_in, has_neg, subject_tokens, verb_chain
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import NOT_YET_AGREED

__all__ = [
    "accession",
    "drop_superseded",
    "joined_members",
    "listed_over_voice",
    "joiner_clause",
    "known_acronym",
    "additive",
    "adheres",
    "listed_reference",
    "object_pronoun",
    "record_members",
    "same_key",
]

ACCESSION_RULE = "agreement.accession"
JOINED_RULE = "agreement.joined_members"


def known_acronym(t: Token, ctx: Context) -> bool:
    """'joined the MSP' after the story listed the Minerals Security Partnership's members (an object: as a
    subject, 'the MSP brings together A, B and C' is the list itself)."""
    return t.text.isupper() and len(t.text) > 1 and t.text in ctx.member_sets and t.dep_ in ("dobj", "pobj")


def record_members(ctx: Context, name: str | None, parties: list[str], head: str | None) -> str | None:
    """Remember an agreement's members, for a later newcomer; the key it is known by.

    An unnamed agreement is known by its head noun ('the declaration'), for a later definite
    reference or pronoun only ("Germany and Japan also signed it").
    """
    key = name_key(name) or (f"the {head}" if head else None)
    if key and len(parties) >= 2:
        ctx.member_sets[key] = list(parties)
        ctx.last_listed = (key, head, name)
    return key


def additive(verb: Token) -> bool:
    """'also signed', 'endorsed it too', 'endorsed it as well': the verb adds its subject to others before it
    (an additive adverb, or an adverbial phrase of ``agreement.additive_phrases``)."""
    adverbs, phrases = _w("agreement.additive_adverbs"), _w("agreement.additive_phrases")
    return any(
        x.dep_ == "advmod" and (x.lower_ in adverbs or " ".join(y.lower_ for y in x.subtree) in phrases)
        for x in verb.children
    )


def adheres(verb: Token, ctx: Context) -> bool:
    """'Leaders of the G7 adopted the Plan. A, B and C endorsed the plan': a verb of adherence
    (``agreement.adherence_verbs``) to an agreement whose members the story has listed adds its subject to them,
    with no additive word; before any members are listed it is the agreement's first set."""
    return (
        lemma(verb) in _w("agreement.adherence_verbs")
        and ctx.last_listed is not None
        and (ctx.last_listed[0] in ctx.member_sets)
    )


def _particle_object(t: Token) -> bool:
    """'also signed on to the document', 'signed up to it': the object of a particle verb's preposition."""
    return t.dep_ == "pobj" and t.head.dep_ == "prep" and any(x.dep_ == "prt" for x in t.head.head.children)


def object_pronoun(t: Token, ctx: Context) -> bool:
    """'Germany and Japan also signed it', 'endorsed it as well', 'also signed up to it': 'it' after an
    additive adverb stands for the last listed agreement; so does the passive subject 'it' of such a verb with an
    agent ('It was also endorsed by the leaders of D and E')."""
    if t.lower_ not in _w("agreement.object_pronouns") or ctx.last_listed is None:
        return False
    onto = _particle_object(t)
    passive = t.dep_ == "nsubjpass" and any(x.dep_ == "agent" for x in t.head.children)
    if t.dep_ != "dobj" and not onto and not passive:
        return False
    verb = t.head.head if onto else t.head
    # "criticised it as well", "may endorse it too": no committing verb, or no member yet; nothing to join
    if not additive(verb) or not (is_membership(verb) or lemma(verb) in _w("status.signed", "status.announced")):
        return False
    return agreement_status(t, verb, ctx, t.sent) not in {None, *NOT_YET_AGREED}


def _own_name(t: Token, ctx: Context) -> bool:
    """The noun heads a capitalised name of its own that the last listed agreement's name does not hold ('the
    Minerals Security Partnership' after the Critical Minerals Investment Partnership), not a reference back ('the
    Graphite Alliance' after 'a graphite alliance')."""
    words = {x.lower_ for x in t.children if x.dep_ == "compound" and x.text[:1].isupper()}
    listed = ctx.last_listed[2] if ctx.last_listed is not None else None
    return bool(words) and listed is not None and not words <= set(listed.lower().split())


def listed_reference(t: Token, ctx: Context) -> bool:
    """'Australia and India also endorsed the plan', 'Peru joined the plan' after the story named the G7's
    Action Plan: a definite noun with the listed agreement's head, object of a joining or of an additive
    committing verb, is that agreement (a trigger even where its head alone is none: 'plan', 'initiative')."""
    # "The plan was also endorsed by A and B", "The text was also endorsed by": a passive subject, and a definite
    # noun for the instrument's text, refer back too
    # a plural name's head is its own lemma ('the Principles' after 'the Orsk Principles')
    head = ctx.last_listed[1] if ctx.last_listed is not None else None
    same = head is not None and (head in (lemma(t), t.lower_) or lemma(t) in _w("agreement.text_nouns"))
    # "also signed on to the document": the object of a particle verb's preposition
    onto = _particle_object(t)
    if not same or not (t.dep_ in ("dobj", "nsubjpass") or onto):
        return False
    if not any(d.dep_ == "det" and d.lower_ in _w("agreement.definite_determiners") for d in t.children):
        return False
    if _own_name(t, ctx):
        return False  # "joined the Minerals Security Partnership" after the Critical Minerals Investment Partnership
    verb = t.head.head if onto else t.head
    committal = _w("status.signed", "status.announced")
    added = additive(verb) or adheres(verb, ctx)
    # "Leaders adopted an Action Plan. The plan was endorsed by A, B and C": an instrument introduced with no
    # members (nlp/components/introduced.py) takes its first endorsers from a passive agent
    first = ctx.last_listed[0] not in ctx.member_sets and t.dep_ == "nsubjpass" and head in (lemma(t), t.lower_)
    first = first and not added and lemma(verb) in committal and any(x.dep_ == "agent" for x in verb.children)
    if not (is_membership(verb) or (added and lemma(verb) in committal) or first):
        return False
    if ctx.last_listed[0] not in ctx.member_sets and not first:
        return False  # "The text was also endorsed by D" with its first endorsers untold: a half set
    # "Chile may also endorse the plan", "did not join the plan", "announced its intention to join the
    # Initiative": no member yet, and no half set of its own
    if any(intention_noun(x) is not None for x in verb_chain(verb)):
        return False
    return agreement_status(t, verb, ctx, t.sent) not in {None, *NOT_YET_AGREED}


def _reference_key(c: Candidate, ctx: Context) -> str | None:
    # "the Charter" after the Graphite Charter: a name that is only the listed agreement's head refers to it
    head_only = c.name is not None and c.name.lower() == c.lem and name_key(c.name) not in ctx.member_sets
    if c.name and not head_only:
        return name_key(c.name)
    if known_acronym(c.t, ctx):
        return c.t.text
    if object_pronoun(c.t, ctx) and ctx.last_listed is not None:
        c.name = ctx.last_listed[2]
        return ctx.last_listed[0]
    definite = any(d.dep_ == "det" and d.lower_ in _w("agreement.definite_determiners") for d in c.t.children)
    # "joined the compact"; a capitalised name of its own ('the Minerals Security Partnership') is another agreement
    if definite and not _own_name(c.t, ctx) and ctx.last_listed and ctx.last_listed[1] == c.lem:
        c.name = ctx.last_listed[2]
        return ctx.last_listed[0]
    return None


def accession(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'Estonia joins the MSP as its fifteenth member': the listed members and the newcomer are the parties."""
    if c.v is None or not c.parties:
        return True
    committal = _w("status.signed", "status.announced")  # "also signed it", not "also covers phosphate"
    added = lemma(c.v) in committal and (additive(c.v) or adheres(c.v, ctx))
    if not (is_membership(c.v) or added or became_member(c.v)):
        return True
    if c.t.dep_ == "nsubj" and c.t.head.i == c.v.i:
        return True  # "the agreement that C signed with D entered into force": the instrument itself joins nothing
    if takes_nonparty_role(c.v):
        return False  # "C will take part in the Working Group as an observer": no member
    if agreement_status(c.t, c.v, ctx, sent) in {None, *NOT_YET_AGREED}:
        return True  # "may join", "did not join": a prospective member is no party
    key = _reference_key(c, ctx)
    known = ctx.member_sets.get(key or "", [])
    # "has also signed the Declaration of Intent" after the Quito Declaration of Intent: the name's head words
    known = known or next((v for k, v in ctx.member_sets.items() if key and same_key(k, key)), [])
    if not known:
        return True
    if set(c.parties) <= set(known):
        return False  # "The Philippines joins the MSP" after a list that has it: the list's set says it all
    decided = any(decision_noun(x) is not None for x in verb_chain(c.v))  # "the decision of X to accede": pending
    c.with_ += [x for x in _followers(c) if x not in c.parties]  # "India joins the MSP, followed by Italy"
    c.with_ += [x for x in known if x not in c.parties]
    c.rule = ACCESSION_RULE
    c.accession = None if decided else key  # so the members' own set stands beside the enlarged one
    return True


def _followers(c: Candidate) -> list[str]:
    """'India joins the MSP, followed by Italy in July': the agent of a following participle on the joining verb
    or on the agreement it joins (where the parser hangs it) joined too."""
    if c.v is None or has_neg(c.v):
        return []
    participles = [x for h in (c.v, c.t) for x in h.children if x.dep_ in ("acl", "advcl") and x.tag_ == "VBN"]
    agents = [
        o
        for x in participles
        if lemma(x) in _w("agreement.follower_verbs") and x.i > c.t.i
        for a in x.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    ]
    return countries_in([y for o in agents for y in (o, *o.conjuncts)])


def drop_superseded(mentions: list[tuple[list[str], str | None, bool]]) -> list[int]:
    """Indexes of member sets that an accession to the same agreement replaced by a larger set (a later one, or an
    earlier one where a later mention by name gives only the members before it).

    ``mentions`` are (parties, key, is_accession) in document order.
    """
    dropped: list[int] = []
    for k, (parties, key, _) in enumerate(mentions):
        later = [p for p, kk, joined in mentions[k + 1 :] if key and kk and same_key(key, kk) and joined]
        # 'Associated links - G7 Critical Minerals Action Plan' after the newcomers joined: the name's own members
        # are still the set before the change
        earlier = [p for p, kk, joined in mentions[:k] if key and kk and same_key(key, kk) and joined]
        if any(set(parties) < set(p) for p in later + earlier):
            dropped.append(k)
    return dropped


def listed_over_voice(mentions: list[tuple[str, list[str], str | None]]) -> dict[int, int]:
    """Sets a joint voice gave ('We decided to establish the Z') that a later member list of the same agreement
    narrows ('Its members are: A, B, C'; the fourth speaker only observes): the list is the set.  Each such
    voice's index, with the index of the list that narrows it.

    ``mentions`` are (rule, parties, key) in document order."""
    lists = ("agreement.member_list", "agreement.bulleted_members")
    out: dict[int, int] = {}
    for k, (rule, parties, key) in enumerate(mentions):
        if rule != "agreement.joint_voice" or not key:
            continue
        later = (j for j, (r, p, kk) in enumerate(mentions) if j > k and r in lists and kk and same_key(key, kk))
        narrower = next((j for j in later if set(mentions[j][1]) < set(parties)), None)
        if narrower is not None:
            out[k] = narrower
    return out


def same_key(a: str, b: str) -> bool:
    """'the Action Plan' after the G7 Critical Minerals Action Plan: initials that end the other's initials (two
    letters or more) are the same agreement, named by its head words."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 2 and short.isupper() and long_.isupper() and long_.endswith(short)


def joiner_clause(c: Candidate) -> bool:
    """'C joined / acceded to Z', 'C became the third member of Z': the subject joins the agreement ``c.t``."""
    if c.v is None:
        return False
    head = c.t
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if is_membership(c.v) and _joined_object(head, c.v):
        return True
    if head.dep_ != "pobj" or head.head.lower_ not in _w("agreement.membership_prepositions"):
        return False
    # "member" in "the third member of the framework", "partners in the MSP": the copula's attribute
    holder = head.head.head
    nouns = _w("agreement.membership_nouns", "agreement.member_nouns")
    return lemma(holder) in nouns and holder.dep_ == "attr" and holder.head == c.v


def _joined_object(head: Token, v: Token) -> bool:
    """The agreement is what the membership verb joins: its object ('joined the charter'), the object of its own
    preposition ('acceded to the framework'), or a conjunct of one; not a noun further down the object's phrase
    ('joined protests against the charter signed by A and B': the protests are joined, wherever the parser hung
    'against')."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        pobj, head = head, head.head
        # the verb has an object of its own, not a fellow state ('joined Peru in the charter'): that is joined
        # ('takes part in the charter': 'part' is the verb's own)
        _, part = rules().value("agreement.take_part")
        detached = {x.i for x in _detached_appositions(pobj)}  # 'takes part in X, the club launched by A'
        objects = [x for x in head.head.children if x.dep_ == "dobj" and x.lower_ != part and x.i not in detached]
        if any(not countries_in([x]) for x in objects):
            return False
    chain = {x.i for x in verb_chain(v)}
    return head.head.i in chain or head.head.i == v.i


def _detached_appositions(t: Token) -> list[Token]:
    """'joined the X Alliance, the grouping formed by A, on Friday': an apposition right after the agreement's
    comma that the parser hung on the verb (as an object or an adverbial noun) instead of on the agreement."""
    end = t.right_edge.i
    if end + 2 >= len(t.doc) or t.doc[end + 1].text != ",":
        return []
    verb = t.head.head if t.dep_ == "pobj" else t.head
    return [
        x
        for x in verb.children
        if x.dep_ in ("dobj", "npadvmod") and x.i > end and x.left_edge.i == end + 2 and x.pos_ == "NOUN"
    ]


def _founder_participles(t: Token, v: Token | None) -> list[Token]:
    """The founding participles of the agreement's phrase: on the noun or its topic phrase ('the charter on cobalt
    launched by A and B'), on its apposition ('the MSP Forum, the initiative launched by A'), on the membership
    noun the parser hung it on ('a member of the partnership launched by A'), or on the joining verb after the
    object ('joined the MOU launched by A and B')."""
    while t.dep_ == "compound" and t.head.i != t.i:  # 'the Minerals Security Partnership Forum, ...'
        t = t.head
    heads = [t, *topic_nouns(t, v), *(x for x in t.children if x.dep_ == "appos"), *_detached_appositions(t)]
    holder = t.head.head if t.dep_ == "pobj" and t.head.lower_ in _w("syntax.of_prepositions") else None
    acls = [x for h in heads for x in h.children if x.dep_ == "acl"]
    if holder is not None and lemma(holder) in _w("agreement.membership_nouns"):
        acls += [x for x in holder.children if x.dep_ == "acl" and x.i > t.i]
    acls += [x for x in (v.children if v is not None else ()) if x.dep_ == "advcl" and x.tag_ == "VBN" and x.i > t.i]
    return [x for x in acls if x.tag_ == "VBN" and lemma(x) in _w("agreement.founder_verbs")]


def _named_founders(t: Token, v: Token | None = None) -> list[str]:
    """The members the agreement's own phrase names: 'the partnership of A and B', 'the A-B framework',
    'the alliance formed by A and B', 'the initiative launched by A'.  Two at least from an 'of' phrase or a
    compound ('the partnership of Chile' is Chile's own programme); one is enough as a founder's agent."""
    objs = [o for p in t.children if p.dep_ == "prep" and p.lower_ in _w("syntax.of_prepositions") for o in p.children]
    found = countries_in([o for o in objs if o.dep_ == "pobj"])
    if found:  # "the partnership of China and Bolivia" with 'Bolivia' parsed as the partnership's conjunct
        found += [x for x in countries_in([x for x in t.children if x.dep_ == "conj"]) if x not in found]
    agents = [o for x in _founder_participles(t, v) for a in x.children if a.dep_ == "agent" for o in a.children]
    agents += [y for o in agents if o.dep_ == "pobj" for y in o.conjuncts]
    founded = countries_in([o for o in agents if o.dep_ in ("pobj", "conj")])
    found += [x for x in founded if x not in found]
    found += [x for x in dash_compound(t) if x not in found]
    return found if len(found) >= 2 or founded else []


def joined_members(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'Namibia joined the partnership of Japan and Chile': the named members and the joiner are the parties.

    A denied joiner ('did not join', 'has yet to accede') makes no fact; a prospective one ('is expected
    to join') makes a planned one.
    """
    if not c.subj and c.v is not None and c.v.dep_ == "relcl" and c.v.head.dep_ == "attr" and is_membership(c.v):
        c.subj = countries_in(subject_tokens(c.v.head.head))  # "C became the latest country to join Z"
    if not c.subj or not joiner_clause(c):
        return True
    founders = _named_founders(c.t, c.v)
    if not founders and len([x for x in c.mods if x not in c.subj]) < 2:  # "the A-B framework": the premodifiers
        return True
    status = agreement_status(c.t, c.v, ctx, sent) if c.v is not None else None
    if c.v is not None and outsider_copula(c.v) and not set(countries_in(subject_tokens(c.v))) & set(c.parties):
        return True  # 'C is not a signatory of the memorandum signed by A and B': an outsider, not a joiner
    if c.v is not None and founders and has_neg(c.v) and outsider_copula(c.v):
        # "Chile is not a member of the Minerals Security Partnership launched by Washington": the founders' own
        c.subj, c.with_, c.outside = [], list(founders), True
        return True
    if c.v is not None and (has_neg(c.v) or status is None):
        return False  # "Namibia did not join": nothing was agreed here ("is expected to join": planned, a party)
    c.with_ += [x for x in founders if x not in c.parties]
    c.rule = JOINED_RULE  # the joiner makes the set, whatever named the members ('the A-B framework')
    return True
