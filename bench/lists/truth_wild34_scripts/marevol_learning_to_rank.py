"""Wild34 truth for marevol/learning-to-rank README.md: a curated list of learning-to-rank papers
(plus software, datasets and Japanese blog/slide resources).

Shape: under "## Papers" (line 31) year headings `### 2003` ... `### 2025`, each paper one `- ` bullet in
Google-Scholar MLA style: `- Authors. "[Title.](url)" Venue. Year.`, sometimes followed by
`[slide](..)` or `[code](..)` links (lines 115-117, 122).  The title is the link text inside the quotes,
its closing period dropped (a closing `?` is kept, line 147).  Every bullet on lines 35-183 is one
paper.  CiteSeerX links carry `?doi=10.1.1.x.y` (a CiteSeerX id, not a DOI: lines 45, 47, 50, 55, 56, 65,
81, 96, 97, 101), so those entries have no DOI.  Not entries: the "LTR Approaches" bullets (lines 13-20: approach names), the table of contents
(24-29), Software (185-205: libraries), Dataset (207-212), Others (214-227: tools, an advent calendar,
slides and blog posts) and the Contributing list (233-240).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "marevol__learning-to-rank__README@3731b3a.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i in range(33, 185):
        ln = lines[i - 1]
        if not ln.startswith("- "):
            continue
        m = re.search(r'"\[(.+?)\]\(', ln)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 92, len(papers)
    write_truth(NAME, PART, papers,
                "Every `- ` bullet under the year headings of 'Papers' (lines 33-183) is one paper; its title is the"
                " quoted link text with the citation's closing period dropped.",
                "All entries read by eye against the file (first and last of every year, the slide/code tails,"
                " the '?' title); Software, Dataset and Others sections confirmed to hold no papers.")


if __name__ == "__main__":
    main()
