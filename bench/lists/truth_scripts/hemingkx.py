"""Truth for hemingkx/SpeculativeDecodingPapers: '- **Title**' items with an author/link line below."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "hemingkx__SpeculativeDecodingPapers__README@9e6b293.md"


def main() -> None:
    t = Truth(NAME, "every '- **Title**' item under '## Papers' is an entry (title = bold part), running to its"
              " italic author/link line; the Tutorial item and the Blog & Project paragraphs are not papers",
              "30 random entries and the first/last of each section")
    papers = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## "):
            papers = text.strip() == "## Papers"
        m = re.match(r"- \*\*(.+?)\*\*", text)
        if papers and m:
            end = i + 1 if i < len(t.lines) and t.line(i + 1).startswith("  ") else i
            t.add(i, end, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
