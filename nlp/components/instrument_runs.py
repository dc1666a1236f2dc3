"""A run of instruments, each with its own partner, held by one owner: one bilateral set per instrument.

"We have an investment partnership with India, a critical minerals partnership with the United Kingdom, and a
supply chain dialogue with the Republic of Korea"; "The Government has a lithium agreement with Peru, a cobalt
memorandum with Ghana and a graphite framework with Fiji". Each instrument noun carries its own 'with' phrase,
and the clause's subject owns them all. The parser hangs the second instrument on the first one's partner (an
apposition of 'India') or coordinates it with a state, so the plain rules read 'India and the United Kingdom'
as one set, or give the later instrument no owner. Here each member of the run keeps only the states of its own
'with' phrase and takes the owner the run's first noun takes from its clause (its subject; a page's own voice,
'we', 'the Government', is the publisher's, which the host-voice rule fills in when the subject names no state).
Word lists: ``agreement.nouns``, ``agreement.mou_forms`` (instrument heads), ``agreement.party_prepositions``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from cmkg.nlp.components.candidate import AgreementFact, Candidate
from cmkg.nlp.components.counterpart import is_plural
from cmkg.nlp.components.host_voice import host_word
from cmkg.nlp.components.names import generic_name
from cmkg.nlp.components.parties import Context, lemma, resolve_subject
from cmkg.nlp.components.series_hosts import fronted_host, partner_clause_host
from cmkg.nlp.components.syntax import countries_in, governing_verb, subject_tokens
from cmkg.nlp.components.voice import first_person
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = [
    "gapped_owner",
    "instrument_run",
    "likeness_series",
    "run_member",
    "run_partners",
    "run_sides",
    "with_predecessors",
]

_LINKS = frozenset({"appos", "conj"})
_OBJECTS = frozenset({"dobj", "attr", "pobj", "nsubjpass"})
_CHAIN = frozenset({"prep", "pobj", "pcomp", "acl"})
_PREMODS = frozenset(
    {"det", "amod", "compound", "nummod", "nmod"}
)  # 'on processing with B', 'on tantalum processing with B'


def _instrument(t: Token, later: bool = False) -> bool:
    """An instrument noun; a later member may be a format the run lists beside them ('and a supply chain dialogue
    with C': ``agreement.governed_nouns``), which alone would be a meeting."""
    heads = _w("agreement.nouns", "agreement.governed_nouns") if later else _w("agreement.nouns")
    return t.pos_ in ("NOUN", "PROPN") and (lemma(t) in heads or t.lower_ in _w("agreement.mou_forms"))


def _with_preps(t: Token) -> list[Token]:
    """The instrument's own 'with' phrases, on it or down its PP chain ('a memorandum on processing with B'), not
    those of a member coordinated or apposed inside it."""
    out, stack = [], [t]
    while stack:
        for ch in stack.pop().children:
            if ch.dep_ == "prep" and ch.lower_ in _w("agreement.with_prepositions"):
                out.append(ch)
            elif ch.dep_ in _CHAIN and not _instrument(ch, later=True):
                stack.append(ch)
    return out


def own_partners(t: Token) -> list[str]:
    """The states of the instrument's own 'with' phrase: its object and that object's state conjuncts, not a
    gapped clause's subject the parser coordinated with it ('with B, C a memorandum with D')."""
    out: list[str] = []
    for prep in _with_preps(t):
        for o in (c for c in prep.children if c.dep_ == "pobj"):
            states = [o, *(x for x in o.conjuncts if not _instrument(x))]
            gapped = {y.ent_kb_id_ for y in o.subtree if y.ent_type_ == "GPE" and _gapped_subject(y)}
            out += [x for x in countries_in(states) if x not in out and x not in gapped]
    return out


def _partner_objects(t: Token) -> set[int]:
    return {x.i for p in _with_preps(t) for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)}


