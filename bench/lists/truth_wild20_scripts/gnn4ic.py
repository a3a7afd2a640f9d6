"""Wild20 truth for DfX-NYUAD/GNN4IC README: a lab's list of papers on graph neural networks for
integrated-circuit design, reliability and security.  Shape: an HTML <table> of contents, a short
'Common Datasets & Benchmarks' section of '*' bullets (three benchmark suites), then '-' bullets
under '##'/'###'/'####' headings whose text is a '[Heading](#content)' link:
'- **Title.** Venue, Year. [paper](url) [code.](url) [dataset.](url)', then (usually after a blank
line) an indented italic author line '    *A, B, C.*' (four spaces, or two).

Entries: every '- **' bullet with its author line (93; every bullet has exactly one italic author
line before the next bullet or heading, checked with awk).  Title = the bold text without its
closing '.', '(Invited Paper)' kept where the bold text has it.  HW2VEC is listed twice (HT
Detection and Piracy Detection): two entries.  Not entries: the three benchmark bullets
(datasets without a paper), the table of contents, the headings.

Count check (awk per heading): GNNs for EDA 8+6+5+11+4+6+7+1 = 48, Hardware Reliability
4+1+2+2 = 9, Hardware Security 11+4+10 + 1+2+3+4+1 = 36; 93 in all, `grep -c '^- \\*\\*'` = 93.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "DfX-NYUAD__GNN4IC__README@6647a13.md"
ITEM = re.compile(r"- \*\*(.+?)\.\*\* ")
AUTHORS = re.compile(r"\s+\*[^*].*\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("- **")]
    papers = []
    top: dict[str, int] = {}
    h2 = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            h2 = re.sub(r"\]\(.*", "", text[3:]).strip("[ ")
        if i not in starts:
            continue
        m = ITEM.match(text)
        assert m, (i, text)
        j = i + 1
        while not (lines[j - 1].startswith("- ") or lines[j - 1].startswith("#")) and j < len(lines):
            j += 1
        block = [k for k in range(i + 1, j) if lines[k - 1].strip()]
        assert len(block) == 1 and AUTHORS.fullmatch(lines[block[0] - 1]), (i, block)
        papers.append(entry(lines, i, block[0], m.group(1)))
        top[h2] = top.get(h2, 0) + 1
    assert top == {"GNNs for EDA": 48, "GNNs for Hardware Reliability": 9, "GNNs for Hardware Security": 36}, top
    assert len(papers) == 93
    write_truth(
        NAME,
        "wild20_development",
        papers,
        "every '- **Title.** Venue, Year. [paper](url)' bullet with its indented italic author line is an entry,"
        " title = the bold text without its final '.'; the benchmark bullets and the contents table are not",
        "all 93 bullets by eye (titles, author-line ends, paper links); HW2VEC kept twice as the file lists it;"
        " the three 'Common Datasets & Benchmarks' bullets left out",
    )


if __name__ == "__main__":
    main()
