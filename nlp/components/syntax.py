"""Small dependency-tree helpers shared by the relation rules."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.rules import rules

__all__ = [
    "after_fronted_phrase",
    "country_of_token",
    "countries_in",
    "conj_chain",
    "list_members",
    "governing_verb",
    "grouping_token",
    "relative_owner",
    "stranded_conjuncts",
    "subject_tokens",
    "verb_chain",
    "has_neg",
    "own_clause",
    "unnamed_state",
    "AUX_DEPS",
    "SUBJECT_DEPS",
    "MODIFIER_DEPS",
    "CLAUSE_DEPS",
]

# Named dependency-label sets (textacy style): the syntax the rules read.
AUX_DEPS = frozenset({"aux", "auxpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "relcl", "acl"})


def country_of_token(t: Token) -> str | None:
    """Country code of a token that names (or is headed by a modifier naming) a state."""
    if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_:
        return t.ent_kb_id_
    heads = rules().words("syntax.government_heads")
    if t.lower_ in heads:  # "the Government of Greenland", "the Department of State of the United States"
        code = _of_country(t, depth=2)
        # "the Ministry of Mines and Mineral Development of X": the parser coordinates the portfolio's last
        # word with the office itself; the state hangs on that capitalised word
        portfolio = (x for x in t.conjuncts if x.lower_ not in heads and x.text[:1].isupper() and x.ent_type_ != "GPE")
        code = code or next((c for c in (_of_country(x, depth=1) for x in portfolio) if c), None)
        if code:
            return code
    # "Egypt's Minister of Industry", "the Estonian Ambassador": a public office stands for its state
    office = t.lower_ in rules().words("officials.public_heads")
    if t.lower_ in heads or t.pos_ == "NOUN" or office:
        for child in t.children:
            linked = child.dep_ in MODIFIER_DEPS and child.ent_type_ in ("GPE", "NORP") and child.ent_kb_id_
            if linked and (t.lower_ in heads or office or child.ent_type_ == "GPE"):
                return child.ent_kb_id_
    return _public_body_state(t)


def _public_body_state(t: Token) -> str | None:
    """'the Korea Geological Survey', 'Mongolia's Mineral Resources and Petroleum Authority', 'the Geological
    Survey of Kenya': a capitalised name that holds a public-body word and names a state stands for that state
    (a company's name, 'Korea Zinc', holds no such word)."""
    if not t.text[:1].isupper() or t.pos_ not in ("PROPN", "NOUN") or t.ent_type_ in ("GPE", "NORP", "PERSON"):
        return None
    words = rules().words("syntax.public_body_words")
    links = rules().words("agreement.name_joiners")
    name = [t]  # the name runs on through capitalised words and joiners: "Resources and Petroleum Authority"
    for x in t.doc[t.i + 1 : t.sent.end]:
        if not (x.text[:1].isupper() or x.lower_ in links) or x.ent_type_ in ("GPE", "NORP"):
            break
        name.append(x)
    if not any(x.lemma_.lower() in words or x.lower_ in words for x in name if x.text[:1].isupper()):
        return None
    mods = [*t.children, *(g for c in t.children if c.dep_ == "compound" for g in c.children)]  # "Chinese Minerals"
    owner = (c for c in mods if c.dep_ in MODIFIER_DEPS and c.ent_type_ in ("GPE", "NORP") and c.ent_kb_id_)
    state = next((c.ent_kb_id_ for c in owner), None)
    return state or (_of_country(t, depth=1) if t.lemma_.lower() in words or t.lower_ in words else None)


def _of_country(t: Token, depth: int) -> str | None:
    """The state an 'of' chain under a government noun ends in ("the Ministry of Mines of Zambia").

    A portfolio of several words is coordinated inside the chain ("the Ministry of Mines and Minerals
    Development of Zambia"): the state hangs on the portfolio's last conjunct, so conjuncts are followed.
    """
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in rules().words("syntax.of_prepositions")):
        for obj in (x for o in prep.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)):
            if obj.ent_type_ in ("GPE", "NORP") and obj.ent_kb_id_:
                return obj.ent_kb_id_
            if depth > 1:
                code = _of_country(obj, depth - 1)
                if code:
                    return code
    return None


