"""The quote engine (being built)."""
