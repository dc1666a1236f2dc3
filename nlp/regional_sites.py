"""The state, province or territory whose own government's site published an article.

A release on saskatchewan.ca or wa.gov.au is a sub-national government's: its premier or governor signs for
the place, not for the country, and a memorandum the place signs with a foreign ministry has that foreign
state as its only national party.  The place's country is still the page's country (the premier is
Canada's official), so a provincial site with no national host label ('quebec.ca') names its country through
the place.  Kept apart from :mod:`cmkg.nlp.publisher`, which reads national sites and page furniture.  Hosts:
``officials.subnational_hosts``; places and their states: ``officials.subnational_places``.
"""

from __future__ import annotations

from cmkg.nlp.publisher import host_value, site_host
from cmkg.nlp.rules import rules

__all__ = ["regional_country", "regional_publisher"]


def regional_publisher(url: str | None) -> str | None:
    """The place whose government's site ``url`` is on (a host or any subdomain of one); None for any other."""
    return host_value(site_host(url), "officials.subnational_hosts")


def regional_country(url: str | None) -> str | None:
    """The country of the place whose government's site ``url`` is on, else None."""
    place = regional_publisher(url)
    return rules().table("officials.subnational_places").get(place) if place else None
