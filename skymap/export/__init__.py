"""Exports: PDF, SVG, GraphML, CSV. No Qt here and no import of skymap.ui."""
