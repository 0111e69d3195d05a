"""Printed forms: one module per form on top of the shared page layout; data in, PDF bytes out."""
