"""Wild41 truth for chaofiber/papers-robotics README.md: a student's notes on robotics papers (legged locomotion,
model predictive control, reinforcement learning for quadrupeds, exploration planning), one bullet per paper with
links to the paper and to the author's note.

Shape: "# Notes of papers in robotics" (1), then bare year lines that are not headings ("2021" 3, "2020" 12,
"2019" 59, "2018" 85, "2017" 108), each followed by records of two lines:
    - Title [[Paper](url)][[Note](url)]
      - Author, Author, ...
The two links are sometimes separated by a space ("[[Paper](...)] [[Note](...)]").  After an empty "#" line (117)
a second part "# Notes in Leaning-To-Exploration" (118) with a bare "Before 2016" line (120) holds two more
records.  Oddities kept as written: titles with doubled spaces ("MPC-based  Controller  with  Terrain ..." 14,
"DeepQ  Stepper:  A  framework ..." 26, "Robust  Rough-Terrain ..." 90), glued words ("inCluttered" 5, "forContact"
23, "QuadrupedalRobot" 64, "Control:An Overview" 87), typographic quotes and an en dash ("Receding Horizon
“Next–Best–View” Planner ..." 122); author lines with a dropped letter ("ierre Fernbach" 45) or in capitals (36, 74);
blank lines holding two spaces after some records (19, 63, 89, 92, 124).

Decisions:
- Entries: every top-level "- " bullet (36), each one paper (conference and journal papers, arXiv preprints, the
  "State Representation Learning for Control: An Overview" survey, LaValle's RRT technical report 125).  The year
  lines and the two "#" headings are not entries.
- Span: the bullet line through its indented author line (always the next line).
- Title: the bullet text before " [[Paper]", whitespace collapsed (so the doubled spaces become single).
- Ids: from the record's links: arxiv.org/pdf ids (including the one with a "?source%3D..." tail, 96) and the
  dl.acm.org/doi/pdf DOI (110); ieeexplore arnumber, ScienceDirect reader pii, sciencemag and PMLR links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "chaofiber__papers-robotics__README@073f1fb.md"
PART = "wild41_development"

RECORD = re.compile(r"^- (.+?) \[\[Paper\]\(\S*\)\] ?\[\[Note\]\(\S+\)\]\s*$")
AUTHORS = re.compile(r"^  - \S")
OTHER = re.compile(r"^(#.*|\d{4}|Before 2016|\s*)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if not ln.startswith("- "):
            assert OTHER.match(ln), (n, ln)
            n += 1
            continue
        m = RECORD.match(ln)
        assert m, (n, ln)
        assert AUTHORS.match(lines[n]), (n + 1, lines[n])
        papers.append(entry(lines, n, n + 1, m.group(1)))
        n += 2
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each top-level '- Title [[Paper](..)][[Note](..)]' bullet with its indented author line is one paper (36,"
        " under bare year lines, not headings); title = the bullet text before ' [[Paper]', whitespace collapsed;"
        " ids from the record's arXiv and dl.acm.org DOI links.",
        "Script asserts every line is a heading, a year line, a blank line or a two-line record; -v output compared"
        " by eye with the file for all 36 records (first and last of each year group, the doubled-space titles 14,"
        " 26, 90, the glued-word titles 5, 23, 64, 87, the quoted 122 and the RRT report 125), and every arXiv id"
        " and the one DOI (110) checked against the links (16 arxiv.org links, 16 arXiv ids).",
    )


if __name__ == "__main__":
    main()
