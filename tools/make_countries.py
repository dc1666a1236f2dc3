"""Regenerate data/gazetteer/countries.tsv from pycountry and the QID list.

Run by hand when pycountry or the QID list changes; cmkg itself reads only the
TSV, so pycountry is not a runtime dependency.
"""

from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"


def main() -> None:
    qids = dict(line.split() for line in (DATA / "wikidata_countries.txt").read_text().splitlines() if line.strip())
    rows = ["iso3\tiso2\tqid\tname\tofficial_name\tcommon_name"]
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        rows.append(
            "\t".join(
                [
                    c.alpha_3,
                    c.alpha_2,
                    qids.get(c.alpha_3, ""),
                    c.name,
                    getattr(c, "official_name", ""),
                    getattr(c, "common_name", ""),
                ]
            )
        )
    rows.append("EU\tEU\tQ458\tEuropean Union\tEuropean Union\t")
    (DATA / "countries.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
