"""Ruimte: suitability analysis for business locations in the Netherlands (QGIS Processing).

``core`` holds the maths (no QGIS); ``algorithms`` the thin Processing wrappers."""
