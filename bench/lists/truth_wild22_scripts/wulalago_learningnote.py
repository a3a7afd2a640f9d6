"""Wild22 truth for wulalago/LearningNote README.md: a PhD student's "record of my course for academic
learning" (deep learning and medical image computing).

Commit: a5505be (2021-05-12), the last version whose README holds the paper table.  Four days later
the table was deleted from the README (the list went to a Google Drive sheet and later to small
Papers/*.md pages); at the snapshot's HEAD (0ca118f, 2025, "remove the papers") the README lists
only libraries, journals and conferences, so HEAD is not a paper list any more.

Shape (215 lines): a contents list, then four sections, all pipe tables:
  * 'Programming Frameworks' (lines 12-34): '[Library](url) | Usage' rows: tools, not entries;
  * 'Journals & Conferences' (lines 39-81): journal names linked to their home pages, impact factor
    and CAS zone; conference names and abbreviations: not entries;
  * 'Resources' (lines 85-91): code repositories, a Medium post, a blog post: not entries;
  * 'Papers' (lines 99-213): '| [Title](url) | Venue | Year |' rows, grouped by bold-italic section
    rows inside the table ('| ***Segmentation***|', line 167 without the leading space): the section
    rows are not entries.  Line 97's Google Drive link to the full list is not an entry.
Entries: every row of the Papers table whose first cell is a link: one paper each; title = the link
text.  The same paper twice (Sparse Multi-Channel VAE, lines 202 and 205, two URLs) is two entries.
Links go to arXiv (abs, pdf, 'v2' suffixes), CVF, NeurIPS, Springer chapters (DOI in the URL),
IEEE Xplore, ScienceDirect (pii, no DOI), Nature (article ids, not DOIs), OpenReview, PMLR, AAAI.
Count check: 113 table rows from line 101 to 213 = 102 paper rows + 11 section rows.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "wulalago__LearningNote__README@a5505be.md"
PART = "wild22_development"
START, END = 101, 213


def main() -> None:
    lines = read_lines(NAME)
    assert lines[98].startswith("| Paper | Publication | Year |")
    papers = []
    sections = 0
    for i in range(START, END + 1):
        text = lines[i - 1]
        if re.match(r"\|\s*\*\*\*", text):
            sections += 1
            continue
        m = re.match(r"\|\s*\[(.+?)\]\((\S+?)\)\s*\|", text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert not lines[END].strip()
    assert sections == 11, sections
    assert len(papers) == 102, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the Papers table whose first cell is '[Title](url)' is one paper, title = the link"
                " text; the table's bold-italic section rows, the library, journal, conference and resource"
                " tables above it, and the Google Drive link are not entries",
                "all 102 paper rows and 11 section rows read by eye; first and last row of every section checked"
                " against the file, a sample of 25 titles and ids (arXiv pdf/abs with v2 suffixes, Springer"
                " chapter DOIs, no DOI from ScienceDirect pii or Nature ids), the duplicate on lines 202/205")


if __name__ == "__main__":
    main()
