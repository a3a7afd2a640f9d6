"""Reading each side: Zotero's changes since the digests were last pulled
(library_changes), push's reads, cheapest first (push_reads), the library index kept
current with ``since=`` (index_refresh), digests renamed on disk (moves)."""
