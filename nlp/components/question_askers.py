"""Members of a parliament who ask the questions a written answer replies to.

Parliaments publish written questions and answers in a few fixed layouts: "Asked by Jo Bloggs (Seat)",
"Asked by: Jo Bloggs (Party - Seat)", "Member: Jo Bloggs (Party)", "Jo Bloggs (Party—Seat) to the Minister for
X (date):", "Question for written answer ... by Jo Bloggs (GROUP)", "1482. SHRI J. BLOGGS:".  The asker is a
holder of public office the sentence parser never reads as one: the name has no title, and the layout is the
evidence.  Only on a page that says it is a parliamentary question (``persons.question_page_markers``) or a
record of a sitting, whose speaker lines take the same form (``persons.debate_page_markers``); the
office is the parliament's (``persons.parliament_member_roles``), the country the publishing government's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from cmkg.nlp.components.doc_text import doc_text
from cmkg.nlp.components.name_forms import glued_initial_name, peer_name_end
from cmkg.nlp.components.persons import is_honorific, not_a_name
from cmkg.nlp.components.sentence_runs import opens_line
from cmkg.nlp.components.signatures import NAME_WORD, SignatureBlock
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["question_askers"]

MAX_NAME_WORDS = 5
OPENER_REACH = 6  # tokens between an asking participle and its 'by' ('tabled on 10 March 2025 by')
MAX_BRACKET = 16  # tokens: a party and a seat ("Liberal Democrat - Brecon, Radnor and Cwm Tawe")
DEFAULT_ROLE = "default"  # the key of persons.parliament_member_roles for any parliament but those it names


def _initial(t: Token) -> bool:
    return len(t.text) == 2 and t.text.endswith(".") and t.text[0].isupper()


def _name_end(doc: Doc, k: int, heads: frozenset[str]) -> int:
    """Index after the name at ``k`` ('Alasdair Munro-Kaur', 'K. R. Venkatesan', 'Callum Mac an tSaoir'); ``k``
    when no name of two words or more starts there."""
    if (peer := peer_name_end(doc, k, len(doc))) > k:
        return peer  # 'Lord Haddad of Penrith:'
    if k < len(doc) and doc[k].tag_ == "DT":
        return k  # 'The Minority Leader (Mr X) said': an office named with its article, no name
    j, words = k, 0
    particles = _w("persons.name_particles")
    while j < len(doc) and words <= MAX_NAME_WORDS and "\n" not in doc[j].text:
        t = doc[j]
        hyphen = t.text == "-" and not t.whitespace_ and j > k and not doc[j - 1].whitespace_
        if j > k and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and t.is_alpha:
            words += t.text[:1].isupper()  # 'Min-jun', 'al-Qahtani': a hyphenated part, lower case or not
        elif _initial(t) or glued_initial_name(t) or (NAME_WORD.fullmatch(t.text) and t.text[:1].isupper()):
            if not_a_name(t, heads) or (t.ent_type_ in ("GPE", "NORP", "ORG") and t.ent_kb_id_):
                return k
            if t.is_stop and t.text.isupper() and len(t.text) > 1:
                return k  # 'SUMMARY RECORD OF PROCEEDINGS (...)': a capitalised heading, no name
            words += 1
        elif not (hyphen or t.lower_ in particles):
            break
        j += 1
    return j if 2 <= words <= MAX_NAME_WORDS else k


def _name_start(doc: Doc, i: int, chained: bool = False) -> int | None:
    """Where an asker's name may start at token ``i``: after an opener ('Asked by:', 'Member:', '... Rule 144, by'),
    after a line-opening question number ('1482.'), at a line's start, or right after the colon of the asker
    before (``chained``: '1482. SHRI X: SMT. Y: DR. Z:', co-askers whose lines a page dump ran together);
    honorifics skipped."""
    t = doc[i]
    if t.lower_ in _w("persons.asker_openers"):
        i += 1
        while i < len(doc) and (doc[i].lower_ in _w("officials.by_word") or doc[i].text == ":"):
            i += 1
    elif t.lower_ in _w("officials.by_word") and t.sent[0].lower_ in _w("persons.question_nouns"):
        i += 1  # "Question for written answer E-1/2025 to the Commission, by X (GROUP)"
    elif t.lower_ in _w("officials.by_word") and any(
        x.lower_ in _w("persons.asker_openers") for x in doc[max(t.sent.start, i - OPENER_REACH) : i]
    ):
        i += 1  # "UIN 38413, tabled on 10 March 2025 by X (Party, Seat)": the opener, a date, then 'by'
    elif opens_line(t) and t.like_num and i + 1 < len(doc) and doc[i + 1].text == ".":
        i += 2  # "1482. SHRI X:"
    elif not (opens_line(t) or chained):
        return None
    while i < len(doc) and (is_honorific(doc[i]) or doc[i].text == "."):
        i += 1
    return i if i < len(doc) else None


def _shouted_surname(t: Token, heads: frozenset[str]) -> bool:
    """'CARRODUS', 'ASHWORTH-LEE' after a style: a record of a sitting gives a member by surname in capitals; its
    bracket (seat, time) must follow, which ``_asks`` checks."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (
        t.is_alpha
        and t.text.isupper()
        and len(t.text) >= 3
        and nxt is not None
        and nxt.text == "("
        and not not_a_name(t, heads)
        and not (t.ent_type_ in ("GPE", "NORP", "ORG") and t.ent_kb_id_)
    )


