"""Export controls in an instrument's own voice: 'No person shall export X except with the Minister's approval',
'made the export of X subject to licences', 'X and Y products join the licence list'.

Gazette notices, regulations and announcements state a ban as a rule on everyone ('no person shall export',
'no exporter may ship') rather than as a state's act, put the exports under a licence in a small clause whose
subject the parser gives to the adjective ('made [the export of X] subject to licences'), and chronologies
say that goods 'join' or 'enter' a control list.  Split from ``control_triggers`` and ``control_permission``,
which call these.  Word lists: ``export_control.nobody_words``, ``export_control.joining_verbs``,
``export_control.negation_words``, ``export_control.rule_modals``, ``export_control.list_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cmkg.nlp.components.parties import lemma as _lemma
from cmkg.nlp.components.syntax import SUBJECT_DEPS, countries_in
from cmkg.nlp.rules import words as _w

__all__ = [
    "departs_under_permit",
    "joined_list",
    "list_owner",
    "made_subject",
    "misread_adjective",
    "nobody_may_export",
    "relative_maker",
    "stranded_object",
    "subject_maker",
]

_MAKING_REACH = 14  # heads from the adjective up to 'made': a long object with an 'including' series in it


def nobody_may_export(t: Token) -> bool:
    """'No person shall export X', 'no exporter may ship X abroad', 'Nobody shall export X without a permit': a rule
    modal over an export verb whose subject names no one states a ban on everyone (the instrument's voice), with
    or without an exception; 'No company has exported X this year' (no modal) is a fact. Read off the words, as
    the parser often takes the mineral after 'export' for the verb ('shall export [tungsten]')."""
    if t.lower_ not in _w("export_control.export_verbs") or t.i < t.sent.start + 2:
        return False
    modal = t.nbor(-1)
    if modal.lower_ not in _w("export_control.rule_modals") or modal.tag_ != "MD":
        return False
    subject = modal.nbor(-1)  # "no person", "No exporter", "nobody", "no one"
    if subject.lower_ in _w("export_control.nobody_words"):
        return True
    return subject.i > t.sent.start and subject.nbor(-1).lower_ in _w("export_control.negation_words")


def made_subject(adjective: Token) -> list[Token]:
    """'made exports of X subject to licensing': the tokens of the object the verb makes subject to the measure,
    however the parser hung the adjective (on the verb, on the object's last noun, on a participle inside the
    object, or with the object as the adjective's own subject: 'made [the export of X] subject to licences')."""
    verb = _making_verb(adjective)
    if verb is None:
        return []
    own = [x for c in adjective.children if c.dep_ in SUBJECT_DEPS for x in c.subtree]
    return [x for c in verb.children if c.dep_ == "dobj" for x in c.subtree] + own


def subject_maker(t: Token) -> Token | None:
    """'will make exports of X subject to [licences]': the making verb governs the measure (its tense and modal
    give the status), however far the parser hung the adjective from it."""
    if t.dep_ != "pobj":
        return None
    adjective = t.head.head if t.head.head.lower_ in _w("export_control.subject_adjectives") else misread_adjective(t)
    return _making_verb(adjective) if adjective is not None else None


def relative_maker(t: Token) -> Token | None:
    """'in contrast to the licensing of tungsten exports that China introduced in February': a measure named in
    a phrase (no argument of the verb it hangs from) is governed by its own relative clause when that clause
    puts it in place with a state as subject; its tense gives the status.  The clause may hang on the goods."""
    if t.dep_ != "pobj":
        return None
    holders = [t] + [o for p in t.children if p.lower_ in _w("export_control.holder_prepositions") for o in p.children]
    for clause in (c for h in holders for c in h.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
        relative = any(c.dep_ == "dobj" and c.lower_ in _w("agreement.relative_pronouns") for c in clause.children)
        if (
            relative
            and _lemma(clause) in _w("export_control.placing_verbs")
            and countries_in(x for c in clause.children if c.dep_ in SUBJECT_DEPS for x in c.subtree)
        ):
            return clause
    return None


def misread_adjective(t: Token) -> Token | None:
    """'made shipments of X subject to licensing' with 'subject' read as a noun of the object: the word right before
    the measure's preposition, when it is the adjective's form."""
    if t.dep_ != "pobj" or t.head.i == t.sent.start:
        return None
    before = t.doc[t.head.i - 1]
    return before if before.lower_ in _w("export_control.subject_adjectives") and before.pos_ != "ADJ" else None


def _making_verb(adjective: Token) -> Token | None:
    """The 'make' whose object the adjective predicates, however deep the parser hung it: 'made the export of X
    and of magnets containing them subject to licences' hangs 'subject' on 'containing'. The walk up stops at a
    verb with a subject of its own ('firms that export X are subject to checks' is no making)."""
    x = adjective if adjective.pos_ == "VERB" else adjective.head
    for _ in range(_MAKING_REACH):
        if x.pos_ == "VERB" and _lemma(x) in _w("export_control.making_verbs"):
            return x
        if x.head.i == x.i or (x.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in x.children)):
            return None
        x = x.head
    return None


def joined_list(t: Token) -> bool:
    """'Tungsten and bismuth products join the licence list', 'X entered China's export control list in May': goods
    that join a list a control word qualifies (or a list named in a sentence about exports) are controlled."""
    if t.pos_ not in ("VERB", "AUX") or _lemma(t) not in _w("export_control.joining_verbs"):
        return False
    if not any(x.ent_type_ == "MINERAL" for c in t.children if c.dep_ in SUBJECT_DEPS for x in c.subtree):
        return False
    lists = [c for c in t.children if c.dep_ == "dobj" and _lemma(c) in _w("export_control.list_nouns")]
    lists += [
        o
        for p in t.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj" and _lemma(o) in _w("export_control.list_nouns")
    ]
    return any(_controlled_list(o) for o in lists)


def _controlled_list(o: Token) -> bool:
    """'the licence list', 'its export control list', 'its list of controlled items': a control word before the
    list noun, or a control participle or noun after it ('the list of top exports' is none)."""
    before = _w("export_control.trigger_nouns", "export_control.control_participles", "export_control.licence_words")
    after = _w("export_control.trigger_nouns", "export_control.control_participles")
    return any(
        (m.i < o.i and (_lemma(m) in before or m.lower_ in before)) or (m.i > o.i and m.lower_ in after)
        for m in o.subtree
    )


def list_owner(t: Token) -> list[str]:
    """'entered the export control list of A', 'join A's licence list': the state whose list the goods join."""
    if not joined_list(t):
        return []
    lists = [x for x in t.subtree if _lemma(x) in _w("export_control.list_nouns")]
    owners = [c for o in lists for c in o.children if c.dep_ == "poss"]
    owners += [
        x
        for o in lists
        for p in o.children
        if p.dep_ == "prep" and p.lower_ in _w("export_control.holder_prepositions")
        for x in p.children
    ]
    return countries_in(owners)


def stranded_object(c: Token) -> bool:
    """'prohibit, with effect from 1 May, the export from A of X': after a phrase set off between verb and object
    the parser leaves the object unlabelled ('dep'); a noun after its verb in that slot is the object."""
    return c.dep_ == "dep" and c.pos_ == "NOUN" and c.i > c.head.i


def departs_under_permit(t: Token) -> bool:
    """'manganese now leaves only with a certificate of origin', 'raw X may exit only under licence': goods that
    leave the country only with a permission are under a licence regime (the departure verb names the export)."""
    if t.pos_ != "VERB" or _lemma(t) not in _w("export_control.departure_verbs"):
        return False
    if not any(x.ent_type_ == "MINERAL" for c in t.children if c.dep_ in SUBJECT_DEPS for x in c.subtree):
        return False
    permissions = _w("export_control.permission_nouns", "export_control.licence_words")
    preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in _w("export_control.sole_licence_prepositions")]
    only = [c for x in [t, *preps] for c in x.children if c.lower_ in _w("export_control.only_words")]
    granted = [o for p in preps for o in p.children if o.dep_ == "pobj" and _lemma(o) in permissions]
    return bool(only and granted)
