"""The government that published an article, read from its URL.

An official release (meti.go.jp, industry.gov.au, state.gov, ec.europa.eu)
speaks for its government: an official it names with no country ("Minister
Ahn", "Under Secretary Jose W. Fernandez") most likely serves it.  A host
with a government label (``officials.government_host_labels``: gov, go,
gob, gouv...) under a country-code domain names that country; a few
top-level domains and hosts are tables (``officials.government_tlds``,
``officials.government_hosts``).  News sites name no government.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from cmkg.core.gazetteer import gazetteer
from cmkg.nlp.rules import rules

__all__ = ["publisher_country"]


def publisher_country(url: str | None) -> str | None:
    """ISO alpha-3 (or EU) of the government whose site ``url`` is on; None for any other site."""
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    labels = host.split(".")
    if len(labels) < 2:
        return None
    for suffix, code in rules().table("officials.government_hosts").items():
        if host == suffix or host.endswith("." + suffix):
            return code
    tld = labels[-1]
    if tld in rules().table("officials.government_tlds"):
        return rules().table("officials.government_tlds")[tld]
    if not set(labels[:-1]) & rules().words("officials.government_host_labels"):
        return None
    by_iso2 = {c.iso2.lower(): c.code for c in gazetteer().countries.values() if c.iso2}
    return by_iso2.get(rules().table("officials.country_code_domains").get(tld, tld))
