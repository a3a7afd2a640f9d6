"""Truth for yangkky/Machine-learning-for-proteins: '**Title.**' paragraphs with authors, venue, link lines."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "yangkky__Machine-learning-for-proteins__README@4afcaab.md"


def main() -> None:
    t = Truth(NAME, "every paragraph opening with a bold '**Title.**' line is an entry (the whole paragraph:"
              " title, authors, venue, link); title = the bold part", "30 random entries, first/last of sections")
    n = len(t.lines)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"\*\*(.+?)\*\*", text)
        if not m or (i > 1 and t.line(i - 1).strip()):
            continue
        end = i
        while end < n and t.line(end + 1).strip():
            end += 1
        t.add(i, end, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