def _next_member(run: list[Token], sent: Span) -> Token | None:
    """The instrument after the run so far: hung on a member or a member's partner, or another object of the
    first member's verb."""
    anchors = {i for t in run for i in ({t.i} | _partner_objects(t) | {y.i for y in t.conjuncts})}
    first, last = run[0], run[-1]
    for u in (x for x in sent if x.i > last.i and _instrument(x, later=True) and own_partners(x)):
        linked = u.dep_ in _LINKS and u.head.i in anchors
        # "has X with A, ..., and Y with C": a second object, or one the parser coordinated with the verb
        sibling = first.dep_ == "dobj" and u.dep_ in ("dobj", "conj") and u.head.i == first.head.i
        if linked or sibling:
            return u
        if u.i > max(anchors) + 12:
            return None
    return None


def instrument_run(t: Token, sent: Span) -> list[Token]:
    """The run ``t`` belongs to (first member first), or [] when ``t`` is no member of a run of two or more."""
    heads = [x for x in sent if _instrument(x) and own_partners(x) and x.dep_ in _OBJECTS]
    for first in heads:
        run = [first]
        while (nxt := _next_member(run, sent)) is not None and nxt not in run:
            run.append(nxt)
        if len(run) >= 2 and t in run and _distinct(run):
            return run
    return []


def run_member(t: Token) -> bool:
    """Whether ``t`` is a later member of a run of instruments (a trigger even where it alone would not be)."""
    return _instrument(t, later=True) and bool(own_partners(t)) and t in instrument_run(t, t.sent)[1:]


def _distinct(run: list[Token]) -> bool:
    """Each member names partners the others do not: a run, not one set told twice."""
    seen: list[str] = []
    for m in run:
        states = own_partners(m)
        if any(x in seen for x in states):
            return False
        seen += states
    return True


def _gapped_subject(x: Token) -> bool:
    """A state directly followed by a determiner and an instrument ('C a memorandum'): a gapped clause's subject."""
    i = x.i
    while i + 1 < len(x.doc) and x.doc[i + 1].ent_iob_ == "I":
        i += 1
    nxt = x.doc[i + 1] if i + 1 < len(x.doc) else None
    return nxt is not None and nxt.dep_ == "det" and _instrument(nxt.head, later=True)


def gapped_owner(t: Token) -> str | None:
    """'Peru has a partnership with A, Chile a memorandum with B, and Bolivia a framework with C': a clause whose
    verb is gapped names its own subject, a bare state after a comma or conjunction and before the instrument's
    determiner; that state owns the instrument, not the subject of the verb the parser hangs it on."""
    doc, i = t.doc, t.i - 1
    while i > t.sent.start and doc[i].dep_ in _PREMODS and doc[i].head.i in _inside(t) and doc[i].ent_type_ != "GPE":
        i -= 1
    x = doc[i]
    if i + 1 >= t.i or doc[i + 1].dep_ != "det" or x.ent_type_ != "GPE" or not x.ent_kb_id_:
        return None
    start = i
    while start > t.sent.start and doc[start].ent_iob_ == "I":
        start -= 1
    before = doc[start - 1] if start > t.sent.start else None
    if before is None or not (before.is_punct or before.dep_ == "cc") or x.dep_ == "pobj":
        return None  # 'offered Ghana a partnership', 'with Ghana a memorandum': no gapped clause
    partners = own_partners(t)
    return x.ent_kb_id_ if partners and x.ent_kb_id_ not in partners else None


def _inside(t: Token) -> set[int]:
    return {x.i for x in t.subtree}


def _gapped_sides(c: Candidate, sent: Span) -> bool:
    """Whether the instrument stands in a gapped clause of its own (its state and its own partner set, and True),
    or before one (its own partner, none of the later clauses' subjects)."""
    gapped = gapped_owner(c.t) if not c.name else None
    if gapped is not None:
        c.subj, c.with_, c.mods = [gapped], own_partners(c.t), []
        c.rule = c.rule or "agreement.instrument_run"
        return True
    later = {gapped_owner(x) for x in sent if x.i > c.t.i and _instrument(x, later=True)} - {None}
    if later and own_partners(c.t):  # the first clause before gapped ones: its own partner, not their subjects
        c.with_, c.mods = own_partners(c.t), [x for x in c.mods if x not in later]
        c.subj = [x for x in c.subj if x not in later]
    return False


