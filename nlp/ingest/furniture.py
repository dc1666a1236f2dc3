"""The furniture rules of a page (``data/boilerplate.json``), compiled once: end markers, widgets, lines to drop,
teasers, captions, bullets, list items and table lines, date lines and agencies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cmkg.core.resources import load_json

__all__ = ["Furniture", "furniture"]


@dataclass(frozen=True)
class Furniture:
    end: tuple[re.Pattern, ...]
    link_box: tuple[re.Pattern, ...]  # a closing box of links' label: ends a page dump, and a clean text's story
    widget: tuple[re.Pattern, ...]
    drop: tuple[re.Pattern, ...]
    teaser: tuple[re.Pattern, ...]
    caption: tuple[re.Pattern, ...]
    bullet: re.Pattern
    item: re.Pattern
    marker: re.Pattern  # a list item's opening mark: '- ', '(ii) ', 'b) ', '3. '
    date: tuple[re.Pattern, ...]
    agencies: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    spec = load_json("boilerplate.json")
    comp = lambda xs: tuple(re.compile(x, re.I) for x in xs)  # noqa: E731
    return Furniture(
        end=comp(spec["end"] + spec["link_box"]),
        link_box=comp(spec["link_box"]),
        widget=comp(spec["widget"]),
        drop=comp(spec["drop"] + spec["teaser"]),
        teaser=comp(spec["teaser"]),
        caption=tuple(re.compile(x) if x.startswith("/") else re.compile(x, re.I) for x in spec["caption"]),
        bullet=re.compile(spec["bullet"]),
        item=re.compile(f"{spec['list_item']}|{spec['table_line']}"),  # a table's row keeps its line too
        marker=re.compile(spec["list_item"]),
        date=comp(spec["date"]),
        agencies={k: tuple(v) for k, v in spec["agencies"].items()},
    )
