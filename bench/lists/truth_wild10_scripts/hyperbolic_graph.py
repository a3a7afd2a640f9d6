"""Wild10 truth for digailab/awesome-hyperbolic-graph-learning README: a survey companion's awesome list,
numbered items all written '1. [Title](url), Venue Year \\' (a backslash hard break) with the authors on
the next line (some indented three spaces), under '##'/'###' headings and bold sub-topic lines; an HTML
table of contents at the top.

Entries: every line opening '1. [' (lines 32-296), with its author line; title = the link text as the
file writes it (double spaces collapsed; 'HyperSoRec ... Recommendation HyperSoRec' kept with its
repeated name).  Not entries: the '1. Surveys' text inside the HTML contents table (line 10), headings,
bold sub-topic lines and the introduction.  Repeated papers (several appear under two topics) are separate
entries.  A 'www.arxiv.org/abs' link counts as arXiv; ACM 'doi/fullHtml/10.1145/...' URLs give their
DOI; OUP article URLs, Nature article ids, IEEE document numbers and AAAI ids are not DOIs.

Count checks: grep '^1\\. ' gives 76 lines, one of them the contents table's, so 75 entries; each
entry line ends with a backslash and is followed by a non-blank author line (awk).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "digailab__awesome-hyperbolic-graph-learning__README@69f7211.md"
PART = "wild10_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"1\. \[(.+?)\]\((?:https?://)", text)
        if not m:
            continue
        assert text.rstrip().endswith("\\"), i
        author = lines[i].strip()
        assert author and not author.startswith("1."), i
        papers.append(entry(lines, i, i + 1, m.group(1)))
    assert len(papers) == 75, len(papers)
    write_truth(
        NAME, PART, papers,
        "every numbered '1. [Title](url), Venue Year \\' line is an entry with its author line below, title ="
        " the link text; the contents table, headings and bold topic lines are not entries",
        "every entry by eye against the file (75: title, lines, ids), the 24 non-arXiv links' DOIs (ACM"
        " doi and fullHtml, ACS; OUP, Nature, IEEE, AAAI, OpenReview, ACL, PMLR give none), the contents"
        " table's '1. Surveys' left out; counts by grep (76 '1. ' lines less the table's)",
    )


if __name__ == "__main__":
    main()
