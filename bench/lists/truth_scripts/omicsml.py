"""Truth for OmicsML/awesome-deep-learning-single-cell-papers: numbered '[venue] **Title** [[paper]]' items."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "OmicsML__awesome-deep-learning-single-cell-papers__README@c61f634.md"


def main() -> None:
    t = Truth(NAME, "every list item with a bold title is an entry (title = the bold part), except items of the"
              " Book and Course sections and '[YYYY Github]' tool items; the survey's own BibTeX is boilerplate",
              "30 random entries and the first/last item of every section")
    section = ""
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## "):
            section = text.lower()
            continue
        if any(w in section for w in ("book", "course")) or re.match(r"\s*\d+\. \[\d{4} github\]", text, re.IGNORECASE):
            continue
        m = re.match(r"\s*(?:\d+\.|[-*])\s.*?\*\*(.+?)\*\*", text)
        if m:
            t.add(i, i, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
