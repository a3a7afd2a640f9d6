"""zoterodigest: sync Markdown paper digests with Zotero and BibTeX."""

__version__ = "0.1.0"
