"""The state an official serves when the title names none.

Tried in order by ``cmkg_officials``: the party a person represents ("The European Union, represented by ...";
"The delegation of Brazil was led by ..."), a country right after the name ("X of Poland"), the subject of what they
said ("... said Tokyo would examine"), and last the country the story is mostly about.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.item_datelines import dateline_home, item_home
from cmkg.nlp.components.name_forms import past_apposed_title
from cmkg.nlp.components.persons import is_honorific
from cmkg.nlp.components.state_reference import styled_state
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

MAX_TITLE_DEPTH = 6
MAX_PLACE_WORDS = 4  # 'Newfoundland and Labrador'
MAX_BEHALF_WORDS = 6  # 'on behalf of the Government of the Republic of X'

__all__ = [
    "lemma_of",
    "represented_country",
    "country_after",
    "speaks_for",
    "acts_for",
    "ministry_country",
    "home_country",
    "dateline_state",
    "subnational_code",
    "place_in_title",
    "by_above",
    "verb_of_subject",
]


def represented_country(ent: Span) -> str | None:
    """'The European Union, represented by trade commissioner Maros Sefcovic,', 'X represented the Philippines',
    'X led the Japanese delegation': the represented party."""
    readers = (_represented_before, _represented_parsed, _represents, _represents_after, _signed_for_side)
    return next((code for read in readers if (code := read(ent))), None)


def _signed_for_side(ent: Span) -> str | None:
    """'The memorandum was signed on the Kazakh side by Vice Minister X': the side the passive's agent signs for
    (``officials.side_prepositions``, ``entities.bloc_side_nouns``)."""
    head = ent.root
    for _ in range(MAX_TITLE_DEPTH):  # up through the title the parser hung the name on
        if head.dep_ == "pobj" and head.head.dep_ == "agent" or head.head.i == head.i:
            break
        head = head.head
    if head.dep_ != "pobj" or head.head.dep_ != "agent":
        return None
    sides = [
        o
        for p in head.head.head.children
        if p.dep_ == "prep" and p.lower_ in _w("officials.side_prepositions")
        for o in p.children
        if o.dep_ == "pobj" and o.lower_ in _w("entities.bloc_side_nouns")
    ]
    states = {x.ent_kb_id_ for o in sides for x in o.children if x.ent_type_ in ("GPE", "NORP") and x.ent_kb_id_}
    return states.pop() if len(states) == 1 else None


def _represents_after(ent: Span) -> str | None:
    """'X represented Albania at ...' read by position: the verb right after the name, its object's state."""
    doc, end = ent.doc, ent.sent.end
    if ent.end >= end or doc[ent.end].pos_ != "VERB" or lemma_of(doc[ent.end]) not in _w("officials.represent_verbs"):
        return None
    for t in doc[ent.end + 1 : min(end, ent.end + 1 + MAX_BEHALF_WORDS)]:
        if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_:
            return t.ent_kb_id_
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
            break
    return None


def _represented_before(ent: Span) -> str | None:
    """'- the Republic of Kazakhstan, represented by H.E. X, Minister ...': read backwards, whatever the parse."""
    doc, i = ent.doc, ent.start - 1
    while i >= 0 and (
        is_honorific(doc[i])
        or doc[i].text == "."
        or doc[i].lower_ in _w("persons.honorific_possessives", "officials.definite_article")
    ):
        i -= 1  # "represented by Her Excellency X", "by the Hon. X"
    if (
        i < 2
        or doc[i].lower_ not in _w("officials.by_word")
        or lemma_of(doc[i - 1]) not in _w("officials.represent_verbs")
    ):
        return None
    t = doc[i - 3] if doc[i - 2].text == "," else doc[i - 2]
    return t.ent_kb_id_ if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_ else None


def _represents(ent: Span) -> str | None:
    """'X represented the Philippines', 'X led the Japanese delegation', 'X headed Brazil's delegation'."""
    verb = verb_of_subject(ent)
    if verb is None or lemma_of(verb) not in _w("officials.represent_verbs"):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        near = [obj, *(c for c in obj.children if c.dep_ in ("amod", "compound", "poss"))]
        near += [o for p in obj.children if p.lower_ in _w("officials.title_of_word") for o in p.children]
        codes = [t.ent_kb_id_ for t in near if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_]
        if codes:
            return codes[0]
    return None


def by_above(ent: Span) -> Token | None:
    """The 'by' a name hangs under, climbing out of its title ('led by Deputy Prime Minister and Minister of
    Foreign Affairs X': the parser may hang the name as the object of the title's 'of')."""
    x = ent.root
    for _ in range(2 * MAX_TITLE_DEPTH):
        head = x.head
        if head.i == x.i or head.pos_ in ("VERB", "AUX"):
            return None
        if head.lower_ in _w("officials.by_word"):
            return head
        x = head
    return None


