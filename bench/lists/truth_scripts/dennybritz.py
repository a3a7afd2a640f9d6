"""Truth for dennybritz/deeplearning-papernotes: '- Title [[arXiv](url)] ...' items, some wrapped."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "dennybritz__deeplearning-papernotes__README@7195945.md"


def main() -> None:
    t = Truth(NAME, "every '- ' item is an entry; its title is the text before the first '[[' label (a"
              " '[Title](notes/..)' link text when the title links to notes); an item wrapped onto the next"
              " line is joined", "30 random items, all 3 wrapped items, the first/last of 5 months")
    lines = t.lines
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not lines[end].startswith(("- ", "#")):
            end += 1
        whole = " ".join(s.strip() for s in lines[i - 1 : end])[2:]
        title = whole.split(" [[", 1)[0]
        t.add(i, end, title)
    t.write()


if __name__ == "__main__":
    main()
