"""``cmkg_entities``: countries, organisations and minerals from the gazetteer.

The small English model knows GPEs but not minerals, calls "Trump" an ORG and
"Albanese" a NORP.  Gazetteer matches (including well-known office holders,
whose span carries their Wikidata id) win over the model's spans; the model's
PERSON spans are kept and cleaned ("Donald Trump's Administration" is the US
government, not a person).  Every span carries its standard id in ``kb_id_``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.body_names import name_goes_on
from cmkg.nlp.components.firm_words import firm_word
from cmkg.nlp.components.name_forms import after_firm_name, body_possessor
from cmkg.nlp.components.state_epithets import epithet_state
from cmkg.nlp.role_words import role_word_parts
from cmkg.nlp.rules import rules

__all__ = ["EntityLinker"]

LABEL_BY_KIND = {"name": "GPE", "capital": "GPE", "demonym": "NORP"}


def _typographic(form: str) -> list[str]:
    """The form as the gazetteer spells it and with a typographic apostrophe ('Côte d’Ivoire', 'People’s'):
    published pages use either."""
    return [form, form.replace("'", "\u2019")] if "'" in form else [form]


class EntityLinker:
    def __init__(self, nlp: Language, name: str = "cmkg_entities") -> None:
        self.name = name
        g = gazetteer()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kinds: dict[str, tuple[str, str, str]] = {}
        for form, (code, kind) in g.country_forms.items():
            key = f"C|{code}|{kind}"
            self.kinds[key] = (LABEL_BY_KIND[kind], code, kind)
            self.exact.add(key, [nlp.make_doc(f) for f in _typographic(form)])
            if kind == "name" and len(form) > 4 and form.isascii():
                self.exact.add(key, [nlp.make_doc(form.upper())])
        for form, org_id in g.org_forms.items():
            org = g.orgs[org_id]
            key = f"O|{org_id}"
            self.kinds[key] = ("ORG", org_id, org.kind)
            self.exact.add(key, [nlp.make_doc(f) for f in _typographic(form)])
            if form.startswith("the "):  # "The Commission is negotiating ...": the form opening a sentence
                self.exact.add(key, [nlp.make_doc("T" + form[1:])])
        for form, (name, _country, qid) in g.officials.items():
            key = f"P|{name}"
            self.kinds[key] = ("PERSON", qid, "official")
            self.exact.add(key, [nlp.make_doc(f) for f in _typographic(form)])
        for form in rules().words("entities.places_named_after_countries"):
            # the longer span wins: "Inner Mongolia" is a place in China, not Mongolia
            self.kinds["R|" + form] = ("LOC", "", "place")
            self.exact.add("R|" + form, [nlp.make_doc(form)])
        epithets = {w.lower() for w in rules().words("entities.state_epithets")}
        self.styles: dict[str, set[str]] = {}  # "OMN" -> {"sultanate"}: the epithets its own style uses
        self.styled: dict[str, list[str]] = {}  # "SAU" -> ["kingdom of saudi arabia"]: its names in that style
        for form, (code, kind) in g.country_forms.items():
            if kind == "name":
                words = {w for w in form.lower().split() if w in epithets}
                self.styles.setdefault(code, set()).update(words)
                if words:
                    self.styled.setdefault(code, []).append(form.lower())
        for form, name in g.mineral_forms.items():
            key = f"M|{name}"
            self.kinds[key] = ("MINERAL", name, "mineral")
            self.lower.add(key, [nlp.make_doc(form)])
        # "lead and zinc concentrates": a metal named only with its goods noun ('lead concentrate') shares the
        # head of the goods it is coordinated with
        self.shared_head: dict[tuple[str, str], str] = {}
        for form, name in g.mineral_forms.items():
            words = form.lower().split()
            if len(words) == 2 and words[0] not in g.mineral_forms:
                self.shared_head[(words[0], words[1].removesuffix("s"))] = name
        self.hanging = {form: name for form, name in g.mineral_forms.items() if " " not in form}

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for matcher in (self.exact, self.lower):
            for key_hash, start, end in matcher(doc):
                label, kb, kind = self.kinds[doc.vocab.strings[key_hash]]
                if kb == "EU" and kind == "igo":
                    label = "GPE"
                found.append(Span(doc, start, end, label=label, kb_id=kb))
        found += self._shared_heads(doc) + self._suspended_hyphens(doc)
        # "based" compounds ("London-based") and demonyms that are really people's names stay out; a mineral
        # stays ('lithium-based cathodes' are lithium goods)
        found = [s for s in found if s.label_ == "MINERAL" or not _is_based_compound(s)]
        found = [s for s in found if not _given_name(s, found) and not _name_prone(s)]
        found = [Span(doc, s.start, s.end, label="ORG") if firm_word(s, found) else s for s in found]
        found = [s for s in found if not name_goes_on(s)]  # 'Ministry of Commerce and Industry': another body
        ours = filter_spans(found)
        taken = {i for s in ours for i in range(s.start, s.end)}
        kept: list[Span] = []
        for ent in doc.ents:
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            ent = _clean_person(ent) if ent.label_ == "PERSON" else ent
            if ent is not None:
                kept.append(ent)
        ents = _other_bodies(doc, _relink_blocs(filter_spans(ours + kept)))
        styled = self._epithets(doc, ents)  # over the model's unlinked 'Kingdom' span, even a longer 'The Kingdom and'
        styled_at = {t.i for e in styled for t in e}
        ents = filter_spans(styled + [e for e in ents if e.kb_id_ or not styled_at & {t.i for t in e}])
        ents = filter_spans(_regional_epithets(doc, ents) + ents)
        ents = filter_spans(_bloc_sides(doc, ents) + ents)
        surnames = {e.text.split()[-1] for e in ents if e.label_ == "PERSON" and " " in e.text}
        doc.ents = [
            Span(doc, e.start, e.end, label="PERSON")
            if (not e.kb_id_ and e.label_ != "PERSON" and e.text in surnames)
            else e
            for e in ents
        ]
        return doc

    def _epithets(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Sultanate's first trade agreement', 'on behalf of the Kingdom': a state called by the word of its
        official style ('Sultanate of Oman'), when exactly one state the text names has that word in its style, or
        when the page is that state's own."""
        named = {e.kb_id_ for e in ents if e.label_ == "GPE" and e.kb_id_ in self.styles}
        taken = {i for e in ents if e.kb_id_ for i in range(e.start, e.end)}
        out: list[Span] = []
        for t in doc:
            word = t.lower_
            if (
                t.i in taken
                or t.i == 0
                or doc[t.i - 1].lower_ not in rules().words("entities.epithet_determiners")
                or not any(word in s for s in self.styles.values())
            ):
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in rules().words("territory.of_word"):
                continue  # "the Republic of X": a full name, or a style the gazetteer does not know
            if t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i:
                continue  # "the Union Minister", "the Union Cabinet": a word of another body's name
            fits = epithet_state(
                t, ents, [code for code in named if word in self.styles[code]], self.styles, self.styled
            )
            if len(fits) == 1:
                out.append(Span(doc, t.i, t.i + 1, label="GPE", kb_id=fits[0]))
        return out

    def _suspended_hyphens(self, doc: Doc) -> list[Span]:
        """'gallium- and germanium-related items', 'nickel-, cobalt- or copper-bearing ores': a metal whose hyphen
        is left hanging before a joiner shares the compound's second half; the tokenizer keeps 'gallium-' whole."""
        out = []
        for t in doc[:-1]:
            name = self.hanging.get(t.lower_[:-1]) if t.text.endswith("-") else None
            if name and doc[t.i + 1].lower_ in rules().words("entities.goods_joiners"):
                out.append(Span(doc, t.i, t.i + 1, label="MINERAL", kb_id=name))
        return out

    def _shared_heads(self, doc: Doc) -> list[Span]:
        """'copper, lead and zinc concentrates': the bare metal before 'and'/',' whose goods noun closes the
        coordination within three words."""
        out = []
        for t in doc[:-2]:
            if doc[t.i + 1].lower_ not in rules().words("entities.goods_joiners"):
                continue
            ahead = doc[t.i + 2 : t.i + 5]
            heads = (self.shared_head.get((t.lower_, x.lower_.removesuffix("s"))) for x in ahead)
            name = next((n for n in heads if n), None)
            if name:
                out.append(Span(doc, t.i, t.i + 1, label="MINERAL", kb_id=name))
        return out


