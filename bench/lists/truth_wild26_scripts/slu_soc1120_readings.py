"""Wild26 truth for slu-soc1120/syllabus-alt docs/readings.md: the meeting-by-meeting reading list of an
introductory sociology course on health disparities (social science; bookdown output of readings.Rmd).

Shape: '## Module n' and '### Meeting n-m - date - topic {-}' headings; under each, '**Before Class:**' and
'**After Class:**' bullets with nested task bullets.  A journal reading is a task bullet 'Read Phelan et
al. (2010)' with one sub-bullet giving the full Chicago author-date reference: 'Surname, First, and First
Surname. 2010. "Title." *Journal* vol(issue):pages. (<a href=...>Link</a>)'.  Title = the quoted text
after the year, its closing '.' or ',' dropped ('?' kept, line 156).
Entries (17): the 15 'Read X (year)' items with a reference sub-bullet (14 journal articles and one book
chapter, line 107 Acevedo-Garcia and Bates, 'Pp. 101-113 in *Latinas/os in the United States*'), each
spanning its 'Read' line and its reference line; and the two research reports read in selections
(lines 236-239 'Read selections from *Segregation in St. Louis: Dismantling the Divide*' and 248-251 '*For
the Sake of All: A report on ...*'), title = the italic report title, their 'Chapter n - "..."'
sub-bullets being parts of the same report, not entries.
Not entries: chapters of the course textbook ('Read *A Sociology Experiment*, "Chapter 1 - ..."', 16
bullets), chapters of the book *Mama Might Be Better Off Dead* (3), the documentary episodes ('Watch
*Unnatural Causes*', 6), assignments, quizzes and 'TBD' / '*no assignments*' lines.
Count check: 15 reference sub-bullets (lines matching '^      \\* .*\\. [0-9]{4}\\. "') each directly under a
'Read ... (year)' bullet, plus 2 'Read selections from' bullets = 17 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "slu-soc1120__syllabus-alt__docs__readings@a2c8be5.md"
PART = "wild26_development"
REPORTS = {236: 239, 248: 251}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    refs = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r'^      \* .*?\. (?:19|20)\d\d\. "(.+?)[.,]?" ', text)
        if m:
            refs += 1
            read = lines[i - 2]
            assert re.match(r"^    \* Read [A-Z][\w-]+( and [A-Z][\w-]+| et al\.)? \((?:19|20)\d\d\)$", read), i
            surname = read.split()[2]
            assert text.lstrip(" *").startswith(surname), i
            papers.append(entry(lines, i - 1, i, m.group(1)))
        m = re.match(r"^    \* Read selections from \*(.+?)\* \(<a href=", text)
        if m:
            assert i in REPORTS, i
            last = REPORTS[i]
            assert all(ln.startswith('      * Chapter ') for ln in lines[i:last]), i
            assert not lines[last].startswith("      "), i
            papers.append(entry(lines, i, last, m.group(1)))
    assert refs == 15, refs
    assert sum(1 for ln in lines if re.match(r'^\s*\* .*\. [0-9]{4}\. "', ln)) == 15
    assert sum(1 for ln in lines if "Read *A Sociology Experiment*" in ln) == 16
    assert sum(1 for ln in lines if "Watch *Unnatural Causes*" in ln) == 6
    assert len(papers) == 17, len(papers)
    write_truth(NAME, PART, papers,
                "each 'Read Author (year)' task with its Chicago reference sub-bullet is an entry (title = the"
                " quoted title, closing period dropped), and each 'Read selections from *Report*' bullet with its"
                " chapter sub-bullets is one entry (title = the italic report title); textbook and book chapters,"
                " documentaries and assignments are not entries",
                "every line of the file read by eye; all 17 entries checked in the -v output (titles, spans,"
                " DOIs taken from JSTOR/NEJM/AJPH/SAGE/Health Affairs URLs); the '?' title on line 156 and the"
                " book chapter on line 107 checked")


if __name__ == "__main__":
    main()
