"""Goods an export control names in a list: after a colon, in bullets or numbered items, in the lines after
a sentence that announces them ("the following items:", "The measures cover:").

A list item is read alone, cut at its mark or line break; an item naming a technology names no goods; an
item headed by a category ("Scandium-related items: ...") names that category's mineral.
Word lists: ``export_control.cataphoric_words``, ``annex_nouns``, ``annex_part_nouns``, ``item_label_words``,
``item_marks``, ``category_words``,
``equipment_words``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.components.control_triggers import minerals_in
from cmkg.nlp.components.sentence_runs import opens_line
from cmkg.nlp.components.syntax import dated_phrase
from cmkg.nlp.rules import words as _w

__all__ = ["before_list", "grouped_goods", "listed_after", "listed_goods", "members_after"]

_ITEM_WORDS = 10  # at most this many words in a list item the parser reads as a clause


def listed_after(scope: list[Token]) -> list[str]:
    """'the export of the following minerals is prohibited: 1. Raw graphite 2. ...': the items listed next.

    A notice names its goods in the verbless items after the sentence that announces them.
    """
    if not scope:
        return []
    out: list[str] = []
    if _announces_list(scope):
        opener = _line_end_colon(scope[0].sent)
        # the list starts after the colon's line break ("...on Monday:\n\n1. cobalt" may be one sentence)
        end = opener + 1 if opener is not None and opener + 1 < scope[0].sent.end else scope[0].sent.end
        out = _items_from(scope[0].doc, end)
    annex = None if out else _annex_start(scope)
    return _items_from(scope[0].doc, annex) if annex is not None else out


def members_after(scope: list[Token]) -> list[Token]:
    """Phrases of the measure's goods the parser hangs on the verb, right after the measure's phrase: a member
    phrase on a pronoun ('the licences for seven rare earths, among them samarium and terbium, that ...',
    ``export_control.member_prepositions``) or a coordinated phrase of a preposition the measure's phrase has
    ('China's requirements on gallium, in force since 2023, and on graphite, in force since December'; '...
    on gallium from 2023, on graphite products from December 2023 and on antimony from September 2024'), also where
    the parser hung the phrase on the measure's verb."""
    held = {x.i for x in scope}
    own = {c.lower_ for y in scope for c in y.children if c.dep_ == "prep"}
    root = next((y for y in scope if y.head.i not in held or y.head.i == y.i), None)
    out: list[Token] = []
    for x in scope[0].sent if scope else []:
        # a series: each phrase joins the next one on; or a phrase of the same preposition on the measure's verb
        sibling = root is not None and root.dep_ in ("dobj", "nsubj", "nsubjpass") and root.head.pos_ == "VERB"
        sibling = sibling and x.head.i == root.head.i and x.lower_ in own and x.dep_ == "prep" and not dated_phrase(x)
        if x.i not in held and (_after(x, held, own) or sibling):
            out += x.subtree
            held |= {y.i for y in x.subtree}
    return out


def _after(x: Token, held: set[int], own: set[str]) -> bool:
    if x.pos_ != "ADP" or x.dep_ not in ("prep", "conj") or x.i < 2:
        return False
    before, k = x.doc[x.i - 1], x.i - 2
    while k > 0 and x.doc[k].is_punct:
        k -= 1
    series = before.dep_ == "cc" or before.text == ","  # '..., and on graphite', '..., on graphite products'
    relative = any(c.tag_ in ("WDT", "WP") for c in x.children)  # not '..., on which A relies'
    if series and (before.head.i in held or k in held) and not relative and x.lower_ in own:
        return True  # the phrase goes on the measure's series
    members = x.lower_ in _w("export_control.member_prepositions") and {x.i - 1, x.i - 2} & held
    # 'among them X and Y', or 'including X and Y' the parser hung on the verb
    return bool(members) and any(
        c.dep_ == "pobj" and (c.pos_ == "PRON" or c.ent_type_ == "MINERAL") for c in x.children
    )


def _items_from(doc: Doc, end: int) -> list[str]:
    """The goods of the verbless list items from token ``end`` on, up to the next sentence."""
    out: list[str] = []
    mark_alone = False  # the splitter cut "4." off its item: the text after it is that item
    while end < len(doc) and len(out) < 20:
        item = _line_at(doc[end])
        verbal = any(x.pos_ in ("VERB", "AUX") and x.dep_ != "amod" and x.ent_type_ != "MINERAL" for x in item)
        if verbal and not _marked(item) and not mark_alone:
            break  # a sentence again: the list is over ("1. lithium concentrates" is an item, whatever its parse)
        out += [m for m in _item_goods(item) if m not in out]
        words = [x for x in item if not x.is_space]
        labels = _w("export_control.item_label_words")  # "Item 1." alone before its text
        mark_alone = (
            bool(words) and _marked(item) and all(x.like_num or x.is_punct or x.lower_ in labels for x in words)
        )
        end = item.end
    return out


def _annex_start(scope: list[Token]) -> int | None:
    """'The items listed in the Annex to this Announcement shall not be exported without a licence': a gazette
    names its goods in an annex further down; the list starts on the line after the line that opens with the
    annex's name ('Annex: List of controlled items')."""
    names = {x.lower_ for x in scope if _lemma_of(x) in _w("export_control.annex_nouns")}
    if not names:
        return None
    doc = scope[0].doc
    for x in doc[scope[0].sent.end :]:
        if x.lower_ in names and opens_line(x):
            part = _part_label(scope, names)  # "any mineral listed in Part I of the Schedule": under that part's line
            heading = next((y for y in doc[x.i + 1 :] if opens_line(y) and _opens_part(y, part)), None) if part else x
            return _next_line(heading if heading is not None else x)
    return None


def _part_label(scope: list[Token], annexes: set[str]) -> tuple[str, str] | None:
    """('part', 'i') for 'Part I of the Schedule', ('list', 'a') for 'List A of the Annex': the division of the annex
    a measure names ('Part I of the Mines and Minerals Act' is another document's)."""
    for x in scope[:-3]:
        nxt, of = x.doc[x.i + 1], x.doc[x.i + 2]
        annex = x.doc[x.i + 4] if x.doc[x.i + 3].tag_ == "DT" and x.i + 4 < len(x.doc) else x.doc[x.i + 3]
        labelled = x.lower_ in _w("export_control.annex_part_nouns") and x.text[:1].isupper() and nxt.text[:1].isalnum()
        if labelled and of.lower_ in _w("syntax.of_prepositions") and annex.lower_ in annexes:
            return x.lower_, nxt.lower_
    return None


def _opens_part(y: Token, part: tuple[str, str]) -> bool:
    return y.lower_ == part[0] and y.i + 1 < len(y.doc) and y.doc[y.i + 1].lower_.rstrip(":.") == part[1]


def _next_line(x: Token) -> int | None:
    """The first token of the line after the one ``x`` is on."""
    breaks = [y.i for y in x.doc[x.i :] if y.is_space and "\n" in y.text]
    return breaks[0] + 1 if breaks and breaks[0] + 1 < len(x.doc) else None


def _marked(item: Span) -> bool:
    """Whether a line opens with a list mark: a bullet or dash, or a number with a stop ('1.', '2)')."""
    words = [x for x in item if not x.is_space]
    if not words:
        return False
    labelled = words[0].lower_ in _w("export_control.item_label_words")  # "Item 1. Lithium ores; HS 2530.90"
    opened = len(words) > 2 and (words[0].text in _w("export_control.number_openers") or labelled)
    if opened:
        words = words[1:]  # "(1) Scandium-related items: ...", "(a) ..."
    enumerator = words[0].like_num or (len(words[0].text) == 1 and words[0].text.isalpha())
    numbered = len(words) > 1 and enumerator and words[1].text in _w("export_control.number_stops")
    # a short line with no auxiliary: "- The ban on X is maintained." is a sentence under a bullet
    auxiliary = any(x.pos_ == "AUX" for x in words)
    short = len(words) <= _ITEM_WORDS and not auxiliary
    # "(2) Hafnium-related items: hafnium metal in any form, including sponge ...": a bracketed number opens an
    # item however long
    bracketed = numbered and opened and not auxiliary
    return bracketed or (short and (words[0].text in _w("export_control.item_marks") or numbered))


def _line_at(x: Token) -> Span:
    """The sentence at ``x``, cut at its first line break: a list item the parser ran into the next paragraph
    ('2. gallium\n\n"Supply is tight," said ...') is the item alone."""
    sent = x.sent
    breaks = [y.i for y in sent if y.i > x.i and y.is_space and "\n" in y.text]
    return x.doc[x.i : breaks[0] + 1] if breaks else x.doc[x.i : sent.end]


def _announces_list(scope: list[Token]) -> bool:
    """'the following items', 'as listed below', or a line that ends in a colon ('The measures cover:')."""
    cataphoric = any(x.lower_ in _w("export_control.cataphoric_words") for x in scope)
    return cataphoric or _line_end_colon(scope[0].sent) is not None


def _line_end_colon(sent: Span) -> int | None:
    """The index of the line break after a colon that ends the sentence's first line, or of the final colon."""
    tokens = [x for x in sent if not x.is_space]
    if tokens and tokens[-1].text == ":":
        return tokens[-1].i
    for x in sent:
        if x.text == ":" and x.i + 1 < sent.end and x.doc[x.i + 1].is_space and "\n" in x.doc[x.i + 1].text:
            return x.i + 1
    return None


def listed_goods(sent: Span, scope: list[Token]) -> list[str]:
    """After 'the following items ...:', the items of the list that follows the colon, one by one
    ('- antimony ores - antimony metal - gold-antimony smelting technology': the last is technology)."""
    colon = _list_colon(sent, scope)
    if colon is None:
        return []
    out: list[str] = []
    for item in _items(sent.doc[colon + 1 : sent.end]):
        out += [m for m in _item_goods(item) if m not in out]
    return out


def _list_colon(sent: Span, scope: list[Token]) -> int | None:
    """The colon that opens the list a cataphoric scope announces ('the following items:')."""
    colons = [x.i for x in sent if x.text == ":"]
    # "... three measures abroad: China's licensing regime on X; the suspension of Y exports": a measure inside
    # the list names its own goods
    if colons and scope and scope[0].i > colons[0]:
        return None
    if colons and (
        any(x.lower_ in _w("export_control.cataphoric_words") for x in scope) or _items_announced(sent, colons[0])
    ):
        return colons[0]
    return None


def _items_announced(sent: Span, colon: int) -> bool:
    """'The following items will require an export licence: X, Y': goods announced by the sentence's own
    subject, outside the measure's phrase."""
    return any(
        x.lower_ in _w("export_control.cataphoric_words") and _lemma_of(x.head) in _w("export_control.item_nouns")
        for x in sent
        if x.i < colon
    )


def _lemma_of(x: Token) -> str:
    return x.lemma_.lower()


def _items(span: Span) -> list[Span]:
    """A run of list items cut at item marks (dashes, bullets, semicolons) and line breaks."""
    marks = _w("export_control.item_marks")
    # a mark after a space opens an item; 'gold-antimony' keeps its hyphen
    spaced = [x for x in span if x.i == span.start or x.doc[x.i - 1].whitespace_ or x.doc[x.i - 1].is_space]
    cuts = [x.i for x in spaced if x.text in marks] + [x.i for x in span if x.is_space and "\n" in x.text]
    cuts = sorted(set(cuts))
    bounds = [span.start, *cuts, span.end]
    return [span.doc[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def before_list(tokens: list[Token], sent: Span, scope: list[Token]) -> list[Token]:
    """The tokens before the colon of an announced list: the list's items speak for themselves."""
    colon = _list_colon(sent, scope)
    return tokens if colon is None else [x for x in tokens if x.i < colon]


def _item_goods(item: Span) -> list[str]:
    """'(3) Scandium-related items: scandium oxide; aluminium-scandium alloy targets': an item headed by a
    category names that category's mineral only."""
    if any(x.lower_ in _w("export_control.equipment_words") for x in item):
        return []  # "- gold-antimony smelting and separation technology": an item of technology, not goods
    related = _w("export_control.category_words")
    # "Scandium-related items", "gallium related": the category word right after the mineral, not after a
    # coordination ("manganese, lithium and related compounds" names both)
    heads = [x for x in item if x.ent_type_ == "MINERAL" and _category_after(x, item, related)]
    return minerals_in(heads) if heads else minerals_in(item)


def _category_after(x: Token, item: Span, related: frozenset[str]) -> bool:
    for y in item[x.i - item.start + 1 : x.i - item.start + 4]:
        if y.lower_ in related:
            return True
        if not (y.is_punct and y.text in "-‐‑") and y.ent_type_ != "MINERAL":
            return False
    return False


def grouped_goods(minerals: list[str]) -> list[str]:
    """'measures on samarium, gadolinium, terbium ... related items': two or more elements of a group the gazetteer
    names as a mineral of its own (the rare earths) are also that group, as the conventions record them; one
    element alone ('scandium and hafnium') is not."""
    g = gazetteer()
    groups = [g.minerals[m].group for m in minerals if m in g.minerals and g.minerals[m].group not in ("", m)]
    extra = [
        grp for grp in dict.fromkeys(groups) if groups.count(grp) > 1 and grp in g.minerals and grp not in minerals
    ]
    return minerals + extra
