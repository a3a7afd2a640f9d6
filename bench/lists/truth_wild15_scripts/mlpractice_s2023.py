"""Wild15 truth for bwilder0/mlpractice_s2023 README.md: CMU 10-718 'Machine Learning in Practice' (spring 2023).

Shape: a course-schedule table (lecture slide links only, no readings), then 'Detailed schedule and
readings': one bold date line per class, '---' rules between, and the readings in two forms.
Early classes list them as bullets ('* ' or indented '  - ') under 'Required Reading(s)' /
'Optional Readings:' labels, written 'Title by Authors. Venue Year. [Available Online](url)',
the title in '*...*' from line 80 on and most bullets hard-wrapped over two to four lines (the
link text '[Available\\n Online]' itself wrapped).  Later classes put each reading on one
paragraph line 'Required reading: Title by Authors. Venue. [Available Online](url)' (or
'Optional reading: ...').  Every reading ends in exactly one '[Available Online]' link (32).

Entry: a reading whose subject is a scholarly work: journal and conference papers, arXiv
preprints, and the case-study / tutorial chapters of the AI for Social Impact book (ai4sibook.org:
Mate et al., Wilder et al., Shi et al., Coston et al.), kept like handbook chapters.  Not
entries (11): the DSaPP 'Data Science Project Scoping Guide' (a web guide), the four Medium /
Towards Data Science posts (Ameisen, Ramakrishnan, Cochrane, Akinfaderin), the O'Reilly books
(Provost & Fawcett ch. 2, Zhang & Casari ch. 2), the textbooks 'Big Data and Social Science'
(sec. 7.7) and Gelman's 'Missing-data imputation' (a chapter of Gelman & Hill's regression
textbook), J-PAL's web resource 'Introduction to Randomized Evaluations' and the
'Difference-in-Differences' tutorial web site of Zeldow, Hatfield et al.

Title: the text before ' by ' (before ', by' / ' edited by' / ', Sections 1-3, by'), the '*' markup dropped and
wrapped lines joined.  The entry's lines run from the bullet's (or paragraph's) first line to
the line holding the link's URL.

Counts: 32 '[Available' links (grep), 16 of them in bullets and 16 on 'Required reading:' /
'Optional reading:' lines (grep -c), 11 not papers, so 21 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "bwilder0__mlpractice_s2023__README@a335518.md"
PART = "wild15_development"
LINES = read_lines(NAME)

#: title of each reading that is no paper: what it is
NOT_PAPERS = {
    "Data Science Project Scoping Guide.": "web guide",
    "Always Start with a Stupid Model, No Exceptions": "Medium post",
    "Create a Common-Sense Baseline First": "Medium post",
    "Data Science for Business": "O'Reilly book chapter",
    "Time Series Nested Cross-Validation": "Medium post",
    "Big Data and Social Science (2nd edition)": "textbook section",
    "Missing Data Conundrum": "Medium post",
    "Feature Engineering for Machine Learning": "O'Reilly book chapter",
    "Missing-data imputation": "textbook chapter (Gelman & Hill)",
    "Introduction to Randomized Evaluations": "J-PAL web resource",
    "Difference-in-Differences": "tutorial web site",
}
INLINE = re.compile(r"^(?:Required|Optional) reading: ")
BULLET = re.compile(r"^\s*[-*] ")


def main() -> None:
    papers = []
    links = inline = bulleted = skipped = 0
    for i, text in enumerate(LINES, 1):
        if "[Available" not in text:
            continue
        links += 1
        if INLINE.match(text):
            first = i
            inline += 1
        else:
            first = i
            while not BULLET.match(LINES[first - 1]):
                first -= 1
            bulleted += 1
        last = i if "](" in text else i + 1  # the wrapped link's URL line
        own = " ".join(ln.strip() for ln in LINES[first - 1:last])
        own = INLINE.sub("", BULLET.sub("", own))
        head = re.split(r"\[Available", own)[0]
        m = re.match(r"(.+?)(?:, Sections 1-3)?,?(?: edited)? by ", head)
        title = (m.group(1) if m else head.strip()).replace("*", "").strip()
        if title in NOT_PAPERS:
            skipped += 1
            continue
        papers.append(entry(LINES, first, last, title))
    assert (links, inline, bulleted) == (32, 16, 16), (links, inline, bulleted)
    assert skipped == 11, skipped
    assert len(papers) == 21, len(papers)
    write_truth(
        NAME, PART, papers,
        "every reading of the detailed schedule (a bullet or a 'Required/Optional reading:' line ending in"
        " '[Available Online](url)') that is a paper, preprint or research chapter is an entry, title = the text"
        " before ' by ' with markup dropped and wrapped lines joined; Medium posts, O'Reilly books, textbook"
        " chapters, a web guide, a J-PAL resource page and a tutorial web site are not entries",
        "all 32 readings one by one (grep of '[Available'), the 11 left out, every title's ends, the wrapped"
        " bullets' first and last lines, the arXiv ids (1906.01998, 2010.14374, 2001.02114, 1912.05511,"
        " 1808.00023, 1910.09457) and DOIs (Annual Reviews, ACM, NEJM); the slide links of the table give no entry")


if __name__ == "__main__":
    main()
