"""Wild5 truth for bgzhou/bgzhou.github.io _pages/publications.md: a researcher's publication page
(Jekyll, wireless communications / ML), listed by topic under '### <font ...>Topic</font>' headings.

Shape: one paragraph per record, '**[J19]** Authors (own name in bold, dagger/asterisk marks),
“Title,” **Venue**, vol., pp., date. **(JCR Q1, IF: ..)** [Published Version](ieeexplore) \\|
[Preprint](arxiv)', with codes J (journal), C (conference) and P (patent), numbered down per topic.
An entry is a J or C record outside HTML comments (31: Wireless Communications 19 J + 3 C, Machine
Learning and Data Science 5 J + 2 C, Miscellaneous 1 J + 1 C); title = the quoted title.  The
closing quote varies: ',”', '”,' (J11) and a wrong-way ',“' (C3).  Not entries: the P records
(patents and patent applications, 4) and the records inside '<!-- -->' comments (a submitted J5, a
submitted C3 with its Open Review line, and the commented-out 'Smart Healthcare' section repeating
J4).  Ids: the first arXiv link (Preprint) of each record; ieeexplore and ScienceDirect pii links
give no DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "bgzhou__bgzhou.github.io___pages__publications@0bc9adb.md"
PART = "wild5_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    codes = []
    in_comment = False
    for i, text in enumerate(LINES, 1):
        starts_comment = text.startswith("<!--")
        if starts_comment and "-->" not in text:
            in_comment = True
            continue
        if in_comment:
            if "-->" in text:
                in_comment = False
            continue
        if starts_comment:
            continue  # one-line comments
        m = re.match(r"\*\*\[([JCP])(\d+)\]\*\* ", text)
        if not m:
            continue
        codes.append(m.group(1) + m.group(2))
        if m.group(1) == "P":
            continue
        t = re.search(r"“(.+?)(?:,”|”,|,“)", text)
        assert t, i
        papers.append(entry(LINES, i, i, t.group(1)))
    assert codes == ([f"J{k}" for k in range(19, 0, -1)] + ["C3", "C2", "C1", "P3", "P2", "P1"]
                     + [f"J{k}" for k in range(5, 0, -1)] + ["C2", "C1", "P1", "J1", "C1"]), codes
    assert len(papers) == 31
    write_truth(NAME, PART, papers,
                "every '**[Jn]**' or '**[Cn]**' record outside HTML comments is an entry (one paragraph line), title ="
                " the quoted title (closing ',”', '”,' or ',“'); patents '[Pn]' and commented-out records are not",
                "all 31 entries against the file (titles, the 13 arXiv preprint links), the code sequence per topic"
                " (J19..J1 C3..C1 P3..P1 | J5..J1 C2 C1 P1 | J1 C1), the 4 patents and the 3 HTML comments excluded")


if __name__ == "__main__":
    main()
