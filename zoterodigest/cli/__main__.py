"""``python -m zoterodigest.cli``: the same as the ``zoterodigest`` script."""

from . import main

main()
