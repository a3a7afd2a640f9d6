"""Wild6 truth for Lab41/gestalt docs/pages/readings/readings_list.md: a visualization / HCI reading
group's list (a Jekyll page).

Shape: YAML front matter, then top-level bullets '* [MM/DD/YYYY](readings_MMDDYYYY.html)' (a
session date linking the session's notes page), each with one or two nested bullets
'  * [Title](url)' naming the papers read that week; a Liquid '{% include %}' line ends the page.
Every nested bullet is an entry (21); title = the link text (the stray ']' after one link and the
'.' after another are outside it).  One nested bullet links the paper by its system's name only
('[ICD3](...)'): title null.  'The Chartjunk Debate' (a Perceptual Edge newsletter article) is
kept as the article the group read.  Not entries: the date bullets (session pages), the front
matter and the include line.  No link holds an arXiv id or a DOI (IEEE CSDL preprint PDFs, lab
PDFs, SciTePress pages).

Count check: grep -c '^  \\* ' = 21; 13 date bullets with 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 1.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "Lab41__gestalt__docs__pages__readings__readings_list@f1279a7.md"
PART = "wild6_development"
NICKNAME = {44: "ICD3"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: list[int] = []
    for i, text in enumerate(lines, 1):
        if re.match(r"\* \[\d\d/\d\d/\d{4}\]\(readings_\d{8}\.html\)$", text):
            per.append(0)
            continue
        if not text.startswith("  * "):
            continue
        m = re.match(r"  \* \[(.+?)\]\((\S+)\)", text)
        assert m, i
        title = m.group(1)
        if i in NICKNAME:
            assert title == NICKNAME[i]
            title = None
        papers.append(entry(lines, i, i, title))
        per[-1] += 1
    assert per == [1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 1], per
    write_truth(NAME, PART, papers,
                "every nested bullet '  * [Title](url)' under a session-date bullet is an entry, title = the link text"
                " (null for the one naming only the system, ICD3); the date bullets are session pages, not entries",
                "all 21 nested bullets and 13 date bullets read against the file; the stray ']' after the first title;"
                " the ICD3 nickname; per-session counts asserted")


if __name__ == "__main__":
    main()
