"""Whether an office is public: the body a title names decides, not the title word alone.

"ARECOMS chairman" is a public office (a state agency in the gazetteer);
"chairman of the Mining Association" and "head of research at consultancy
Southern Cross Analytics" are private.  Words: ``officials.private_body_words``,
``officials.named_private_bodies``, ``officials.private_body_heads``, ``officials.public_body_kinds``,
``officials.employer_possessives``, ``officials.firm_name_ends``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.dep_labels import SUBJECT_DEPS
from cmkg.nlp.role_words import role_word_parts
from cmkg.nlp.rules import words as _w

__all__ = [
    "ends_title",
    "government_body",
    "listed_body",
    "owns_public_body",
    "private_employer",
    "privately_described",
    "public_body_title",
    "public_chair_title",
]


_NAME_WORDS = 4  # a firm's name after its title: 'Sablah Capital', 'Hollins & Marr'


def private_employer(toks: list[Token]) -> bool:
    """'its Executive Director', 'president of the Mining Association of Canada': an office in a body that is
    no government (a think tank, a firm, an association) is no public office."""
    doc = toks[0].doc
    bodies = [[t for t in _body_part(toks) if t.text[:1].isupper() or _named_body_noun(t)]]
    owner = toks[0].i if toks[0].lower_ in _w("officials.employer_possessives") else toks[0].i - 1
    if owner >= 0 and doc[owner].lower_ in _w("officials.employer_possessives"):
        bodies.append(_antecedent_name(doc, owner))  # "the X Institute (XI) and its ..."
        known = any(t.ent_kb_id_ in gazetteer().orgs for t in bodies[-1])  # 'the ... Finance Corporation': a state's
        if _firm_name(bodies[-1]) and not known:
            return True
    private = _w("officials.private_body_words", "officials.legal_form_words")
    kinds = private | _w(
        "officials.named_private_bodies", "officials.maker_nouns", "officials.indefinite_private_bodies"
    )
    for a, b in zip(toks, toks[1:], strict=False):
        if a.lower_ in _w("persons.indefinite_article") and any(t.lower_ in kinds for t in _noun_phrase(toks, b)):
            return True  # "head of research at a European bank", "of a rare earth producer": never a government
    if _common_private_body(toks) or _listed_firm(toks):
        return True
    for body in bodies:
        if any(t.ent_kb_id_ in gazetteer().orgs for t in body):
            return False  # a known body: governments, agencies and their companies are in the gazetteer
        if any(privately_described(t) for t in body):
            return True  # "director of the Serbian Battery Alliance, an industry association"
        if _firm_at(toks):
            return True
        body = _before_government_body(body)  # "of the General Directorate of Mineral Research": a state's
        words = {t.lower_ for t in body} | {t.lower_.rstrip(".") for t in body}  # 'Co.', 'Ltd.'
        if words & private or any(_named_body_noun(t) or _ends_private_name(t) for t in body):
            return True
    return False


def listed_body(doc: Doc, i: int) -> list[Token]:
    """'Mr X, Associate Director for Mineral Resources, U.S. Geological Survey' (a witness list's line): the comma at
    ``i`` after a title opens the body the office sits in when the rest of the line, up to a semicolon or the
    sentence's end, is a capitalised name closing on a body, unit, legal-form or miner's word or a mineral."""
    if i >= len(doc) or doc[i].text != ",":
        return []
    seg: list[Token] = []
    for t in doc[i + 1 : doc[i].sent.end]:
        if (t.is_space and "\n" in t.text) or t.text in (";", ",") or (t.text == "." and seg):
            break
        seg.append(t)
    links = _w("persons.title_links")
    if not seg or any(t.is_alpha and not t.text[:1].isupper() and t.lower_ not in links for t in seg):
        return []
    if seg[0].lower_ in role_word_parts("head", "modifier"):
        return []  # 'President of the Republic, Head of the Government': a second office, no body
    kinds = _w("officials.government_body_nouns", "officials.public_unit_nouns", "officials.private_body_words")
    named = [t for t in seg if t.lower_ in kinds or _firm_word(t)]  # 'Geological Survey of Finland': its state after
    closing = bool(named) and (named[-1].i == seg[-1].i or seg[-1].ent_type_ in ("GPE", "NORP"))
    return [doc[i], *seg] if closing else []


def _listed_firm(toks: list[Token]) -> bool:
    """'Vice President for Government Affairs, Nordvik Minerals', 'Research Director, Kestrel Mining': the body
    after the title's comma is a firm when its name closes on a firm's word (``_firm_word``) and holds no government
    body or public unit, nor a portfolio series ('First Vice Minister of Trade, Industry and Resources')."""
    body = _body_part(toks)
    if body is toks or not body:
        return False
    public = _w("officials.government_body_nouns", "officials.public_unit_nouns", "officials.legislature_words")
    return _firm_word(body[-1]) and not any(t.lower_ in public or t.pos_ == "CCONJ" for t in body)


def _firm_word(t: Token) -> bool:
    """The last word of a firm's name: a legal form ('Corp.'), a miner's word ('Mining', ``officials.company_name_
    ends``) or a mineral ('Borealis Lithium')."""
    return t.lower_.rstrip(".") in _w("officials.legal_form_words", "officials.company_name_ends") or (
        t.lower_ in gazetteer().minerals
    )


def _body_part(toks: list[Token]) -> list[Token]:
    """'Research Director, Geological Survey of Finland': after a comma, the body the office sits in; the words
    before it are the office ('Research' of 'Research Director' names no firm)."""
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    body = toks[comma + 1 :] if comma is not None else []
    return body if any(t.is_alpha and t.text[:1].isupper() for t in body) else toks  # not ', +61 8 6100 4420'


def owns_public_body(doc: Doc, mark: int, end: int) -> bool:
    """'of Japan's Agency for Natural Resources and Energy': the possessive at ``mark`` owns a public body named
    before ``end`` (``officials.government_body_nouns``, ``syntax.public_body_words``), not a firm ('the head of
    China's Ganfeng Lithium', 'Congo's state miner')."""
    bodies = _w("officials.government_body_nouns", "syntax.public_body_words")
    return any(t.lemma_.lower() in bodies for t in doc[mark + 1 : end])


def ends_title(t: Token) -> bool:
    """A title after a name ends at another person's name or at a line break; a firm the tagger read as a
    person ('Redstone Antimony Corp.', 'Borealis Lithium': a name closing on a legal form, a miner's word or a
    mineral) is the title's body."""
    if t.is_space:
        return "\n" in t.text
    person = next((e for e in t.doc.ents if e.start <= t.i < e.end), None) if t.ent_type_ == "PERSON" else None
    return person is not None and not _firm_word(person[-1])


def _common_private_body(toks: list[Token]) -> bool:
    """'A company spokeswoman', 'a spokeswoman for the residents' association': a lowercase kind of private body
    (``officials.common_private_bodies``) that modifies the office or heads its 'for' / 'of' / 'at' phrase."""
    preps = _w("officials.employer_prepositions", "syntax.of_prepositions", "syntax.side_prepositions")
    inside, kinds = {t.i for t in toks}, _w("officials.common_private_bodies")
    for t in toks:
        if not t.is_lower or t.lower_ not in kinds:
            continue
        if t.dep_ == "compound" and t.head.i in inside or t.dep_ == "pobj" and t.head.lower_ in preps:
            return True
    return False


def _firm_at(toks: list[Token]) -> bool:
    """'head of metals research at Harbourline Capital', 'a director at Andes Policy Group', 'at Hollins & Marr',
    'a director at Sandbar' (after 'Sandbar Research, a Hong Kong consultancy'): the body after 'at' is a firm
    when its name ends in a word of the money and advice trades (``officials.firm_name_ends``), joins two names
    by an ampersand, or opens a longer name of the text that is a private body's. 'the Bank of Ghana' (the name
    goes on with 'of') and a name holding a government body word ('at the Ministry of Trade & Industry') are
    not."""
    ats = [i for i, t in enumerate(toks) if t.lower_ in _w("officials.employer_prepositions")]
    if not ats:
        return False
    after = toks[ats[-1] + 1 :] + _name_after(toks[-1])  # 'at Muscat-based Sablah Capital': past the title
    name = [t for t in after if t.text[:1].isupper() or t.text == "&"]
    if not name or any(t.lower_ in _w("syntax.public_body_words", "officials.government_body_nouns") for t in after):
        return False
    return any(_firm_end(t) for t in name) or any(t.text == "&" for t in name[1:-1]) or _opens_private_name(name)


def _name_after(last: Token) -> list[Token]:
    """The capitalised words right after the title's last word ('Sablah Capital' after 'at Muscat-based')."""
    out: list[Token] = []
    for t in last.doc[last.i + 1 : last.i + 1 + _NAME_WORDS]:
        if not (t.text[:1].isupper() or t.text == "&"):
            break
        out.append(t)
    return out


def _firm_end(t: Token) -> bool:
    """'Capital' in 'Harbourline Capital in Singapore'; not 'Bank' in 'Bank of Ghana' or 'Capital Markets'."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    goes_on = nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ in _w("officials.title_of_word"))
    return t.lower_ in _w("officials.firm_name_ends") and not goes_on


def _opens_private_name(name: list[Token]) -> bool:
    """'Sandbar' after 'Sandbar Research': a short name that opens a longer capitalised name of the text whose
    words say it is a private body (``officials.private_body_words``, ``officials.firm_name_ends``)."""
    doc = name[0].doc
    words = [t.text for t in doc[name[0].i : name[-1].i + 1]]  # 'Brisbane-Hale': the dash between its parts
    kinds = _w("officials.private_body_words", "officials.legal_form_words", "officials.firm_name_ends")
    for t in doc:
        if t.i == name[0].i or [x.text for x in doc[t.i : t.i + len(words)]] != words:
            continue
        rest = []
        for x in doc[t.i + len(words) : t.i + len(words) + 3]:
            if not x.text[:1].isupper():
                break
            rest.append(x)
        if any(x.lower_ in kinds for x in rest):
            return True
    return False


def _noun_phrase(toks: list[Token], first: Token) -> list[Token]:
    """The words from ``first`` up to the next preposition or punctuation, at most four ('rare earth producer')."""
    out: list[Token] = []
    for t in toks[first.i - toks[0].i : first.i - toks[0].i + 4]:
        if t.pos_ in ("ADP", "PUNCT"):
            break
        out.append(t)
    return out


def privately_described(t: Token) -> bool:
    """'the Serbian Battery Alliance, an industry association': a name whose apposition says it is a private body
    (``officials.private_body_words``; not the looser kind words, since 'a US-led coalition' or 'a group of
    governments' describe instruments and blocs too); so does one that says it is an investor ('the X Fund, the
    UAE's sovereign investor', ``officials.investor_words``): a body, not an initiative."""
    kinds = _w("officials.private_body_words", "officials.legal_form_words")
    apposed = [c for c in t.children if c.dep_ == "appos" and (c.lower_ in kinds or c.lemma_.lower() in kinds)]
    investors = [c for c in t.children if c.dep_ == "appos" and c.lower_ in _w("officials.investor_words")]
    if any(c.dep_ == "poss" for x in investors for c in x.children):
        return True  # "the UAE's sovereign investor in critical minerals": one state's body (not 'a joint investor')
    # "a group of more than a dozen governments": a kind word whose 'of' phrase says what the body is made of
    return any(
        not any(p.dep_ == "prep" and p.lower_ in _w("syntax.of_prepositions") for p in c.children) for c in apposed
    )


def _firm_name(name: list[Token]) -> bool:
    """'Vantis Mining', 'Kestrel Resources Ltd': a name closing on a firm's word and holding no government word
    ('the Ministry of Mineral Resources' is none)."""
    public = _w("syntax.government_heads", "syntax.public_body_words", "officials.government_body_nouns")
    ends = _w("officials.company_name_ends", "officials.legal_form_words", "agreement.company_words")
    # 'Borealis Lithium': a name of two words or more closing on a mineral is a miner's
    closing = bool(name) and (name[-1].lower_ in ends or (len(name) > 1 and name[-1].lower_ in gazetteer().minerals))
    return closing and not any(t.lower_ in public for t in name)


def _ends_private_name(t: Token) -> bool:
    """'the Estonian Mineworkers' Union': a union's name ends in the word; 'Union Minister of Mines' (a
    federal title) goes on with another capitalised word."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.lower_ in _w("officials.private_body_heads") and (nxt is None or not nxt.text[:1].isupper())


def _named_body_noun(t: Token) -> bool:
    """'consultancy Southern Cross Analytics', 'the environmental group Kreni-Promeni': a common noun that
    introduces a body's name says what kind of body it is."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is not None and nxt.text[:1].isupper() and t.lower_ in _w("officials.named_private_bodies")


def government_body(toks: list[Token]) -> bool:
    """'ARECOMS chairman': a private-sounding title in a state agency or a bloc is a public office."""
    orgs = gazetteer().orgs
    kinds = _w("agreement.state_org_kinds", "officials.public_body_kinds")
    return any(t.ent_kb_id_ in orgs and orgs[t.ent_kb_id_].kind in kinds for t in toks)


def _before_government_body(body: list[Token]) -> list[Token]:
    """The words of ``body`` before its first government body noun: 'Research' in 'the Directorate of Mineral
    Research' names the directorate's remit, not a firm."""
    words = _w("officials.government_body_nouns")
    at = next((k for k, t in enumerate(body) if t.lower_ in words), len(body))
    return body[:at]


def public_body_title(toks: list[Token]) -> bool:
    """'Chairman of the Minerals Commission', 'Chairman of the Parliamentary Select Committee on Mines': a title
    private elsewhere is public in a government body or a legislature the title names, as in a known agency, or in
    a public unit ('General Manager, Critical Minerals Office', 'Research Director, Geological Survey of Finland')."""
    words = _w("officials.government_body_nouns", "officials.legislature_words", "officials.public_unit_nouns")
    firm = _w("officials.legal_form_words", "officials.private_body_words")
    body = next((t.i for t in toks if t.lower_ in words or t.lemma_.lower() in words), None)
    ends = [t for t in _body_part(toks) if t.lower_ in _w("officials.company_name_ends")]  # not 'Minerals Commission'
    ends = [t for t in ends if not _in_remit(t, toks)]  # 'the Committee on Solid Minerals Development'
    # "of the General Directorate of Mineral Research": a private word inside the body's own name is no firm's
    if any(t.lower_ in firm and (body is None or t.i < body) for t in _body_part(toks)) or any(
        t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ not in words for t in ends
    ):
        return False  # "chairman of Congress Minerals", "of Assembly Resources": a firm's name holds the word
    return government_body(toks) or body is not None or _portfolio_body(toks)


def public_chair_title(doc: Doc, a: int, end: int) -> bool:
    """'Chairman of the House Committee on Mines': a capitalised chair title over doc[a:end] that names a state's
    body, set off from the name by a comma (a title before a name reads it through ``title_heads.public_chair``)."""
    t = doc[a]
    if not (t.text[:1].isupper() and t.lower_ in _w("officials.chair_titles")):
        return False
    return public_body_title(list(doc[a:end])) and not _owned_by_other(list(doc[a:end]))


def _owned_by_other(toks: list[Token]) -> bool:
    """'the Audit Committee of Ivanhoe Mines': a body whose own 'of' phrase names something that is no state and no
    state body (a firm) is that owner's body."""
    words = _w("officials.government_body_nouns", "officials.legislature_words", "officials.portfolio_body_nouns")
    for k, t in enumerate(toks[:-1]):
        if t.lower_ in words and toks[k + 1].lower_ in _w("syntax.of_prepositions"):
            owner = [x for x in toks[k + 2 :] if x.text[:1].isupper()]
            state = any(x.ent_type_ in ("GPE", "NORP") or x.lower_ in words for x in owner)
            return bool(owner) and not state
    return False


def _in_remit(t: Token, toks: list[Token]) -> bool:
    """A word after a committee's or council's remit link ('on', 'for') names its remit, not a firm; after 'of'
    ('the Audit Committee of Ivanhoe Mines') it names whose committee it is."""
    bodies, links = _w("officials.portfolio_body_nouns"), _w("agreement.topic_prepositions")  # not 'of'
    return any(
        b.lower_ in bodies and b.i < t.i and any(x.is_lower and x.lower_ in links for x in b.doc[b.i + 1 : t.i])
        for b in toks
    )


def _portfolio_body(toks: list[Token]) -> bool:
    """'Chairman of the Committee of Geology', 'Head of the Council for Mineral Resources': a committee or council
    whose remit is a portfolio is a state body, as a ministry is ('the Audit Committee' names no portfolio)."""
    bodies, links = _w("officials.portfolio_body_nouns"), _w("persons.title_links")
    portfolio = _w("persons.portfolio_words")
    # the remit's first word may qualify the portfolio: 'the Committee on Solid Minerals Development'
    return any(
        t.lower_ in bodies
        and t.i + 2 < len(t.doc)
        and t.doc[t.i + 1].lower_ in links
        and any(_remit_word(t.doc, k, portfolio) for k in _remit_starts(t))
        and t.doc[t.i + 2].text[:1].isupper()
        for t in toks
    )


def _remit_starts(t: Token) -> tuple[int, ...]:
    """Where the portfolio of a body's remit may stand: right after the link, or one word later after 'on' / 'for'
    ('the Committee on Solid Minerals Development'); 'the Committee of Ivanhoe Mines' is a firm's."""
    topical = t.doc[t.i + 1].lower_ in _w("agreement.topic_prepositions")
    return (t.i + 2, t.i + 3) if topical else (t.i + 2,)


def _remit_word(doc: Doc, k: int, portfolio: frozenset[str]) -> bool:
    return k < len(doc) and doc[k].lower_ in portfolio and doc[k].text[:1].isupper() and not _firm_of(doc, k + 1)


def _firm_of(doc: Doc, i: int) -> bool:
    """'... on Finance of Kivu Cobalt', '... of Sustainability of Anglo Platinum': the body's remit goes on with an
    'of' naming someone other than a state, whose body it is."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (
        i < len(doc)
        and doc[i].lower_ in _w("syntax.of_prepositions")
        and nxt is not None
        and nxt.text[:1].isupper()
        and not (nxt.ent_type_ in ("GPE", "NORP") and nxt.ent_kb_id_)
    )


def _antecedent_name(doc: Doc, i: int) -> list[Token]:
    """The capitalised name just before the possessive at ``i``, past 'and', commas and a bracketed acronym."""
    j = i - 1
    start = doc[i].sent.start
    while j >= start and (doc[j].lower_ in _w("persons.list_joiners") or doc[j].is_bracket or doc[j].is_upper):
        j -= 1
    out: list[Token] = []
    links = _w("persons.title_links")
    while j >= start and (doc[j].text[:1].isupper() or (doc[j].lower_ in links and out and j > start)):
        out.insert(0, doc[j])  # "the Institute for Resource Policy": a joiner inside the name
        j -= 1
    return out or _previous_subject(doc, i)


def _previous_subject(doc: Doc, i: int) -> list[Token]:
    """'Vantis Mining said it would expand. Its president, X, ...': a possessive opening its sentence is the
    previous sentence's subject's (its capitalised words)."""
    sent = doc[i].sent
    if i != sent.start or sent.start == 0:
        return []
    prev = doc[sent.start - 1].sent
    subjects = [t for t in prev.root.children if t.dep_ in SUBJECT_DEPS]
    return [t for s in subjects[:1] for t in s.subtree if t.text[:1].isupper()]
