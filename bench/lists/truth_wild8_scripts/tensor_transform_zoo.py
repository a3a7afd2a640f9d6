"""Wild8 truth for benzhengli/Transform-Based-Representation-Zoo README: a review's companion list
(transform-based tensor representations, applied maths), author-first references.

Shape: title, badges, a cite-us BibTeX block, the abstract, then two '## 📖' parts with '###'
sub-sections of '* ' bullets, each one reference
  * A. Author, B. Author, and C. Author. Title. Venue, Year.
    [[Website]](url) [[Code]](url)
The link line follows on the next line (indented by 0-4 spaces, once split over two lines
'[[Website]]' / '[[Code]]'); the first bullet has its '[[Website]]' on the same line.  Authors are
initials + surname ('T.-X. Jiang', 'Ke Yan' once); the author list ends with '. ' or ', ' and the
title ends at the next '. ' or ', ' (comma style: 'L. Luo, ..., C. Xu, A nonlinear ... completion,
Signal Processing, 225 (2024)').
Entry: every '* ' bullet before '## 🚀 Applications & Datasets', from its reference line to its last
link line.  Title = the reference's text between the author list and the venue.  Not entries: the
dataset/description/link bullets of the Applications part, the usage bullets, the contact bullet,
the review's own BibTeX.  Publisher URLs give DOIs (Wiley, Springer, SIAM, ACM, IOP, projecteuclid);
ScienceDirect pii and IEEE document numbers are not DOIs.
Counts: 57 '* ' bullets before Applications = 57 '[[Website]]' links; per section 9 Linear,
9 Nonlinear, 3 Group-Tube, 7 Functional, 1 Spatially Irregular, 5 Low-Rank, 8 Multi-Directional,
5 Higher-Order, 10 Diversified (awk by heading).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "benzhengli__Transform-Based-Representation-Zoo__README@0a43ac4.md"
PART = "wild8_development"

NAME_RE = r"(?:[A-Z][a-z]?\.(?:-[A-Z]\.)?\s)+[A-Z][A-Za-z'-]+|Ke Yan"
AUTHORS = re.compile(rf"(?:{NAME_RE})(?:(?:,\s+and\s+|\s+and\s+|,\s+)(?:{NAME_RE}))*(?:\.|,)\s+")


def main() -> None:
    lines = read_lines(NAME)
    stop = next(i for i, x in enumerate(lines, 1) if x.startswith("## 🚀"))
    starts = [i for i in range(1, stop) if lines[i - 1].startswith("* ")]
    papers = []
    for k, i in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else stop
        end = max(j for j in range(i, nxt) if "[[" in lines[j - 1] or j == i)
        body = lines[i - 1][2:]
        m = AUTHORS.match(body)
        assert m, body
        rest = body[m.end():]
        t = re.match(r"(.+?)(?:\.|,)\s", rest)
        papers.append(entry(lines, i, end, t.group(1)))
    assert len(papers) == 57, len(papers)
    assert sum(1 for ln in lines[:stop] if "[[Website]]" in ln) == 57
    write_truth(NAME, PART, papers,
                "every '* ' author-first reference bullet before '## 🚀 Applications & Datasets' is an entry, with"
                " its '[[Website]] [[Code]]' link line(s); title = the text between the author list and the venue"
                " (the next '. ' or ', '); dataset, usage and contact bullets and the cite-us BibTeX are not entries",
                "all 57 titles by eye against the file (comma-style references at 51, 73, 79, 82, 85, 88, 116, 119, 122, 125, 211, 214, 217, 220;"
                " the bullet with its link on the same line at 34; the link line split over two lines at 106-108),"
                " counts per section by awk (9/9/3/7/1/5/8/5/10) and 57 '[[Website]]' links")


if __name__ == "__main__":
    main()
