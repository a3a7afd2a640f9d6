"""Truth for yassouali/ML-paper-notes: '- Title (year): [[Paper]] [[Notes]]' items."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "yassouali__ML-paper-notes__README@7cbde34.md"


def main() -> None:
    t = Truth(NAME, "every '- Title (year): [[Paper]](url) [[Notes]](pdf)' item is an entry, title = the text"
              " before '(year)'", "all items of 3 sections, 20 random items")
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"- (.+?)\s*\(\d{4}\)", text)
        if m:
            t.add(i, i, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
