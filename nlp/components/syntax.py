"""Small dependency-tree helpers shared by the relation rules: the clause a word sits in, its governing verb
and verb chain, the clause's subject and its own words.

What a phrase names (countries, governments, lists of states) is read in syntax_states.py; the dependency
label sets are in dep_labels.py. Both are re-exported here, so the rules import the tree helpers from one place.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.dep_labels import AUX_DEPS, CLAUSE_DEPS, MODIFIER_DEPS, SUBJECT_DEPS
from cmkg.nlp.components.syntax_states import (
    collective_heads,
    conj_chain,
    countries_in,
    country_of_token,
    grouping_token,
    list_members,
    relative_owner,
    stranded_conjuncts,
    unnamed_state,
)
from cmkg.nlp.rules import rules

__all__ = [
    "dated_phrase",
    "path_up",
    "nearest_conjunct",
    "live_children",
    "country_of_token",
    "countries_in",
    "conj_chain",
    "list_members",
    "clause_head",
    "governing_verb",
    "grouping_token",
    "relative_owner",
    "stranded_conjuncts",
    "subject_tokens",
    "verb_chain",
    "has_neg",
    "quantified_by_no",
    "own_clause",
    "phrase_objects",
    "clause_apart",
    "unnamed_state",
    "AUX_DEPS",
    "SUBJECT_DEPS",
    "MODIFIER_DEPS",
    "CLAUSE_DEPS",
]


def clause_head(t: Token) -> Token:
    """The verb heading the clause ``t`` is in (``t`` itself if it is one; not an auxiliary), else the root."""
    x = t
    while x.head.i != x.i and not (x.pos_ in ("VERB", "AUX") and x.dep_ not in ("aux", "auxpass")):
        x = x.head
    return x


def governing_verb(t: Token, max_steps: int = 5) -> Token | None:
    cur = t
    for _ in range(max_steps):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "amod":
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def verb_chain(v: Token | None) -> list[Token]:
    """The verb and the verbs that control it ("said it planned to close")."""
    out: list[Token] = []
    cur = v
    while cur is not None and len(out) < 5:
        out.append(cur)
        governor = cur.head.head
        if cur.dep_ == "xcomp" and cur.head.dep_ == "acomp" and governor.pos_ in ("VERB", "AUX"):
            cur = governor  # "are due to sign", "are unlikely to sign": through the adjective to its verb
            continue
        aim = cur.head.head if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" else None
        denied = aim is not None and any(d.lower_ in rules().words("status.negating_determiners") for d in aim.children)
        if (
            aim is not None
            and aim.lower_ in rules().words("status.intention_nouns")
            and aim.pos_ == "NOUN"
            and not denied
        ):
            # "agreed to begin talks, with a view to concluding", "with the goal of reaching": on to the verb
            up = aim.head.head if aim.head.dep_ == "prep" else aim.head
            cur = up if up.pos_ in ("VERB", "AUX") else None
            continue
        spent = cur.head.lemma_.lower() in rules().words("export_control.duration_nouns") and cur.head.dep_ == "dobj"
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and spent:
            cur = governor  # "has spent years building a network of partnerships": the spender builds
            continue
        if cur.dep_ == "pcomp" and cur.head.lower_ in rules().words("syntax.gerund_prepositions"):
            # "Norway joined Sweden in signing", "By signing the MOU, X and Y ...": the gerund's controller
            cur = governor if governor.pos_ in ("VERB", "AUX") and governor.i != cur.head.i else None
            continue
        joined = [x for x in cur.doc[cur.i : cur.head.i] if x.text in rules().words("syntax.sentence_joiners")]
        if cur.dep_ == "ccomp" and joined:
            break  # "A and B signed X; A and C intend to sign Y": a clause before a semicolon is no complement
        if cur.dep_ in CLAUSE_DEPS and cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX", "NOUN"):
            if cur.head.pos_ == "NOUN":
                # "announced their intention to conclude": through the intention noun to its verb
                noun = cur.head
                # "announced their intention to conclude", "denied reports that it had signed": on to the verb
                climbable = rules().words("status.intention_nouns") | rules().words("status.report_nouns")
                if noun.lower_ in climbable and noun.head.pos_ in ("VERB", "AUX"):
                    cur = noun.head
                    continue
                if cur.dep_ == "xcomp" and any(c.dep_ == "nsubj" for c in noun.children):
                    cur = noun  # "The government of X plans to ban": a verb the tagger read as a plural noun
                    continue
                break
            cur = cur.head
        else:
            break
    return out


def subject_tokens(v: Token) -> list[Token]:
    subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
    subj = _addressed_subject(v, subj) or subj
    # "signed by A's minister and by B's minister": a coordinated 'by' is the agent too (on the agent or the verb)
    agents = [a for c in v.children if c.dep_ == "agent" for a in (c, *c.conjuncts)]
    agents += [c for c in v.children if c.dep_ == "conj" and agents and c.lower_ == agents[0].lower_]
    agent = [g for a in agents for g in a.children if g.dep_ == "pobj"]
    return agent + _agent_collectives(v, agent) + _agent_list_tail(v, agent) + subj if agent else subj


def _addressed_subject(v: Token, subj: list[Token]) -> list[Token]:
    """'Senator: Dr Nguyen, on 9 October Beijing announced controls': a person opening the sentence and set off by a
    comma is addressed, and the state the parser hung on the date right before the verb is its subject."""
    subj = [s for s in subj if s.i + 1 >= len(s.doc) or s.doc[s.i + 1].text != ":"]  # not the turn label itself
    start = subj[0].left_edge.i if len(subj) == 1 else v.i
    opening = start == v.sent.start or v.doc[start - 1].text == ":"  # after a speaker's turn label
    if len(subj) != 1 or subj[0].ent_type_ != "PERSON" or not opening or subj[0].right_edge.i + 1 >= v.i:
        return []
    after, before = v.doc[subj[0].right_edge.i + 1], v.doc[v.i - 1]
    state = before.ent_type_ == "GPE" and before.dep_ in ("npadvmod", "compound", "dep") and before.head.i != subj[0].i
    return [before] if after.text == "," and state and before.i > after.i else []


def _agent_list_tail(v: Token, agent: list[Token]) -> list[Token]:
    """'the MOU signed in 2023 by Angola, the Democratic Republic of the Congo, Zambia, the United States and the
    European Union remains in place': the parser may end the agent at its first state and make the rest the next
    verb's subject; states that follow it straight on, joined by commas and a final conjunction, up to that verb,
    are the agent's list."""
    doc, k = v.doc, max(a.right_edge.i for a in agent) + 1
    if k + 1 >= v.sent.end or doc[k].text != "," or doc[k + 1].pos_ == "CCONJ" or any(a.conjuncts for a in agent):
        return []  # "signed by Chile and Peru, and Kenya said ...": a closed list, then a clause of its own
    out, joined = [], False
    while k < v.sent.end:
        x = doc[k]
        if x.text == "," or x.pos_ == "CCONJ" or x.tag_ == "DT":
            joined, k = joined or x.pos_ == "CCONJ", k + 1
            continue
        ent = next((e for e in doc.ents if e.start == k), None)
        if ent is None or ent.label_ != "GPE":
            break
        out, k = [*out, ent.root], ent.end
    closed = k < v.sent.end and doc[k].pos_ in ("VERB", "AUX")
    return out if joined and closed else []


