"""Wild23 truth for sonwr/sonwr.github.io xrlab-fall2023.md: a lab's meeting log of papers reviewed.

Shape: '# XR Lab Meeting' with a date-range line, then '## Paper Review' with one '### D Mon YYYY'
heading per meeting (six meetings, lines 5-35) and a numbered list under each:
'N. Venue Year, [Title](url)'.  Two papers carry indented sub-bullets (lines 25-27 under
QuestSim, line 29 under QuestEnvSim) linking a news article and YouTube videos about the paper;
they are part of that paper's record (its lines), not entries.  After the reviews come
'## Code Review' (5 code repositories), '## Book Review' (4 books, numbering '1. 1. 2. 3.') and
'## Links' (3 bare URLs): none of them are entries.
Entries: the 16 numbered items under '## Paper Review'.  Title = the link text; the 'Venue
Year, ' tag before it ('CVPR 2018', 'ArXiv 2018', 'SIGGRAPH Asia 2020' ...) is dropped.
Ids: arXiv abs/pdf links (lines 17, 20, 21, 28, 35); ACM DL DOIs (/doi/abs/ and /doi/pdf/; line
12's DOI is followed by a '?casa_token=' query, not part of it), a Springer chapter DOI (line 8);
CVF and IEEE Xplore links give none.  Line 25's sub-bullet title and line 27's YouTube title are
not entries even though line 27 repeats the paper's title.
Count check: 16 lines inside the Paper Review section start with a digit and '. '.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "sonwr__sonwr.github.io__xrlab-fall2023@67f434a.md"
PART = "wild23_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Paper Review") + 1
    stop = lines.index("## Code Review") + 1
    papers = []
    for i in range(start + 1, stop):
        text = lines[i - 1]
        if not re.match(r"\d+\. ", text):
            continue
        m = re.match(r"\d+\. [^\[]+, \[([^\]]+)\]\(", text)
        assert m, i
        end = i
        while end < stop and lines[end].startswith("   - "):
            end += 1
        papers.append(entry(lines, i, end, m.group(1)))
    assert len(papers) == 16, len(papers)
    assert [p["end"] for p in papers if p["end"] != p["line"]] == [27, 29]
    write_truth(NAME, PART, papers,
                "each numbered item under '## Paper Review' (per-meeting date headings) is an entry, with its"
                " indented news/YouTube sub-bullets as part of its lines; title = the link text, the 'Venue"
                " Year,' tag dropped; code, book and link sections are not entries",
                "every one of the 16 entries read against the file: titles, the two records with sub-bullets"
                " (24-27, 28-29), arXiv ids on lines 17/20/21/28/35, ACM and Springer DOIs (casa_token query"
                " on line 12 dropped); the code, book and link sections checked to hold no paper")


if __name__ == "__main__":
    main()
