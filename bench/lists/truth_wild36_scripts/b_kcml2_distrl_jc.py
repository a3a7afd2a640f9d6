"""Wild36 truth for kc-ml2/journal-club past/2020-02-03-mumbo-jumbo-distributions-and-explorations.md:
a small lab's journal-club page (KC-ML2) listing the papers for a distributional-RL / exploration
project, split into reading priorities.

Shape: a "## Papers for Dist RL" heading, then four sections separated by "---" lines ("Need to read",
"Very important and need to read", "Need to cite but not need to read", "May not need to cite").  Each
record is two lines: a plain-text title line (no Markdown link, no authors, no year) and, on the next
line, a bare URL; records are separated by a blank line except where a section heading sits right
above the first record (line 34).  In the first two sections the title line starts with a reader tag
in brackets -- the initials of the member assigned to read it ("[WT] ", "[YH] ", ...; lines 34-40
write it with no space, "[WT]SOFT Q-LEARNING ...").  Decisions: every record is one entry (first line
= title line, last line = URL line); the tag is dropped from the title; titles are kept as written,
including the all-capitals ones (lines 34, 37, 67).  All 25 records are papers (PPO, TRPO, the ICRA
2019 mixture-of-Gaussians paper hosted on a lab page, the Springer chapter on line 83 is a conference
paper in LNCS).  Ids come from the URL line: arXiv abs/pdf URLs give the arXiv id; the Springer chapter
URL gives DOI 10.1007/978-3-319-97628-0_17; the Semantic Scholar PDF (line 35), the lab PDF (line 56)
and the PMLR PDF (line 71) give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "kc-ml2__journal-club__past__2020-02-03-mumbo-jumbo-distributions-and-explorations@45d2f2c.md"
PART = "wild36_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        if not re.match(r"https?://", text.strip()):
            continue
        title_line = lines[n - 2]
        assert title_line.strip() and not title_line.startswith(("#", "---", "http")), (n, title_line)
        title = re.sub(r"^\[[A-Z]{2}\]\s*", "", title_line.strip())
        papers.append(entry(lines, n - 1, n, title))
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every title line followed by a bare URL line is one entry (both lines); the bracketed reader "
        "initials before the title are dropped; titles kept as written, capitals included.",
        "The whole 86-line file read by eye against the -v output: all four sections, the tag without a "
        "space (lines 34-40), the three all-capital titles, the Springer DOI (line 83) and the three URLs "
        "that carry no id (lines 35, 56, 71).",
    )


if __name__ == "__main__":
    main()
