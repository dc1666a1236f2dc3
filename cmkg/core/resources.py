"""Locate and cache the data files that hold cmkg's knowledge.

Knowledge (gazetteers, patterns, furniture lists) lives in ``data/``; this is
the one place that knows where that folder is, so an installed wheel and a
source checkout behave the same.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["data_dir", "data_path", "load_json", "load_tsv"]


def data_dir() -> Path:
    """``$CMKG_DATA`` if set, else the ``cmkg.data`` package (``data/`` in a checkout)."""
    env = os.environ.get("CMKG_DATA")
    if env:
        return Path(env)
    import cmkg.data

    return Path(cmkg.data.__file__).resolve().parent


def data_path(*parts: str) -> Path:
    return data_dir().joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    with data_path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def load_tsv(*parts: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line; '#' lines are comments."""
    rows: list[dict[str, str]] = []
    with data_path(*parts).open(encoding="utf-8") as fh:
        lines = [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))  # a longer row keeps its first columns
    return tuple(rows)
