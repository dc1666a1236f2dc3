"""A per-pair summary of deals, kept up to date as articles come and go.

"Which countries have deals with the US?" must answer in milliseconds on a
graph of a million triples, but the evidence behind it grows with every
article (thousands of sentences for the US).  So each time an article's
graph is replaced, the summaries of the country pairs it touches (before and
after) are recomputed from all articles, in the same SPARQL update request as
the replacement: a reader never sees an article without its summary, and a
killed batch leaves both consistent.  The summaries live in their own named
graph, one node per country, partner and agreement, every field its own typed
triple (no packed strings), so ``data/queries/deals_with.rq`` reads them as
plain rows; ``deal_evidence.rq`` reads the full evidence.

A batch (``cmkg build`` of many articles) defers the work: each article's
update only records the pairs it touched in a "pending" graph, in the same
transaction, and the batch recomputes them all at the end (and every few
hundred articles).  Recomputing per article made building a million-triple
graph quadratic; after a killed batch the pending graph says what to redo,
and the next build does it first.
"""

from __future__ import annotations

import pyoxigraph as ox

from cmkg.core.vocabulary import core_deal_sparql, vocabulary
from cmkg.graph.vocab import CMKG, ID, PREFIXES

__all__ = [
    "SUMMARY_GRAPH",
    "PENDING_GRAPH",
    "STATUS_RANK",
    "pairs_in_nquads",
    "pairs_query",
    "pairs_in_graphs_query",
    "refresh_update",
    "all_pairs_query",
    "pending_update",
    "pending_pairs_query",
    "flush_update",
    "pair_set",
    "flush_pending",
    "rebuild_all",
]

SUMMARY_GRAPH = str(ID["graph/deal-summary"])
# Joins the sort key of the sample-sentence pick inside the update below; never stored.
_KEY_SEP = "\u001f"
PENDING_GRAPH = str(ID["graph/deal-summary-pending"])
STATUS_RANK = vocabulary().status_rank  # furthest along first: a pair's best status is the lowest rank
_DEAL = str(CMKG.hasDealWith)
_CORE_DEAL = core_deal_sparql("?st", "?ty", "GRAPH ?any { ?a cmkg:multilateral true }")
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def pair_set(rows) -> set[tuple[str, str]]:
    """(country IRI, partner IRI) pairs from the ?c ?p solutions of the pair queries."""
    return {(r["c"].value, r["p"].value) for r in rows}


def _batches(pairs: set[tuple[str, str]], size: int) -> list[set[tuple[str, str]]]:
    ordered = sorted(pairs)
    step = size if size > 0 else max(1, len(ordered))
    return [set(ordered[i : i + step]) for i in range(0, len(ordered), step)]


def flush_pending(store) -> int:
    """Recompute the summaries a batch left pending; return how many pairs there were.

    ``store`` is any store with ``execute(query)`` and ``update(text)``, embedded or remote.  One update
    request does it all, unless the store sets ``summary_batch`` (a server that cannot compile large
    updates): then the pairs go in batches, and the pending graph is dropped only after the last one."""
    pairs = pair_set(store.execute(pending_pairs_query()))
    batch = getattr(store, "summary_batch", 0)
    if pairs and not batch:
        store.update(flush_update(pairs))
    elif pairs:
        for part in _batches(pairs, batch):
            store.update(with_prologue(refresh_update(part)))
        store.update(flush_update(set()))
    return len(pairs)


def rebuild_all(store) -> None:
    """Recompute every summary from scratch (after an import that bypassed article replacement)."""
    pairs = pair_set(store.execute(all_pairs_query()))
    ops = [f"DROP SILENT GRAPH <{SUMMARY_GRAPH}>", f"DROP SILENT GRAPH <{PENDING_GRAPH}>"]
    parts = _batches(pairs, getattr(store, "summary_batch", 0)) if pairs else []
    store.update(with_prologue(" ;\n".join(ops + ([refresh_update(parts[0])] if parts else []))))
    for part in parts[1:]:
        store.update(with_prologue(refresh_update(part)))


def pairs_in_nquads(nquads: bytes) -> set[tuple[str, str]]:
    return {
        (q.subject.value, q.object.value)
        for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
        if q.predicate.value == _DEAL
    }


def pairs_query(graph: str) -> str:
    return _PROLOGUE + f"SELECT DISTINCT ?c ?p WHERE {{ GRAPH <{graph}> {{ ?c cmkg:hasDealWith ?p }} }}"


def pairs_in_graphs_query(graphs: list[str]) -> str:
    """The deal pairs the named ``graphs`` hold (a batch of articles about to be replaced)."""
    values = " ".join(f"<{g}>" for g in graphs)
    return (
        _PROLOGUE + f"SELECT DISTINCT ?c ?p WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?c cmkg:hasDealWith ?p }} }}"
    )


def all_pairs_query() -> str:
    return _PROLOGUE + "SELECT DISTINCT ?c ?p WHERE { GRAPH ?g { ?c cmkg:hasDealWith ?p } }"


