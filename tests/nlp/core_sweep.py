"""A deterministic sweep of the core agreement construction over its slots (round 18, grammar18).

The ordinary sentence "<subject> <verb> <instrument> with <partners>." is written from lists for each slot (verb,
instrument, partner side, subject side, adjunct) so that a slot value the rules were not written from shows as a
low pass rate for that value across all the others.  Every case is read in three page frames (a government page
of a state not in the sentence, a wire page with a dateline of another city, bare text).  The cases are built
from fixed lists and a fixed seed, so the sweep is the same on every run and its rate can be held as a test.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field

__all__ = ["Case", "FRAMES", "NEAR_MISSES", "OPEN_QUESTIONS", "framed", "sweep"]

# (name, code, demonym, capital, form): states that take part; none is Zambia (the page frame's publisher)
_STATES = [
    ("Japan", "JPN", "Japanese", "Tokyo", "State"),
    ("Kenya", "KEN", "Kenyan", "Nairobi", "Republic"),
    ("Peru", "PER", "Peruvian", "Lima", "Republic"),
    ("Malaysia", "MYS", "Malaysian", "Kuala Lumpur", "State"),
    ("Thailand", "THA", "Thai", "Bangkok", "Kingdom"),
    ("Namibia", "NAM", "Namibian", "Windhoek", "Republic"),
    ("Chile", "CHL", "Chilean", "Santiago", "Republic"),
    ("Poland", "POL", "Polish", "Warsaw", "Republic"),
    ("Indonesia", "IDN", "Indonesian", "Jakarta", "Republic"),
    ("Kazakhstan", "KAZ", "Kazakh", "Astana", "Republic"),
    ("Morocco", "MAR", "Moroccan", "Rabat", "Kingdom"),
    ("Ghana", "GHA", "Ghanaian", "Accra", "Republic"),
    ("Uzbekistan", "UZB", "Uzbek", "Tashkent", "Republic"),
    ("Norway", "NOR", "Norwegian", "Oslo", "Kingdom"),
    ("Brazil", "BRA", "Brazilian", "Brasilia", "Republic"),
    ("Saudi Arabia", "SAU", "Saudi", "Riyadh", "Kingdom"),
]
_PEOPLE = [
    "Amara Okonkwo",
    "Haruto Sakamoto",
    "Ingrid Solberg",
    "Rafael Quispe",
    "Nurlan Abenov",
    "Siti Aminah Rahim",
    "Kwame Asante",
    "Zofia Wrona",
    "Dilnoza Karimova",
    "Youssef Benali",
]
_TITLES = ["Minister of Mines", "Trade Minister", "Foreign Minister", "Minister of Energy and Mineral Resources"]

# verb slot: (active form, passive singular, passive plural, status)
VERBS = {
    "signed": ("signed", "was signed", "were signed", "signed"),
    "concluded": ("concluded", "was concluded", "were concluded", "signed"),
    "agreed": ("agreed", "was agreed", "were agreed", "announced"),
    "struck": ("struck", "was struck", "were struck", "announced"),
    "inked": ("inked", "was inked", "were inked", "signed"),
    "reached": ("reached", "was reached", "were reached", "announced"),
    "sealed": ("sealed", "was sealed", "were sealed", "signed"),
    "entered into": ("entered into", "was entered into", "were entered into", "signed"),
    "finalised": ("finalised", "was finalised", "were finalised", "announced"),
    "have signed": ("have signed", "has been signed", "have been signed", "signed"),
    "has concluded": ("has concluded", "has been concluded", "have been concluded", "signed"),
    "will sign": ("will sign", "will be signed", "will be signed", "planned"),
    "are to sign": ("are to sign", "is to be signed", "are to be signed", "planned"),
}
# the auxiliary verbs agree with the subject: (singular, plural) forms, and the same with "also"
_NUMBER = {
    "have signed": ("has signed", "have signed"),
    "has concluded": ("has concluded", "have concluded"),
    "are to sign": ("is to sign", "are to sign"),
}
_ALSO = {
    "have signed": ("has also signed", "have also signed"),
    "has concluded": ("has also concluded", "have also concluded"),
    "will sign": ("will also sign",) * 2,
    "are to sign": ("is also to sign", "are also to sign"),
}
_PERFECT = ("have signed", "has concluded")  # with a plural instrument the perfect may tell background (existing)

# instrument slot: (singular, plural)
_NOUNS = [
    ("a memorandum of understanding", "memoranda of understanding"),
    ("an MoU", "MoUs"),
    ("a partnership", "partnerships"),
    ("a framework", "frameworks"),
    ("an accord", "accords"),
    ("an agreement", "agreements"),
    ("a deal", "deals"),
    ("a letter of intent", "letters of intent"),
    ("a roadmap", "roadmaps"),
    ("an action plan", "action plans"),
]
_TAILS = ["", " on critical minerals", " on cooperation in the mining sector"]
_NAMED = [
    "the {A}-{B} Framework for Critical Minerals Supply",
    "the {A}-{B} Partnership on Battery Metals",
]


@dataclass(frozen=True)
class Case:
    """One sentence with its slot values and the (party codes, status) pairs it must give, nothing more."""

    text: str
    slots: dict = field(hash=False)
    expect: frozenset
    background_ok: bool = False  # "has concluded agreements with B": 'existing' is as right as 'signed'

    def passes(self, got: frozenset) -> bool:
        """The sheet's pairs equal the expected ones (a perfect with a plural object may read as background)."""
        if got == self.expect:
            return True
        relaxed = frozenset((p, "existing") for p, _s in self.expect)
        return self.background_ok and got == relaxed


