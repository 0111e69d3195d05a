"""Modules compiled from forms/*.ui by ``python -m app.ui.compile_forms`` — do not edit."""
