"""Wild4 truth for dmbwebb/NovaSBE-PhD-Econometrics-Students syllabus/syllabus.md (commit
eb19c41): the syllabus of a PhD econometrics (causal inference) course at Nova SBE.

Shape: lines 1-151 are course prose (instructor, synopsis, aims, grading and schedule tables;
two bold-lead bullets at 119-120 describe problem-set question types).  '# Readings' (line 152)
then has '## Lecture N: ...' sections with '#### Required / Core / Recommended / Applications /
...' groups of bullets in author-date style:
  '- **Holland (1986)** "Statistics and Causal Inference." *JASA* 81(396), 945-960.'
No links, no DOIs, no arXiv ids anywhere.

Entry: every bullet under '# Readings' whose title is in double quotes (articles, a working
paper, Stock & Yogo's chapter in an edited volume): 48.  Not entries: the two bullets whose title
is an italic book title, Imbens & Rubin (2015) *Causal Inference for Statistics, Social, and
Biomedical Sciences*, Chapters 1, 3-4 (line 160, a textbook) and Cattaneo, Idrobo & Titiunik
(2020) *A Practical Introduction to Regression Discontinuity Designs: Foundations* (line 225, a
Cambridge Elements monograph).  Miguel & Kremer (2004) 'Worms' is listed twice (lines 172 and
266): two entries.

Title = the text between the double quotes, without the final '.' that closes it ('?' kept:
'Does Compulsory School Attendance Affect Schooling and Earnings?').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "dmbwebb__NovaSBE-PhD-Econometrics-Students__syllabus__syllabus@eb19c41.md"
PART = "wild4_development"
BOOKS = {160, 225}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Readings") + 1
    assert start == 152
    papers = []
    for i, text in enumerate(lines[start:], start + 1):
        if not text.startswith("- "):
            assert text == "" or text.startswith("#"), (i, text)
            continue
        if i in BOOKS:
            assert re.match(r"- \*\*[^*]+\*\* \*[^*]+\*", text), (i, text)
            continue
        m = re.fullmatch(r'- \*\*([^*]+ \(\d{4}\))\*\* "([^"]+)" (?:In )?\*[^*]+\*.*', text)
        assert m, (i, text)
        title = m.group(2)
        title = title.removesuffix(".")
        papers.append(entry(lines, i, i, title))
        if "-v" in sys.argv:
            print(i, m.group(1), title, sep=" | ")
    assert len(papers) == 48, len(papers)
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    write_truth(
        NAME, PART, papers,
        "every '- **Authors (Year)** \"Title.\" *Journal* ...' bullet under '# Readings' is an entry, title = the"
        " quoted text without its closing '.'; the two bullets with an italic book title (a textbook, a Cambridge"
        " Elements monograph) are not entries; course prose and its bullets above '# Readings' hold none",
        "every line after '# Readings' is a heading, blank or bullet (asserted); 52 bold-lead bullets in the file"
        " (grep) = 2 problem-set bullets in the prose + 2 book bullets + 48 entries (asserted); all 48 titles"
        " printed with -v and compared with the file by eye (the '?' titles, the 'In *...*' chapter, the repeated"
        " Miguel & Kremer)",
    )


if __name__ == "__main__":
    main()
