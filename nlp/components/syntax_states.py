"""Which states a token or phrase of the parse names: a country, a government or public body, a list of states
however the parser broke it up, a grouping's members, a subject list behind a fronted phrase.

Split from syntax.py (which re-exports every public name) along its seam: these read what a phrase names;
syntax.py reads clauses (the governing verb, the verb chain, a clause's subject and its own words).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.dep_labels import MODIFIER_DEPS, SUBJECT_DEPS
from cmkg.nlp.components.grouping_clauses import composed_objects, relative_owner
from cmkg.nlp.rules import rules

__all__ = [
    "collective_heads",
    "country_of_token",
    "government_head",
    "countries_in",
    "conj_chain",
    "list_members",
    "grouping_token",
    "relative_owner",
    "stranded_conjuncts",
    "unnamed_state",
]


def country_of_token(t: Token) -> str | None:
    """Country code of a token that names (or is headed by a modifier naming) a state."""
    if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_:
        return t.ent_kb_id_
    heads = rules().words("syntax.government_heads")
    if government_head(t) and not _demonym(t):  # "the Government of Greenland"; "the Kenyan team in Madrid": Kenya's
        code = _of_country(t, depth=2)
        # "the Ministry of Mines and Mineral Development of X": the parser coordinates the portfolio's last
        # word with the office itself; the state hangs on that capitalised word
        portfolio = (x for x in t.conjuncts if x.lower_ not in heads and x.text[:1].isupper() and x.ent_type_ != "GPE")
        code = code or next((c for c in (_of_country(x, depth=1) for x in portfolio) if c), None)
        code = code or _seat_country(t)
        if code:
            return code
    # "Egypt's Minister of Industry", "the Estonian Ambassador": a public office stands for its state
    office = t.lower_ in rules().words("officials.public_heads")
    if office and _acting_office(t):  # "the President of Chile and the Prime Minister of Kenya signed": no names given
        code = _of_country(t, depth=2)
        portfolio = [
            p for p in t.children if p.dep_ == "prep" and p.lower_ in rules().words("officials.acting_prepositions")
        ]
        # "the Minister for Foreign Affairs and Trade of X": the state closes the portfolio 'for' opens
        code = code or next((c for p in portfolio for o in p.children if (c := _of_country(o, depth=1))), None)
        # "the Minister of Industry and Construction of X": the portfolio's last word coordinated with the office
        others = (
            x for x in t.conjuncts if x.lower_ not in rules().words("officials.public_heads") and x.text[:1].isupper()
        )
        code = code or next((c for c in (_of_country(x, depth=1) for x in others if x.ent_type_ != "GPE") if c), None)
        if code:
            return code
    if t.lower_ in heads or t.pos_ == "NOUN" or office:
        for child in t.children:
            linked = child.dep_ in MODIFIER_DEPS and child.ent_type_ in ("GPE", "NORP") and child.ent_kb_id_
            if linked and (t.lower_ in heads or office or child.ent_type_ == "GPE"):
                return child.ent_kb_id_
    return _public_body_state(t)


def _seat_country(t: Token) -> str | None:
    """'the government in Avarua', 'authorities in Beijing': a government noun placed in a state's seat."""
    seats = rules().words("syntax.seat_prepositions")
    places = [o for p in t.children if p.dep_ == "prep" and p.lower_ in seats for o in p.children if o.dep_ == "pobj"]
    names = [e for o in places for e in o.doc.ents if e.start <= o.i < e.end and e.label_ == "GPE"]  # 'Kuala Lumpur'
    return next((e.kb_id_ for e in names if gazetteer().capital_of(e.text)), None)


def government_head(t: Token) -> bool:
    """A noun that heads a state's government: a government word, or a collegial body whose 'of' object is its
    ministers ('the Council of Ministers of X'); a council of other members ('the Minerals Council of X') is not."""
    if t.lower_ in rules().words("syntax.government_heads"):
        return True
    if t.lower_ not in rules().words("syntax.collegial_bodies"):
        return False
    preps = (c for c in t.children if c.dep_ == "prep" and c.lower_ in rules().words("syntax.of_prepositions"))
    return any(o.lower_ in rules().words("syntax.collegial_members") for p in preps for o in p.children)


def _acting_office(t: Token) -> bool:
    """An office named without its holder that is itself the subject of a verb, or one of a coordinated subject:
    it acts for its state. Elsewhere ('represented by the Vice-President of X', 'in the presence of the President
    of X') the office is a person's role, which the people rules read."""
    head = t
    while head.dep_ == "conj":
        head = head.head
    return (head.dep_ in SUBJECT_DEPS or _companion_object(head)) and not _demonym(t)


