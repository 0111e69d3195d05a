"""Houqin (后勤管家): offline property, stock, repair and budget manager for school offices."""

__version__ = "0.1.0"
APP_NAME = "Houqin"
