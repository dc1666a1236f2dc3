"""Agreement names: the capitalised name an agreement noun heads.

"the Minerals Security Partnership", "the United States-Brazil Science and
Technology Agreement", "Project Vault": the run of capitalised words (and
joiners between them) around the noun, plus a trailing "of/on ..." phrase.
Word lists: ``agreement.mou_forms``, ``agreement.name_*``, ``agreement.project_word``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.party_phrases import lemma, same_entity
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = [
    "agreement_name",
    "apposed_name",
    "generic_name",
    "inner_joiner",
    "name_head",
    "named_plural_head",
    "project_name",
    "series_comma",
    "shouted",
]


def named_plural_head(t: Token, lem: str) -> str:
    """'the Washington Accords', 'the Abraham Accords': the small model leaves a capitalised plural head
    unlemmatised ('Accords'), so an agreement noun named in the plural is read by its singular.

    Only a name with a definite article or a possessor ('their respective Mutual Defense Treaties', 'the UAE's
    CEPAs'): a title-case headline ('Japan, Australia Sign Minerals Deals') capitalises every plural, and an
    initiative's plural heads offices ('the Loan Programs Office').  A compound head with the modifier it asks for
    ('Joint Working Groups', ``agreement.compound_heads``) is read by its singular wherever it stands."""
    nouns = _w("agreement.nouns")
    named = any(c.dep_ == "det" and c.lower_ in _w("agreement.definite_determiners") for c in t.children)
    owned = any(c.dep_ == "poss" for c in t.children)  # 'the UAE's CEPAs with Kenya', not a heading's 'A's Plans'
    partnered = any(c.dep_ == "prep" and c.lower_ in _w("agreement.with_prepositions") for c in t.children)
    named = named or any(c.tag_ == "PRP$" for c in t.children) or (owned and partnered)
    stem = lem[:-3] + "y" if lem.endswith("ies") else lem[:-1]  # 'Treaties', 'Accords'
    capital_plural = t.tag_ in ("NNP", "NNPS") and lem.endswith("s")
    singular = stem if capital_plural and named else lem
    if lem not in nouns and singular in nouns:
        return singular
    # 'similar Joint Working Groups are functioning with A and B': a compound head its own modifier asks for
    modifiers = rules().table("agreement.compound_heads").get(stem, ()) if capital_plural else ()
    return stem if any(c.dep_ == "compound" and c.lower_ in modifiers for c in t.children) else lem


def _generic_head_name(t: Token) -> str | None:
    """'the EU's Global Gateway programme': a capitalised name before a lower-case initiative noun.

    Country names and demonyms alone ("the US-Ukraine fund", "a Japanese initiative") are no name.
    """
    doc = t.doc
    if t.lower_ not in _w("agreement.generic_name_heads"):
        return None
    start = t.i
    while start - 1 >= t.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    run = doc[start : t.i]
    if not len(run) or all(x.ent_type_ in ("GPE", "NORP") or x.ent_kb_id_ for x in run):
        return None
    return run.text


def agreement_name(t: Token) -> str | None:
    """The capitalised name an agreement noun heads, if any."""
    doc = t.doc
    if not t.text[:1].isupper() and t.lower_ not in _w("agreement.mou_forms"):
        return _generic_head_name(t)
    if t.lower_ not in _w("agreement.mou_forms") and shouted(t.sent):
        return None  # "NEW AGREEMENTS WITH THE UNITED STATES:": a heading in capitals, no name
    start = t.i
    while (
        start - 1 >= t.sent.start
        and (
            doc[start - 1].text[:1].isupper()
            or doc[start - 1].text in _w("agreement.compound_joiners") | {"&"}
            or inner_joiner(doc, start - 1)
            or series_comma(doc, start - 1, t.i)
        )
        and (doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT", "VERB") or inner_joiner(doc, start - 1))
        and (doc[start - 1].text not in (",", ".", "\u201c", '"') or series_comma(doc, start - 1, t.i))
        and not _partner_before(doc[start - 1], t)
    ):
        start -= 1
    end = t.i + 1
    while (
        end + 1 < t.sent.end
        and doc[end].lower_ in _w("agreement.name_prepositions")
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].ent_type_ not in ("DATE", "TIME")  # 'joined the Pacific Minerals Dialogue on Monday'
    ):
        end += 2
        while (
            end < t.sent.end
            and (doc[end].text[:1].isupper() or doc[end].lower_ in _w("agreement.name_joiners"))
            and doc[end].text not in (",",)
        ):
            end += 1
    while end - 1 > t.i and doc[end - 1].lower_ in _w("agreement.name_joiners"):
        end -= 1
    if start == t.i and end == t.i + 1 and t.i == t.sent.start:
        return None
    name = doc[start:end].text
    if start == t.i and end == t.i + 1:
        return None
    return name


def shouted(sent) -> bool:
    """A line written all in capitals (three words or more): its capitals mark a heading, not a name."""
    words = [x for x in sent if x.is_alpha]
    return len(words) >= SHOUTED_WORDS and all(x.is_upper for x in words)


SHOUTED_WORDS = 3


def _partner_before(x: Token, t: Token) -> bool:
    """'signed with Brazil and Thailand MoUs on X': a capitalised word before the noun that heads a phrase of
    its own (a partner in a 'with' phrase or its conjunct), not hung under the noun, is no part of its name."""
    # ('Climate, Critical Minerals and Clean Energy Compact': a name's series the parser coordinated is the name's)
    return x.dep_ in ("pobj", "conj") and t not in x.ancestors and x not in t.ancestors


def inner_joiner(doc, k: int) -> bool:
    """'Science and Technology Agreement': a joiner between two capitalised words of one name.

    Also keeps such a name whole among an agreement noun's premodifiers (``premodifiers.dash_compound``).
    """
    return (
        k > 0
        and doc[k].lower_ in _w("agreement.name_joiners")
        and doc[k - 1].text[:1].isupper()
        and doc[k + 1].text[:1].isupper()
    )


def series_comma(doc, k: int, end: int) -> bool:
    """A comma between two capitalised words of a name whose words are a series closed by a joiner before the
    noun ('Climate, Critical Minerals and Clean Energy Transformation Compact')."""
    capitalised = k > 0 and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()
    return doc[k].text == "," and capitalised and any(inner_joiner(doc, j) for j in range(k + 1, end))


def project_name(t: Token) -> str | None:
    doc = t.doc
    if t.text in _w("agreement.project_word") and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper():
        return f"{t.text} {doc[t.i + 1].text}"
    return None


def apposed_name(t: Token) -> tuple[str, str] | None:
    """'unveiled RESourceEU, a plan to fund stockpiles ...': a bare proper name that an indefinite apposition
    introduces as a plan or initiative (``agreement.apposed_name_heads``) names an instrument, though no
    instrument noun is in it; the head noun and the name.  Not a state."""
    if t.pos_ != "PROPN" or t.dep_ == "compound" or t.ent_kb_id_:
        return None  # the tagger may call an invented name a person ('Kivu Link'): the apposition says what it is
    heads = _w("agreement.apposed_name_heads")
    indefinite = _w("persons.indefinite_article")
    for a in (x for x in t.children if x.dep_ == "appos" and lemma(x) in heads):
        if any(d.dep_ == "det" and d.lower_ in indefinite for d in a.children):
            start = min((x.i for x in t.children if x.dep_ == "compound" and x.i < t.i), default=t.i)
            end = max((x.i for x in t.children if x.dep_ == "nummod" and x.i > t.i), default=t.i)  # '... 2030'
            return lemma(a), t.doc[start : end + 1].text
    return None


def generic_name(name: str) -> bool:
    """'Memoranda of Understanding', 'Framework Agreements': a capitalised run of agreement nouns names no one
    agreement, so a plural one still distributes over its partners (a compound head with its modifiers too)."""
    nouns = _w("agreement.nouns", "agreement.mou_forms", "agreement.plural_only_nouns")
    # 'Similar memoranda' opening a sentence: a likeness word names no instrument either
    words = [
        w.lower() for w in name.split() if w.lower() not in _w("persons.title_links", "export_control.sameness_words")
    ]
    # 'Joint Working Groups': a compound head with the modifiers it asks for is a kind too
    modifiers = rules().table("agreement.compound_heads").get(words[-1].removesuffix("s"), ()) if words else ()
    kind = {*modifiers, *_w("agreement.joint_modifiers"), words[-1]} if modifiers else set()
    return bool(words) and all(
        w in nouns or w.removesuffix("s") in nouns or w in _w("agreement.plural_forms") or w in kind for w in words
    )


def name_head(t: Token) -> Token:
    """The last word of the name ``t`` is inside: 'Partnership' -> 'Forum' in 'the US-initiated Minerals Security
    Partnership Forum', through one entity or, where the tagger left none, the next capitalised words."""
    head = t
    while head.dep_ == "compound" and (same_entity(head, head.head) or _next_name_word(head.head, head)):
        head = head.head
    return head


def _next_name_word(x: Token, prev: Token) -> bool:
    return x.i == prev.i + 1 and x.text[:1].isupper()
