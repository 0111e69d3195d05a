"""Tests for app.reports: render each form and read the PDF text back."""