def _represented_parsed(ent: Span) -> str | None:
    by = by_above(ent) or ent.root.head
    if by.lower_ in _w("officials.by_word") and lemma_of(by.head) in _w("officials.represent_verbs"):
        target = by.head.head if by.head.dep_ in ("acl", "relcl") else None
        subjects = [c for c in by.head.children if c.dep_ == "nsubjpass"]
        target = subjects[0] if target is None and subjects else target  # "The delegation of Brazil was led by X"
        if target is not None:
            codes = [t.ent_kb_id_ for t in [target, *target.subtree] if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_]
            return codes[0] if codes else None
    return None


def country_after(ent: Span) -> str | None:
    """'Vice Minister for Industrial Policy X of Poland': the country named right after the name."""
    doc = ent.doc
    i = ent.end
    if i + 1 < len(doc) and doc[i].lower_ in _w("officials.title_of_word"):
        t = doc[i + 1] if doc[i + 1].lower_ not in _w("officials.definite_article") or i + 2 >= len(doc) else doc[i + 2]
        if t.ent_type_ == "GPE" and t.ent_kb_id_:
            return t.ent_kb_id_
        return subnational_code(doc, t.i)  # "Senator X of West Virginia"
    return None


def place_in_title(t: Token, title: list[Token]) -> str | None:
    """'Chief Minister of Maharashtra': the state of a province the title names after 'of'."""
    after_of = t.i > title[0].i and t.doc[t.i - 1].lower_ in _w("officials.title_of_word")
    return subnational_code(t.doc, t.i) if after_of else None


def subnational_code(doc: Doc, i: int) -> str | None:
    """The state of a province, region or federal state whose name starts at token ``i`` ('Maharashtra')."""
    places = rules().table("officials.subnational_places")
    for n in range(MAX_PLACE_WORDS, 0, -1):
        if doc[i : i + n].text in places:
            return places[doc[i : i + n].text]
    return None


def national_office(role: str) -> str | None:
    """'Commerce Secretary', 'Chancellor of the Exchequer', 'State Councillor': an office only one state has."""
    low = f" {role.lower()} "
    offices = rules().table("officials.national_offices")
    return next((code for office, code in offices.items() if f" {office} " in low), None)


