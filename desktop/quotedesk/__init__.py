"""QuoteDesk: find, attribute and curate direct quotes in news articles."""

__version__ = "0.1.0"