def _of_countries(t: Token) -> list[str]:
    """Every country in the 'of' phrase of a government noun, coordinated ones included."""
    out: list[str] = []
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in rules().words("syntax.of_prepositions")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for x in list_members(obj):
                if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_ and x.ent_kb_id_ not in out:
                    out.append(x.ent_kb_id_)
            if not out and obj.lower_ in rules().words("syntax.government_heads"):
                # "the heads of government of X and Y", "representatives of the governments of"
                out += _of_countries(obj)
            if not out:  # "the Ministry of Mines of Mozambique"
                code = _of_country(obj, depth=1)
                out += [code] if code else []
    return out


def _collective_heads() -> frozenset[str]:
    """Nouns whose 'of' phrase names the states they stand for: governments, and office holders in the plural."""
    return rules().words("syntax.government_heads") | rules().words("agreement.collective_people")


def grouping_token(c: Token) -> Token | None:
    """The intergovernmental grouping a token names: itself ('Mercosur'), its compound ('the Mercosur bloc',
    'the Quad partners') or, for a member noun, its 'of' phrase ('the founding members of Mercosur')."""
    w, orgs = rules().words, gazetteer().orgs
    of = [p for p in c.children if p.dep_ == "prep" and p.lower_ in w("syntax.of_prepositions")]
    inner = [x for x in c.children if x.dep_ == "compound"]
    inner += [o for p in of for o in p.children if o.dep_ == "pobj"] if c.lemma_ in w("agreement.member_nouns") else []
    igo = (x for x in (c, *inner) if x.ent_type_ == "ORG" and getattr(orgs.get(x.ent_kb_id_), "kind", "") == "igo")
    return next(igo, None)


def relative_owner(rel: Token) -> Token:
    """The noun a relative clause follows: the parser hangs 'A and B, whose members are' on A, the list's head."""
    k = rel.left_edge.i - 1
    k -= 1 if k > 0 and rel.doc[k].is_punct else 0
    return next((x for x in (rel.head, *rel.head.conjuncts) if k in (x.i, x.right_edge.i)), rel.head)


def _grouping_members(c: Token) -> list[str]:
    """A grouping's states where the text fixes them: a relative clause listing them ('the Mercosur bloc, whose
    members are A and B') or a count its gazetteer membership matches ('the four Quad partners'), never alone."""
    group, w = grouping_token(c), rules().words
    if group is None:
        return []
    clauses = [x for h in (c, c.head) for x in h.children if x.dep_ == "relcl" and relative_owner(x).i == c.i]
    for rel in (x for x in clauses if x.lemma_ in w("agreement.list_continuation_verbs")):
        nouns = [s for s in rel.children if s.dep_ in SUBJECT_DEPS and s.lemma_ in w("agreement.member_nouns")]
        whose = any(p.lower_ in w("export_control.relative_possessives") for s in nouns for p in s.children)
        listed = [x for x in rel.children if x.dep_ in ("attr", "dobj", "acomp")]  # 'acomp': a misparsed name
        if whose and len(named := countries_in(listed)) >= 2:
            return named
    counts = rules().table("production_share.number_words")
    n = next((int(x.text) if x.text.isdigit() else counts.get(x.lower_) for x in c.children if x.dep_ == "nummod"), 0)
    heads = w("agreement.member_nouns") | w("agreement.collective_states") | _collective_heads()  # "G7 leaders"
    members = gazetteer().members.get(group.ent_kb_id_, ()) if {c.lemma_, c.lower_} & heads else ()
    states = [m for m in members if m not in gazetteer().orgs]  # "the seven G7 governments": the EU is not counted
    return states if group.i != c.i and n == len(states) else []


def conj_chain(t: Token) -> list[Token]:
    """The token and every conjunct coordinated with it ("Japan, Australia and Thailand")."""
    return [t, *t.conjuncts]


