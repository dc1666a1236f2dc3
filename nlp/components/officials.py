"""``cmkg_officials``: who holds which public office for which country.

A role comes from a title before the name ("Interior Secretary Doug Burgum", "senior Japanese official Iwao
Horii") or an apposition after it ("Kevin Rudd, Australia's ambassador to the United States,").  The country is
the one named inside the title, else the country of a government body in it, else the earlier mention of the same
person.  Later surname-only mentions resolve to the full name.  People whose title is a private one (analyst, chief
executive, photographer) are recorded as non-officials and never become country representatives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components import employers as _emp
from cmkg.nlp.components import role_forms as _rf
from cmkg.nlp.components import title_tokens as _tt
from cmkg.nlp.components.attendance_lists import parliament_layouts
from cmkg.nlp.components.companions import fill_countries
from cmkg.nlp.components.igo_staff import mark_igo_staff
from cmkg.nlp.components.name_forms import merge_initial_forms, unshouted
from cmkg.nlp.components.official_countries import place_in_title
from cmkg.nlp.components.official_lists import headed_bodies, next_names_title, own_title, titled_before
from cmkg.nlp.components.page_staff import page_staff
from cmkg.nlp.components.party_tags import chaired_or_public, party_tag
from cmkg.nlp.components.person_spans import merge_persons
from cmkg.nlp.components.persons import head_after, is_anchor, is_honorific, title_end
from cmkg.nlp.components.plural_titles import list_size, list_start, plural_title, respective_country, shared_apposition
from cmkg.nlp.components.sentence_runs import run_start
from cmkg.nlp.components.signatures import signature_blocks
from cmkg.nlp.components.title_tails import body_article, common_body_start, place_after_name
from cmkg.nlp.role_words import head_pattern, role_words
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["Official", "OfficialsFinder"]

MAX_TITLE_TOKENS = 24
MAX_APPOSITION_TOKENS = 20  # "Under Secretary of State for Economic Growth, Energy, and the Environment of the ..."
STOP_POS = {"VERB", "AUX", "PUNCT", "ADP", "CCONJ", "SCONJ", "PRON", "NUM"}


@dataclass
class Official:
    name: str
    role: str | None
    country: str | None
    private: bool
    start: int
    end: int
    sentence: str = ""
    rule: str = "officials.title"
    stated: bool = False  # a title right before a mention names the country ("Chile's mines minister X")


class OfficialsFinder:
    def __init__(self, nlp: Language, name: str = "cmkg_officials") -> None:
        self.name = name
        self.heads, self.mods, self.private = role_words("head"), role_words("modifier"), role_words("private")
        self.anchors = frozenset(h for h in self.heads if " " not in h)

    # -- helpers -----------------------------------------------------------
    def _has_head(self, words: list[str]) -> bool:
        text = (_rf.singular_role(" ".join(words), self.heads) or "").lower().replace(" - ", "-")
        low = [w.lower() for w in words]
        portfolio_head = any(head_after(a, b) for a, b in zip(low, low[1:], strict=False))  # "trade chief"
        return portfolio_head or bool(head_pattern(self.heads).search(text))  # not 'high-ranking member'

    def _is_private(self, words: list[str]) -> bool:
        text = " ".join(w.lower() for w in words).replace(" - ", "-")  # 'non-executive director', split by spaCy
        return any(re.search(rf"\b{re.escape(h)}\b", text) for h in self.private)

    def _country_of(self, tokens: list[Token]) -> str | None:
        """First country inside the title, skipping the host in 'ambassador to X'."""
        g = gazetteer()
        for t in tokens:
            if t.ent_type_ in ("GPE", "NORP") and t.ent_kb_id_ and not _tt.after_preposition(t, tokens):
                return t.ent_kb_id_
            if t.ent_type_ == "NORP" and t.text in rules().table("officials.title_demonyms"):
                return rules().table("officials.title_demonyms")[t.text]  # "European Commissioner", "Korean Minister"
            if code := place_in_title(t, tokens):  # "Chief Minister of Maharashtra", "Governor of Jujuy"
                return code
            if t.ent_type_ == "ORG" and t.ent_kb_id_ in g.orgs:
                org = g.orgs[t.ent_kb_id_]
                return org.country or org.id
        return None

    def _title_before(self, ent: Span, end: int | None = None) -> list[Token]:
        """The title that ends right before the name: an anchored title with its tail, else the modifier run."""
        doc = ent.doc
        stop = ent.start if end is None else end
        first = None  # the earliest title word whose title reaches the name: "Deputy Prime Minister and Minister of X"
        for a in range(stop - 1, max(run_start(doc, ent.sent), stop - 16) - 1, -1):
            if doc[a].ent_type_ == "PERSON" or doc[a].pos_ in ("VERB", "AUX"):
                break
            if is_anchor(doc[a], self.anchors) and title_end(doc, a, len(doc), self.anchors) == stop:
                first = a
        if first is not None:
            back = self._walk_back(ent, first)
            glued = first > 0 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_
            if glued and back and back[-1].i == first - 2:
                back.append(doc[first - 1])  # "Vice-President": the hyphen is inside the title
            return back + list(doc[first:stop])
        return self._walk_back(ent, stop)

    def _walk_back(self, ent: Span, end: int) -> list[Token]:
        doc = ent.doc
        i = end - 1
        toks: list[Token] = []
        while i >= run_start(doc, ent.sent) and len(toks) < 9:
            t = doc[i]
            linked = t.ent_type_ in ("GPE", "NORP", "ORG") and bool(t.ent_kb_id_)
            if (
                t.pos_ in STOP_POS
                and not linked
                and not self._compound_title(t)
                and t.text not in _w("officials.title_joiners")
                and not (  # "Minister of State of X", not "the State Visit of Indian Prime Minister X"
                    t.pos_ == "ADP"
                    and t.lower_ in _w("officials.title_of_word")
                    and toks
                    and _tt.title_word(doc[i - 1])
                )
                and not _tt.portfolio_joiner(doc, i, toks)
            ):
                break
            if t.ent_type_ == "PERSON" or t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.is_space:
                break  # a blanked dateline is no part of a title
            if (t.pos_ == "DET" and not body_article(doc, i, toks)) or (t.pos_ == "ADV" and t.is_lower):
                break  # "brought together Chile's Minister": a lowercase adverb is no title word
            toks.insert(0, t)
            i -= 1
        while toks and toks[-1].text in ("-",):
            toks.pop()
        while toks and toks[0].text in _w("officials.title_joiners"):
            toks.pop(0)
        return toks

    def _long_title_before(self, ent: Span, comma: int) -> list[Token]:
        """'Executive Vice-President for the European Green Deal, ... of the European Commission, Maros Sefcovic,':
        a title with its own articles and commas, apposed before the name, back to its nearest title word; a
        possessive that owns a public body keeps it going ('the Director-General of Japan's Agency for ...'), and so
        does a plural title's phrase of common words ('The governors of the three lithium provinces, A, B and C')."""
        doc = ent.doc
        if (body := common_body_start(doc, comma, self._anchor)) is not None:  # "The governors of the ..."
            return self._walk_back(ent, body) + list(doc[body:comma])
        links = _w("persons.title_links", "officials.definite_article")
        unlisted = False  # "the vice-minister for high-technology energy, X": only after the office's 'for' / 'of'
        for a in range(comma - 1, max(ent.sent.start, comma - MAX_TITLE_TOKENS) - 1, -1):
            t = doc[a]
            if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and a > 0 and is_anchor(doc[a - 1], self.anchors):
                return []  # "President A of Angola, President B of Zambia": a title holds no other titled name
            chair = _emp.public_chair_title(doc, a, comma) and all(is_honorific(x) for x in doc[comma + 1 : ent.start])
            if (is_anchor(t, self.anchors) or chair) and not is_honorific(t):
                if unlisted and doc[a + 1].lower_ not in _w("syntax.of_prepositions", "officials.acting_prepositions"):
                    return []
                back = self._walk_back(ent, a)
                if a > 0 and doc[a - 1].text == "-" and not (back and back[-1].i == a - 1):
                    back.append(doc[a - 1])  # "Vice-President": the hyphen is inside the title
                return back + list(doc[a:comma])
            if not (
                t.text[:1].isupper()
                or t.lower_
                in links | _w("persons.portfolio_words", "persons.post_head_words")  # "deputy for mining affairs, X"
                or t.text in (",", "-")
                or (t.text in _w("officials.possessive_marks") and _emp.owns_public_body(doc, a, comma))
                or t.ent_type_ in ("GPE", "ORG")
            ):
                unlisted = t.pos_ in ("NOUN", "ADJ") and t.is_lower
                if not unlisted:
                    return []
        return []

    def _compound_title(self, t: Token) -> bool:
        """'managing director', 'prime minister': a word the tagger calls a verb or adjective opens a known title."""
        hyphened = t.i > 0 and t.doc[t.i - 1].text == "-"  # 'a high-ranking member': no 'ranking member'
        pair = f"{t.lower_} {t.doc[t.i + 1].lower_}" if t.i + 1 < len(t.doc) else ""
        return not hyphened and pair in self.heads | self.private

    def _apposition_after(self, ent: Span) -> list[Token]:
        doc = ent.doc
        i = ent.end
        while i < len(doc) and _tt.post_nominal(doc[i]):
            i += 1  # "Roger Cook MLA, Premier of Western Australia,"
        while i + 2 < len(doc) and doc[i].text in (",", "(") and _tt.post_nominal(doc[i + 1]):
            i += 3 if doc[i].text == "(" and doc[i + 2].text == ")" else 2  # "X, MP, Minister"; "X (MP), Minister"
        if i >= len(doc) or doc[i].text not in (",", "("):
            return []
        # "X (Minister of Energy, Chile)"; "(X, Kyodo News):" closes at the bracket the tokenizer glues to a colon
        stops = (")",) if doc[i].text == "(" else (",", ".", ";", "(", ")", "\u2014")
        toks: list[Token] = []
        i += 1
        while (
            i < doc[ent.end - 1].sent.end  # a name the parser split ends in the sentence of its last word
            and len(toks) < MAX_APPOSITION_TOKENS
            and (
                doc[i].text[:1] not in stops
                or _tt.portfolio_comma(doc, i)
                or _tt.lowercase_portfolio_comma(doc, i, toks)
            )
        ):
            if doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ not in ("amod", "compound"):
                return []
            if not toks and doc[i].pos_ == "ADP" and doc[i].is_lower:
                return []  # ", in the presence of Ambassador Y": a circumstance, no apposition
            if _emp.ends_title(doc[i]):
                if toks and toks[-1].lower_ in _w("syntax.of_prepositions"):
                    return []  # "X, President of Kamoa Copper" with the firm tagged as a person: no title of X's
                break  # "X, adviser to President Y"; a heading's title ends at its line
            toks.append(doc[i])
            i += 1
        return toks + _emp.listed_body(doc, i) if toks else toks  # "X, Associate Director, U.S. Geological Survey"

    def _role_from(self, toks: list[Token]) -> tuple[str | None, str | None, bool]:
        while len(toks) > 1 and is_honorific(toks[-1]) and not is_honorific(toks[-2]):
            toks = toks[:-1]  # "Chief Adviser Professor X": the style before the name is no part of the office
        words = [_expand(t.text) for t in toks]
        if not words or not (self._has_head(words) or self._is_private(words)):
            return None, None, False
        private = self._is_private(words) and not any(w.lower() in _w("officials.public_heads") for w in words)
        private = (private and not _emp.public_body_title(toks)) or _emp.private_employer(toks) or page_staff(toks)
        anaphor = [t for t in toks if _tt.country_anaphor(t)]
        country = self._country_of(toks) or (_tt.last_country(anaphor[0]) if anaphor else None)
        keep = [
            t
            for t in toks
            if t not in anaphor
            and not (
                t.ent_type_ in ("GPE", "NORP")
                and (t.ent_kb_id_ or t.text in rules().table("officials.title_demonyms"))
                and t.i < toks[-1].i
                and not _tt.in_last_entity(t, toks[-1])  # "... of Saudi Arabia": the closing country stays whole
                and not _tt.after_preposition(t, toks)
                and not (t.i > toks[0].i and t.doc[t.i - 1].lower_ in _w("officials.title_of_word"))  # "of X to Y"
            )
            and (t.text not in _w("officials.possessive_marks") or t.ent_iob_ == "I")  # "People's Republic of China"
            and not (t.pos_ == "DET" and t.i == toks[0].i)
        ]
        while (
            keep
            and keep[0].lower_.rstrip(".") in _w("officials.title_prefixes", "persons.honorifics")  # "Hon'ble Members"
            and len(keep) > 1
            and keep[0].lower_ not in _w("officials.kept_prefix")
        ):
            keep = keep[1:]
        while (
            keep
            and keep[0].pos_ == "ADJ"
            and keep[0].lower_ not in self.mods
            and not self._has_head([keep[0].text])
            and " ".join(t.lower_ for t in keep[:2]) not in self.heads  # "prime minister"
        ):
            keep = keep[1:]
        styles = _w("officials.definite_article")
        while len(keep) > 1 and (is_honorific(keep[-1]) or keep[-1].text == "." or keep[-1].lower_ in styles):
            keep = keep[:-1]  # "State Secretary Dr", "Minister the Hon.": an honorific before the name is no title
        role = _rf.title_case(_rf.role_words_of(keep, _expand)) if keep else None
        return role, country, private

    def _relative_office(self, ent: Span) -> tuple[str | None, str | None, bool]:
        """'X, who heads the energy ministry,': the office a relative clause gives; private unless a government body."""
        if title := _tt.relative_title(ent):
            return self._role_from(title)  # "X, who is Ghana's mines minister,"
        verb = _tt.relative_verb(ent)
        if verb is None:
            return None, None, False
        office = rules().table("officials.office_verbs").get(_lemma(verb))
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if office is None or not objects:
            return None, None, False
        body = [t for t in objects[0].subtree if not (t.pos_ == "DET" and t.i == objects[0].left_edge.i)]
        # "who heads a think tank that studies the junta": a clause on the body says what it does, not what it is
        clauses = {x.i for c in objects[0].children if c.dep_ in ("relcl", "acl") for x in c.subtree}
        own = [t for t in body if t.i not in clauses]
        public = _emp.government_body(own) or any(t.lower_ in _w("officials.government_body_nouns") for t in own)
        role = _rf.title_case([office, *_w("officials.title_of_word"), *(t.text for t in body)])
        return role, self._country_of(body), not public

    def _role_of(self, ent: Span, mentions: list[Official], last: tuple | None) -> tuple:
        """(role, country, private, plural title) from the title before, an apposition, or a shared plural title."""
        doc = ent.doc
        before = self._title_before(ent)
        role, country, private = self._role_from(before)
        after = shared_apposition(ent, self._apposition_after, self.heads)  # "A and B, Members of Parliament,"
        plural = any(_rf.plural_office(t, self.anchors) for t in before) or _rf.plural_words(after, self.heads)
        # "Prince X, Rwanda's Minister of ...", "His Royal Highness Prince X, Crown Prince and Prime Minister,"
        styled = bool(before) and all(is_honorific(t) or t.lower_ in _w("officials.royal_styles") for t in before)
        honorific_only = len(before) == 1 and is_anchor(before[0], self.anchors)
        anchored = any(self._anchor(t) and not is_honorific(t) for t in before)
        titled = titled_before(doc, ent.start, self._anchor) or anchored
        if after and titled and next_names_title(doc, after[-1], self._anchor):
            # "A's Minister of X, N1, B's Minister of Y, N2", "President N1, B's Minister of Y, N2": N2's title
            after = []
        if (role is None or honorific_only or styled) and after and after[0].pos_ != "CCONJ":
            role, country, private = self._role_from(after) if self._role_from(after)[0] else (role, country, private)
        lead = ent.start - (len(before) if honorific_only else 0)  # "the energy minister, Prince X"
        styles = _w("officials.definite_article", "persons.honorific_possessives")
        while lead > ent.sent.start and ((p := doc[lead - 1]).text == "." or is_honorific(p) or p.lower_ in styles):
            lead -= 1  # "the prime minister, Mr X", "the Minister, Her Excellency X"
        listed = last is not None and last[3] and _tt.listed_after(last[0], ent)  # "The governors, A, B and C"
        if (
            (role is None or honorific_only)
            and lead > ent.sent.start
            and doc[lead - 1].text in (",", "(")
            and not listed
        ):
            # "Japan's new prime minister, Sanae Takaichi": the title is an apposition before the name
            title = self._own(self._title_before(ent, end=lead - 1))
            apposed = self._role_from(title)
            plural = plural or plural_title(title, lambda t: is_anchor(t, self.anchors))
            if apposed[0] is None:  # "The governors of the three provinces, A, B and C": plural, shared
                long = self._own(self._long_title_before(ent, lead - 1))
                apposed, plural = self._role_from(long), plural or plural_title(long, self._anchor)
            if apposed[0] is not None or role is None:  # "..., Senators X and Y": the plural title stands
                role, country, private = apposed
        if role is None and after:
            # ", and Sweden's minister, X": most likely the next signatory's title; the best there is
            role, country, private = self._role_from(after)
        if role is None:
            role, country, private = self._relative_office(ent)
        role = role or _rf.post_nominal_office(ent)  # "Liam Byrne MP said": a member of parliament
        if role is None and listed:
            role, country, private, plural = last[1], last[2], False, True  # "Senators Mark Warner and Marco Rubio"
            country = self._respective(ent) or country  # "the presidents of A and B, X and Y": Y is B's
        if role and role.lower().split()[-1] in _w("officials.counterpart_word"):
            prev = [m for m in mentions if m.role and not m.private]
            role = prev[-1].role if prev else role
        role = _rf.singular_role(role, self.heads) if plural else role  # "the two ministers, X and Y": one office each
        if role and plural and (end := place_after_name(doc, ent.end, ent.sent.end)) > ent.end:  # "A of Catamarca"
            role = _rf.own_place_role(role, [t.text for t in doc[ent.end : end]])
        return role, country, private, plural

    def _anchor(self, t: Token) -> bool:
        return is_anchor(t, self.anchors)

    def _own(self, toks: list[Token]) -> list[Token]:
        return own_title(toks, self._anchor)

    def _respective(self, ent: Span) -> str | None:
        """The state in the same place as ``ent`` in its list, of a plural title that names one per name."""
        start, place = list_start(ent)
        doc = ent.doc
        end = start - 1 if start > ent.sent.start and doc[start - 1].text == "," else start
        return respective_country(self._title_before(ent, end=end), place, list_size(doc, start, ent.sent.end))

    def __call__(self, doc: Doc) -> Doc:
        people: dict[str, Official] = {}
        mentions: list[Official] = []
        layouts = (signature_blocks, parliament_layouts)  # a later layout's reading wins
        blocks = {(b.name.start, b.name.end): b for read in layouts for b in read(doc, self.anchors)}
        anchored = {(s.start, s.end) for s in merge_persons(doc, self.anchors, [b.name for b in blocks.values()])}
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
        last = None
        for ent in persons:
            full = _tt.resolve_surname(" ".join(unshouted(ent.text.split())), people)
            block = blocks.get((ent.start, ent.end))
            if block is not None:
                role, country, private = (block.role, None, False) if block.role else self._role_from(block.title)
                country, plural = country or block.country, False
            elif headed_bodies(self._title_before(ent), self._anchor):
                continue  # "the presidents of Alcora and Vantis": bodies the title heads, no people
            else:
                role, country, private, plural = self._role_of(ent, mentions, last)
            if (tag := party_tag(ent)) and chaired_or_public(role, private):  # "Chairman X (R-MI)", "X (EPP, SE)"
                private, country, role = False, country or tag[0], role or tag[1]
            last = (ent, role, country, plural)
            known = people.get(full)
            if known is None:
                rule = "persons.title_anchored" if (ent.start, ent.end) in anchored else "officials.title"
                rule = block.rule if block is not None else rule
                known = Official(full, role, country, private, ent.start, ent.end, ent.sent.text, rules().rule(rule))
                people[full] = known
            else:
                longer = role and known.role and role.lower().startswith(known.role.lower())
                known.role = role if longer else known.role or role  # the fuller title of a later mention
                known.country = known.country or country
                known.private = known.private or (private and not (known.role and not known.private))  # public first
            known.stated = known.stated or any(  # "Chile's mines minister X", not "Ambassador to Japan X"
                t.ent_type_ in ("GPE", "NORP") and t.dep_ in ("poss", "amod", "compound")
                for t in self._title_before(ent)
            )
            mentions.append(known)
        people = merge_initial_forms(_tt.merge_short_names(people))
        fill_countries(doc, persons, people)
        mark_igo_staff(doc, people.values())
        doc._.cmkg_people = list(people.values())
        return doc


def _expand(word: str) -> str:
    """'PM' -> 'Prime Minister': a title abbreviation (``persons.title_abbreviations``) read as its title."""
    return rules().table("persons.title_abbreviations").get(word, word)


def _lemma(t: Token) -> str:
    return (t.lemma_ or t.text).lower()