def _agent_collectives(v: Token, agent: list[Token]) -> list[Token]:
    """'signed by A and the presidents of B and C', 'by [long title] [Name] and the leaders of B and C': the
    parser coordinates the collective with the verb, or with a name it hung on another phrase of the verb;
    it is part of the agent when only the agent's own words (no verb) come between."""
    start = min(a.i for a in agent)
    out = []
    for x in v.doc[start : v.sent.end]:
        if x.pos_ in ("VERB", "AUX") and x.i != v.i:
            break
        coordinated = x.dep_ == "conj" and (x.head.i == v.i or start <= x.head.i < x.i)
        if coordinated and x.lower_ in collective_heads() and x not in agent:
            out.append(x)
    return out


def has_neg(v: Token) -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def quantified_by_no(noun: Token) -> bool:
    """'no export restrictions', 'no intention of ...': the one test of a 'no' (``export_control.negation_words``)
    as the noun's determiner, which every denial by quantity asks."""
    return any(c.dep_ == "det" and c.lower_ in rules().words("export_control.negation_words") for c in noun.children)


def own_clause(v: Token) -> list[Token]:
    """The verb's subtree without the coordinated clauses that have a subject of their own ('signed X on Monday,
    and officials said talks with Y had collapsed in 2019': that year dates the talks, not the signing)."""
    skip = {x.i for c in v.children if clause_apart(c, joiners=True, agents=True) for x in c.subtree}
    return [x for x in v.subtree if x.i not in skip]