def speaks_for(ent: Span) -> str | None:
    """'Trade minister Yasutoshi Nishimura said Tokyo would examine ...': a speaker speaks for the
    country that is the subject of what they said."""
    verb = ent.root.head if ent.root.dep_ == "nsubj" else verb_of_subject(ent)  # the name may hang in its title
    if verb is not None and lemma_of(verb) in _w("officials.speech_verbs"):
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            code = _subject_state([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")])
            if code:
                return code
    return _said_after(ent)


def _subject_state(subjects: list[Token]) -> str | None:
    for subj in subjects:
        if subj.ent_type_ in ("GPE", "NORP") and subj.ent_kb_id_ and _intent(subj.head):
            return subj.ent_kb_id_
        code = _government_of(subj) or styled_state(subj)  # "Ghana's government has secured", "the Kingdom"
        if code:
            return code
    return None


def _said_after(ent: Span) -> str | None:
    """'Ghana's government has secured a stake, Lands Minister X told Parliament': the speaker after the
    reported clause, read by position (the parser often hangs an inverted speaker anywhere)."""
    doc, sent = ent.doc, ent.sent
    if ent.end >= sent.end or lemma_of(doc[ent.end]) not in _w("officials.speech_verbs"):
        return None
    commas = [t.i for t in doc[sent.start : ent.start] if t.text == ","]
    if not commas:
        return None
    clause = doc[sent.start : commas[-1]]
    return _subject_state([t for t in clause if t.dep_ in ("nsubj", "nsubjpass")])


def _government_of(subj: Token) -> str | None:
    """'Ghana's government', 'the Chilean ministry': a government noun with its state."""
    nouns = _w("agreement.government_nouns", "officials.government_body_nouns")
    if subj.lemma_.lower() not in nouns and subj.lower_ not in nouns:
        return None
    codes = [
        c.ent_kb_id_
        for c in subj.children
        if c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP") and c.ent_kb_id_
    ]
    return codes[0] if codes else None


def _intent(clause: Token) -> bool:
    """'said Tokyo would examine', 'said Japan will respond', '"China opposes ...," she said': what a government
    means to do or says in its own voice, which its official announces; 'noted that Australia produces half of
    the world's lithium' describes another state."""
    auxes = _w("status.future_auxiliaries", "status.modal_auxiliaries")
    first = clause.left_edge.i
    quoted = first > 0 and clause.doc[first - 1].is_quote
    intents = _w("officials.intent_words")  # "said X had no intention of", "said X plans to", "X is ready to"
    meant = lemma_of(clause) in intents or any(
        c.dep_ in ("dobj", "acomp", "attr", "xcomp") and lemma_of(c) in intents for c in clause.children
    )
    held = [c for c in clause.children if c.dep_ == "dobj" and lemma_of(c) in _w("agreement.nouns")]
    holds = bool(held) and lemma_of(clause) in _w("status.possession_verbs")  # "that Jamaica has no agreement"
    return quoted or meant or holds or any(c.dep_ == "aux" and c.lower_ in auxes for c in clause.children)


def acts_for(ent: Span) -> str | None:
    """'X signed for Washington', 'Y signed on behalf of Ukraine', 'Z, speaking for Canberra,': the state a
    person acts for.  'for' alone only after a verb of acting (``officials.behalf_verbs``): 'left for Tokyo'
    is a trip.  Read from the parse, else straight after the name (the parser often hangs an unfamiliar
    name inside its title)."""
    return _acts_for_parsed(ent) or _acts_for_after(ent) or _behalf_before_agent(ent)


def _behalf_before_agent(ent: Span) -> str | None:
    """'signed on behalf of A by Minister X and on behalf of B by Minister Y': the behalf phrase right before the
    'by' whose object is the person (its title or its name), read by position: both phrases may hang on one verb."""
    x, by = ent.root, _w("officials.by_word")
    for _ in range(MAX_TITLE_DEPTH):  # up through the title ('Minister for Foreign Affairs and Trade X')
        if (x.dep_ == "pobj" and x.head.lower_ in by) or x.head.i == x.i or x.pos_ in ("VERB", "AUX"):
            break
        x = x.head
    if x.dep_ != "pobj" or x.head.lower_ not in by:
        return None
    doc, k = ent.doc, x.head.i
    for j in range(k - 1, max(ent.sent.start, k - MAX_BEHALF_WORDS - 2), -1):
        if doc[j].lower_ in _w("agreement.behalf_nouns") and doc[j - 1].lower_ in _w("persons.behalf_openers"):
            return _behalf_object(doc, j - 1, doc[j - 1].head)
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
            break
    return None


def _acts_for_parsed(ent: Span) -> str | None:
    root = ent.root
    verbs = [c for c in root.children if c.dep_ in ("acl", "relcl")]
    verb = verb_of_subject(ent)
    verbs += [verb] if verb is not None else []
    for verb in verbs:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _w("persons.behalf_openers")):
            code = _behalf_object(ent.doc, prep.i, verb)
            if code:
                return code
    return None


def verb_of_subject(ent: Span) -> Token | None:
    """The verb whose subject is the person or their title ('Minister of Mining X signed ...': the parser may
    hang the name inside its title)."""
    x = ent.root
    for _ in range(MAX_TITLE_DEPTH):
        if x.dep_ in ("nsubj", "nsubjpass", "ROOT") or x.pos_ in ("VERB", "AUX"):
            break
        x = x.head
    return x.head if x.dep_ in ("nsubj", "nsubjpass") else None


def _acts_for_after(ent: Span) -> str | None:
    """'X signed on behalf of Y', 'X, speaking for Y,': the words right after the name, whatever the parse."""
    doc, end = ent.doc, ent.sent.end
    i = past_apposed_title(doc, ent.end) if ent.end < end else ent.end  # 'X, Minister of Y, signed for Z'
    if i + 1 >= end or doc[i].pos_ not in ("VERB", "AUX") or doc[i + 1].lower_ not in _w("persons.behalf_openers"):
        return None
    return _behalf_object(doc, i + 1, doc[i])


def _behalf_object(doc: Doc, i: int, verb: Token) -> str | None:
    """The state in 'on behalf of [the Government of] X' (any verb) or 'for X' (a verb of acting) from token ``i``."""
    end = doc[i].sent.end
    if i + 2 < end and doc[i + 1].lower_ in _w("agreement.behalf_nouns"):
        i += 2  # "on behalf of"
    elif doc[i].lower_ not in _w("officials.acting_prepositions") or lemma_of(verb) not in _w("officials.behalf_verbs"):
        return None  # "signed ... on cooperation with Tanzania": no one acts for Tanzania
    for t in doc[i + 1 : min(end, i + 1 + MAX_BEHALF_WORDS)]:
        if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_:
            return t.ent_kb_id_
        nested = t.pos_ == "ADP" and t.lower_ not in _w("syntax.of_prepositions")  # "for a Plan with China"
        if t.is_punct or t.pos_ in ("VERB", "AUX") or nested:
            break
    return None


def ministry_country(role: str, others: list[tuple[str | None, str | None]]) -> str | None:
    """'Vice Minister for Mining Affairs of the Ministry of Industry and Mineral Resources': the state whose
    'Minister of Industry and Mineral Resources' the text named, when exactly one state has that portfolio."""
    words = role.lower().split()
    bodies = _w("officials.government_body_nouns")
    starts = [k + 2 for k, w in enumerate(words[:-2]) if w in bodies and words[k + 1] in _w("persons.title_links")]
    if not starts:
        return None
    portfolio = " ".join(words[starts[-1] :])
    codes = {
        code
        for other, code in others
        if other
        and code
        and other.lower() != role.lower()
        and any(f" {link} {portfolio}" in other.lower() for link in _w("persons.title_links"))
    }
    return codes.pop() if len(codes) == 1 else None


def lemma_of(t: Token) -> str:
    """The lemma, else the word, in lower case (the tagger leaves some titles' verbs without one)."""
    return (t.lemma_ or t.text).lower()


def _private_nationality(e: Span) -> bool:
    """'Chinese buyers', 'Chinese battery materials group': a demonym of private actors says nothing of the
    government the story is about."""
    nouns = _w("agreement.company_words", "officials.named_private_bodies", "officials.private_actor_nouns")
    x = e.root
    for _ in range(MAX_TITLE_DEPTH):
        if x.dep_ not in ("amod", "compound", "nmod") or x.head.i == x.i:
            return False
        x = x.head
        if x.lemma_.lower() in nouns or x.lower_ in nouns:
            return e.label_ == "NORP"
    return False


def home_country(doc: Doc, near: int | None = None, exclude: frozenset[str] = frozenset()) -> str | None:
    """The country the story is mostly about: where an untitled office belongs.

    "Interior Secretary Doug Burgum" names no country; in a story that is
    mostly about one government, that government is the best guess.  Between
    countries named equally often, the one named last before token ``near``
    (the person) wins: a paragraph about another country earlier on is no
    reason to move the official there.
    """
    if near is not None and (item := item_home(doc, near)) and item not in exclude:
        return item  # a roundup's item is its own story
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    orgs = gazetteer().orgs
    for e in doc.ents:
        code = e.kb_id_ if e.label_ in ("GPE", "NORP") else getattr(orgs.get(e.kb_id_), "country", None)
        # a national agency ("EXIM", "the Commerce Department") speaks for its state too
        if code and code not in exclude and not _private_nationality(e):
            counts[code] = counts.get(code, 0) + 1
            if near is None or e.start < near:
                last[code] = e.start
    return max(counts, key=lambda c: (counts[c], last.get(c, -1))) if counts else None


def dateline_state(doc: Doc, near: int, exclude: frozenset[str] = frozenset()) -> str | None:
    """'SEOUL, Oct. 10 (Agency) -- ... Minister of Trade, Industry and Energy X said': a wire datelined in a
    state's capital reports that state's officials when their titles name none, even where the story names
    another state more often (the measures it reacts to); only when the story names the dateline's state, and
    not inside a later datelined item of a round-up ('BEIJING, Nov 15 - ...'), which is its own story; a state's
    own news agency at home needs no such mention."""
    dateline = doc._.cmkg_dateline
    agency = dateline[1] if dateline else None
    # an agency's wire ('SEOUL, Oct. 10 (Yonhap) --'), not a government's release datelined on a visit abroad
    # ('RIYADH, 15 January 2025 - The Ministry ... the Cabinet Secretary, Hon. X'), a communique's place, or a
    # release wire ('BERLIN, Aug. 26 /CNW/ -'), which carries an issuer's text from wherever it is
    if not agency or agency.casefold() in _w("officials.release_wires") or item_home(doc, near) is not None:
        return None
    home, city = dateline_home(doc), dateline[0].casefold()
    # named as a state, not only as the dateline's city ('the IAEA in Vienna' in a wire datelined VIENNA)
    named = home is not None and any(
        e.kb_id_ == home and e.text.casefold() != city for e in doc.ents if e.label_ in ("GPE", "NORP")
    )
    # ... or a state's own news agency at home ('Manama, Sept. 23 (BNA):', 'Riyadh, ..., SPA --')
    national = rules().table("officials.national_news_agencies").get(agency.casefold()) == home
    return home if (named or national) and home not in exclude else None
