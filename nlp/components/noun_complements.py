"""Give a noun back the 'that' clause the parser hung on the sentence's verb.

'Vietnam will ban exports of rare earth ore, the ministry said on Tuesday, in the clearest sign yet that producers
want a slice of the business': en_core_web_sm hangs 'that producers want ...' on 'said' as a second reported
clause, so the want seems the ministry's report beside the ban, and the ban a wish.  The clause is the noun's
content ('sign', 'evidence', 'signal' of what): a clause opened by a subordinator right after the object of a
phrase on the same verb (past an adverb: 'yet', 'now'), when the verb already reports another clause, is that
object's, and so is an adverb between them ('yet', which on the verb would read as 'has yet to').

'denied a report on a local radio station that Ghana had applied to join the MSP': the parser reads the report's
'that' clause as a relative clause on the phrase's last noun, with 'that' its object, so the denial no longer
reaches the joining.  A 'that' clause whose verb has an object or complement of its own besides 'that', after the
phrase of a report noun (``status.report_nouns``), is the report's content.  Over syntax and one word list.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.rules import words as _w

__all__ = ["hang_noun_complements", "hang_report_complements"]


def hang_noun_complements(sent: Span) -> None:
    """Re-hang each such clause on the noun it follows (see the module docstring)."""
    for verb in [x for x in sent if x.pos_ in ("VERB", "AUX")]:
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if len(clauses) < 2:
            continue
        for clause in (c for c in clauses if c.i > verb.i):
            noun = _noun_before(clause, verb)
            if noun is None:
                continue
            clause.head, clause.dep_ = noun, "acl"
            for adverb in sent.doc[noun.i + 1 : clause.left_edge.i]:  # 'the clearest sign yet': the noun's 'yet'
                adverb.head = noun


def _noun_before(clause: Token, verb: Token) -> Token | None:
    """The phrase object right before the clause's subordinator, if the clause opens with one."""
    mark = clause.left_edge
    if mark.dep_ != "mark" or mark.pos_ != "SCONJ" or mark.head.i != clause.i:
        return None
    k = mark.i - 1
    while k > verb.i and clause.doc[k].dep_ == "advmod" and clause.doc[k].head.i == verb.i:
        k -= 1  # 'the clearest sign yet that': the adverb the parser also hung on the verb
    noun = clause.doc[k]
    phrase = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or phrase.dep_ != "prep" or phrase.head.i != verb.i:
        return None
    return noun


def hang_report_complements(sent: Span) -> None:
    """Re-hang a report's content clause read as a relative clause on its phrase's noun (module docstring)."""
    for v in [x for x in sent if x.dep_ == "relcl" and x.head.dep_ == "pobj"]:
        that = next((c for c in v.children if c.dep_ == "dobj" and c.tag_ == "WDT" and c.i < v.i), None)
        report = v.head.head.head
        if (
            that is None
            or report.lower_ not in _w("status.report_nouns")
            and report.lemma_ not in _w("status.report_nouns")
        ):
            continue
        if not any(c.dep_ in ("xcomp", "ccomp", "dobj") and c.i > v.i for c in v.children):
            continue  # 'a report on the deal that Ghana signed': the relative word is the verb's only object
        v.head, v.dep_ = report, "acl"
        that.dep_, that.pos_ = "mark", "SCONJ"
