"""Export controls whose goods or status come after the measure's own words (issue 12, round 10).

The families of the first-unseen census (/work/notes/s9/controls10-census.md): goods left open by a plural
placeholder and named by the next sentence, whatever its verb; a modal rule over a denied passive export; a
start word before a later date in the measure's clause; a measure named again right after its phrase with a
clause that undoes it. Each row is one construction, with countries and minerals no tuning text pairs; the
rows with an empty set are the sentences after a measure that do not name its goods.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import control_triples as controls


@pytest.mark.parametrize(
    "text,expected",
    [
        # goods left open by a placeholder, named by the next sentence in any wording
        (
            "Kenya banned exports of several unprocessed minerals on Monday. Among them are niobium and titanium.",
            {("KEN", "niobium", "in_force"), ("KEN", "titanium", "in_force")},
        ),
        (
            "Morocco's mines ministry said on Friday that exports of a range of critical minerals would need a "
            "licence. Cobalt and manganese are on the list.",
            {("MAR", "cobalt", "announced"), ("MAR", "manganese", "announced")},
        ),
        (
            "Laos suspended exports of several ores on Friday, the Ministry of Trade said. Affected are tin and "
            "antimony ores.",
            {("LAO", "tin", "in_force"), ("LAO", "antimony", "in_force")},
        ),
        (
            "Egypt placed new export controls on a number of metals on Tuesday. Tantalum and tungsten head the list.",
            {("EGY", "tantalum", "in_force"), ("EGY", "tungsten", "in_force")},
        ),
        (
            "Tanzania banned exports of raw graphite and other minerals on Monday. Nickel and cobalt are also covered.",
            {("TZA", "graphite", "in_force"), ("TZA", "nickel", "in_force"), ("TZA", "cobalt", "in_force")},
        ),
        # the next sentence is about something else: output, prices, the state itself, another state, a denial
        ("Ghana restricted exports of several raw minerals on Monday. Copper mining has grown fast.", set()),
        ("Ghana restricted exports of several raw minerals on Monday. Copper prices rose.", set()),
        ("Peru banned exports of several unprocessed minerals on Monday. It is also a large producer of zinc.", set()),
        (
            "Peru announced export curbs on several minerals on Monday. Chile produces most of the world's lithium.",
            set(),
        ),
        ("Peru banned exports of several unprocessed minerals on Monday. Lithium is not among them.", set()),
        # a modal rule over a denied passive export is the measure; its start date makes it a plan
        (
            "Mongolia said tungsten ore may no longer be exported from December 2027.",
            {("MNG", "tungsten", "announced")},
        ),
        (
            "In Malaysia, copper and nickel can no longer be shipped abroad without a permit.",
            {("MYS", "copper", "in_force"), ("MYS", "nickel", "in_force")},
        ),
        ("Bolivia's tin was not exported last year because the smelter was idle.", set()),
        # a start word before a later date, read off the words when the parser breaks the clause
        (
            "Serbia's parliament voted on Monday to ban exports of manganese concentrate starting in 2026.",
            {("SRB", "manganese", "announced")},
        ),
        # the measure named again after its phrase, with a clause that undoes it
        (
            "In August, Cambodia announced export controls on gallium, measures it later suspended for a year.",
            {("KHM", "gallium", "suspended")},
        ),
        (
            "Oman introduced a ban on exports of chromium in 2023, a measure that was lifted in March.",
            {("OMN", "chromium", "lifted")},
        ),
        # right after a measure that named no goods, 'the ban' is that measure, not the earlier state's
        (
            "Brazil banned exports of raw lithium in 2022. Namibia's cabinet banned the export of unprocessed "
            "minerals in June. The ban applies to cobalt and manganese.",
            {("BRA", "lithium", "in_force"), ("NAM", "cobalt", "in_force"), ("NAM", "manganese", "in_force")},
        ),
        # a covering noun's compound names the measure whose clause lists its goods
        (
            "The licensing regime Hanoi introduced in April covers tungsten and bismuth.",
            {("VNM", "tungsten", "in_force"), ("VNM", "bismuth", "in_force")},
        ),
        ("The tax regime Chile introduced in 2020 covers lithium.", set()),
        # the antecedent state of a relative pronoun owns the measure, not the story's last subject
        (
            "Finland signed a deal with Sweden. Europe wants to cut its dependence on Gabon, which mines most of "
            "its manganese and has tightened export licensing for manganese this year.",
            {("GAB", "manganese", "in_force")},
        ),
        # a continuing verb keeps the status its participle names
        ("Peru's ban on tin exports remains suspended until November 2027.", {("PER", "tin", "suspended")}),
        ("Zambia's export quota for copper will remain relaxed until June.", {("ZMB", "copper", "eased")}),
        # a negation in another coordinated clause with its own subject is not the measure's
        (
            "The statement did not mention Peru, but officials said Peru's ban on tin exports would stay.",
            {("PER", "tin", "in_force")},
        ),
        ("Chile has no plans to restrict lithium exports, and Bolivia said it would not ban them either.", set()),
        # a measure noun whose relative clause names its goods; 'would have' leaves them to the later sentence
        (
            "On 9 October, Peru announced further measures which would have extended licensing to tin and zinc. "
            "Peru suspended the measures on 30 October.",
            {("PER", "tin", "suspended"), ("PER", "zinc", "suspended")},
        ),
        ("Lawmakers dropped a package that would have added tin and zinc to the list.", set()),
        ("Ghana adopted measures on Friday that apply to manganese imports.", set()),
        ("Chile adopted measures on Friday that cover lithium and cobalt recycling.", set()),
    ],
)
def test_goods_and_status_after_the_measure(text, expected):
    assert controls(text) == expected