def _entity_tokens(t: Token) -> list[Token]:
    """The tokens of the named entity ``t`` belongs to ("Republic" -> "Democratic Republic of the Congo").

    Read from the IOB tags round ``t`` as ``doc.ents`` reads them (an entity is a typed B and the I tags
    after it), not by searching ``doc.ents``, which rebuilds every entity of the document at each call."""
    doc = t.doc
    if not (t.ent_iob_ == "I" or (t.ent_iob_ == "B" and t.ent_type)):
        return [t]
    start, end = t.i, t.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def _apposed_office(y: Token) -> str | None:
    """'the Ministry of Energy, Government of X': the state an office's apposed government names."""
    return next((c for c in (country_of_token(a) for a in y.children if a.dep_ == "appos") if c), None)


def _apposed_state(a: Token) -> str | None:
    """A state in apposition to a state: another list item, not a description ("Argentina, Chile's neighbour")."""
    return a.ent_kb_id_ if a.ent_type_ in ("GPE", "NORP") and a.ent_kb_id_ else None


def list_members(t: Token) -> list[Token]:
    """Every item of a list of states, however the parser broke it up.

    Long lists come back as chains of appositions ("with Canada, Zambia, the Democratic Republic of
    the Congo and Greenland": Zambia an apposition of Canada, the next item an apposition of Zambia),
    and an item after a multi-word name hangs on a word inside that name (Greenland a conjunct of
    "Congo"). Appositions are followed only between states, so "Canberra, the capital" adds nothing.
    """
    out: list[Token] = []
    todo = [t]
    while todo:
        x = todo.pop(0)
        if any(x.i == o.i for o in out):
            continue
        out.append(x)
        todo += list(x.conjuncts)
        if country_of_token(x) is None:
            continue
        inside = [y for y in _entity_tokens(x) if y.i != x.i]
        todo += [c for y in inside for c in y.conjuncts]
        todo += [a for y in (x, *inside) for a in y.children if a.dep_ == "appos" and _apposed_state(a)]
    return out


def countries_in(tokens: Iterable[Token]) -> list[str]:
    out: list[str] = []
    for t in tokens:
        if t.lower_ in _collective_heads():  # "the governments of Spain and Mexico", "the presidents of X and Y"
            out += [c for c in _of_countries(t) if c not in out]
        for c in list_members(t):
            code = country_of_token(c)
            if code and code not in out:
                out.append(code)
            if c.i != t.i and c.lower_ in _collective_heads():
                # "by President X and the leaders of A, B and C": a collective coordinated into the list
                out += [x for x in _of_countries(c) if x not in out]
            if code and c.tag_ in ("NNS", "NNPS") and c.lower_ in _collective_heads():
                # "Vietnamese and Saudi officials signed": every demonym coordinated before a plural head
                mods = [x for x in c.children if x.dep_ in MODIFIER_DEPS and x.ent_type_ in ("GPE", "NORP")]
                out += [y.ent_kb_id_ for x in mods for y in x.conjuncts if y.ent_kb_id_ and y.ent_kb_id_ not in out]
            if code is None:  # "the Mercosur bloc, whose members are A and B": the states a grouping stands for
                out += [x for x in _grouping_members(c) if x not in out]
            for appos in (x for x in c.children if x.dep_ == "appos"):
                # "the Ministry of Mines, Government of India and the Ministry ..., Government of Zambia": an
                # office naming no state takes its apposition's, and the parser hangs the rest of the list there
                own = country_of_token(c) is None
                codes = [country_of_token(y) or _apposed_office(y) for y in list_members(appos)] if own else []
                codes = codes or [_apposed_state(appos)]
                out += [code for code in dict.fromkeys(codes) if code and code not in out]
                if appos.lower_ in _collective_heads():  # "We, the leaders of X and Y,", "We, the Prime Ministers of"
                    out += [x for x in _of_countries(appos) if x not in out]
                # "A's Minister, [Name], and the ministers of B and C": the collective hangs on the name
                for y in (y for y in appos.conjuncts if y.lower_ in _collective_heads()):
                    out += [x for x in _of_countries(y) if x not in out]
    return out