def _regional_epithets(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Mainland authorities have suspended ...', 'the mainland's Taiwan Affairs Office': the press of Hong Kong,
    Taiwan and Macau (``entities.regional_epithet_users``) calls China by a bare word of its own
    (``entities.regional_epithets``); read so only in a text that names China and one of those places, and never
    with a place after it or a modifier on it ('mainland Tanzania', 'the Greek mainland', 'the US mainland')."""
    named = {e.kb_id_ for e in ents if e.label_ in ("GPE", "NORP") and e.kb_id_}
    if not named & rules().words("entities.regional_epithet_users"):
        return []
    table = rules().table("entities.regional_epithets")
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for t in doc:
        code = table.get(t.lower_)
        if code is None or code not in named or t.i in taken:
            continue
        placed = t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ in ("GPE", "LOC")
        if not placed and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in t.children):
            out.append(Span(doc, t.i, t.i + 1, label="GPE", kb_id=code))
    return out


def _bloc_sides(doc: Doc, ents: list[Span]) -> list[Span]:
    """'negotiations with the European side': a bloc's adjective, which names no state, is the bloc itself when
    it describes a negotiating side (``entities.bloc_side_nouns``; the bloc from ``officials.title_demonyms``)."""
    blocs = rules().table("officials.title_demonyms")
    linked = {i for e in ents if e.kb_id_ for i in range(e.start, e.end)}
    return [
        Span(doc, t.i, t.i + 1, label="NORP", kb_id=blocs[t.text])
        for t in doc
        if t.text in blocs
        and t.i not in linked
        and t.head.lower_ in rules().words("entities.bloc_side_nouns")
        and not _named_after(t.head)  # "the European side Real Madrid": a team, named after the noun
    ]


def _named_after(noun: Token) -> bool:
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()


def _relink_blocs(ents: list[Span]) -> list[Span]:
    """'ECOWAS leaders said the bloc would ...': 'the bloc' is the grouping named last before it in the same
    or the previous sentence; otherwise, as in most stories, the EU (``agreement.bloc_nouns``)."""
    orgs = gazetteer().orgs
    last: Span | None = None
    out: list[Span] = []
    for e in ents:
        bloc = e.kb_id_ == "EU" and e.root.lower_ in rules().words("agreement.bloc_nouns")
        if bloc and last is not None and last.kb_id_ != "EU" and _sentences_apart(last, e) <= 1:
            e = Span(e.doc, e.start, e.end, label="ORG", kb_id=last.kb_id_)
        elif e.kb_id_ in orgs and orgs[e.kb_id_].kind == "igo":
            last = e
        out.append(e)
    return out


def _other_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """'... at a working meeting with Commission XII of the House of Representatives.  The Minister informed the
    Commission that ...': a bare 'the Commission', which the gazetteer gives the EU, refers back to another body
    of that name the text named last ('Commission XII', 'the Minerals Commission': a capitalised noun of
    ``entities.referring_body_nouns`` outside any EU name); it is that body, no state.  Without one, or after a
    later EU name, it stays the EU."""
    nouns = rules().words("entities.referring_body_nouns")
    eu = [e for e in ents if e.kb_id_ == "EU"]
    out: list[Span] = []
    for e in ents:
        bare = (
            e.kb_id_ == "EU"
            and len(e) == 2
            and e[0].lower_ in rules().words("entities.epithet_determiners")
            and e[1].text in nouns
        )
        named = [e2.end for e2 in eu if e2.end <= e.start and not (len(e2) == 2 and e2[1].text in nouns)]
        inside = {i for e2 in eu for i in range(e2.start, e2.end)}
        others = [t.i for t in doc[: e.start] if t.text == e[-1].text and t.i not in inside] if bare else []
        if others and others[-1] >= max(named, default=-1):
            e = Span(doc, e.start, e.end, label="ORG")  # that body: no state's name
        out.append(e)
    return out


def _sentences_apart(a: Span, b: Span) -> int:
    return sum(1 for s in a.doc.sents if a.sent.start < s.start <= b.sent.start)


def _given_name(span: Span, found: list[Span]) -> bool:
    """'Argentina's Minister of Mines, Santiago Cafiero', 'Trade Minister Jordan Mwangi': a capital, or a state
    named in one word, that opens a person's name the model reads (a PERSON span going on past it, with no other
    gazetteer name inside) is a given name, not the place."""
    capital = gazetteer().capital_of(span.text) is not None
    if span.label_ != "GPE" or not (capital or len(span) == 1 and span.kb_id_):
        return False
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in rules().words("persons.title_links"):
        return False  # "the Foreign Minister of Jordan Ayman Safadi": the title's state, then the name
    person = next((e for e in doc.ents if e.label_ == "PERSON" and e.start == span.start), None)
    if person is None and capital and span.end < len(doc) and _after_title_comma(doc, span.start):
        person = doc[span.start : span.end + 1]  # "Minister of Mines, Sofia Haddad": the model reads no name
    if person is None or person.end <= span.end:
        return False
    after = doc[span.end]
    particle = after.lower_ in rules().words("persons.name_particles")
    return (after.text[:1].isupper() and not _office_word(after) or particle) and not any(
        s.start < person.end and s.end > span.end for s in found if s is not span
    )


def _after_title_comma(doc: Doc, i: int) -> bool:
    """A comma right before ``i`` that closes a title ('Minister of Mines,'), the word after ``i`` a name word."""
    nxt = doc[i + 1]
    title = i >= 2 and doc[i - 1].text == "," and _office_word(doc[i - 2])
    return title and nxt.is_alpha and nxt.text[:1].isupper() and not _office_word(nxt)


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """Title heads and modifiers (data/lexicon_roles.tsv) and portfolio words: the words a title ends in."""
    return role_word_parts("head", "modifier") | rules().words("persons.portfolio_words")


def _office_word(t: Token) -> bool:
    return t.lower_ in _office_words() or t.lower_.removesuffix("s") in _office_words()


def _is_based_compound(span: Span) -> bool:
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_ in rules().words("entities.based_suffixes")
    )


def _clean_person(ent: Span) -> Span | None:
    """Trim possessives; drop 'X's Administration' (a government, not a person) and a span of title words only."""
    doc = ent.doc
    end = ent.end
    marks = rules().words("entities.possessive_marks")
    while end > ent.start and doc[end - 1].text in marks:
        end -= 1
    for k in range(ent.start, end):
        if doc[k].text in marks and len(doc[k].text) > 1:
            end = k
            break
    if end - 1 >= ent.start and doc[end - 1].lower_ in rules().words("entities.government_words"):
        return None
    start = after_firm_name(doc, ent.start, end)  # 'Kafue Metals Co. Joseph Phiri': the firm's name ends at 'Co.'
    if end <= start or not any(t.text[:1].isupper() and not _office_word(t) for t in doc[start:end]):
        return None  # 'Deputy Ruler of Abu Dhabi' read as a person 'Ruler', 'Counsellor for': a title, no name
    bodies = rules().words("persons.institution_words") | rules().words("persons.mission_nouns")
    if all(t.lower_ in bodies for t in doc[start:end]):  # 'at the Embassy of Kenya': a mission read as a person
        return None
    if body_possessor(doc, end):  # "the Lithium Producers' Council": the possessor of a body's name, no person
        return None
    if _bracketed_acronym(doc, start, end):  # "the National Geological Survey (NGS)": the body's acronym
        return None
    return Span(doc, start, end, label="PERSON")


def _bracketed_acronym(doc: Doc, start: int, end: int) -> bool:
    """One upper-case word in brackets right after a capitalised word: a body's acronym, never a name."""
    return (
        end - start == 1
        and doc[start].is_upper
        and start > 0
        and end < len(doc)
        and doc[start - 1].text == "("
        and doc[end].text == ")"
        and (start < 2 or doc[start - 2].text[:1].isupper())
    )


def _name_prone(s: Span) -> bool:
    """'the Diamond Room': a name-prone mineral (``entities.name_prone_minerals``) capitalised in a sentence names."""
    return (
        s.label_ == "MINERAL"
        and s.kb_id_ in rules().words("entities.name_prone_minerals")
        and s[0].text[:1].isupper()
        and not s[0].is_sent_start
    )
