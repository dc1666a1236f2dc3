"""Facts to the graph: RDF building, the store, queries, exports and serving.

Nothing here imports ``cmkg.nlp`` or ``cmkg.app``: it reads fact sheets, not text.
"""
