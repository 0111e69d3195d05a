"""Spreadsheet import and export (openpyxl, CSV): parse and validate rows, report problems."""
