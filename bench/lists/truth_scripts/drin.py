"""Truth for drin/research readings: list items whose reference link points at a paper."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "drin__research__blog__perspectives-on-bioinformatics__context.readings@1a00b1d.md"

NOT_PAPERS = ("User Guide", "Matrix Market", "HDF5")


def main() -> None:
    t = Truth(NAME, "every list item naming an article ([Title][ref] or [Title](url)) is an entry, title = link"
              " text; the 10x user guide and the two file-format docs are not papers",
              "all list items")
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"\s*(?:\d+\.|[*-])\s.*?\[([^\]]+)\][\[(]", text)
        if m and not m.group(1).startswith(NOT_PAPERS):
            t.add(i, i, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