def _instruments() -> list[tuple[str, str, bool]]:
    """(slot value, text, plural): every noun singular and plural, with and without a topic, and named ones."""
    out = []
    for (one, many), tail in itertools.product(_NOUNS, _TAILS):
        topic = "+" + tail.split()[-1] if tail else ""
        out.append((f"sg:{one.split(' ', 1)[1].split()[0]}{topic}", one + tail, False))
        out.append((f"pl:{many.split()[0]}{topic}", many + tail, True))
    out.extend((f"named:{i}", n, False) for i, n in enumerate(_NAMED))
    return out


def _subject(kind: str, a: tuple, c: tuple, p: str, p2: str, title: str) -> tuple[str, list[str], bool]:
    """(text, states, takes partners): the subject side; the paired and companion forms bring their own partner."""
    name, _code, dem = a[0], a[1], a[2]
    forms = {
        "country": (name, True),
        "government_of": (f"the Government of {name}", True),
        "ministry": (f"{name}'s Ministry of Mines", True),
        "official_named": (f"{name}'s {title}, {p},", True),
        "official_unnamed": (f"{name}'s {title}", True),
        "demonym_title_name": (f"{dem} {title} {p}", True),
        "two_officials": (f"{name}'s {title} {p} and {c[0]}'s Foreign Minister {p2}", False),
        "together_with": (f"{name}'s {title}, {p}, together with the Foreign Minister of {c[0]}, {p2},", False),
    }
    text, takes = forms[kind]
    return text, ([a[1]] if takes else [a[1], c[1]]), takes


def _partners(kind: str, states: list[tuple], p2: str) -> tuple[str, list[str]]:
    """(text, partner codes) of the partner side; ``states`` are three states not in the subject."""
    b, c, d = states
    kingdom = b if b[4] != "State" else ("Thailand", "THA")
    forms = {
        "with_A": (f"with {b[0]}", [b[1]]),
        "with_A_and_B": (f"with {b[0]} and {c[0]}", [b[1], c[1]]),
        "with_A_B_and_C": (f"with {b[0]}, {c[0]} and {d[0]}", [b[1], c[1], d[1]]),
        "with_republic_of": (f"with the {b[4] if b[4] != 'State' else 'Republic'} of {b[0]}", [b[1]]),
        "with_government_of": (f"with the Government of {b[0]}", [b[1]]),
        "with_possessive_government": (f"with {b[0]}'s government", [b[1]]),
        "with_kingdom_of": (f"with Kingdom of {kingdom[0]}", [kingdom[1]]),
        "with_A_and_with_B": (f"with {b[0]} and with {c[0]}", [b[1], c[1]]),
        "together_with_A": (f"together with {b[0]}", [b[1]]),
        "alongside_A": (f"alongside {b[0]}", [b[1]]),
    }
    return forms[kind]


