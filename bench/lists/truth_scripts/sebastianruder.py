"""Truth for sebastianruder/NLP-progress summarization: results-table rows with a Paper / Source link."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "sebastianruder__NLP-progress__english__summarization@379f03f.md"


def cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def main() -> None:
    t = Truth(NAME, "every results-table body row whose 'Paper / Source' cell holds a link is an entry (a paper"
              " listed twice for two models counts twice); title = that link's text", "all rows")
    col = None
    for i, text in enumerate(t.lines, 1):
        if not text.startswith("|"):
            col = None
            continue
        row = cells(text)
        if col is None:
            col = next((k for k, c in enumerate(row) if "Paper" in c), None)
            continue
        if set(text) <= set("|-: "):
            continue
        m = re.search(r"\[([^\]]+)\]\(", row[col]) if col < len(row) else None
        if m:
            t.add(i, i, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
