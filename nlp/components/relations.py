"""``cmkg_relations``: typed facts with evidence, sentence by sentence.

Runs the agreement, export-control and production-share rules plus the small
ones here (territory, participation counts, policies), carrying a
:class:`Context` across sentences so pronouns and elided subjects resolve.
Every fact records the sentence's character span in the document, the rule
that fired and a confidence.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.accession import drop_superseded, listed_over_voice, record_members
from cmkg.nlp.components.agreements import Context, find_agreements
from cmkg.nlp.components.announced_sets import find_announced_sets, find_pronoun_members
from cmkg.nlp.components.author_lines import lead_author_state
from cmkg.nlp.components.bare_deals import bare_deals
from cmkg.nlp.components.bystanders import venue_capital
from cmkg.nlp.components.claim_lines import claimed_line
from cmkg.nlp.components.closing_formula import find_signed_instrument
from cmkg.nlp.components.control_entries import entry_states, open_entries, restate_entry
from cmkg.nlp.components.control_lists import grouped_goods
from cmkg.nlp.components.control_places import fronted_place
from cmkg.nlp.components.control_table_rows import control_row_facts
from cmkg.nlp.components.controls import find_controls
from cmkg.nlp.components.counterpart import record_partners
from cmkg.nlp.components.interview_voice import author_office, mark_author, mark_interviewee
from cmkg.nlp.components.introduced import note_introduced
from cmkg.nlp.components.item_datelines import dateline_home, item_homes, live_posts, state_sections
from cmkg.nlp.components.joiners_first import joiners_first
from cmkg.nlp.components.joint_undertakings import find_joint_undertakings
from cmkg.nlp.components.lists import (
    find_bulleted_members,
    find_listed_partners,
    find_member_lists,
    fold_owned_members,
)
from cmkg.nlp.components.member_clauses import find_member_clauses
from cmkg.nlp.components.open_sets import find_completed_sets
from cmkg.nlp.components.page_talks import page_talks
from cmkg.nlp.components.prose import declared_voice
from cmkg.nlp.components.ranked_series import ranked_series
from cmkg.nlp.components.series_followers import series_followers
from cmkg.nlp.components.shares import find_shares
from cmkg.nlp.components.story_owner import protagonist
from cmkg.nlp.components.subject_forms import leader_government
from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.components.syntax_states import government_head
from cmkg.nlp.components.table_rows import row_facts
from cmkg.nlp.components.title_pairs import document_pair, title_pair, title_states
from cmkg.nlp.role_words import role_words
from cmkg.nlp.rules import RuleSet, rules

__all__ = ["Fact", "RelationExtractor"]


@dataclass
class Fact:
    kind: str
    data: dict[str, Any]
    sent_start: int
    sent_end: int
    rule: str
    confidence: float
    sentence: str = ""


LISTED_RULES = frozenset({"agreement.member_list", "agreement.bulleted_members", "agreement.accession"})
AGREEMENT_FIELDS = ("parties", "status", "name", "type", "minerals", "announced_by", "date")


def _remember(ctx: Context, a) -> str | None:
    """What later sentences need of an agreement fact: its name, its pair, its members (the key they go by)."""
    if a.name and len(a.parties) <= 1:
        ctx.last_named = a.name
    record_partners(ctx, a.parties)
    noun = a.trigger.pos_ in ("NOUN", "PROPN")  # a member list's trigger is its verb: the name's last word
    # "The MSP is launched by ...": initials stand for the name, whose head a later "joins the partnership" repeats
    noun = noun and not (a.trigger.text.isupper() and a.name and " " in a.name)
    head = a.trigger.lemma_.lower() if noun else (a.name.split()[-1].lower() if a.name else None)
    if a.rule in LISTED_RULES:  # "The MSP brings together: ...": the communique's 'we' is its members
        ctx.doc_pair = list(a.parties)
    return record_members(ctx, a.name, a.parties, head)


class RelationExtractor:
    def __init__(self, nlp: Language, name: str = "cmkg_relations", rule_set: RuleSet | None = None) -> None:
        self.name = name
        self.rules = rule_set or rules()

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.cmkg_published or ""
        mark_interviewee(doc, title_states(doc._.cmkg_title or ""))
        office = author_office(doc._.cmkg_title or "")  # "Thread by X, Minister of ... of Mongolia": whose 'we'
        if office is not None:
            mark_author(doc, title_states(office))
        elif (lead := lead_author_state(doc)) is not None:  # "Remarks by X, ..., U.S. Department of State, at"
            mark_author(doc, [lead])
        opening = document_pair(doc)  # kept apart: the sentences may replace ctx.doc_pair with a list's voice
        ctx = Context(
            people={p.name: p for p in (doc._.cmkg_people or [])},
            year=int(published[:4]) if published[:4].isdigit() else None,
            month=int(published[5:7]) if published[5:7].isdigit() else None,
            doc_pair=list(opening),
            title_pair=title_pair(doc._.cmkg_title or "", doc._.cmkg_publisher),
            title_states=title_states(doc._.cmkg_title or ""),
            home=dateline_home(doc),
        )
        ctx.protagonist = protagonist(doc, ctx)  # the news story's own state: the side its partner-only deals omit
        facts: list[Fact] = []
        self._mentions: list[tuple[Fact, str | None, bool]] = []
        doc_ents = doc.ents  # read once: spaCy rebuilds every entity of the document at each doc.ents or sent.ents
        starts = [e.start for e in doc_ents]
        entries = entry_states(doc)  # a chronology's "1 August 2023 - China": whose the entry under it is
        chronicled, entry_start = bool(entries), 0
        items = list(item_homes(doc))  # a roundup's datelined or state-headed items: each a story of its own
        headed = {start for start, _ in state_sections(doc)}
        posts = {start for start, _ in live_posts(doc)}  # a live page's posts keep the page's place
        for sent in doc.sents:
            while items and items[0][0] <= sent.start_char:
                start, home = items.pop(0)
                ctx.open_item(ctx.home if start in posts else home, start in headed)
            entry_start = len(facts) if open_entries(ctx, entries, sent.start_char) else entry_start
            ents = _ents_within(doc_ents, starts, sent)
            ctx.doc_pair = declared_voice(sent) or ctx.doc_pair  # "We, the Ministers of A, B and C,"
            facts += self._sentence_facts(sent, ctx, ents)
            if chronicled:  # "Status: suspended until ..." under the entry
                restate_entry(facts[entry_start:], sent)
            self._update(ctx, sent, ents)
        # "Signed at X on 3 May, in duplicate.": the text's own pair, which a member list told later does not replace
        signed = find_signed_instrument(doc, opening if len(opening) >= 2 else ctx.doc_pair)
        if signed is not None:
            sent, a = signed
            data = {k: getattr(a, k) for k in AGREEMENT_FIELDS}
            facts.append(Fact("agreement", data, sent.start_char, sent.end_char, a.rule, a.confidence, sent.text))
        # a listed member set that a later accession enlarged is the same agreement before the change
        gone = drop_superseded([(f.data["parties"], key, joined) for f, key, joined in self._mentions])
        stale = {id(self._mentions[k][0]) for k in gone}
        narrowed = listed_over_voice([(f.rule, f.data["parties"], key) for f, key, _ in self._mentions])
        for voice, listed in narrowed.items():  # the list says who; the voice's verb said what became of it
            self._mentions[listed][0].data["status"] = self._mentions[voice][0].data["status"]
        stale |= {id(self._mentions[k][0]) for k in narrowed}
        # "Today D and E signed the Z Declaration, joining ... The Declaration was signed by A, B and C": one set
        stale |= joiners_first(doc, [f for f in facts if id(f) not in stale])
        doc._.cmkg_facts = [f for f in facts if id(f) not in stale]
        return doc

    def _sentence_facts(self, sent: Span, ctx: Context, ents: list[Span]) -> list[Fact]:
        facts: list[Fact] = []
        if claimed_line(sent):  # 'Claim 2: "A has banned exports of X."': a fact-check's quoted claim
            return facts

        def add(kind: str, data: dict, rule: str, conf: float) -> None:
            facts.append(Fact(kind, data, sent.start_char, sent.end_char, rule, conf, sent.text))

        listed, found, keys = self._sentence_agreements(sent, ctx)
        for a in listed + found:
            data = {k: getattr(a, k) for k in AGREEMENT_FIELDS}
            add("agreement", data, a.rule, a.confidence)
            self._mentions.append((facts[-1], a.accession or keys.get(id(a)), a.accession is not None))
        rows = control_row_facts(sent)  # "China | Licensing of X | rare earths | In force |": its record only
        prose = find_controls(sent, ctx) if rows is None or rows[1] < sent.end_char else []
        for c in prose if rows is None else rows[0] + [c for c in prose if c.trigger.idx >= rows[1]]:
            # "measures on samarium, terbium and yttrium related items": elements of a group are also the group
            data = {
                "country": c.country,
                "minerals": grouped_goods(c.minerals),
                "status": c.status,
                "measure": c.measure,
            }
            add("export_control", data, c.rule, c.confidence)
        for s in find_shares(sent, ctx):
            data = {
                "country": s.country,
                "activity": s.activity,
                "mineral": s.mineral,
                "share_percent": s.share_percent,
            }
            add("production_share", data, s.rule, s.confidence)
        for terr, owner in self._territories(sent, ents):
            add("territory_of", {"territory": terr, "country": owner}, self.rules.rule("territory.appos_of"), 0.85)
        for n, extra in self._counts(sent):
            data = {"count": n, "additional": extra, "agreement": ctx.last_named}
            add("participation", data, self.rules.rule("participation.count_noun"), 0.6)
        return facts

    def _sentence_agreements(self, sent: Span, ctx: Context) -> tuple[list, list, dict]:
        """The sentence's listed sets and found agreements, and the mention keys they were remembered under: the
        list rules run first, since a list completing an agreement or a table row replaces what the verb rules
        read."""
        # "The other members are A, B and C" completing one state's agreement is that agreement, not a new list
        completed = find_completed_sets(sent, ctx)
        listed = find_listed_partners(sent, ctx) + (completed or find_member_lists(sent, ctx))
        listed += find_bulleted_members(sent, ctx)
        sets = find_announced_sets(sent, ctx) or find_pronoun_members(sent, ctx)  # "has four members: A, B, C"
        clauses = [] if sets else find_member_clauses(sent, ctx)  # "the X format, which links A and B with C"
        clauses += find_joint_undertakings(sent, ctx)  # "A and B agreed to carry out a joint survey"
        # "The Z format links A and B with C": the clause's whole set, not the object list a list rule read
        listed = [b for b in listed if not any(set(b.parties) < set(a.parties) for a in clauses)]
        sets = [a for a in sets + clauses if not any(set(a.parties) <= set(b.parties) for b in listed)]  # a list's
        listed += sets
        # remembered before the agreement rules run: "... members: A, B, C. D joined the Z" may be one sentence
        keys = {id(a): _remember(ctx, a) for a in listed}
        found = find_agreements(sent, ctx)
        found += ranked_series(sent, ctx)  # "X is its tenth partnership; earlier ones include A and B"
        row = row_facts(sent, ctx)  # "| 20 Oct | Framework | United States, Australia | signed |": its record only
        listed, found = ([], row) if row is not None else (listed, found)
        # "The pact has been joined by A and B": the joiners alone are the completed set's newcomers
        # "Five countries — A, B, C — signed": a part of the listed set is the same agreement
        found = [a for a in found if not any(set(a.parties) < set(b.parties) for b in completed + sets)]
        # "A is a member of the Z, whose members also include B and C": A's named mention is part of the listed Z
        found = [
            a for a in found if not any(a.name and a.name == b.name and set(a.parties) < set(b.parties) for b in listed)
        ]
        listed = fold_owned_members(listed, found)  # "the X Agreement, ..., whose other members are B and C"
        found += bare_deals(sent, ctx, listed + found)  # "it said it was negotiating with C": no instrument noun
        found += page_talks(sent, ctx, listed + found)  # "talks are under way with X": the page's government's
        found += series_followers(sent, ctx, listed + found)  # "Namibia and Kazakhstan followed in 2022"
        keys.update({id(a): _remember(ctx, a) for a in found})
        if not listed and not found and row is None:  # "Leaders adopted an Action Plan": its endorsers come next
            note_introduced(sent, ctx)
        return listed, found, keys

    def _territories(self, sent: Span, ents: list[Span]):
        doc = sent.doc
        for e in (e for e in ents if e.label_ == "GPE" and e.kb_id_):
            window = doc[e.end : min(sent.end, e.end + 10)]
            words = [t.lower_ for t in window]
            k = next((n for n, w in enumerate(words) if w in self.rules.words("territory.owner_nouns")), None)
            if k is not None and k + 1 < len(window) and window[k + 1].lower_ in self.rules.words("territory.of_word"):
                for t in window[k + 2 :]:
                    if t.ent_type_ == "GPE" and t.ent_kb_id_ and t.ent_kb_id_ != e.kb_id_:
                        yield e.kb_id_, t.ent_kb_id_
                        break

    def _counts(self, sent: Span):
        for t in sent:
            if t.like_num and t.head.lower_ in self.rules.words("participation.count_nouns") and t.dep_ == "nummod":
                try:
                    n = int(t.text.replace(",", ""))
                except ValueError:
                    continue
                extra = any(c.lower_ in self.rules.words("participation.additional_words") for c in t.head.children)
                yield n, extra

    def _update(self, ctx: Context, sent: Span, ents: list[Span]) -> None:
        root = sent.root
        subj = subject_tokens(root) if root.pos_ in ("VERB", "AUX") else []
        # "The Biden administration has sought ... It signed": a government named by its leader is a subject too
        codes = _actor_states(subj) or [x for x in (leader_government(s, ctx.people) for s in subj) if x]
        codes += [x for x in _officials_states(subj, ctx) if codes and x not in codes]  # each signer's state
        if not codes and subj and all(government_head(s) for s in subj):
            place = fronted_place(root)  # "In Libreville, the government confirmed ...": the story turns to Gabon
            codes = [place] if place else []
        if not codes:
            for verb in (c for c in root.children if c.dep_ in ("ccomp", "xcomp")):
                codes = _actor_states(subject_tokens(verb))
                if codes:
                    break
        # "Switzerland hosts the talks but is not a party", "Qatar mediated the talks": the host or mediator of
        # talks is no side a later 'the two sides' could mean (a meeting 'hosted by Sweden's minister' among the
        # ministers who sign is not such a sentence: its verb is no witness verb over talks)
        met = _met_pair(root, subj, codes, ctx)  # "Carney met with the Prime Minister of Japan": the pair met
        ctx.met_pair = met or ([] if set(codes) - set(ctx.met_pair) else ctx.met_pair)
        aside = set(codes) if _hosts_talks(root) else set()
        codes = [x for x in codes if x not in aside]
        if codes:
            ctx.last_subjects = codes
            for code in dict.fromkeys(codes):
                ctx.subject_counts[code] = ctx.subject_counts.pop(code, 0) + 1
        states = [e for e in ents if e.label_ in ("GPE", "NORP") and e.kb_id_ and not venue_capital(e)]
        named = [e.kb_id_ for e in states if e.kb_id_ not in aside]
        ctx.last_countries += named
        ctx.recent_states = [*ctx.recent_states[-2:], named]
        words = {w: p for name, p in ctx.people.items() for w in name.split()}  # "Minister Ahn": "Ahn Duk-geun"
        named = [e for e in ents if e.label_ == "PERSON" and _not_in_passing(e, subj)]
        officials = [ctx.people.get(e.text) or words.get(e.text.split()[-1]) for e in named]
        ctx.last_people = list(dict.fromkeys(p.country for p in officials if p and p.country and not p.private))


def _not_in_passing(e: Span, subj: list[Token]) -> bool:
    """'The vice minister pointed to the memorandum agreed during President Yoon's visit. ..., he said': when the
    subject is an official by title alone, a name only owning a noun outside the subject ('Yoon's visit') is named in
    passing; 'he' is the subject.  A person met or named otherwise ('to meet Zambia's minister, X') still counts."""
    titled = [s for s in subj if s.ent_type_ != "PERSON" and s.lemma_.lower() in role_words("head")]
    inside = any(e.start >= s.left_edge.i and e.end <= s.right_edge.i + 1 for s in titled)
    return not titled or inside or e.root.dep_ != "poss"


def _officials_states(subj: list[Token], ctx: Context) -> list[str]:
    """'signed by A, the minister of industry, and B, Uzbekistan's minister': when one signer's title names his
    state, a signer the story already knows acts for his own, or the titled one alone would become the story's
    main actor."""
    names = [e for s in subj for e in s.doc.ents if e.label_ == "PERSON" and e.start <= s.i < e.end]
    people = [ctx.people.get(e.text) for e in names]
    return list(dict.fromkeys(p.country for p in people if p and p.country and not p.private))


def _met_pair(root: Token, subj: list[Token], codes: list[str], ctx: Context) -> list[str]:
    """'Today, Prime Minister Carney met with the Prime Minister of Japan, Ishiba Shigeru': a readout names one side
    as subject (a state, or an official the story knows) and the other as the met object, by name or by its known
    official (``officials.encounter_verbs``); 'The leaders agreed ...' after it is those two, not the pair of an
    earlier readout on the page.  Only one state on each side."""
    words = rules().words
    own = codes or _officials_states(subj, ctx)
    if len(own) != 1 or root.lemma_.lower() not in words("officials.encounter_verbs"):
        return []
    met = [c for c in root.children if c.dep_ == "dobj"]
    met += [
        o for p in root.children if p.lower_ in words("officials.with_word") for o in p.children if o.dep_ == "pobj"
    ]
    named = [x.ent_kb_id_ for o in met for x in o.subtree if x.ent_type_ == "GPE" and x.ent_kb_id_]
    people = [
        e for o in met for e in root.doc.ents if e.label_ == "PERSON" and o.left_edge.i <= e.start <= o.right_edge.i
    ]
    named += [p.country for e in people if (p := ctx.people.get(e.text)) and p.country and not p.private]
    states = set(named) - set(own)
    return [*own, *states] if len(states) == 1 and set(named) <= states else []


def _hosts_talks(verb: Token) -> bool:
    """A witness verb (``agreement.witness_verbs``: host, mediate, facilitate ...) whose object is talks
    (``status.talks_nouns``): its subject looks on at others' talks."""
    witness = (verb.lemma_ or verb.text).lower() in rules().words("agreement.witness_verbs")
    return witness and any(o.dep_ == "dobj" and o.lower_ in rules().words("status.talks_nouns") for o in verb.children)


def _ents_within(doc_ents: tuple[Span, ...], starts: list[int], sent: Span) -> list[Span]:
    """``sent.ents`` from the document's entities read once, by spaCy's own rule: from the first entity
    starting in the sentence, each one that also ends in it, up to the first that does not."""
    out = []
    for e in doc_ents[bisect_left(starts, sent.start) :]:
        if e.end > sent.end:
            break
        out.append(e)
    return out


def _actor_states(subj: list) -> list[str]:
    """The states a subject names, but not as a firm's nationality ('the claimant's minority shareholder, a US
    fund, could not bring a claim': no US subject for the next sentence's 'the Ministry')."""
    firms = rules().words("agreement.company_words") | rules().words("officials.private_actor_nouns")
    private = {
        x.ent_kb_id_
        for s in subj
        for x in s.subtree
        if x.ent_kb_id_ and x.dep_ in ("amod", "compound", "nmod") and _firm_noun(x.head, firms)
    }
    return [c for c in countries_in(subj) if c not in private]


def _firm_noun(n: Token, firms: frozenset[str]) -> bool:
    """A firm's noun, or the apposition of one ('the claimant's shareholder, a US fund')."""
    return n.lemma_.lower() in firms or (n.dep_ == "appos" and n.head.lemma_.lower() in firms)