def after_fronted_phrase(subj: list[Token], verb: Token) -> list[str]:
    """'On the sidelines of a summit hosted by Brazil, Australia and India signed': the subject after the comma.

    A fronted phrase ending in a country, then a comma and the real subject: the parser coordinates the
    subject with the phrase's last noun. Only the conjuncts after that comma are the subject.
    """
    own_agent = bool(subj) and subj[0].head.dep_ == "agent" and subj[0].head.head.i == verb.i
    if len(subj) != 1 or subj[0].dep_ != "pobj" or own_agent or subj[0].i > verb.i or not subj[0].conjuncts:
        return []  # the verb's own agent ("signed by Brazil, Australia and India") is a real subject list
    s = subj[0]
    if s.i + 1 >= s.sent.end or s.doc[s.i + 1].text != ",":
        return []
    if s.head.lower_ in rules().words("status.subordinating_marks"):
        return []  # "Chile attended as Ghana, Namibia and Peru signed": 'as' opens the clause; all three sign
    out: list[str] = []
    for x in sorted(s.conjuncts, key=lambda x: x.i):
        code = country_of_token(x) if x.i > s.i else None
        if code and code not in out:
            out.append(code)
    return out


def stranded_conjuncts(verb: Token) -> list[str]:
    """Countries of subject conjuncts the parser hung inside the first conjunct's phrase.

    "The Ministry of Mines of X and the Ministry of Industry of Y signed", "X, represented by its
    minister, N, and Y, represented by ..., signed": the second party lands under an 'of' object or
    an apposition.  A conjunct counts when it has the subject's own shape (the same government noun,
    or a country beside a country subject) and does not coordinate with a country inside a phrase.
    """
    out: list[str] = []
    for s in (x for x in verb.children if x.dep_ in SUBJECT_DEPS):
        state = s.ent_type_ == "GPE" and bool(s.ent_kb_id_)
        for x in s.children:  # "Chile and South Africa" parsed as "Chile" modifying "Africa"
            coordinated = any(c.dep_ == "cc" for c in x.children) and x.dep_ in ("nmod", "compound")
            if state and coordinated and x.ent_type_ == "GPE" and x.ent_kb_id_ not in ("", s.ent_kb_id_, *out):
                out.append(x.ent_kb_id_)
        for x in s.subtree:
            if x.i >= verb.i or x.dep_ != "conj" or x.head.i == s.i:
                continue
            same_noun = x.lower_ == s.lower_ and x.lower_ in rules().words("syntax.government_heads")
            beside_state = state and x.ent_type_ == "GPE" and x.head.ent_type_ not in ("GPE", "NORP")
            code = country_of_token(x) if same_noun or beside_state else None
            if code and code not in out:
                out.append(code)
    return out


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
    agent = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agent + _agent_collectives(v, agent) + subj if agent else subj


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
        if coordinated and x.lower_ in _collective_heads() and x not in agent:
            out.append(x)
    return out


def has_neg(v: Token) -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def unnamed_state(t: Token) -> bool:
    """'one economy', 'a single country', 'some producers': a state the text does not name."""
    return t.lower_ in rules().words("syntax.unnamed_state_nouns") and any(
        c.dep_ in ("det", "amod", "nummod") and c.lower_ in rules().words("syntax.indefinite_words") for c in t.children
    )


def own_clause(v: Token) -> list[Token]:
    """The verb's subtree without the coordinated clauses that have a subject of their own ('signed X on Monday,
    and officials said talks with Y had collapsed in 2019': that year dates the talks, not the signing)."""
    joins = [x.i for x in v.children if x.text in rules().words("syntax.sentence_joiners")]
    clauses = [c for c in v.children if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX") and subject_tokens(c)]
    cut = {c.i for c in clauses if c.dep_ == "conj" or any(v.i < j < c.i for j in joins)}  # "; its talks stalled"
    skip = {x.i for c in v.children if c.i in cut for x in c.subtree}
    return [x for x in v.subtree if x.i not in skip]
