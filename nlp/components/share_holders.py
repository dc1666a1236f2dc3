"""Who holds a production share when the sentence names a state only through a body or counts several.

'which the US Geological Survey has estimated at around 20%': a state word inside the name of a survey,
agency or institute names the share's source, not its holder.  'The three countries together account for
less than 5%', 'both producers combined mine 70%': a counted or pooled set of states holds the share, no one
of them.  A definite figure noun ('the figure is closer to 5%') restates a share.  A company subject holds
no state's share; a relative clause on a noun naming no state holds none, one on a state or a noun referring
to one holds that state's.  Word lists:
``production_share.source_bodies``, ``pooling_words``, ``pooling_determiners``, ``figure_nouns``,
``figure_determiners``, ``unnamed_holder_words``; ``syntax.unnamed_state_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.doc_text import line_start
from cmkg.nlp.components.name_forms import subnational_at
from cmkg.nlp.components.parties import Context, is_company
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.share_scope import COUNTRY_LABELS
from cmkg.nlp.components.state_reference import referred_antecedent
from cmkg.nlp.components.syntax import SUBJECT_DEPS, countries_in, governing_verb, subject_tokens
from cmkg.nlp.rules import words as _w

__all__ = [
    "apposed_subject_verb",
    "label_end",
    "label_owner",
    "place_object",
    "distributed_holders",
    "antecedent_country",
    "company_subject",
    "names_a_body",
    "pooled_holders",
    "parallel_owner",
    "previous_owner",
    "questioned",
    "restated_figure",
    "state_owned",
    "unscoped",
    "stateless_antecedent",
]


def names_a_body(x: Token) -> bool:
    """'the [US] Geological Survey', 'the [Australian] Bureau of Statistics': the state word modifies a
    capitalised name whose head is a source body."""
    head = x
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
        if head.is_title and head.lower_ in _w("production_share.source_bodies"):
            return True
    return False


def distributed_holders(v: Token | None) -> bool:
    """'A and B each account for 40%', 'A and B hold 5% each': a distributive word (``agreement.distributive_words``)
    on the number's own verb, its subject or its object makes the share each state's; not one in a clause
    conjoined with it ('A and B each hold reserves, and the two account for 30%')."""
    heads = [v, *subject_tokens(v)] if v is not None else []
    # "A and B account for roughly 5% each": on the share the verb takes as its object
    objects = [o for p in heads[:1] for x in p.children if x.dep_ == "prep" for o in x.children if o.dep_ == "pobj"]
    heads += objects + [o for p in heads[:1] for o in p.children if o.dep_ in ("dobj", "attr")]
    return any(c.lower_ in _w("agreement.distributive_words") for h in heads for c in h.children)


def pooled_holders(number: Token) -> bool:
    """The number's verb has for subject a counted or pooled set of states ('the three countries together',
    'both nations combined', 'these producers jointly') or one state left unnamed ('one country', 'a single
    producer'): no named state's share."""
    v = governing_verb(number)
    if v is None:
        return False
    pooling = _w("production_share.pooling_words")
    states = _w("syntax.unnamed_state_nouns")
    for s in subject_tokens(v):
        pooled = any(c.lower_ in pooling for c in [*s.children, *v.children] if c.dep_ in ("advmod", "amod", "acl"))
        if pooled and (s.conjuncts or len(subject_tokens(v)) > 1):
            # "Australia, Korea and Japan together account for 5%"; also two subjects the parser hung apart
            # ("France, which mines 44% of X, and Kenya together account for 27%")
            return True
        unnamed = _w("production_share.unnamed_holder_words")  # "with one country now producing more than half"
        unnamed_state = s.tag_ == "NN" and _lemma(s) in states and not countries_in(list(s.subtree))  # 'one country, X'
        if unnamed_state and any(c.lower_ in unnamed for c in s.children if c.i < s.i):
            return True
        if s.tag_ != "NNS" or (_lemma(s) not in states and s.lower_ not in states):
            continue
        counted = any(c.dep_ == "nummod" or c.lower_ in _w("production_share.pooling_determiners") for c in s.children)
        if counted or pooled:
            return True
    return False


def restated_figure(number: Token) -> bool:
    """'though analysts say the figure is closer to 5%', 'that estimate is nearer 40%': a rival value for a
    share the sentence has stated, given by a definite figure noun, is no share of its own."""
    v = governing_verb(number)
    if v is None:
        return False
    return any(
        _lemma(s) in _w("production_share.figure_nouns")
        and s.i < number.i
        and any(c.dep_ == "det" and c.lower_ in _w("production_share.figure_determiners") for c in s.children)
        for s in subject_tokens(v)
    )


def company_subject(number: Token) -> bool:
    """The number's verb has a company or another named non-state for its subject, with no state inside it
    ('Codelco handles 30%', whatever entity label the model gives the name), or a state or province ('Western
    Australia produces about half of the world's lithium', 'We produce about 10%' on the province's own site)."""
    v = governing_verb(number)
    subjects = subject_tokens(v) if v is not None else []
    if (
        v is not None
        and v.dep_ == "relcl"
        and v.head.ent_type_ in COUNTRY_LABELS
        and all(x.pos_ == "NOUN" for x in subjects)
    ):
        return False  # "Kenya, where miners dig up 27%": the miners of the state the clause describes
    if any(_state_named_firm(x) for x in subjects):
        return True  # "Korea Zinc refines about 10%": a firm named after its state and its metal
    if any(_subnational_name(x) for x in subjects):
        return True  # "Western Australia produces about half": a state's or a province's, no country's
    if number.doc._.cmkg_regional_publisher and any(x.lower_ in _w("agreement.joint_voice") for x in subjects):
        return True  # "We produce about 10%" on a province's own site: the province's
    # "One Chinese-backed group, Tsingshan, accounts for 25%": a subject set off by the name of a non-state
    subjects += [c for x in subjects for c in x.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    named = [x for x in subjects if is_company(x) or (x.pos_ == "PROPN" and not x.ent_kb_id_)]
    return any(not any(t.ent_type_ in COUNTRY_LABELS and t.ent_kb_id_ for t in x.subtree) for x in named)


def _subnational_name(x: Token) -> bool:
    """'Western Australia', 'Queensland': a subject naming a state or province (``officials.subnational_places``),
    with any compound words before it."""
    return subnational_at(x.doc, min([x.i] + [c.i for c in x.lefts if c.dep_ == "compound"]))


def _state_named_firm(x: Token) -> bool:
    """'Korea Zinc', 'Vietnam Cobalt': a mineral word capitalised inside a sentence, after a state word that
    compounds it, is the name of a firm (a common mineral noun is written in lower case)."""
    return (
        x.ent_type_ == "MINERAL"
        and x.is_title
        and x.i != x.sent.start
        and any(c.dep_ == "compound" and c.ent_type_ in COUNTRY_LABELS and c.i < x.i for c in x.children)
    )


def stateless_antecedent(number: Token, ctx: Context) -> bool:
    """The number's clause is a relative clause on a noun phrase that names no state (nor refers to one), also
    one a reporting verb opens ('small-scale miners, which she said accounted for 35%')."""
    v = governing_verb(number)
    own = v
    if v is not None and v.dep_ == "ccomp" and v.head.dep_ == "relcl":
        v = v.head  # 'which' is the reported verb's subject, the relative clause the reporting verb's
    if v is None or v.dep_ != "relcl" or v.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(x.lower_ in _w("agreement.relative_pronouns") for x in subject_tokens(own)):
        return False  # "who recalled that Chile produces 25%": the reported clause has its own subject
    named = any(x.ent_type_ in COUNTRY_LABELS for x in v.head.subtree if x.i < v.i)
    return not named and not referred_antecedent(v.head, ctx.last_subjects) and not _placed_in_state(v.head)


def _placed_in_state(noun: Token) -> bool:
    """'in New Caledonia, where the nickel sector, which accounts for 6%, ...': a common noun (no firm: 'where
    SQM, which produces 20%') that is the subject of a 'where' clause on a state (no province: 'in Western
    Australia, where ...') is placed there."""
    clause, state = noun.head, noun.head.head
    if noun.dep_ not in SUBJECT_DEPS or noun.pos_ != "NOUN" or noun.ent_type_ or clause.dep_ != "relcl":
        return False
    where = any(c.lower_ in _w("export_control.place_relatives") and c.i < noun.i for c in clause.children)
    province = any(subnational_at(noun.doc, i) for i in range(max(state.i - 2, 0), state.i + 1))
    return where and state.ent_type_ in COUNTRY_LABELS and bool(state.ent_kb_id_) and not province


def antecedent_country(number: Token, ctx: Context) -> str | None:
    """'refiners in China, which processes 65%': the country right before the relative pronoun of the
    number's clause, even inside a place phrase (a relative clause after a country is about it); 'the
    archipelago, which mines ...': the state the noun refers to."""
    v = _shared_relative(governing_verb(number))
    if v is None or v.dep_ != "relcl":
        return None
    pronoun = next((x for x in subject_tokens(v) if x.lower_ in _w("agreement.relative_pronouns")), None)
    # "outside the PRC, where refineries handle close to 90 percent": the place a relative adverb opens the clause on
    pronoun = pronoun or next((x for x in v.children if x.tag_ == "WRB" and x.i < v.i), None)
    # "to China, whose refineries process about 65 per cent": the owner the possessive relative points back to, one
    # state only ('Peru and Chile, whose mines produce 35%' is a joint share, no one state's)
    owner = v.head if not v.head.conjuncts and v.head.dep_ != "conj" else None
    pronoun = pronoun or next((c for x in subject_tokens(v) for c in x.children if c.tag_ == "WP$" and owner), None)
    if pronoun is None:
        return None
    pronoun = _nearer_pronoun(pronoun, number) if pronoun.tag_ != "WP$" else pronoun
    v = pronoun.head if pronoun.tag_ != "WP$" else v
    referred = referred_antecedent(v.head, ctx.last_subjects)
    if referred:
        return referred[0]
    prev = pronoun.nbor(-1) if pronoun.i > pronoun.sent.start else None
    if prev is not None and prev.is_punct and prev.i > prev.sent.start:
        prev = prev.nbor(-1)
    return prev.ent_kb_id_ if prev is not None and prev.ent_type_ in COUNTRY_LABELS and prev.ent_kb_id_ else None


def _shared_relative(v: Token | None) -> Token | None:
    """'Brazil, which holds 19% of world reserves and accounts for 90% of world niobium production': a verb
    coordinated in a relative clause without a subject of its own shares the first verb's relative pronoun,
    also when the parser hangs it on that verb's object ('cent ... and accounts'): the nearest verb above it."""
    if v is None or v.dep_ != "conj" or subject_tokens(v):
        return v
    above = next((x for x in v.ancestors if x.pos_ in ("VERB", "AUX")), None)
    return above if above is not None and above.dep_ == "relcl" else v


def _nearer_pronoun(pronoun: Token, number: Token) -> Token:
    """'Peru, which has 10% of world X reserves, and Qatar, which holds 20% ... and accounts for 78%': the parser
    may hang the number on an earlier relative clause; a relative pronoun subject of another relative clause
    between that clause's pronoun and the number opens the clause the number is in."""
    later = [
        x
        for x in number.doc[pronoun.i + 1 : number.i]
        if x.lower_ in _w("agreement.relative_pronouns") and x.dep_ in ("nsubj", "nsubjpass") and x.head.dep_ == "relcl"
    ]
    return later[-1] if later else pronoun


def apposed_subject_verb(number: Token) -> Token | None:
    """'The country, the second-largest antimony miner with about 21% of world output, has long sold ...': a share
    inside an apposition on the subject belongs to that subject, so its verb is the subject's verb, however far
    above the number the parser hung it."""
    apposition = next((a for a in number.ancestors if a.dep_ == "appos"), None)
    head = apposition.head if apposition is not None else None
    return head.head if head is not None and head.dep_ in ("nsubj", "nsubjpass") else None


def previous_owner(sent: Span) -> list[str]:
    """'Analysts point instead to Canada's role in nickel and uranium. It is the world's second-largest
    uranium producer': a pronoun subject after a sentence whose subject names no state and which names one
    state only, as a possessive owner, refers to that state (the topic the sentence before set); so does one after
    a verbless sentence that is that one state ('Who digs it up? Australia, still. It mines ...')."""
    if sent.start == 0:
        return []
    before = sent.doc[sent.start - 1].sent
    states = [x for x in before if x.ent_type_ == "GPE" and x.ent_kb_id_]
    if len({x.ent_kb_id_ for x in states}) != 1:
        return []
    if before.root.ent_type_ in COUNTRY_LABELS and before.root.ent_kb_id_ and before.root.pos_ == "PROPN":
        return [before.root.ent_kb_id_]  # "Australia, still. It mines 37% ...": a verbless answer names the topic
    if any(x.dep_ in ("nsubj", "nsubjpass") for x in states):
        return []
    owner = any(c.tag_ == "POS" for x in states for c in x.children)
    return [states[0].ent_kb_id_] if owner else []


def questioned(number: Token) -> bool:
    """'if you ask me whether China is below 80% of rare earth refining': a share inside an embedded question
    is asked about, not stated (word list ``export_control.question_marks``, shared with the controls)."""
    v = governing_verb(number)
    return v is not None and any(
        c.dep_ == "mark" and c.lower_ in _w("export_control.question_marks") for c in v.children
    )


def place_object(x: Token) -> tuple[Token, Token] | None:
    """(preposition, the word it hangs on) when ``x`` is a place: 'from Spain', 'in Chile', 'out of Sweden',
    or a demonym on a site noun there ('out of Swedish plants', 'from Kenyan mines')."""
    if x.ent_type_ not in COUNTRY_LABELS or not x.ent_kb_id_:
        return None
    sites = _w("production_share.site_nouns")
    site = x.ent_type_ == "NORP" and x.dep_ in ("amod", "compound") and x.head.lower_ in sites
    holder = x.head if site else x
    if holder.dep_ != "pobj":
        return None
    prep = holder.head
    if prep.lower_ in _w("production_share.place_prepositions"):
        return prep, prep.head
    if prep.lower_ in _w("production_share.of_word") and prep.head.lower_ in _w("production_share.out_of_heads"):
        return prep, prep.head.head  # "comes out of": the verb above 'out'
    return None


def label_owner(number: Token) -> str | None:
    """'70%: South Africa's share of world platinum mine output': a figure that opens its line as a label names
    its owner after the colon, as the possessive of the share."""
    doc, sent = number.doc, number.sent
    line = line_start(doc, number.idx)  # the label opens its line, after any bullet
    first = next((x.i for x in doc[sent.start : number.i + 1] if x.idx >= line), number.i)
    while first < number.i and doc[first].text in _w("agreement.bullets"):
        first += 1  # '- 70%: ...': a bullet before the label
    k = number.i + 1
    while k < sent.end and doc[k].text in _w("production_share.percent_signs"):
        k += 1  # '70 per cent:'
    if number.i != first or k >= sent.end or doc[k].text not in _w("agreement.item_label_separators"):
        return None
    owners = [x for x in doc[k + 1 : label_end(sent, k)] if x.ent_kb_id_ and x.ent_type_ == "GPE" and _owns(x)]
    return owners[0].ent_kb_id_ if owners else None


def _owns(x: Token) -> bool:
    end = x
    while end.i + 1 < len(x.doc) and x.doc[end.i + 1].ent_iob_ == "I":
        end = x.doc[end.i + 1]  # 'South Africa's': the possessive after the name's last word
    return end.i + 1 < len(x.doc) and x.doc[end.i + 1].tag_ == "POS"


def label_end(sent: Span, last: int) -> int:
    """Where the words after token ``last`` end: the sentence's end, or the next sentence's when nothing but a
    label's colon follows ('- 47%:' split by the parser from "Germany's share of world tungsten output.")."""
    doc = sent.doc
    seps = _w("agreement.item_label_separators")
    rest = doc[last + 1 : sent.end]
    labelled = doc[last].text in seps or (len(rest) > 0 and all(x.text in seps for x in rest))
    if sent.end < len(doc) and labelled and all(x.text in seps for x in rest):
        return doc[sent.end].sent.end
    return sent.end


def parallel_owner(before: list[Token]) -> str | None:
    """'China's share of mining falls to 70% as mines open in the US, while its share of processing stays near
    90%': the last share noun before the number is owned by a pronoun, and an earlier share noun of the sentence
    by a state: the pronoun is that state, not the nearest one named in between."""
    shares = [x for x in before if x.lower_ in _w("production_share.share_nouns")]
    pronouns = _w("production_share.possessive_pronouns")
    if not shares or not any(c.dep_ == "poss" and c.lower_ in pronouns for c in shares[-1].children):
        return None
    owners = [c for x in shares[:-1] for c in x.children if c.dep_ == "poss" and c.ent_type_ == "GPE" and c.ent_kb_id_]
    if not owners:
        return None
    # "..., while the US raised its share of processing to 10%": a state acting in between owns the pronoun
    between = [x for x in before if owners[-1].i < x.i < shares[-1].i and x.ent_type_ == "GPE"]
    acting = any(x.dep_ in ("nsubj", "nsubjpass") or x.head.dep_ in ("nsubj", "nsubjpass") for x in between)
    return None if acting else owners[-1].ent_kb_id_


def state_owned(share: Token) -> bool:
    """'China's share', 'its share': a share noun a state or a possessive pronoun owns (not 'the Government's share
    of rough output', a stake under a sales agreement)."""
    pronouns = _w("production_share.possessive_pronouns")
    return any(
        c.dep_ == "poss" and ((c.ent_type_ == "GPE" and c.ent_kb_id_) or c.lower_ in pronouns) for c in share.children
    )


def unscoped(phrase: list[Token]) -> bool:
    """A share phrase with no narrower scope: no place ('of lithium mining in Africa', 'outside China'), nothing
    domestic and no investment or capacity ('share of nickel smelting investment'; ``non_output_words``)."""
    words = _w("export_control.domestic_words", "production_share.non_output_words")
    return not any(x.ent_type_ in ("GPE", "LOC", "NORP") or x.lower_ in words for x in phrase[1:])
