"""Wild17 truth for dssg/MLinPractice README.md: the CMU 10-718 'Machine Learning in Practice' syllabus.

Shape: a course page (people, grading, a schedule pipe table linking lecture .pptx files), then
'## Structure': one bold session bullet per class ('  - **Tuesday, ...: Topic**') with a prose
paragraph and 'Required Reading(s):' / 'Optional Readings:' sub-lists.  Each reading is a
6-space-indented bullet wrapped over 1-6 lines: '- *Title* by Authors. Venue Year. [Available
Online](url)' (Zafar's has no 'by'; one has no link; Huq's adds a '\\[Focus on sections ...\\]'
line).  Then '## More Resources' (books, 2-space bullets) and university boilerplate.

An entry is a 6-space reading bullet whose subject is a scholarly work; its lines run from the
'- ' line to the last non-blank line before the next blank line; title = the italic '*...*' text.
Not entries (16 of the 59 reading bullets), decided from what the file says of them: the web
'Data Science Project Scoping Guide'; Medium posts (Ameisen, Ramakrishnan, Cochrane,
Akinfaderin) and the 'DSSG Blog' post; books and book chapters ('Data Matching' ch. 2, 'Big
Data and Social Science' x2, 'Data Science for Business' ch. 2, 'Feature Engineering for Machine
Learning' ch. 2, Gelman's 'Missing-data imputation' (a chapter of his ARM book, stat.columbia.edu
/~gelman/arm/), 'Ethics and Data Science' (entire book), Rawls 'A Theory of Justice' ch. 1,
'Elements of Causal Inference' ch. 1-2); and 'Princeton Ethics Case Study 6' (a teaching case).
Kept: journal/conference papers, arXiv preprints, law-review articles, Riley's Nature comment,
the Fairlearn 'Microsoft Research Whitepaper' (a technical report), Roemer & Trannoy's Cowles
discussion paper, Stapor's CORES 2017 proceedings paper.  The schedule table's lecture links and
the 'More Resources' books (2-space bullets) are not entries.
Three bullets give their arXiv id only as text 'arXiv preprint: arxiv/2010.14374' (Amarasinghe,
Bodria, Cruz; their links go to PDFs in the repo): the script records that id, since the entry writes it.
Count check: 59 bullets at 6-space indent (grep -c '^      - '), minus the 16 listed = 43.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "dssg__MLinPractice__README@c9d52f4.md"
LINES = read_lines(NAME)

#: first line of each reading bullet that is not a scholarly work: why
NOT_PAPERS = {
    178: "web guide (Data Science Project Scoping Guide)",
    205: "book chapter (Data Matching, Springer 2012, ch. 2)",
    209: "book (Big Data and Social Science, ch. 4)",
    244: "Medium post (Ameisen)",
    248: "Medium post (Ramakrishnan)",
    252: "book chapter (Data Science for Business, ch. 2)",
    276: "Medium post (Cochrane)",
    284: "book section (Big Data and Social Science 2nd ed., 7.7)",
    326: "Medium post (Akinfaderin)",
    329: "book chapter (Feature Engineering for Machine Learning, ch. 2)",
    334: "book chapter (Gelman, ARM missing-data chapter)",
    400: "DSSG Blog post",
    427: "teaching case study (Princeton Ethics Case Study 6)",
    433: "book (Ethics and Data Science, entire book)",
    585: "book chapter (Rawls, A Theory of Justice, ch. 1)",
    631: "book chapters (Elements of Causal Inference, MIT Press)",
}


def main() -> None:
    papers = []
    bullets = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("      - "):
            continue
        bullets += 1
        if i in NOT_PAPERS:
            continue
        last = i
        while LINES[last].strip():  # LINES[last] is line last+1
            last += 1
        own = " ".join(ln.strip() for ln in LINES[i - 1:last])
        m = re.match(r"- \*(.+?)\*(?:\s|$)", own)
        assert m, (i, own)
        e = entry(LINES, i, last, m.group(1))
        t = re.search(r"arXiv preprint: arxiv/(\d{4}\.\d{4,5})", own)
        if t and not e["arxiv"]:
            e["arxiv"] = t.group(1)
        papers.append(e)
    assert bullets == 59, bullets
    assert len(papers) == 43, len(papers)
    write_truth(NAME, "wild17_development", papers,
                "every 6-space-indented Required/Optional reading bullet of the session list whose subject is a"
                " scholarly work is an entry (lines = the bullet's wrapped lines), title = its italic text;"
                " the web guide, Medium/blog posts, books and book chapters and the teaching case study are not",
                "all 59 reading bullets one by one (16 left out, listed in the script with the file's own words),"
                " every title and line span printed with -v against the file, the multi-line titles, the Huq"
                " bullet's '[Focus on sections]' line, the link-less Potash bullet, the Springer chapter DOI"
                " (Stapor), the arXiv links and the three 'arxiv/NNNN.NNNNN' ids written as text, the schedule table and 'More Resources' books giving no entry")


if __name__ == "__main__":
    main()