def _companion_object(t: Token) -> bool:
    """'X signed, together with the Secretary of State of Y, Z, a framework': an office the subject acts along
    with acts for its state as the subject does (round 18, grammar18); a bare 'with' ('met with the Minister of
    Y') stays a person's role."""
    if t.dep_ != "pobj" or t.i < 2:
        return False
    prep = t.head
    words = rules().words("agreement.accompaniment_words")
    joiners = rules().words("officials.companion_joiners")
    return prep.lower_ in words or (prep.lower_ in joiners and t.doc[prep.i - 1].lower_ in words)


def _demonym(t: Token) -> bool:
    """A state named by a modifier of the noun itself, which says whose it is before any 'in' or 'of' phrase."""
    return any(c.dep_ in MODIFIER_DEPS and c.ent_type_ in ("GPE", "NORP") and c.ent_kb_id_ for c in t.children)


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
        for rest in _cut_portfolio(t, prep):
            code = _of_country(rest, 1)
            if code:
                return code
    return None


def _cut_portfolio(t: Token, prep: Token) -> list[Token]:
    """'the Minister of Energy and Mineral Resources of X': the parser may end the coordination at 'and' and hang
    the portfolio's last part ('Mineral Resources of X') on the office as an apposition, with the state in its
    own 'of' phrase; the apposition that starts right after the dangling 'and' continues the portfolio."""
    dangling = [c for o in prep.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "cc"]
    dangling = [c for c in dangling if not any(x.dep_ == "conj" for x in c.head.children)]
    return [a for a in t.children if a.dep_ == "appos" and any(a.left_edge.i == c.i + 1 for c in dangling)]


def _of_countries(t: Token) -> list[str]:
    """Every country in the 'of' phrase of a government noun, coordinated ones included, and those of a
    coordinated phrase ('counterparts in Chile and in Peru', 'the governments of A and of B')."""
    out: list[str] = []
    ofs = rules().words("syntax.of_prepositions") | rules().words("syntax.side_prepositions")  # "negotiators for"
    preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ofs]
    for prep in preps + [x for p in preps for x in p.conjuncts if x.lower_ in ofs and x.i > p.i]:
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for x in list_members(obj):
                if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_ and x.ent_kb_id_ not in out:
                    out.append(x.ent_kb_id_)
            complement = obj.lower_ in rules().words("syntax.office_complements")  # "the Heads of State of X and Y"
            if complement or not out and obj.lower_ in rules().words("syntax.government_heads"):
                out += [x for x in _of_countries(obj) if x not in out]  # "representatives of the governments of"
            if not out:  # "the Ministry of Mines of Mozambique"
                code = _of_country(obj, depth=1)
                out += [code] if code else []
    return out


def collective_heads() -> frozenset[str]:
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
    if len(named := _members_named(group, group.i == c.i)) >= 2 or len(named := countries_in(composed_objects(c))) >= 2:
        return named
    counts = rules().table("production_share.number_words")
    n = next((int(x.text) if x.text.isdigit() else counts.get(x.lower_) for x in c.children if x.dep_ == "nummod"), 0)
    heads = w("agreement.member_nouns") | w("agreement.collective_states") | collective_heads()  # "G7 leaders"
    members = gazetteer().members.get(group.ent_kb_id_, ()) if {c.lemma_, c.lower_} & heads else ()
    states = [m for m in members if m not in gazetteer().orgs]  # "the seven G7 governments": the EU is not counted
    return states if group.i != c.i and n == len(states) else []


def _members_named(group: Token, alone: bool = False) -> list[str]:
    """'between Mercosur and the EU ... that is, the EU and the Mercosur members A, B, C and D': the sentence names
    all the grouping's members (its gazetteer membership, not two of the G7's) after a member noun it modifies, as
    the noun's apposition or with the noun and the grouping read as the first state's modifiers."""
    if len(known := [m for m in gazetteer().members.get(group.ent_kb_id_, ()) if m not in gazetteer().orgs]) < 2:
        return []
    # for the grouping named ``alone`` ('Mercosur is negotiating', not 'two Mercosur members'), an earlier sentence
    # that fixed them counts too ('the four Mercosur States, A, B, C and D ... Mercosur signed with E')
    earlier = group.doc[: group.sent.end] if alone else [group]
    mentions = [x for x in earlier if x.ent_kb_id_ == group.ent_kb_id_ and x.ent_iob_ == "B"]
    members = rules().words("agreement.member_nouns")
    heads = members | rules().words("syntax.unnamed_state_nouns")  # "the Mercosur members", "the four Mercosur States"
    for k, m in ((g, x) for g in mentions for x in g.sent if {x.lemma_, x.lower_} & heads and x.i != g.i):
        named_first = m.dep_ in ("nmod", "compound") and m.head.ent_type_ == "GPE"  # 'Mercosur members' on 'A'
        mods = list(m.children) + ([x for x in m.head.children if x.i < m.i] if named_first else [])
        if not any(g.dep_ in ("compound", "poss", "nmod") and g.ent_kb_id_ == k.ent_kb_id_ for g in mods):
            continue
        listed = [y for a in m.children if a.dep_ == "appos" for y in (a, *a.conjuncts)]
        listed += [m.head, *m.head.conjuncts] if named_first else []
        if set(known) <= set(countries_in(listed)):
            return known
    return []


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
        todo += [a for y in (x, *inside) for a in y.children if _set_off_modifier(a, y) or _adverbial_item(a, y)]
        todo += [a for a in x.head.children if x.dep_ in ("nsubj", "nsubjpass") and _adverbial_item(a, x)]
    return out


