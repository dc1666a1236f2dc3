"""Goods a measure leaves open for the next sentence to name.

"Kenya banned exports of several unprocessed minerals on Monday. Among them are titanium and niobium.",
"exports of a range of critical minerals would need a licence. Copper and tantalum are on the list.",
"suspended exports of several ores, the ministry said. Affected are cobalt and antimony ores.": a measure
whose own words name its goods only by a plural placeholder ("several minerals", "a number of metals",
"certain ores") announces them, and the sentence right after it that names minerals gives them, whatever
its verb, unless that sentence is about something else: it names a state, a share, a firm or a person, it
denies ("Lithium is not affected"), or its subject is a singular pronoun (the state: "It also mines
cobalt").
Two more ways the goods come apart from the measure's own words: right after a measure that named no goods,
"the ban" is that measure, not an earlier state's; a measure described by what it would have done ("further
measures which would have extended licensing to X") leaves its goods to the sentence that says what became
of it.
Word lists: ``export_control.item_nouns``, ``more_goods_words``, ``equipment_words``, ``other_activities``,
``market_words``, ``production_share.percent_words``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from cmkg.nlp.components.control_covering import goods_clause
from cmkg.nlp.components.control_denial import counterfactual, negated
from cmkg.nlp.components.control_triggers import minerals_in
from cmkg.nlp.components.parties import Context
from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.sentence_runs import sentences_before
from cmkg.nlp.components.syntax import countries_in, subject_tokens
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w
from cmkg.nlp.statuses import STATUS

__all__ = ["after_goodsless", "described_goods", "named_before", "open_goods", "placeholder", "unrealised"]

_DESCRIBED_REACH = 2  # sentences back to the state 'the country' of a share sentence refers to
_NEXT = 2  # at most this many tokens (line breaks) between the measure's sentence and the one naming its goods


def placeholder(scope: list[Token], named: bool) -> bool:
    """Whether the measure's words leave goods open by a plural item noun: 'several unprocessed minerals', or
    beside goods it names, 'lithium ore and a range of other critical minerals'."""
    more = _w("export_control.more_goods_words")
    return any(
        _lemma(x) in _w("export_control.item_nouns")
        and x.tag_ in ("NNS", "NNPS")
        and x.ent_type_ != "MINERAL"
        and (not named or any(c.lower_ in more for c in x.children))
        for x in scope
    )


def open_goods(sent: Span, ctx: Context) -> list[str]:
    """The minerals of the sentence right after a measure that left its goods open, or none."""
    if ctx.last_measure is None or ctx.last_open_end != ctx.last_measure[3]:
        return []
    if sent.start - ctx.last_open_end > _NEXT:
        return []
    words = list(sent)
    if countries_in(words) or _elsewhere(words) or negated(sent.root, sent):
        return []
    if any(not _goods_subject(s) for s in subject_tokens(sent.root)):
        return []
    return minerals_in(words)


def _elsewhere(words: list[Token]) -> bool:
    """A share ('produces 40% of the world's X'), output or mining, prices or demand, a technology, a firm or a
    person: not the list of goods."""
    percent = _w("production_share.percent_words")
    other = _w("export_control.equipment_words", "export_control.other_activities", "export_control.market_words")
    return any(
        x.lower_ in percent or x.lower_ in other or x.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") for x in words
    )


def _goods_subject(s: Token) -> bool:
    """'Among them are X', 'They are X', 'X and Y head the list': the goods or a plural pronoun for them; 'It'
    stands for the state."""
    if s.pos_ == "PRON":
        return "Plur" in s.morph.get("Number")
    return s.pos_ != "PROPN" or s.ent_type_ == "MINERAL"


def after_goodsless(t: Token, ctx: Context) -> bool:
    """'Namibia banned the export of unprocessed minerals. The ban applies to: ...', after a story about
    another state's ban: right after a measure that named no goods, 'the ban' is that measure."""
    end = ctx.last_goodsless_end
    return end is not None and ctx.last_measure is not None and ctx.last_measure[3] == end and t.sent.start - end <= 2


def unrealised(t: Token, status: str) -> bool:
    """A measure described by what it would have done ('measures which would have extended licensing to X'):
    its goods are remembered for the sentence that says what became of it, unless this one suspends or eases it
    ('..., has been suspended'); one dropped ('dropped a package that would have added X') never applied."""
    clause = goods_clause(t) if _lemma(t) in _w("export_control.clause_measure_nouns") else None
    return clause is not None and counterfactual(clause) and status not in (STATUS.suspended, STATUS.eased)


def named_before(tokens: list[Token]) -> list[str]:
    """'China accounts for 80% of tungsten output and added the metal to its control list': the mineral a
    definite 'the metal' / 'this mineral' stands for, the last one named before it."""
    out: list[str] = []
    for x in tokens:
        definite = any(c.dep_ == "det" and c.lower_ in _w("export_control.anaphoric_determiners") for c in x.children)
        n = _counted(x)  # "licensing for exports of all three metals": the last three named
        if _lemma(x) not in _w("export_control.mineral_anaphors") or not (definite or n) or x.ent_type_ == "MINERAL":
            continue
        start = max(0, x.sent.start - 60)
        named = list(dict.fromkeys(y.ent_kb_id_ for y in reversed(x.doc[start : x.i]) if y.ent_type_ == "MINERAL"))
        if len(named) >= (n or 1):
            out += [m for m in reversed(named[: n or 1]) if m not in out]
    return out


def _counted(x: Token) -> int:
    """The number a plural goods noun is counted by ('the three metals', 'all four minerals'), else 0."""
    counts = rules().table("production_share.number_words")
    words = [c.lower_ for c in x.children if c.dep_ == "nummod"]
    n = next((int(w) if w.isdigit() else counts[w] for w in words if w.isdigit() or w in counts), 0)
    return n if n > 1 and x.tag_ in ("NNS", "NNPS") else 0


def described_goods(sent: Span, owner_of: Callable[[], str | None]) -> list[str]:
    """'Congo mines about 70% of the world's cobalt. Since October it has let exports resume under quotas': a
    measure that names no goods, right after a sentence that gives its owner's share of the world's one mineral
    (no other state named there: 'Malaysia mines ...'; or, in 'The country mines ...', the state it refers to),
    covers that mineral. ``owner_of`` gives the measure's owner, asked only once such a sentence is found."""
    if sent.start == 0:
        return []
    before = sent.doc[sent.start - 1].sent
    goods = minerals_in(before)
    if len(goods) != 1 or not any(
        x.ent_type_ == "PERCENT" or x.lower_ in _w("production_share.world_words") for x in before
    ):
        return []
    owner = owner_of()
    named = countries_in(before) or _last_named(before)
    return goods if owner is not None and set(named) <= {owner} else []


def _last_named(sent: Span) -> list[str]:
    """'For Congo the stakes are large. The country mines ...': the state a sentence that names none refers to, the
    last one named in the few sentences before it."""
    for earlier in sentences_before(sent, _DESCRIBED_REACH):
        named = countries_in(earlier)
        if named:
            return named[-1:]
    return []
