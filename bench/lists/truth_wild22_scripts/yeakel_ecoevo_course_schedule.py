"""Wild22 truth for jdyeakel/jdyeakel.github.io teaching/advtopicsecoevo/schedule.md: a graduate ecology course schedule.

'Advanced Topics in Ecology and Evolutionary Biology' (UC Merced, Fall 2021), a Jekyll page: front
matter, a legend ('E.E. = Evolutionary Ecology: concepts and case studies', the course textbook),
a <style> block, then one Markdown table (lines 36-68) with columns Wk | Date | Lect_# |
Lecture_Topic | Required Readings | Assignments | Lead, and after a '---' rule a blockquote
(lines 72-74) with 'A paper that we skipped ...'.

The readings cell names each paper only by a citation key linked to a course PDF:
'[Barret et al. 2019]({{ site.url }}/teaching/.../papers/Barrett_2019.pdf){:target="_blank"}'.
Those links are entries with a null title (the record names no title, only authors and year).
Special cases:
- line 42 '[McPeek 2017 pgs 76-85]': ten pages of McPeek's 2017 book (Evolutionary Community
  Ecology, a monograph): a book excerpt, not an entry;
- line 51: '[Wilson et al. 2011]' is an entry; the '[Rebuttals]' link after it (one PDF of the
  comments on that paper) names no single work and is not an entry;
- line 56: two papers in one cell ('[van Gestel 2019]; [Libby 2019]'), two entries on one line;
- lines 73-74: the skipped paper, with its title in bold italics on line 73 and its citation key
  link on line 74: one entry spanning both lines, title = the bold text.
Not entries: the 'E.E. n' textbook chapters, the navigation links (lines 9-10), 'Syntheses'
assignments, 'No Class' rows.  No DOIs or arXiv ids (all links are local PDFs).
Count check: 17 links to papers/*.pdf; minus McPeek and Rebuttals = 15 entries (14 null titles).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "jdyeakel__jdyeakel.github.io__teaching__advtopicsecoevo__schedule@f910861.md"
PART = "wild22_development"
PAPER_LINK = re.compile(r"\[([^\]]+)\]\(\{\{ site\.url \}\}/teaching/advtopicsecoevo/papers/[^)]+\)")
NOT_PAPERS = {"McPeek 2017 pgs 76-85", "Rebuttals"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    links = 0
    for i, text in enumerate(lines, 1):
        for m in PAPER_LINK.finditer(text):
            links += 1
            if m.group(1) in NOT_PAPERS:
                continue
            if i == 74:  # the skipped paper: bold title on the line before
                t = re.fullmatch(r">\s+\*\*\*(.+)\*\*\*", lines[72].strip())
                assert t and m.group(1) == "Sinervo et al. 2020"
                papers.append(entry(lines, 73, 74, t.group(1)))
            else:
                assert 36 <= i <= 68, i
                papers.append(entry(lines, i, i, None))
    assert links == 17, links
    assert len(papers) == 15, len(papers)
    write_truth(NAME, PART, papers,
                "every course-PDF link naming a paper by its citation key ('Barret et al. 2019') in the Required"
                " Readings column is an entry with a null title (the file gives no title), two on line 56; the"
                " skipped paper after the table is an entry titled by its bold line; McPeek's book pages, the"
                " Rebuttals bundle and the textbook chapters 'E.E. n' are not entries",
                "whole file read by eye; all 17 paper links classified; the 15 entries compared with the -v output")


if __name__ == "__main__":
    main()
