"""Truth for dair-ai/ML-Papers-Explained: one paper per table row, named by its model's nickname."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "dair-ai__ML-Papers-Explained__README@16ec56f.md"


def main() -> None:
    t = Truth(NAME, "every body row of a 'Paper | Date | Description' table is an entry; its Paper cell is a"
              " nickname linking an explainer post, so the title is null; the one-column 'Model' and 'Layer' tables"
              " name concepts (layer types, auto-encoder kinds), not papers",
              "the rows of 4 tables and 20 random rows")
    header = ""
    for i, raw in enumerate(t.lines, 1):
        text = raw.lstrip()
        if not text.startswith("|"):
            header = ""
        elif not header:
            header = text
        if "Paper" in header and re.match(r"\|\s*\[[^\]]+\]\(", text):
            t.add(i, i, None)
    t.write()


if __name__ == "__main__":
    main()
