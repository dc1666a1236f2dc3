"""The intergovernmental organisation whose own site published an article.

A page on wto.org or unctad.org is the organisation's own: an officer it names by a bare secretariat title
('Director-General Ngozi Okonjo-Iweala') is the organisation's, not a member state's.  Kept apart from the
publishing government (``cmkg.nlp.publisher``): an organisation speaks for no state, so it is never a
fallback owner of a measure or a party to a deal.  Hosts: ``officials.igo_hosts``.
"""

from __future__ import annotations

from cmkg.nlp.publisher import host_value, site_host

__all__ = ["igo_publisher"]


def igo_publisher(url: str | None) -> str | None:
    """The organisation whose site ``url`` is on (a host or any subdomain of one); None for any other site."""
    return host_value(site_host(url), "officials.igo_hosts")
