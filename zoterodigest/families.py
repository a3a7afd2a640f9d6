"""The names of the digest families (a module of its own so the command line can
name them without loading the readers)."""

FAMILIES = ("blockquote-cards", "daily-list", "details-cards", "hf-table", "daily-table", "generic")
