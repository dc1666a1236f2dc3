"""Which tokens of a sentence name an agreement: the triggers the agreement rules build candidates from.

Split from agreements.py: a trigger is an agreement noun, an initiative noun heading a name, an acronym or
pronoun standing for an agreement named before, talks on minerals, or a generic head a committing verb
governs; agreements.py turns each trigger into a candidate and filters it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cmkg.nlp.components.accession import known_acronym, listed_reference, object_pronoun
from cmkg.nlp.components.bound_parties import bound_objects
from cmkg.nlp.components.bystanders import in_venue
from cmkg.nlp.components.defined_acronyms import defined_acronym
from cmkg.nlp.components.governed import governed_mention
from cmkg.nlp.components.instrument_runs import run_member
from cmkg.nlp.components.minerals_talks import talks_on_minerals
from cmkg.nlp.components.names import agreement_name, apposed_name, named_plural_head, project_name
from cmkg.nlp.components.parties import Context, lemma
from cmkg.nlp.components.party_phrases import agreement_words, instrument_acronym
from cmkg.nlp.components.premodifiers import dash_compound, misread_head
from cmkg.nlp.components.prose import anaphor_antecedent
from cmkg.nlp.components.standing_formats import standing_format
from cmkg.nlp.components.syntax import countries_in
from cmkg.nlp.rules import rules
from cmkg.nlp.rules import words as _w

__all__ = ["NOUNLIKE_DEPS", "agreement_triggers"]

NOUNLIKE_DEPS = ("dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos")


def _binding_subject(t: Token, lem: str) -> bool:
    """'The plan commits A, B and C to ...': a head that is an instrument only with its modifier ('action plan',
    ``agreement.compound_heads``) is one alone too as the subject of a binding verb, which says what it holds
    its parties to (bound_parties.py reads them off the object)."""
    compound_head = lem in rules().table("agreement.compound_heads") and not lem.startswith("_")
    if not (compound_head and t.dep_ == "nsubj" and lemma(t.head) in _w("agreement.binding_verbs")):
        return False
    # the object names two states or more ('commits G7 members to ...' leaves the plan to the rules that read it)
    return len(set(countries_in(bound_objects(t.head)))) >= 2


_ACRONYM_NOUN = "agreement"  # what an agreement's initials stand for: 'CEPA', 'FTA', 'EPA'


def _named_trigger(t: Token, ctx: Context) -> tuple[Token, str, str | None] | None:
    """An agreement the token names without an agreement noun: known or defined initials, an object pronoun or
    reference to the set just listed, a name an apposition explains, a kind of agreement's initials."""
    if known_acronym(t, ctx):  # "joined the MSP": the initials of an agreement whose members were listed
        return (t, t.lower_, t.text)
    defined = defined_acronym(t)  # "The MSP is launched by A together with B": a bracket defined it earlier
    if defined is not None:
        return (t, defined.split()[-1].lower(), defined)
    # "Japan also signed it", "Japan also endorsed the plan"
    if (object_pronoun(t, ctx) or listed_reference(t, ctx)) and ctx.last_listed is not None:
        return (t, ctx.last_listed[1] or t.lower_, ctx.last_listed[2])
    if apposed := apposed_name(t):  # "unveiled RESourceEU, a plan to fund stockpiles": named by its apposition
        return (t, *apposed)
    if instrument_acronym(t):  # "Indonesia already has the IA-CEPA with Australia"
        return (t, _ACRONYM_NOUN, agreement_name(t) or t.text)
    return None


def agreement_triggers(sent: Span, ctx: Context) -> list[tuple[Token, str, str | None]]:
    """Agreement nouns, and initiative nouns only when they head a name."""
    nouns, initiatives = _w("agreement.nouns"), _w("agreement.initiative_nouns")
    known = agreement_words()  # once per sentence, not once per token
    out = []
    for t in sent:
        lem = named_plural_head(t, lemma(t))
        if (named := _named_trigger(t, ctx)) is not None:
            out.append(named)
            continue
        compound = [*rules().table("agreement.compound_heads").get(lem, ())]
        compound += rules().table("agreement.modifier_headed_nouns").get(lem, ())  # "the following understanding"
        headed = any(c.dep_ in ("compound", "amod") and c.lower_ in compound for c in t.children)
        mutual = any(p.dep_ == "prep" and p.lower_ in _w("agreement.mutual_prepositions") for p in t.children)
        headed = headed and (mutual or lem not in _w("agreement.paired_heads"))  # "cooperation between A and B"
        headed = headed or _binding_subject(t, lem)  # "The plan commits A, B and C to work on ..."
        of_words = rules().table("agreement.of_heads").get(lem, ())  # "a letter of intent"
        headed = headed or any(o.lower_ in of_words for p in t.children if p.dep_ == "prep" for o in p.children)
        plural_only = lem in _w("agreement.plural_only_nouns") and t.tag_ in ("NNS", "NNPS")  # "the understandings"
        antecedent = anaphor_antecedent(t, out)
        if antecedent is not None:
            out.append((t, antecedent, None))
            continue
        if talks_on_minerals(t):  # "X is in talks with Y on minerals cooperation": a deal under negotiation
            out.append((t, t.lower_, None))
            continue
        governed = governed_mention(t)  # "launched a minerals dialogue", "in talks ... on a joint fund"
        governed = governed or (lem in _w("agreement.governed_nouns") and run_member(t))  # "..., and a dialogue with C"
        governed = governed or standing_format(t)  # "the A-B export control dialogue mechanism has played a role"
        if (
            lem not in known
            and t.lower_ not in _w("agreement.mou_forms")
            and not headed
            and not plural_only
            and not governed
        ):
            continue
        # "signed the Qatar—Italy memorandum": after a dashed pair of states the parser may call the noun a verb
        if not (t.pos_ in ("NOUN", "PROPN") or t.dep_ in NOUNLIKE_DEPS or misread_head(t) or dash_compound(t)):
            continue
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else t
        # "the Comprehensive Economic Partnership Agreements": a capitalised plural head the model leaves unlemmatised
        head_word = lemma(nxt) in nouns or lemma(nxt).removesuffix("s") in nouns
        inner = nxt.i != t.i and t.text[:1].isupper() and nxt.text[:1].isupper() and head_word
        if (t.dep_ == "compound" and lemma(t.head) in nouns) or inner:
            continue  # "the Comprehensive Economic Partnership Agreement": one instrument, named by its head
        if t.dep_ == "compound" and lemma(t.head) in _w("agreement.manner_heads") and not t.text[:1].isupper():
            continue  # "a state-led partnership model": a way of doing things, no instrument
        name = agreement_name(t) or project_name(t)
        unnamed_initiative = (lem in initiatives and lem not in nouns) or lem in _w("agreement.named_required_nouns")
        if not name and unnamed_initiative and not governed:
            continue
        if lem in _w("agreement.area_nouns") and in_venue(t) and not dash_compound(t):
            continue  # "exploration in the Clarion-Clipperton Zone": a place ('in the US-Japan Trade Zone': no)
        out.append((t, lem, name))
    return out