SUBJECTS = [
    "country",
    "government_of",
    "ministry",
    "official_named",
    "official_unnamed",
    "demonym_title_name",
    "two_officials",
    "together_with",
]
PARTNERS = [
    "with_A",
    "with_A_and_B",
    "with_A_B_and_C",
    "with_republic_of",
    "with_government_of",
    "with_possessive_government",
    "with_kingdom_of",
    "with_A_and_with_B",
    "together_with_A",
    "alongside_A",
]
ADJUNCTS = ["none", "place_partner", "place_third", "on_weekday", "meeting", "also", "relative", "dated_end"]
ORDERS = ["object_first", "partners_first"]


def _expect(owners: list[str], partners: list[str], plural: bool, status: str) -> frozenset:
    """Singular instrument: one set of all sides; plural with several partners: a pair of the owner with each."""
    if plural and len(owners) == 1 and len(partners) > 1:
        return frozenset((tuple(sorted(owners + [q])), status) for q in partners)
    return frozenset({(tuple(sorted(set(owners + partners))), status)})


def _sentence(slots: dict, rng: random.Random) -> Case | None:
    """The sentence for one choice of slot values, or None where the values do not combine."""
    picks = rng.sample(_STATES, 5)
    a, c, b1, b2, b3 = picks
    third = rng.choice([s for s in _STATES if s not in picks])
    p, p2, p3 = rng.sample(_PEOPLE, 3)
    title = rng.choice(_TITLES)
    subj, owners, takes = _subject(slots["subject"], a, c, p, p2, title)
    inst = {k: (t, pl) for k, t, pl in _instruments()}[slots["instrument"]]
    text_inst, plural = inst
    side = b1 if takes else c
    text_inst = text_inst.format(A=a[2], B=side[2])
    if slots["partner"] == "with_A_and_with_B" and not plural:
        return None  # "an agreement with B and with C" reads as one or two: not swept
    many = 0 if takes else 1
    verb = _NUMBER.get(slots["verb"], (VERBS[slots["verb"]][0],) * 2)[many]
    if slots["adjunct"] == "also":
        verb = _ALSO.get(slots["verb"], ("also " + verb,) * 2)[many]
    if takes:
        ptext, pcodes = _partners(slots["partner"], [b1, b2, b3], p3)
    else:
        ptext, pcodes = "", []
    if slots["partner"] == "with_kingdom_of" and pcodes and pcodes[0] in owners:
        return None
    if ptext and slots["order"] == "partners_first":
        body = f"{verb} {ptext} {text_inst}"
    elif ptext:
        body = f"{verb} {text_inst} {ptext}"
    else:
        body = f"{verb} {text_inst}"
    rel = "which holds vast deposits" if slots["subject"] in ("country", "government_of", "ministry") else None
    if slots["adjunct"] == "relative" and rel:
        subj = f"{subj}, {rel},"
    elif slots["adjunct"] == "relative":
        subj = subj.rstrip(",") + ", who arrived on Monday,"
    head = {
        "place_partner": f"In {b1[3]}, ",
        "place_third": f"In {third[3]}, ",
        "on_weekday": "On Tuesday, ",
        "meeting": f"This morning, in a meeting with Prime Minister {p3}, ",
    }.get(slots["adjunct"], "")
    tail = " on Tuesday" if slots["adjunct"] == "dated_end" else ""
    text = f"{head}{subj} {body}{tail}."
    text = text[0].upper() + text[1:]
    expect = _expect(owners, pcodes, plural, VERBS[slots["verb"]][3])
    return Case(text, dict(slots), expect, plural and slots["verb"] in _PERFECT)