def _rank_expr() -> str:
    expr = str(len(STATUS_RANK))
    for i, status in reversed(list(enumerate(STATUS_RANK))):
        expr = f"IF(?st = cmkg:status-{status}, {i}, {expr})"
    return expr


def _status_expr() -> str:
    expr = f"cmkg:status-{STATUS_RANK[-1]}"
    for i, status in reversed(list(enumerate(STATUS_RANK))):
        expr = f"IF(?r = {i}, cmkg:status-{status}, {expr})"
    return expr


def _one_pair(country: str, partner: str) -> str:
    """Replace the summary rows of one pair: one node per agreement, each with the pair's figures.

    Each row repeats the pair's best status, core flag, count and sample, so a country's partners are
    one star of triple patterns per row, with no string to unpack."""
    pair = f"<{country}> ; cmkg:partner <{partner}>"
    return f"""
DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?row ?p ?o }} }}
WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?row cmkg:country {pair} ; ?p ?o }} }} ;
INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{
  ?row a cmkg:DealSummary ; cmkg:country {pair} ; cmkg:agreementLabel ?alabel ;
    cmkg:bestStatus ?best ; cmkg:core ?core ; cmkg:evidenceCount ?n ;
    cmkg:sampleSentence ?sentence ; cmkg:sampleSource ?title ; cmkg:sampleUrl ?url .
}} }} WHERE {{
  {{ SELECT (MIN(?rank) AS ?r) (MAX(?isCore) AS ?c) (COUNT(DISTINCT ?ev) AS ?n) (MIN(?key) AS ?pick)
     WHERE {{
       GRAPH ?g {{
         ?a cmkg:party <{country}> , <{partner}> ; cmkg:status ?st ; cmkg:agreementType ?ty ; cmkg:evidence ?ev .
         ?ev cmkg:sentence ?sent ; prov:wasDerivedFrom ?art .
         ?art schema:headline ?t .
         OPTIONAL {{ ?art schema:url ?u }}
       }}
       BIND ({_rank_expr()} AS ?rank)
       BIND (IF({_CORE_DEAL}, 1, 0) AS ?isCore)
       # the sample sentence: from a core agreement with the furthest status first, then alphabetical
       BIND (CONCAT(STR(1 - ?isCore), STR(?rank), "{_KEY_SEP}", ?sent, "{_KEY_SEP}", ?t, "{_KEY_SEP}",
                    COALESCE(STR(?u), "")) AS ?key)
     }} }}
  FILTER (?n > 0)
  # one row per agreement label (two articles reporting one agreement give it one label)
  {{ SELECT DISTINCT ?alabel WHERE {{
       GRAPH ?g2 {{ ?a2 cmkg:party <{country}> , <{partner}> ; cmkg:evidence ?ev2 ; rdfs:label ?alabel }} }} }}
  BIND (STRAFTER(?pick, "{_KEY_SEP}") AS ?rest)
  BIND (STRBEFORE(?rest, "{_KEY_SEP}") AS ?sentence)
  BIND (STRBEFORE(STRAFTER(?rest, "{_KEY_SEP}"), "{_KEY_SEP}") AS ?title)
  BIND (STRAFTER(STRAFTER(?rest, "{_KEY_SEP}"), "{_KEY_SEP}") AS ?link)
  BIND (IF(?link = "", ?unbound, STRDT(?link, xsd:anyURI)) AS ?url)
  BIND ({_status_expr()} AS ?best)
  BIND (?c = 1 AS ?core)
  BIND (IRI(CONCAT("{_node(country, partner)}/", MD5(STR(?alabel)))) AS ?row)
}}"""


def pending_update(pairs: set[tuple[str, str]]) -> str:
    """Record ``pairs`` as needing a refresh (an update operation, no prologue)."""
    triples = " ".join(f"<{_node(c, p)}> cmkg:country <{c}> ; cmkg:partner <{p}> ." for c, p in sorted(pairs))
    return f"INSERT DATA {{ GRAPH <{PENDING_GRAPH}> {{ {triples} }} }}"


def pending_pairs_query() -> str:
    return (
        _PROLOGUE
        + f"SELECT DISTINCT ?c ?p WHERE {{ GRAPH <{PENDING_GRAPH}> {{ ?s cmkg:country ?c ; cmkg:partner ?p }} }}"
    )


def flush_update(pairs: set[tuple[str, str]]) -> str:
    """Recompute ``pairs`` and forget that they were pending, in one request."""
    ops = ([refresh_update(pairs)] if pairs else []) + [f"DROP SILENT GRAPH <{PENDING_GRAPH}>"]
    return with_prologue(" ;\n".join(ops))


def _node(country: str, partner: str) -> str:
    return f"{ID}deal-summary/{country.rsplit('/', 1)[-1]}-{partner.rsplit('/', 1)[-1]}"


def refresh_update(pairs: set[tuple[str, str]]) -> str:
    """SPARQL update operations (no prologue) that recompute the summaries of ``pairs``."""
    return " ;\n".join(_one_pair(c, p) for c, p in sorted(pairs))


def with_prologue(update: str) -> str:
    return _PROLOGUE + update
