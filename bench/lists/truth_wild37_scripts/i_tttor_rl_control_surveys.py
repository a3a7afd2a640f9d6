"""Wild37 truth for tttor/ctrl-foundation survey/README.md: the "survey, benchmark, review" page of a personal
notes repository on reinforcement learning for robot control ("reinforcement-learning foundation").

Shape: an HTML comment (3-11, "<!-- TMP ... TMP-end -->") holding two works written as title line + author
line; "## paper" with 36 bullets "* [YYYY: Author: Title](url)" (14-49), newest first, where the whole
citation is the link text (year, one author's surname or full name, title with its own colons) and eight links (14, 15, 26, 31, 33, 41, 44, 49) are
a bare "(?)" placeholder instead of a URL; then "## (rough) dimensions of challenges" bullets (52-63, notes),
"## topics" (a comma list of RL sub-fields, 66-76) and "## misc" with one more linked citation (79) followed by
a six-line blockquote of Sutton's text (80-85).  Links go to arXiv abs pages, JMLR/JAIR pages, IEEE Xplore,
SAGE, Springer, ScienceDirect, INFORMS, IGI Global and PLOS.

Decisions:
- An entry is each "## paper" bullet (surveys, benchmarks, reviews, a tutorial survey, an IGI Global book
  chapter on RL and planning, all scholarly works) and the "## misc" citation 79, whose span takes in its
  blockquote 80-85 (a quotation from that paper).
- Not entries: the two works inside the HTML comment 3-11 (commented out, not rendered), the challenge
  dimension bullets, the topic list, headings.
- Title: the link text after "YYYY: " and the author part up to the next ": " (authors never contain a
  colon here; titles may: "Reinforcement learning for control: Performance, stability, and deep
  approximators").  Misspellings kept as written ("Hauskreht", "Value-Funtion", "Deision", "Kaebling" are in
  the file).
- Ids: from the entry's own link (a Springer chapter URL, a SAGE /doi/abs/ URL, an INFORMS /doi/pdf/ URL and
  a Springer article URL carry DOIs; arXiv abs links carry arXiv ids; "(?)" carries nothing).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "tttor__ctrl-foundation__survey__README@f0c7643.md"
PART = "wild37_development"

CITE = re.compile(r"^(?:\* )?\[(\d{4}): ([^:\]]+): (.+)\]\(([^)]*)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in range(14, 50):
        m = CITE.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        papers.append(entry(lines, n, n, m.group(3)))
    m = CITE.match(lines[79 - 1])
    assert m and all(lines[k - 1].startswith(">") for k in range(80, 86))
    papers.append(entry(lines, 79, 85, m.group(3)))
    assert len(papers) == 37, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '## paper' bullet '* [YYYY: Author: Title](url)' and the '## misc' citation (with its blockquote) is"
        " an entry; the two works in the HTML comment, the challenge bullets and the topic list are not; title is"
        " the link text after the year and the author.",
        "All 85 lines read by eye; each of the 36 bullets compared with the -v output (year/author split, titles"
        " with inner colons such as 15, 17-20, 24, 30-31, misspelled titles kept, '(?)' links without ids), the ids of the"
        " Springer/SAGE/INFORMS/arXiv links checked, the misc entry 79-85 and the commented-out pair 3-11"
        " confirmed excluded.",
    )


if __name__ == "__main__":
    main()