def run_sides(c: Candidate, ctx: Context, sent: Span) -> bool:
    """After the modifier and voice rules: a gapped clause keeps the sides it names (the parser may hang an earlier
    partner on its instrument as a modifier); then a plural likened to the one told (``likeness_series``)."""
    _gapped_sides(c, sent)
    return likeness_series(c, ctx, sent)


def run_partners(c: Candidate, ctx: Context, sent: Span) -> bool:
    """A member of a run keeps its own 'with' states and the owner of the run's first instrument; a member in a
    gapped clause of its own ('..., Chile a memorandum with B') has that clause's state as owner."""
    rank = _rank_noun(c.v) if c.v is not None and not c.subj else None
    if rank is not None and rank.dep_ == "attr":  # 'Ghana is the second state to sign X with P': the copula's subject
        # '..., after similar agreements with A and B': the earlier ones the rank counts are the host's, not Ghana's
        earlier = c.t.dep_ == "pobj" and c.t.head.lower_ in _w("agreement.predecessor_prepositions")
        c.subj = partner_clause_host(rank.head) if earlier else resolve_subject(rank.head, ctx)[0]
    if _gapped_sides(c, sent):
        return True
    run = [] if c.name else instrument_run(c.t, sent)
    if not run:
        return True
    v = governing_verb(run[0].head, 5) if run[0].head.i != run[0].i else None
    owner = (_page_voice(v) or resolve_subject(v, ctx)[0]) if v is not None else []
    partners, every = own_partners(c.t), [x for m in run for x in own_partners(m)]
    if not partners:
        return True
    if len(owner) > 1 or any(x in owner for x in every):
        owner = []  # "The Government has X with A, Y with B" read as B's government: no owner, no set of partners
    c.v = v
    c.subj, c.with_, c.mods = owner, partners, []
    c.rule = c.rule or "agreement.instrument_run"
    return True


def _page_voice(v: Token) -> list[str]:
    """'We', 'the Government', 'the Ministry' on a government's page: the publisher (as for the host-voice rule)."""
    publisher, subj = v.doc._.cmkg_publisher, subject_tokens(v)
    if not publisher or not subj or not all(host_word(s) for s in subj):
        return []
    if any(s.lower_ in _w("agreement.joint_voice") and first_person(s) is None for s in subj):
        return []  # another speaker's 'we'
    return [publisher]


def likeness_series(c: Candidate, ctx: Context, sent: Span) -> bool:
    """'The framework was announced together with similar frameworks with A, B and C': a plural instrument likened
    to one the text told (``export_control.sameness_words``) with partners and no owner of its own is the series
    of a fronted host ('For Washington, ...', ``series_hosts.fronted_host``), else of the page's government (the
    publisher), else of the story's hub; one set per partner."""
    if not any(x.dep_ == "amod" and x.lower_ in _w("export_control.sameness_words") for x in c.t.children):
        return True
    if not c.with_ and c.subj and not c.mods and not c.name:
        return _likened_signers(c, ctx)
    if c.subj or c.mods or len(c.with_) < 2 or not is_plural(c.t) or (c.name and not generic_name(c.name)):
        return True
    if any(x.dep_ == "prep" and x.lower_ in _w("agreement.mutual_prepositions") for x in c.t.children):
        c.rule = c.rule or "agreement.instrument_run"  # 'similar arrangements between A and B': one set of the two
        return True  # sides the mutual phrase names, no owner added
    # "For Washington, the framework joins similar instruments ...": the fronted host before the page or story's
    # host, or the host a ranked partner's clause names ('C is the tenth partner with which H has concluded one, after
    # similar agreements with A and B')
    hosts = (*fronted_host(sent), *partner_clause_host(c.v), sent.doc._.cmkg_publisher, ctx.hub())
    owner = next((x for x in hosts if x and x not in c.with_), None)
    if owner is not None:
        c.subj = [owner]
        c.rule = c.rule or ("agreement.series_host" if owner in hosts[:-2] else "agreement.instrument_run")
    return True


