"""Text to facts: ingestion, the spaCy components and the fact sheet.

Nothing here imports ``cmkg.graph`` or ``cmkg.app``; the fact sheet is the
only thing that leaves this package.
"""