def _adverbial_item(a: Token, y: Token) -> bool:
    """'Morocco, Peru, Paraguay and Guinea each signed': the parser hangs 'Peru' on 'Morocco' as an adverbial noun
    (npadvmod), and the rest of the list on 'Peru'; a state set off by a comma right after the item is another
    item.  'Malaysia, Norway and Germany each signed': the first item hangs on the verb, right before the
    subject ``y`` and a comma."""
    if a.dep_ != "npadvmod" or not _apposed_state(a):
        return False
    first, last = (a, y) if a.i < y.i else (y, a)
    start = min(z.i for z in _entity_tokens(last))
    if start > 0 and a.doc[start - 1].dep_ == "det":  # "Morocco, the Philippines"
        start -= 1
    return max(z.i for z in _entity_tokens(first)) + 1 == start - 1 and a.doc[start - 1].text == ","


def _set_off_modifier(a: Token, y: Token) -> bool:
    """'by Angola, the DRC, Zambia and ...': the parser hangs 'the DRC' on 'Zambia' as a modifier; a state set off
    from the item after it by a comma is another item ('the Kenyan, Ugandan delegations' hang differently)."""
    if a.dep_ != "nmod" or a.i > y.i or not _apposed_state(a):
        return False
    end = max(z.i for z in _entity_tokens(a))
    return end + 1 < y.i and a.doc[end + 1].text == ","


def countries_in(tokens: Iterable[Token]) -> list[str]:
    out: list[str] = []
    for t in tokens:
        # "the governments of Spain and Mexico", "the presidents of X and Y"; not "the Kenyan teams in Madrid"
        if t.lower_ in collective_heads() and not _demonym(t):
            out += [c for c in _of_countries(t) if c not in out]
        for c in list_members(t):
            code = country_of_token(c)
            if code and code not in out:
                out.append(code)
            if c.i != t.i and c.lower_ in collective_heads():
                # "by President X and the leaders of A, B and C": a collective coordinated into the list
                out += [x for x in _of_countries(c) if x not in out]
            if code and c.tag_ in ("NNS", "NNPS") and c.lower_ in collective_heads():
                # "Vietnamese and Saudi officials signed": every demonym coordinated before a plural head
                mods = [x for x in c.children if x.dep_ in MODIFIER_DEPS and x.ent_type_ in ("GPE", "NORP")]
                mods = [y for x in mods for y in (x, *x.conjuncts)]  # or each hung on the head itself
                out += [y.ent_kb_id_ for y in mods if y.ent_kb_id_ and y.ent_kb_id_ not in out]
            if code is None:  # "the Mercosur bloc, whose members are A and B": the states a grouping stands for
                out += [x for x in _grouping_members(c) if x not in out]
            for appos in (x for x in c.children if x.dep_ == "appos"):
                # "the Ministry of Mines, Government of India and the Ministry ..., Government of Zambia": an
                # office naming no state takes its apposition's, and the parser hangs the rest of the list there
                own = country_of_token(c) is None
                codes = [country_of_token(y) or _apposed_office(y) for y in list_members(appos)] if own else []
                codes = codes or [_apposed_state(appos)]
                out += [code for code in dict.fromkeys(codes) if code and code not in out]
                if appos.lower_ in collective_heads():  # "We, the leaders of X and Y,", "We, the Prime Ministers of"
                    out += [x for x in _of_countries(appos) if x not in out]
                # "A's Minister, [Name], and the ministers of B and C": the collective hangs on the name
                for y in (y for y in appos.conjuncts if y.lower_ in collective_heads()):
                    out += [x for x in _of_countries(y) if x not in out]
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


def unnamed_state(t: Token) -> bool:
    """'one economy', 'a single country', 'some producers': a state the text does not name."""
    return t.lower_ in rules().words("syntax.unnamed_state_nouns") and any(
        c.dep_ in ("det", "amod", "nummod") and c.lower_ in rules().words("syntax.indefinite_words") for c in t.children
    )
