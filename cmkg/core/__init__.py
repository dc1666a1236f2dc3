"""Basics shared by every layer: coded errors, data files, the gazetteer."""
