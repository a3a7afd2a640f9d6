"""Truth for mlnagoya/surveys list: one table row per paper, the title in the 'title' column."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "mlnagoya__surveys__list@f054edb.md"


def main() -> None:
    t = Truth(NAME, "every body row of the table with a non-empty 'title' cell is an entry; title = that cell"
              " (the link is in the 'link' column; one row has an extra empty cell"
              " before it); a row linking a blog post is not a paper", "40 random rows, all rows without a title or link")
    for i, text in enumerate(t.lines, 1):
        if i <= 2 or not text.startswith("|"):
            continue
        cells = [c.strip() for c in text.rstrip().split("|")[1:-1]]
        title = next((c for c in cells[4:] if c), None)
        if title and "/blog/" not in cells[3]:
            t.add(i, i, title)
    t.write()


if __name__ == "__main__":
    main()
