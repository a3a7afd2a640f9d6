"""Wild23 truth for Junxi-Chen/Awesome-Video-Anomaly-Detection README.md: video anomaly detection papers
as badge-laden numbered items with Markdown hard breaks, followed by HTML benchmark and dataset tables.

Shape: header badges, a contents list, 'Recent Updates' (lines 32-58: venue bullets and a list of
'<a href='#TAO'>TAO</a> \\' anchor links to papers further down - not entries).  Then seven paper
sections (lines 60-307: New Setting, Weakly-supervised, its '### Prompt Involved Papers', Semi-supervised,
Skeleton-based, Fully-supervised, Surveys), each a numbered list ('1.', a few '2.') of items separated by
blank lines, each item 2-4 lines joined by trailing-backslash hard breaks:
'1. [TAO] **Title** <a id='TAO'></a>&nbsp;&nbsp;&nbsp;![New](shields badge) \\', then optional lines of
feature badges ('![I3D](https://img.shields.io/badge/I3D-35BF5C)'), then
"CVPR '25 [[paper](url)][[project](url)][[code](url)]".
Entry: every numbered item of those sections (59).  Title = the bold span after the '[Nickname]' tag
(the tag, anchor, badges, venue and link labels dropped).  Special cases: two titles wrap onto a second
line (lines 73-74 'Advancing Video Anomaly Understanding / via Reinforcement Fine-Tuning', 276-277
'DA-Flow: ... for / Skeleton-based ...'), joined with one space; line 177 keeps the file's '$\\pi$';
line 133 has no venue and a title cut short by the list ('... with Spiking Neural'), kept as written;
lines 98-100 (HAWK) and 303-304 (GNN4TS) link their 'paper' to GitHub, still paper records.  Two items
are inside HTML comments (lines 61-64 and 144-147, with empty '[[paper]()]' links) and are not entries.
Not entries either: the HTML 'Benchmarks' results table (lines 312-634, one row per method nickname
linking back to an item's anchor), the 'Datasets' tables (lines 640-652: dataset records whose
Publication cell names only a venue; lines 655-869: statistics with citation-count badges), the CVPR
tutorial under 'Seminars' (a talk), metrics, utilities, related repositories, the list's own BibTeX.
ids: the first arXiv link of the item (mostly arxiv.org/pdf/...); DOI only on line 285 (ACM).
Count check: 61 numbered items in lines 60-307, minus 2 commented out = 59 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "Junxi-Chen__Awesome-Video-Anomaly-Detection__README@68a875e.md"
PART = "wild23_development"
ITEM = re.compile(r"^\s*\d+\.\s+\[")


def main() -> None:
    lines = read_lines(NAME)
    first = lines.index("## 🧪 New Setting Papers") + 1
    last = lines.index("## 🏗️ Benchmarks")  # line before the heading (1-based index of previous line)
    papers = []
    items = commented = 0
    in_comment = False
    i = first
    while i <= last:
        text = lines[i - 1]
        if text.strip().startswith("<!--"):
            in_comment = True
        if ITEM.match(text):
            items += 1
            j = i
            while j + 1 <= last and lines[j].strip():
                j += 1
            if in_comment:
                commented += 1
            else:
                own = "\n".join(lines[i - 1 : j])
                m = re.search(r"\*\*(.+?)\*\*", own, re.DOTALL)
                assert m, i
                papers.append(entry(lines, i, j, " ".join(m.group(1).split())))
            if any(t.strip().endswith("-->") for t in lines[i - 1 : j]):
                in_comment = False
            i = j
        elif text.strip().endswith("-->"):
            in_comment = False
        i += 1
    assert items == 61 and commented == 2, (items, commented)
    assert len(papers) == 59, len(papers)
    write_truth(NAME, PART, papers,
                "every numbered item of the seven paper sections (lines 60-307) is an entry, from its '1. [Nick]'"
                " line to the last line before the blank line; title = the bold span (two wrapped titles joined);"
                " the two items inside HTML comments, the benchmark results table, the dataset tables, the"
                " tutorial and the list's own BibTeX are not entries",
                "all 61 numbered items read by eye (59 entries, 2 commented out), every title compared with its"
                " bold span, the wrapped titles on lines 73-74 and 276-277, the GitHub 'paper' links of HAWK and"
                " GNN4TS, arXiv ids against the links; the benchmark and dataset tables checked to be method or"
                " dataset records pointing back to list items or naming only a venue")


if __name__ == "__main__":
    main()
