"""Wild2 truth for THUDM/CogDL gnn_papers.md: numbered '1. **Title**. Authors. Venue. [paper](url) [code](url)'.

Entries: every numbered item ('N. **...**') under the ten topic sections (each with a 'Most
Influential' and a 'Recent SOTA' list of ten): 200 items, one line each.  Title = the text of
the item's first bold span, markup removed; a final '.' inside the bold is the citation's
separator and is dropped ('?' kept).  Not entries: the title, the HTML contents table.
Repeated papers (the same paper in two topics) are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "THUDM__CogDL__gnn_papers@281f474.md"
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
        "every numbered item 'N. **Title** ...' of the topic lists is an entry (one line); title = the first bold"
        " span, its closing '.' dropped; the contents table is not an entry",
        "count: 200 numbered lines (grep '^[0-9]*\\. ') = 200 entries = 200 '[paper]' links; first and last item of"
        " each of the 20 sub-lists, ~20 random items (title, arXiv id), the bold spans that end in '?' or '?.',"
        " the items whose bold span has no trailing '.', the ACM DOIs from dl.acm.org links with casa_token queries,"
        " export.arxiv.org links",
    )


if __name__ == "__main__":
    main()