def _structures(rng: random.Random) -> list[Case]:
    """The other orders: passive ('was signed by A and B'), 'between A and B', long coordinated objects."""
    out = []
    for verb, (_act, pas1, pas2, status) in VERBS.items():
        a, b, c = rng.sample(_STATES, 3)
        one, many = rng.choice(_NOUNS)
        cap = one[0].upper() + one[1:]
        out.append(
            Case(
                f"{cap} on critical minerals {pas1} by {a[0]} and {b[0]}.",
                {"order": "passive", "verb": verb},
                frozenset({(tuple(sorted([a[1], b[1]])), status)}),
            )
        )
        out.append(
            Case(
                f"{cap} between {a[0]} and {b[0]} {pas1} on Tuesday.",
                {"order": "between", "verb": verb},
                frozenset({(tuple(sorted([a[1], b[1]])), status)}),
            )
        )
        out.append(
            Case(
                f"{many[0].upper() + many[1:]} {pas2} by {a[0]} with {b[0]} and {c[0]}.",
                {"order": "passive_with", "verb": verb},
                frozenset({(tuple(sorted([a[1], b[1]])), status), (tuple(sorted([a[1], c[1]])), status)}),
            )
        )
        out.append(
            Case(
                f"{a[0]} {_act} a memorandum of understanding on critical minerals, an agreement on "
                f"investment protection and a roadmap on processing with {b[0]}.",
                {"order": "long_object", "verb": verb},
                frozenset({(tuple(sorted([a[1], b[1]])), status)}),
            )
        )
    return out


def sweep(samples: int = 240, seed: int = 18) -> list[Case]:
    """Every slot value once against the base sentence, then ``samples`` seeded mixes of all slots."""
    rng = random.Random(seed)
    base = {
        "verb": "signed",
        "instrument": "sg:memorandum+minerals",
        "partner": "with_A",
        "subject": "country",
        "adjunct": "none",
        "order": "object_first",
    }
    values = {
        "verb": list(VERBS),
        "instrument": [k for k, _t, _p in _instruments()],
        "partner": PARTNERS,
        "subject": SUBJECTS,
        "adjunct": ADJUNCTS,
        "order": ORDERS,
    }
    cases = []
    for slot, vals in values.items():
        for v in vals:
            case = _sentence({**base, slot: v}, rng)
            if case:
                cases.append(case)
    for _ in range(samples):
        case = _sentence({k: rng.choice(v) for k, v in values.items()}, rng)
        if case:
            cases.append(case)
    return cases + _structures(rng)


# a government page of a state not in the sentence (Zambia), a wire dateline of a city not in it, bare text
FRAMES = {
    "gov_page": "Ministry of Mines release\nSource: https://www.mines.gov.zm/news/release\nPublished: 2025-11-03\n\n{}",
    "wire": "GENEVA, November 3 (Reuters) - {}",
    "bare": "{}",
}

# sentences that must give no agreement in any frame ('A and B discussed signing' gives talks, negotiating: the
# acronym_at_stop capability holds it)
NEAR_MISSES = [
    "Kenya signed a memorandum of understanding with Kestrel Mining on lithium exploration.",
    "Japan's Sojitz signed an agreement with Peru's Minsur on tin supplies.",
    "Ghana did not sign an agreement with Morocco on critical minerals.",
    "Indonesia's nickel miner Vale Indonesia signed a supply deal with Uzbekistan's state refiner Almalyk MMC.",
]

# a yes/no question still gives its instrument at 'planned' (left open in round 18: the question family is
# not this sweep's; the sweep script reports it)
OPEN_QUESTIONS = ["Will Chile sign a memorandum of understanding with Kazakhstan on lithium?"]


def framed(frame: str, text: str) -> str:
    """``text`` in one of the three page frames."""
    return FRAMES[frame].format(text)