def _likened_signers(c: Candidate, ctx: Context) -> bool:
    """'A and B are expected to sign similar documents' after the hub's memoranda with C and D: the signers, with
    no partner of their own, each sign one with the story's hub (the state paired with most partners)."""
    hub = ctx.hub()
    if hub is not None and hub not in c.subj:
        c.subj, c.with_ = [hub], list(c.subj)
        c.rule = c.rule or "agreement.instrument_run"
    return True


def _rank_noun(v: Token) -> Token | None:
    """'the fourth country which signed', 'became the fourth country to sign': the ranked state noun the signing
    verb describes (``agreement.rank_holder_nouns`` with a ``agreement.rank_words`` modifier)."""
    if v.dep_ not in ("relcl", "acl", "xcomp", "advcl"):  # 'to sign' may hang on 'became' as an adverbial clause
        return None
    nouns = [v.head] if v.dep_ in ("relcl", "acl") else [x for x in v.head.children if x.dep_ == "attr"]
    for n in nouns:
        ranked = any(x.dep_ == "amod" and x.lower_ in _w("agreement.rank_words") for x in n.children)
        if lemma(n) in _w("agreement.rank_holder_nouns") and ranked:
            return n
    return None


def _signed_before(anchors: tuple[Token, ...], partner: str) -> list[str]:
    """'..., after B, C and D signed theirs with P': a clause of its own after ``agreement.predecessor_prepositions``
    whose signing verb (``status.signed``) has the predecessors as subject and no partner but P ('after B and C
    had rejected the terms' names none)."""
    out: list[str] = []
    for v in (x for a in anchors for x in a.children if x.dep_ == "advcl" and lemma(x) in _w("status.signed")):
        if not any(m.dep_ == "mark" and m.lower_ in _w("agreement.predecessor_prepositions") for m in v.children):
            continue
        withs = [
            x
            for p in v.children
            if p.lower_ in _w("agreement.with_prepositions")
            for x in countries_in([o for o in p.children if o.dep_ == "pobj"])
        ]
        if any(x != partner for x in withs) or any(ch.dep_ == "neg" for ch in v.children):
            continue
        subj = [s for s in v.children if s.dep_ == "nsubj"]
        out += countries_in([x for s in subj for x in (s, *s.conjuncts)])
    return out


def with_predecessors(c: Candidate, facts: list[AgreementFact]) -> list[AgreementFact]:
    """'A became the fourth country to sign a memorandum with P, after B, C and D': each earlier signer has its own
    instrument with P (existing); the ranked clause's own pair stays as told."""
    rank = _rank_noun(c.v) if c.v is not None and len(facts) == 1 and len(facts[0].parties) == 2 else None
    if rank is None:
        return facts
    anchors = (c.v, rank, rank.head) if rank.dep_ == "attr" else (c.v, rank)  # 'is ..., after B': on the copula
    preps = [p for x in anchors for p in x.children if p.lower_ in _w("agreement.predecessor_prepositions")]
    earlier = [x for p in preps for o in p.children if o.dep_ == "pobj" for x in countries_in([o, *o.conjuncts])]
    subject = [x for x in c.subj if x in facts[0].parties]
    partner = [x for x in facts[0].parties if x not in subject]
    if len(subject) != 1 or len(partner) != 1:
        return facts
    earlier += _signed_before(anchors, partner[0])
    extra = [x for x in dict.fromkeys(earlier) if x not in facts[0].parties]
    return facts + [replace(facts[0], parties=[x, partner[0]], status=STATUS.existing, confidence=0.7) for x in extra]
