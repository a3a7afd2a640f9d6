"""Wild43 truth for CloudEngineHub/Awesome-Robotics-Manipulation contents/applications.md: the "Application" page of
an awesome list of robot-manipulation papers (household, industrial, service, agriculture, art, AI4Science, sports,
entertainment robots).

Shape: an HTML ``<h2>`` TOC heading (1) and a nested bullet TOC of anchor links (3-10); then eight ``## `` sections
(13, 58, 77, 89, 111, 133, 177, 192), each opening with a commented-out header row (``<!-- | Title | ... | Notes |``
over two lines) and a pipe table ``| Title | Venue | Date | Code |``.  Paper rows:
``| [**Title**](url) | Venue | yyyy-mm-dd | Code | Tag |`` -- the link text is the bold title; twice a nickname is
written before the bold part inside the link text (``[VAPORS: **Learning Sequential ...**]`` 24,
``[LLM-GROP: **Task and Motion Planning ...**]`` 38).  Rows have a varying number of trailing cells (some close
after the Code cell, some carry a sixth tag cell, "Survey" on 157).  The Code cell holds ``-``, a
``[Project](..)`` / ``[Colab](..)`` link or a GitHub stars badge plus ``[Github](..)``.  Sub-group rows in
italics (``| _Dress_ |`` 18, ``| _Medical Science_|`` 138, ...) split the Household and AI4Science tables.  Each
section ends with an HTML "back to top" paragraph.  Links: arXiv abs (one ``www.arxiv.org`` 147; one malformed id
``2204.031958`` 153; 184 and 185 both link 2506.06690), SAGE ``journals.sagepub.com/doi/full/10.1177/...`` (32, 70),
ScienceDirect pii (69), IEEE Xplore document pages (71, 154, 160), Springer article (123), ACS ``pubs.acs.org/doi``
(164).

Decisions:
- Entries: every table row whose first cell is a ``[...](url)`` link (96), each one paper.  Dataset, benchmark and
  simulator papers (FactoryNet 63, SABER 82, RP1M 122, SonoGym 151, Space Robotics Bench 167, LabUtopia 171) are
  entries: each row links the paper on arXiv, not the data.  The survey row 157 is an entry.
- Not entries: the TOC, header and delimiter rows, the commented-out header rows, the italic sub-group rows, the
  back-to-top paragraphs.
- Span: the row's single line.
- Title: the bold text of the link (every link text is bold or a nickname followed by a bold part); on 24 and 38
  the nickname written before the bold part ("VAPORS:", "LLM-GROP:") is left out, since the bold marks the
  title, as a tag before a title is.
- Ids: from the row's own line (the title link; badges and code links hold none).  The malformed arXiv URL of 153
  and the duplicate link of 184/185 are left as the helper reads them (153: ``2204.031958`` has one digit too
  many; the helper takes its first ten characters, 2204.03195; not checked against arXiv).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "CloudEngineHub__Awesome-Robotics-Manipulation__contents__applications@db1697b.md"
PART = "wild43_development"

ROW = re.compile(r"^\| \[(.+?)\]\((https?://[^)\s]+)\) \|")
SUBGROUP = re.compile(r"^\| _[^_|]+_ ?\|$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    subgroups = 0
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            bold = re.fullmatch(r"(?:[A-Za-z-]+: )?\*\*(.+?)\*\*", m.group(1))
            assert bold, (n, ln)
            papers.append(entry(lines, n, n, bold.group(1)))
            continue
        if SUBGROUP.match(ln):
            subgroups += 1
            continue
        assert not ln.startswith("| [") and "arxiv.org" not in ln, (n, ln)
    assert subgroups == 14, subgroups
    assert len(papers) == 96, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each pipe-table row whose first cell is a '[**Title**](url)' link is one paper (dataset, benchmark and"
        " survey papers included); title = the bold part of the link text (the nickname before it on 24 and 38"
        " left out); italic sub-group rows, headers, commented-out headers, TOC and back-to-top lines are"
        " not entries; ids from the row's line.",
        "Whole 200-line file read; script asserts no other line starts '| [' or holds an arXiv link and that the 14"
        " italic sub-group rows are the only other table rows; all 96 -v lines compared with the rows: first and"
        " last row of each section (19/52, 63/71, 82/83, 94/105, 116/126, 139/171, 182/186, 197/198), the nickname"
        " rows 24 and 38, rows without a closing tag cell (94-101), the survey row 157, the dataset/benchmark rows"
        " 63, 82, 122, 151, 167, 171; ids: SAGE DOIs 32/70, Springer 123, ACS 164, no id for ScienceDirect pii 69"
        " and IEEE Xplore 71/154/160, www.arxiv.org 147, the malformed '2204.031958' of 153 (read as 2204.03195 by"
        " the helper, left), the same arXiv id on 184 and 185 (as written).",
    )


if __name__ == "__main__":
    main()
