"""A measure's verb whose subject denies it: 'no country has restricted exports', 'neither government plans to
ban', 'none of the Parties bans or licenses the export of X'.

Split from ``control_denial`` so each reads in one sitting. The subject counts on the verb, on the verbs whose
subject it shares ('intends [to restrict]') and on a conjunct with no subject of its own ('bans or [licenses]').
Word lists: ``export_control.negation_words``, ``export_control.negative_pronouns``, ``syntax.unnamed_state_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.syntax import SUBJECT_DEPS
from cmkg.nlp.rules import words as _w

__all__ = ["denied_actor", "denied_subject"]


def denied_subject(v: Token) -> bool:
    """'no decision was made on a ban on X', 'no producer has restricted exports', 'neither country restricts
    exports', 'Neither A nor B has banned exports', 'none of them restricts': the verb's subject is quantified by
    a negation or is a negative pronoun, so nothing was done."""
    neg = _w("export_control.negation_words", "export_control.negative_pronouns")
    # 'Neither' is the subject's determiner or pre-conjunction, or the parser hangs it on the verb; "none of our
    # governments intends to restrict", "neither government plans to ban": the subject of the controlling verb
    return any(
        (c.dep_ == "preconj" and c.lower_ in neg)
        or (
            c.dep_ in SUBJECT_DEPS
            and (c.lower_ in neg or any(d.dep_ in ("det", "preconj") and d.lower_ in neg for d in c.children))
        )
        for c in _subject_side(v)
    )


def denied_actor(v: Token) -> bool:
    """'none of the Parties bans or licenses exports': an active subject that is a negative pronoun, or a state noun
    a negation quantifies, denies a verb conjoined after the first (the caller asks only for a conjunct) even where
    the verb's own negation would be the measure ('does not license exports'); 'Neither country permits exports of
    X' alone is still a ban, and 'No ore may leave' the measure's own wording."""
    neg = _w("export_control.negation_words", "export_control.negative_pronouns")
    return any(
        c.dep_ == "nsubj"
        and (
            c.lower_ in _w("export_control.negative_pronouns")
            or (c.lower_ in _w("syntax.unnamed_state_nouns") and any(d.lower_ in neg for d in c.children))
        )
        for c in _subject_side(v)
    )


def _subject_side(v: Token) -> list[Token]:
    """The children of the verb and of the verbs whose subject it shares: where its subject, or a 'neither' the parser
    hung on a verb, stands."""
    return [c for x in _controllers(v) for c in x.children]


def _controllers(v: Token) -> list[Token]:
    """The verb and the verbs whose subject it shares ('intends [to restrict]', 'plans [to ban]', 'none of them
    bans or [licenses] exports')."""
    out = [v]
    while out[-1].head.i != out[-1].i and (
        out[-1].dep_ == "xcomp"
        or (out[-1].dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in out[-1].children))
    ):
        out.append(out[-1].head)
    return out
