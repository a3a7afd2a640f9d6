r"""Wild6 truth for dssg/mlforpublicpolicylab README.md: the CMU 'Machine Learning for Public Policy Lab'
course page (Fall 2025), whose 'Tentative Schedule' (lines 195-797) is a nested bullet list of weeks,
each with 'Required Readings ...:' and 'Optional Readings:' sub-lists.

A reading is an indented bullet '  - *Title* by Authors. Venue. Year. [Available Online](url)'
wrapped over 2-4 lines (the item ends at the next blank line); title = the italic text (its line
breaks joined).  An entry is a reading whose subject is one scholarly work: conference and
journal papers, law-review articles, arXiv preprints, the Nature comment 'Three Pitfalls ...' and
the Cowles discussion paper 'Equality of Opportunity' (Roemer and Trannoy) are kept.

Not entries (decided per item, listed in NOT_PAPERS by title): the 'Data Science Project Scoping
Guide' (a web guide), blog and news posts (Medium, The Verge, Uber engineering blog, DSSG Blog,
KDnuggets), books and book chapters ('Data Matching', 'Big Data and Social Science' twice plus
its 2nd edition, 'Data Science for Business' twice, 'Feature Engineering for Machine Learning',
Gelman's 'Missing-data imputation' chapter of his ARM book, Rawls's 'A Theory of Justice'), the
'[Lecture Slides]' item, the video lecture item and the 'TBD' placeholder.  The 'More Resources'
section after the schedule lists books only (no entry); the schedule table at the top links
slides and anchors only (no entry).

Counts: 55 reading bullets between lines 232 and 797 (grep of '^ +- (\*[^*]|\[|TBD)'; the 16 week
bullets '- **Week ...**' are not readings), of which 22 are not papers, so 33 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "dssg__mlforpublicpolicylab__README@8676ab3.md"
PART = "wild6_development"
LINES = read_lines(NAME)
FIRST, LAST = 232, 797  # the Tentative Schedule's week list

NOT_PAPERS = {
    "Data Science Project Scoping Guide",
    "What Happens When an Algorithm Cuts Your Health Care",
    "Data Matching",
    "Big Data and Social Science",
    "Big Data and Social Science (2nd edition)",
    "Always Start with a Stupid Model, No Exceptions",
    "Create a Common-Sense Baseline First",
    "Data Science for Business",
    "Architecting a Machine Learning Pipeline",
    "Meet Michelangelo: Uber’s Machine Learning Platform",
    "Time Series Nested Cross-Validation",
    "Missing Data Conundrum",
    "Feature Engineering for Machine Learning",
    "Missing-data imputation",
    "Top 10 ways your Machine Learning models may have leakage",
    "Why is Machine Learning Deployment Hard?",
    "Overview of Different Approaches to Deploying Machine Learning Models in Production",
    "A Theory of Justice",
}


def main() -> None:
    papers = []
    items = []  # (first, last, text)
    i = FIRST
    while i <= LAST:
        text = LINES[i - 1]
        if re.match(r"^\s+- (\*[^*]|\[|TBD)", text):
            j = i
            while j + 1 <= LAST and LINES[j].strip() and not re.match(r"^\s+- ", LINES[j]):
                j += 1
            items.append((i, j, " ".join(ln.strip() for ln in LINES[i - 1 : j])))
            i = j + 1
        else:
            i += 1
    assert len(items) == 55, len(items)
    skipped = []
    for first, last, text in items:
        m = re.match(r"- \*([^*]+)\*", text)
        if not m:  # '[Lecture Slides](...)', '[Short Video Lecture](...)', 'TBD'
            skipped.append(text[:40])
            continue
        title = m.group(1)
        if title in NOT_PAPERS:
            skipped.append(title)
            continue
        papers.append(entry(LINES, first, last, title))
    assert len(skipped) == 22, (len(skipped), skipped)
    assert len(papers) == 33, len(papers)
    write_truth(NAME, PART, papers,
                "every '- *Title* by Authors. Venue.' reading bullet of the weekly schedule (lines 232-797) whose"
                " subject is a paper, law-review article, preprint or discussion paper is an entry spanning its"
                " wrapped lines, title = the italic text; web guides, blog/news posts, books and book chapters,"
                " slides, a video lecture and a 'TBD' placeholder are not entries",
                "all 55 reading bullets read one by one and classified (33 papers, 22 not), every title checked"
                " against the file with -v, the schedule table, 'Class Project' and 'More Resources' sections"
                " (no paper entries), the arXiv ids (1901.02547, 1906.01998, 1905.04610, 2001.09233) and DOIs"
                " (Wiley, INFORMS, Liebert)")


if __name__ == "__main__":
    main()
