"""Wild2 truth for thaxali/HCI CHI26/CHI26_Curated_Papers.md: numbered '1. **Title** — [PDF](arxiv pdf)'.

Entries: every numbered item of the ten category sections (one line each, 156 in all; the
headings' '(N papers)' counts are the author's and are not used).  Title = the bold span.  One
item links ResearchGate instead of arXiv (no id).  Not entries: the source line (a Medium blog
post the list is drawn from) and the total line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "thaxali__HCI__CHI26__CHI26_Curated_Papers@68c1b11.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def main() -> None:
    for i, text in enumerate(LINES, 1):
        m = re.match(r"\d+\.\s+\*\*(.+?)\*\*", text)
        if m:
            PAPERS.append(entry(LINES, i, i, m.group(1)))
    write_truth(
        NAME, PART, PAPERS,
        "every numbered item 'N. **Title** — [PDF](url)' is an entry (one line); title = the bold span;"
        " the Medium source line and the totals are not entries",
        "count: 156 numbered lines (grep -c '^[0-9]*\\. ') = 156 entries, 155 arXiv PDF links + 1 ResearchGate"
        " link (line 81, no id); first and last item of each of the 10 sections, ~20 random items (title, id),"
        " titles ending in '?'",
    )


if __name__ == "__main__":
    main()
