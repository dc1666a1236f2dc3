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
transaction, and the batch recomputes them all at the end, a few dozen pairs
per update, each update dropping the marks of the pairs it redid.  Recomputing
per article made building a million-triple graph quadratic, and one update
over every pair held the whole recomputation in one transaction (memory grew
with the corpus); after a kill at any point the pending graph says what is
left to redo, and the next build does it first.
"""

from __future__ import annotations

import hashlib

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
    "mark_all_update",
    "forget_update",
    "drain_update",
    "DRAIN_BATCH",
    "pair_set",
    "flush_pending",
    "rebuild_all",
]

SUMMARY_GRAPH = str(ID["graph/deal-summary"])
# Joins the sort key of the sample-sentence pick inside the update below; never stored.
_KEY_SEP = "\u001f"
PENDING_GRAPH = str(ID["graph/deal-summary-pending"])
_PENDING_NODE = f"{ID}deal-summary-pending/"
DRAIN_BATCH = 64  # pairs recomputed per update: bounds a transaction, not the number of requests that matters
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


def _drain_size(store) -> int:
    return getattr(store, "summary_batch", 0) or DRAIN_BATCH


def flush_pending(store) -> int:
    """Recompute the summaries a batch left pending; return how many pairs there were.

    ``store`` is any store with ``execute(query)`` and ``update(text)``, embedded or remote.  The pending
    pairs go in batches (``DRAIN_BATCH``, or the store's ``summary_batch``), each update recomputing its
    pairs and forgetting that they were pending together: one update over every pair held the whole
    recomputation in one transaction, and a kill at any point leaves exactly the pairs not yet redone
    pending."""
    pairs = pair_set(store.execute(pending_pairs_query()))
    for part in _batches(pairs, _drain_size(store)):
        store.update(with_prologue(drain_update(part)))
    if pairs:  # empty by now; the graph itself goes too, as a build that touched no deal leaves none
        store.update(f"DROP SILENT GRAPH <{PENDING_GRAPH}>")
    return len(pairs)


def rebuild_all(store) -> None:
    """Recompute every summary from scratch (after an import or bulk load that bypassed article replacement).

    First every pair the articles or the summaries name is marked pending, in one update (the server
    makes the list; nothing is dropped), then the pending pairs are drained in batches: a kill at any
    point leaves the record of what to redo, and the next build or refresh finishes it."""
    store.update(mark_all_update())
    flush_pending(store)


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


def _mark(country: str, partner: str) -> str:
    """The pending graph's node for a pair (``mark_all_update`` computes the same IRI in SPARQL)."""
    return f"{_PENDING_NODE}{hashlib.md5(f'{country} {partner}'.encode()).hexdigest()}"


def pending_update(pairs: set[tuple[str, str]]) -> str:
    """Record ``pairs`` as needing a refresh (an update operation, no prologue)."""
    triples = " ".join(f"<{_mark(c, p)}> cmkg:country <{c}> ; cmkg:partner <{p}> ." for c, p in sorted(pairs))
    return f"INSERT DATA {{ GRAPH <{PENDING_GRAPH}> {{ {triples} }} }}"


def mark_all_update() -> str:
    """Mark every pair pending that an article's deals or the summary graph name (one update, with prologue)."""
    return with_prologue(f"""INSERT {{ GRAPH <{PENDING_GRAPH}> {{ ?m cmkg:country ?c ; cmkg:partner ?p }} }}
WHERE {{
  {{ SELECT DISTINCT ?c ?p WHERE {{
       {{ GRAPH ?g {{ ?c cmkg:hasDealWith ?p }} }}
       UNION {{ GRAPH <{SUMMARY_GRAPH}> {{ ?row cmkg:country ?c ; cmkg:partner ?p }} }} }} }}
  BIND (IRI(CONCAT("{_PENDING_NODE}", MD5(CONCAT(STR(?c), " ", STR(?p))))) AS ?m)
}}""")


def forget_update(pairs: set[tuple[str, str]]) -> str:
    """Drop the pending marks of ``pairs`` (update operations, no prologue)."""
    return " ;\n".join(
        f"DELETE WHERE {{ GRAPH <{PENDING_GRAPH}> {{ ?m cmkg:country <{c}> ; cmkg:partner <{p}> }} }}"
        for c, p in sorted(pairs)
    )


def drain_update(pairs: set[tuple[str, str]]) -> str:
    """Recompute ``pairs`` and drop their pending marks, in one request (no prologue)."""
    return refresh_update(pairs) + " ;\n" + forget_update(pairs)


def pending_pairs_query() -> str:
    return (
        _PROLOGUE
        + f"SELECT DISTINCT ?c ?p WHERE {{ GRAPH <{PENDING_GRAPH}> {{ ?s cmkg:country ?c ; cmkg:partner ?p }} }}"
    )


def _node(country: str, partner: str) -> str:
    return f"{ID}deal-summary/{country.rsplit('/', 1)[-1]}-{partner.rsplit('/', 1)[-1]}"


def refresh_update(pairs: set[tuple[str, str]]) -> str:
    """SPARQL update operations (no prologue) that recompute the summaries of ``pairs``."""
    return " ;\n".join(_one_pair(c, p) for c, p in sorted(pairs))


def with_prologue(update: str) -> str:
    return _PROLOGUE + update
