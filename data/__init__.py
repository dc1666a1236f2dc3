"""cmkg's knowledge as data files: gazetteers, rule records, ontology, shapes, stored queries.

This folder holds no code; it is a package only so that ``cmkg.data`` locates
the files the same way in a checkout and in an installed wheel.
"""
