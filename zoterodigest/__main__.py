"""`python -m zoterodigest` runs the command line."""

from .cli import main

main()
