"""Wild33 truth for Weile0409/Graph-related-papers- README.md: "Papers read / Record some papers that I have
read", a personal reading log with one note card per paper.

Shape: a `## Survey papers` section of four one-line bullets `- [Title](url) **[Venue Year]**` (lines
5-8), then `##` topic sections of `#### [Title](url) **[Venue Year]**` cards, each followed by its own
bullets (**Authors**/**Research unit**, **Dataset**, **Note**, **Task**, `[Code](github)` links): the card
runs from its heading to its last non-blank line before the next heading or blank line.  Special cases:
empty `- ` bullets close the cards on lines 31 and 104 (part of the card above); line 33-34 wraps the
author list onto the next line; line 110 adds a second code link.
Title = the link text.  Two link texts are not the paper's title but its method name (the same rule
as in this set's ma-xu list: only a full published title counts): "LightGCN" (46, real title "LightGCN:
Simplifying and Powering Graph Convolution Network for Recommendation") and "Knowledge Graph Attention
Network" (65, "KGAT: Knowledge Graph Attention Network for Recommendation"): title None.  Upper-case
titles (113, 133) are kept as written.  DOIs come from dl.acm.org links (32, 39, 100, 105); line 71
links dblp only.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "Weile0409__Graph-related-papers-__README@2a287f7.md"
PART = "wild33_development"

NICKNAME = {46, 65}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^- \[(.+?)\]\(", ln)
        if m and 5 <= i <= 8:
            papers.append(entry(lines, i, i, m.group(1)))
            continue
        m = re.match(r"^#### \[(.+?)\]\(", ln)
        if not m:
            continue
        j = i
        while j < n and lines[j].strip() and not lines[j].startswith("#"):
            j += 1
        title = None if i in NICKNAME else m.group(1)
        papers.append(entry(lines, i, j, title))
    assert len(papers) == 39, len(papers)
    write_truth(NAME, PART, papers,
                "The four survey bullets and every '#### [Title](url)' card (heading plus its metadata "
                "bullets) are entries; title is the link text, None for the two method-name link texts "
                "(LightGCN, Knowledge Graph Attention Network).",
                "All entries read by eye against the file: card spans incl. the empty '- ' bullets and the "
                "wrapped author line 33-34, the Code links kept inside their card, titles and ids.")


if __name__ == "__main__":
    main()
