"""The extra corpora (eval/heldout, eval/heldout2, eval/heldout3, eval/official3 ... eval/official8, eval/news3 ...
eval/news8): every gold file is a valid gold sheet.

This checks form only, never a score: a floor tuned on eval/heldout2 or eval/heldout3 would stop it being held out, and
the corpora written for tuning (official3-6, news3-6) are measured by `cmkg eval`, not asserted here."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cmkg.core.factsheet import GOLD_KEYS, FactSheetError, check_fact_sheet
from cmkg.core.gazetteer import gazetteer

EVAL = Path(__file__).resolve().parents[2] / "eval"
CORPUS_SIZES = {
    "heldout": 24,
    "heldout2": 30,
    "official3": 20,
    "news3": 20,
    "official4": 16,
    "news4": 16,
    "official5": 16,
    "news5": 16,
    "heldout3": 24,
    "official6": 16,
    "news6": 16,
    "official7": 16,
    "news7": 16,
    "official8": 16,
    "news8": 16,
    "official9": 16,
    "news9": 16,
    "official10": 16,
    "news10": 16,
    "official11": 16,
    "news11": 16,
    "official12": 16,
    "news12": 16,
    "official13": 16,
    "news13": 16,
    "review25": 30,
    "review27": 24,
    "official14": 16,
    "news14": 16,
    "official15": 16,
    "news15": 16,
    "official16": 16,
    "news16": 16,
    "official17": 16,
    "news17": 16,
    "official18": 16,
    "news18": 16,
    "official19": 16,
    "news19": 16,
    "official20": 16,
    "news20": 16,
    "news21": 14,
    "news22": 14,
    "news23": 14,
    "news24": 14,
    "news25": 14,
    "news26": 14,
    "news28": 14,
    "news29": 14,
    "news30": 14,
    "news31": 14,
    "news32": 14,
    "news33": 14,
    "news34": 14,
    "news35": 14,
    "news36": 14,
    "news37": 14,
    "news38": 14,
    "news39": 14,
    "news40": 14,
    "news41": 14,
    "news42": 14,
    "news43": 14,
    "news44": 14,
    "news45": 14,
    "news46": 14,
    "news47": 14,
    "news48": 14,
    "news49": 14,
    "news50": 14,
    "news51": 14,
    "news52": 14,
    "news53": 14,
    "news54": 14,
    "news55": 14,
    "news56": 14,
    "news57": 14,
    "news58": 14,
    "news59": 14,
    "news60": 14,
    "news62": 14,
    "news63": 14,
    "news64": 14,
    "news65": 14,
    "news66": 14,
    "news67": 14,
    "news68": 14,
    "news69": 14,
    "news70": 14,
}  # a file lost or added shows up here
IN_FLIGHT: set[str] = set()  # corpora written on branches, each checked once the lead has merged it
TUNING = {
    "official3",
    "news3",
    "official4",
    "news4",
    "official5",
    "news5",
    "official6",
    "news6",
    "official7",
    "news7",
    "official8",
    "news8",
    "official9",
    "news9",
    "official10",
    "news10",
    "official11",
    "news11",
    "official12",
    "news12",
    "official13",
    "news13",
    "official14",
    "news14",
    "official15",
    "news15",
    "official16",
    "news16",
    "official17",
    "news17",
    "official18",
    "news18",
    "official19",
    "news19",
    "review25",
    "review27",
    "news21",
    "news22",
    "news23",
    "news24",
    "news25",
    "news26",
    "news28",
    "news29",
    "news30",
    "news31",
    "news32",
    "news33",
    "news34",
    "news35",
    "news36",
    "news37",
    "news38",
    "news39",
    "news40",
    "news41",
    "news42",
    "news43",
    "news44",
    "news45",
    "news46",
    "news47",
    "news48",
    "news49",
    "news50",
    "news51",
    "news52",
    "news53",
    "news54",
    "news55",
    "news56",
    "news57",
    "news58",
    "news59",
    "news60",
    "news62",
    "news63",
    "news64",
    "news65",
    "news66",
    "news67",
    "news68",
    "news69",
}
# scored by the lead only: no per-item error is listed
BLIND = {"heldout2", "heldout3", "official20", "news20", "news70"}
ARTICLE_SUFFIXES = (".txt", ".html")
GOLD = [g for name in CORPUS_SIZES for g in sorted((EVAL / name / "gold").glob("*.json"))]
GOLD_IDS = [f"{g.parent.parent.name}/{g.stem}" for g in GOLD]


class _ArticleText(HTMLParser):
    """The text of an HTML page, and apart from it the text inside <article> that is content (shared/eval rules)."""

    NOT_CONTENT = {"script", "style", "aside", "figure", "nav", "noscript", "template"}
    INVISIBLE = {"script", "style", "noscript", "template", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.content: list[str] = []
        self.visible: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in {"meta", "link", "img", "br", "hr", "input"}:
            self.stack.append(tag)
        self._gap()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag) :]
        self._gap()

    def handle_data(self, data: str) -> None:
        if any(t in self.INVISIBLE for t in self.stack):
            return
        self.visible.append(data)
        if "article" in self.stack and not any(t in self.NOT_CONTENT for t in self.stack):
            self.content.append(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.handle_data(html.unescape(f"&#{name};"))

    def _gap(self) -> None:
        self.visible.append(" ")
        self.content.append(" ")


def _texts(article: Path) -> tuple[str, str]:
    """The content a gold file describes and the page's visible text, whitespace collapsed.

    Clean text: the body after the header's first blank line. Scraped dump (no `Source:` line): everything
    above the first line starting "Latest from" (the teasers below are not content). HTML: <article> minus
    asides, figures, navigation and scripts."""
    raw = article.read_text(encoding="utf-8")
    if article.suffix == ".html":
        page = _ArticleText()
        page.feed(raw)
        page.close()
        return " ".join("".join(page.content).split()), " ".join("".join(page.visible).split())
    lines = raw.split("\n")
    if len(lines) > 2 and lines[1].startswith("Source: "):
        _, _, body = raw.partition("\n\n")
        return " ".join(body.split()), " ".join(raw.split())
    cut = next((i for i, line in enumerate(lines) if line.startswith("Latest from")), len(lines))
    content = " ".join(" ".join(lines[:cut]).split())
    return content, content


def _body(article: Path) -> str:
    return _texts(article)[0]


def _evidence(gold: dict) -> list[str]:
    facts = [*gold["agreements"], *gold["export_controls"], *gold["production_shares"]]
    return [f["evidence"] for f in facts]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.skipif(n in IN_FLIGHT and not (EVAL / n).is_dir(), reason="not merged yet"))
        for n in CORPUS_SIZES
    ],
)
def test_every_article_has_one_gold_file_and_the_corpus_is_whole(name: str):
    gold = sorted((EVAL / name / "gold").glob("*.json"))
    articles = sorted(a for a in (EVAL / name / "articles").iterdir() if a.suffix in ARTICLE_SUFFIXES)
    assert [g.stem for g in gold] == [a.stem for a in articles]
    assert len(gold) == CORPUS_SIZES[name]
    assert all(re.fullmatch(r"\d\d_[a-z0-9_]+", a.stem) for a in articles)


@pytest.mark.parametrize("path", GOLD, ids=GOLD_IDS)
def test_gold_file_follows_the_fact_sheet_schema(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) == {*GOLD_KEYS, "notes"}
    assert gold["article"] in {path.stem + suffix for suffix in ARTICLE_SUFFIXES}
    assert (path.parent.parent / "articles" / gold["article"]).is_file()
    sheet = {key: gold[key] for key in GOLD_KEYS} | {"article_id": path.stem}
    assert check_fact_sheet(sheet, path) is sheet
    codes = {*gold["deals_with_usa"], *gold["deals_with_usa_acceptable"]}
    codes |= {p for a in gold["agreements"] for p in a["parties"]}
    codes |= {f["country"] for f in [*gold["export_controls"], *gold["production_shares"]]}
    assert codes <= set(gold["countries"])
    assert not set(gold["deals_with_usa"]) & set(gold["deals_with_usa_acceptable"])
    assert "USA" not in {*gold["deals_with_usa"], *gold["deals_with_usa_acceptable"]}


@pytest.mark.parametrize("path", GOLD, ids=GOLD_IDS)
def test_gold_evidence_is_copied_from_the_article_body(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    body = _body(path.parent.parent / "articles" / gold["article"])
    missing = [e for e in _evidence(gold) if " ".join(e.split()) not in body]
    assert missing == []


FORM_CHECKED = [g for g in GOLD if g.parent.parent.name in {*BLIND, *TUNING}]


def _mineral_on_page(mineral: str, text: str) -> bool:
    """A gold mineral is on the page under any of its gazetteer forms ("aluminium" as "aluminum", the eval
    README's rule), or as its name without a plural "s" ("rare earths" as "rare earth elements")."""
    forms = {f for f, name in gazetteer().mineral_forms.items() if name == mineral}
    return any(f in text for f in forms | {mineral.casefold().removesuffix("s")})


@pytest.mark.parametrize("path", FORM_CHECKED, ids=[f"{g.parent.parent.name}/{g.stem}" for g in FORM_CHECKED])
def test_names_and_minerals_occur_on_the_page_and_the_content_has_250_to_700_words(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    body, page = _texts(path.parent.parent / "articles" / gold["article"])
    names = [p["name"] for p in gold["people"]] + gold["not_actors"]
    text = page.casefold()
    assert [n for n in names if n.casefold() not in text] == []
    assert [m for m in gold["minerals"] if not _mineral_on_page(m, text.replace("-", " "))] == []  # "rare-earth"
    assert 250 <= len(body.split()) <= 700


@pytest.mark.parametrize(
    ("page", "content"),
    [
        ("T\nSource: u\nPublished: 2025-01-01\n\nBody words.\n", "Body words."),
        ("Menu\nHeadline\nBody words.\nLatest from World\nDecoy teaser\n", "Menu Headline Body words."),
    ],
)
def test_the_content_of_a_text_page_is_its_body_or_what_stands_above_the_teasers(tmp_path: Path, page, content):
    article = tmp_path / "01_page.txt"
    article.write_text(page, encoding="utf-8")
    assert _body(article) == content


def test_the_content_of_an_html_page_is_its_article_without_asides_figures_and_scripts(tmp_path: Path):
    article = tmp_path / "01_page.html"
    article.write_text(
        "<html><head><title>Decoy</title><script>var d = 'Decoy';</script></head><body><nav>Menu</nav>"
        "<article><h1>Head</h1><figure>Caption</figure><p>Body&nbsp;words &amp; more.</p>"
        "<aside>Related decoy</aside></article><footer>Foot</footer></body></html>",
        encoding="utf-8",
    )
    content, page = _texts(article)
    assert content == "Head Body words & more."
    assert "Caption" in page and "Menu" in page and "Decoy" not in page


def test_a_broken_gold_sheet_is_refused():
    gold = json.loads(GOLD[0].read_text(encoding="utf-8"))
    sheet = {key: gold[key] for key in GOLD_KEYS} | {"article_id": GOLD[0].stem}
    sheet["agreements"] = [{**sheet["agreements"][0], "status": "rumoured"}]
    with pytest.raises(FactSheetError):
        check_fact_sheet(sheet, GOLD[0])


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.skipif(n in IN_FLIGHT and not (EVAL / n).is_dir(), reason="not merged yet"))
        for n in sorted(CORPUS_SIZES)
    ],
)
def test_each_corpus_declares_who_may_read_its_errors(name):
    """A blind corpus (heldout2, heldout3) lists no per-item error by default; a tuning corpus lists them all."""
    from cmkg.nlp.evaluate import corpus_error_view

    assert corpus_error_view(EVAL / name / "gold") == ("none" if name in BLIND else "all")
