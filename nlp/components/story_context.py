"""The story so far: what earlier sentences said, for pronouns, elided subjects and later sentences.

One :class:`Context` is threaded through the sentences of a document; every rule family (parties,
agreements, controls, lists) reads and updates it.  It lives apart from the party rules so that helper
modules (``party_reference``) can take it without importing the rules that use them; ``parties``
re-exports it, which is where the rule modules import it from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["MEASURE_REACH", "Context"]

MEASURE_REACH = 2  # tokens between the end of the sentence naming a measure and the start of the next one


@dataclass
class Context:
    """What earlier sentences said, for pronouns and elided subjects."""

    last_subjects: list[str] = field(default_factory=list)
    met_pair: list[str] = field(default_factory=list)  # "A's X met with the President of B": 'the leaders' after it
    last_countries: list[str] = field(default_factory=list)
    people: dict = field(default_factory=dict)
    year: int | None = None
    month: int | None = None
    last_control_country: str | None = None
    last_control_minerals: list[str] = field(default_factory=list)  # what "the ban" of a later sentence covers
    last_measure: tuple[str, str, str, int] | None = None  # (country, status, kind, end): "The rules apply to X"
    last_open_end: int | None = None  # the end of the measure's sentence when it named goods by a placeholder
    last_goodsless_end: int | None = None  # the end of the sentence of the last measure that named no goods
    # a heading line's measure with no goods ('A. Products whose export remains prohibited'): (country, status,
    # kind, end char), for the verbless goods items listed under it (nlp/components/control_heading_items.py)
    heading_measure: tuple[str, str, str, int] | None = None
    # every filed measure with the months and years that date it: what 'the October rules' points back to
    dated_measures: list = field(default_factory=list)
    # "signed partnerships with 14 countries." announces a list the next sentences give:
    # (owner codes, agreement type, status, sentences left, announced by a count)
    pending_list: tuple[list[str], str, str, int, bool] | None = None
    # the last named agreement with at most one party: what a later count of members refers to
    last_named: str | None = None
    # the pair the document coordinates most ("the US and Thailand"): "the Participants", "this Memorandum"
    doc_pair: list[str] = field(default_factory=list)
    # the pair the title names ("X and Y sign ..."): the last antecedent of a body's "the two countries"
    title_pair: list[str] = field(default_factory=list)
    # every state the title names as an actor ("Lusaka, Kinshasa and Washington put pact on paper"): what a body's
    # counted collective ("the three governments") stands for when no list of that many states precedes it
    title_states: list[str] = field(default_factory=list)
    # the country of the dateline's place ("JAKARTA, 3 June - "): who a ministry notice's unowned measures are
    home: str | None = None
    # the state a news story is about (its title's one state, confirmed by the dateline or the lead): story_owner
    protagonist: str | None = None
    # who earlier bilateral facts paired with whom: the story's hub is the other side of "D signed a deal"
    partners: dict[str, list[str]] = field(default_factory=dict)
    # members listed per agreement key ('MSP'), and the last listed (key, head, name): nlp/components/accession.py
    member_sets: dict[str, list[str]] = field(default_factory=dict)
    subject_counts: dict[str, int] = field(default_factory=dict)  # how often each state was a sentence's subject
    last_people: list[str] = field(default_factory=list)  # the states of the officials the last sentence named
    recent_states: list[list[str]] = field(default_factory=list)  # the states each of the last three sentences named
    last_listed: tuple[str, str | None, str | None] | None = None
    # one state's agreement a later sentence may complete: (opener, name, type, status, sentences left, end char,
    # head noun)
    open_set: tuple[list[str], str | None, str, str, int, int, str] | None = None
    # the pair the paragraph's last 'the two governments' stood for: a later 'the two governments' in the same
    # paragraph means them again, unless a new pair is named in between
    paragraph_pair: tuple[list[str], int, int] | None = None  # (pair, paragraph start char, sentence end token)

    def hub(self) -> str | None:
        """The state the story pairs with most partners (at least two, no tie): 'the US signed with A, B, C'."""
        ranked = sorted(((len(v), k) for k, v in self.partners.items()), reverse=True) + [(0, None), (0, None)]
        return ranked[0][1] if ranked[0][0] >= 2 and ranked[0][0] > ranked[1][0] else None

    def measure_before(self, start: int) -> bool:
        """The last filed measure is the current owner's and ends right before ``start``: in the sentence before (a
        gap of at most ``MEASURE_REACH`` tokens) or earlier in this one."""
        last = self.last_measure
        return last is not None and start - last[3] <= MEASURE_REACH and last[0] == self.last_control_country

    def main_actor(self) -> str | None:
        """The state the story has most often made a subject so far (the latest one on a tie)."""
        order = {k: n for n, k in enumerate(self.subject_counts)}  # kept in order of the latest mention
        return max(self.subject_counts, key=lambda k: (self.subject_counts[k], order[k]), default=None)

    def open_item(self, home: str | None, headed: bool = False) -> None:
        """A roundup's next datelined item ('3. LIBREVILLE - Ore deadline stands') is a story of its own: its
        place is the new home, and what the last item's sentences said no longer stands behind a pronoun, a
        ministry, an unowned measure, a list still to come or a set still open.  What the whole page has told
        stays: the pairs made so far (a later 'the deal' may still point back to them) and the dated measures.
        An item ``headed`` by its state's name ('MALAYSIA') is about that state: it is the subject and the
        controller its sentences go on from ('The ban stays ... The country signed ...')."""
        self.home = home
        self.last_subjects, self.last_countries, self.recent_states, self.last_people = [], [], [], []
        self.met_pair = []
        self.last_control_country, self.last_control_minerals, self.last_measure = None, [], None
        if headed and home:
            self.last_subjects, self.last_control_country = [home], home
        self.last_open_end = self.last_goodsless_end = self.heading_measure = None
        self.pending_list, self.open_set, self.last_named = None, None, None
        self.paragraph_pair = None
        self.subject_counts = {}
