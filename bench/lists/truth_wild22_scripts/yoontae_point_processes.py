"""Wild22 truth for Yoontae6719/Point-Processes README.md: a study README on deep temporal point
processes that opens with a reading list of papers.

Shape (lines 7-45): nested bullets under four venue bullets ('  - 🏁 NeurIPS', '🏁 ICLR', '🏁 ICML',
'🏁 arXiv'), one paper per sub-bullet, the title as plain text (not linked) then a year and a
'[Link](url)':  '    - Title, 2021, [Link](https://papers.nips.cc/...)'.  A blank line splits the
NeurIPS group (line 14).  Then (lines 39-45) a flat bullet list of seven more papers, four with
upper-case titles and 'ICLR 2022 submission', three with a venue and '[Link](...), [Code](...)'.
Title = the plain text before the first of: ', <year>' (', 2021,' / ', 2022 in review,'),
', ICLR 2022 submission', ', ICLR2020', ', KDD 2016', '. NIPS 2017' (line 45, the '.' is the
separator), ' [Link]' (line 29, no year).  Leading spaces after '- ' (lines 43-45) are dropped.
Special cases: line 17 names the paper by its repository name 'Mutually-Regressive-Point-Processes'
and links the GitHub code of the NeurIPS 2019 paper; it sits among the NeurIPS papers with a year,
so it is an entry, title as written, no id.  Repeated papers (lines 12 and 16, 24 and 39, 26 and
43) are separate entries.  Links: papers.nips.cc, paperswithcode, openreview, kdd.org and two arXiv
PDFs (lines 43, 45); no DOIs.
Not entries: the venue bullets, the table of contents, authors, the explanation and lab lines
after line 47.
Count check: 20 sub-bullets under the venue bullets + 7 flat bullets = 27 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "Yoontae6719__Point-Processes__README@f5b77ef.md"
PART = "wild22_development"
ITEM = re.compile(r"^\s*- +(?!🏁)(.+)$")
STOP = re.compile(r", \d{4}\b|, ICLR 2022 submission|, ICLR2020|, KDD 2016|\. NIPS 2017| \[Link\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines[:46], 1):
        if i < 7:
            continue
        m = ITEM.match(text)
        if not m:
            continue
        body = m.group(1)
        s = STOP.search(body)
        assert s, i
        title = body[: s.start()].strip()
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 27, len(papers)
    assert sum(1 for p in papers if p["line"] < 39) == 20
    write_truth(NAME, PART, papers,
                "each paper bullet of the reading list (20 under the four venue bullets, 7 flat bullets after)"
                " is an entry; title = the plain text before the year/venue separator or '[Link]'; the"
                " repository-named NeurIPS item on line 17 is an entry titled as written; repeats kept",
                "all 27 entries read by eye against the file, each title boundary (', 2021,', ', 2022 in"
                " review,', ', ICLR 2022 submission', ', ICLR2020', ', KDD 2016', '. NIPS 2017', ' [Link]'),"
                " the two arXiv ids (lines 43, 45)")


if __name__ == "__main__":
    main()