def _asks(doc: Doc, end: int, heads: frozenset[str], numbered: bool, peer: bool = False) -> bool:
    """What follows the name marks an asker: a bracket (party, seat or group), or a colon that ends the line or
    follows a numbered question's asker. A peer's name, which the style marks as a name, needs less: the end of
    its line ('Asked by Baroness X of Y'), a comma ('Asked by Lord X, to ask ...') or the asking verb."""
    if end >= len(doc):
        return peer
    line_broken = opens_line(doc[end]) or doc[end].is_space  # the name is the last thing on its line
    if peer and (doc[end].text == "," or doc[end].lower_ in _w("persons.asker_openers") or line_broken):
        return True
    if doc[end].text == "(":
        # "(Minority):": the tokenizer may keep the closing bracket and the colon as one token
        close = next((j for j in range(end + 1, min(len(doc), end + MAX_BRACKET)) if doc[j].text[:1] == ")"), None)
        return close is not None and not any(not_a_name(t, heads) for t in doc[end + 1 : close])  # not "(Minister)"
    line_end = end + 1 == len(doc) or "\n" in doc[end].whitespace_ + doc[end + 1].text
    opener = " ".join(t.lower_ for t in doc[end + 1 : end + 3]) in _w("persons.question_openers")
    return doc[end].text == ":" and (line_end or numbered or opener)  # "X: To ask ...": the line joined to its asker


def question_askers(doc: Doc, heads: frozenset[str]) -> list[SignatureBlock]:
    """The askers of a parliamentary question page, with the parliament's office and the publisher's country."""
    text = f"{doc._.cmkg_title or ''}\n{doc_text(doc)}".lower()  # "Written Question 04512 (2025): ..." as the title
    debate = doc._.cmkg_publisher and any(marker in text for marker in _w("persons.debate_page_markers"))
    if not debate and not any(marker in text for marker in _w("persons.question_page_markers")):
        return []  # a record of a sitting is a parliament's own page; a news story that mentions Hansard is not
    country = doc._.cmkg_publisher
    roles = rules().table("persons.parliament_member_roles")
    role = roles.get(country or "", roles[DEFAULT_ROLE])
    out: list[SignatureBlock] = []
    taken: set[int] = set()
    colon = -1  # the colon closing the last asker's name: a co-asker's name may follow it on the same line
    for i in range(len(doc)):
        start = _name_start(doc, i, chained=i == colon + 1)
        if start is None or start in taken:
            continue
        end = _name_end(doc, start, heads)
        if end == start and start > i and _shouted_surname(doc[start], heads):
            end = start + 1  # "Mr CARRODUS (Kurrajong) (10:42):": a style and the surname in capitals
        peer = peer_name_end(doc, start, len(doc)) == end > start
        if end > start and _asks(doc, end, heads, doc[i].like_num or i == colon + 1, peer):
            taken.add(start)
            colon = end if doc[end].text == ":" else -1
            name = Span(doc, start, end, label="PERSON")
            office = rules().table("persons.peer_member_roles").get(country or "", role) if peer else role
            out.append(SignatureBlock(name, [], country, role=office, rule="persons.question_asker"))
    return out
