"""Sentences read in page frames, back as (country, mineral, status) triples: the shape the round-17 control
tests compare, so each test file states its frames and rows, not the extraction plumbing."""

from __future__ import annotations

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

__all__ = ["CONTROL_FRAMES", "framed_controls"]

# the three page frames the control tests read their sentences in: whose page it is decides owners
CONTROL_FRAMES = {
    "government": "Ministry of Mines release\nSource: https://www.mines.gov.zm/news/release\nPublished: 2025-11-03\n\n",
    "wire": "Metals desk\nSource: https://www.metalswire.example.com/story\nPublished: 2025-11-03\n\n"
    "GENEVA, Nov 3 (AFP) - ",
    "bare": "Case\nSource: case\nPublished: 2025-11-03\n\n",
}


def framed_controls(
    frames: dict[str, str], rows: list[tuple[str, str, set]], name: str
) -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    """Each (frame, text) of ``rows`` extracted once, in one batch: the page header of ``frames[frame]`` decides
    whose page the sentence is on."""
    keys = [(f, t) for f, t, _ in rows]
    arts = [read_text_as_article(frames[f] + t, f"{name}/{i}.txt") for i, (f, t) in enumerate(keys)]
    sheets = extract_many(arts)
    return {
        key: {(c["country"], m, c["status"]) for c in sheet["export_controls"] for m in c["minerals"]}
        for key, sheet in zip(keys, sheets, strict=True)
    }