def clause_apart(c: Token, *, joiners: bool = False, contrast: bool = False, agents: bool = False) -> bool:
    """Whether ``c`` heads a clause apart from its head's: a verb with a subject of its own coordinated with it
    ('..., and officials said tin could follow'). The one reader of 'a clause without its coordinated clauses'
    for own_clause (a verb's own words) and control_clauses.coordinated_apart (two words in different conjuncts).

    The callers differ where their readings do: ``joiners`` also parts any clause after a sentence joiner of the
    head ('signed X; its talks with Y stalled'), which a verb's own words stop at; ``contrast`` also parts an
    adverbial clause with a contrast mark ('..., while traders said Y could follow'), which control goods stop
    at; ``agents`` lets a passive's by-agent count as the subject ('and was approved by Y'), as own_clause's
    status and date readers do through subject_tokens, while control goods count only nsubj/nsubjpass.
    """
    if c.pos_ not in ("VERB", "AUX") or c.dep_ not in CLAUSE_DEPS or c.head.i == c.i:
        return False
    own_subject = subject_tokens(c) if agents else [x for x in c.children if x.dep_ in SUBJECT_DEPS]
    if not own_subject:
        return False
    if c.dep_ == "conj":
        return True
    v = c.head
    if joiners and any(v.i < x.i < c.i and x.text in rules().words("syntax.sentence_joiners") for x in v.children):
        return True
    marks = rules().words("export_control.contrast_marks")
    return contrast and c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)


def live_children(t: Token) -> list[Token]:
    """Children read from the heads (``Token.children`` can be stale after an earlier repair moved a head)."""
    return [x for x in t.sent if x.head == t and x != t]


def phrase_objects(head: Token, prepositions: frozenset[str]) -> list[Token]:
    """The objects of ``head``'s prepositional phrases opened by one of ``prepositions`` ('of X', 'to Y')."""
    return [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in prepositions
        for o in p.children
        if o.dep_ == "pobj"
    ]


def path_up(t: Token, top: Token) -> list[Token]:
    """The tokens from ``t`` up its heads to (not including) ``top``, or to the root when ``top`` is no ancestor."""
    out, x = [], t
    while x.i != top.i and x.head.i != x.i:
        out.append(x)
        x = x.head
    return out


def nearest_conjunct(x: Token) -> int:
    """The index of the instrument a participle or relative clause ``x`` describes: of its head and the head's
    instrument conjuncts (``agreement.nouns``), the last before it ('the X Partnership, signed in 2021, and the
    partnership agreed by A and B': the parser hangs 'agreed' on the first)."""
    nouns = rules().words("agreement.nouns")
    # 'the A–B Partnership': the parser may make the instrument an apposition of its first state
    named = [a for a in x.head.children if a.dep_ == "appos" and a.lemma_.lower() in nouns]
    near = [x.head, *named, *(j for h in (x.head, *named) for j in h.conjuncts if j.lemma_.lower() in nouns)]
    return max((j for j in near if j.right_edge.i < x.i or j.i == x.head.i), key=lambda j: j.i if j.i < x.i else -1).i


def dated_phrase(p: Token) -> bool:
    """'on Thursday', 'on 12 May': a phrase whose object is a date or a time."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in p.children)
