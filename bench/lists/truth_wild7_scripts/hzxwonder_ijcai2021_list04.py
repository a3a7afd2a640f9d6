"""Wild7 truth for hzxwonder/Conference-Paper IJCAI/2021/IJCAI-2021-list04.md: a scraped accepted-paper dump.

One page (the fourth of a split dump of IJCAI 2021 papers, surveys, extended abstracts, doctoral
consortium and demo papers) of records written by a script: '## [N] Title', then '**Authors**:
*...*', '**Conference**: *ijcai 2021*', '**URL**: [doi url](doi url)',
'**Abstract**:' and the abstract (one or more lines, cut short), closed by a '----' line; the
page ends with links to the previous page and the catalog (not entries).  Every record is an entry
(121, [600]-[720]); its lines run from the heading to the line before '----'; title = the heading
text after the '[N]' number; DOI from the URL line (10.24963/ijcai.2021/...).  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "hzxwonder__Conference-Paper__IJCAI__2021__IJCAI-2021-list04@971c963.md"
PART = "wild7_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"## \[(\d+)\] (.+)", text)
        if not m:
            assert not text.startswith("#"), i
            continue
        assert int(m.group(1)) == 600 + len(papers), i
        end = i
        while LINES[end] != "----":
            end += 1
            assert not LINES[end].startswith("## "), i
        while not LINES[end - 1].strip():
            end -= 1
        papers.append(entry(LINES, i, end, m.group(2)))
        assert papers[-1]["doi"] == f"10.24963/ijcai.2021/{int(m.group(1)) + 1}", i
    assert len(papers) == 121 == sum(1 for t in LINES if t == "----"), len(papers)
    write_truth(NAME, PART, papers,
                "every '## [N] Title' record is an entry from its heading to the end of its abstract (before '----'),"
                " title = the heading text after the number, DOI from its URL line; the page-navigation links are"
                " not entries",
                "121 records against the 121 '----' closers and the numbering 600-720; all 121 headings listed and"
                " read (surveys, extended abstracts, doctoral consortium and demo papers are all papers); every"
                " entry has its 10.24963/ijcai.2021 DOI (record [N] links DOI N+1) and an authors line; no arXiv id in the file")


if __name__ == "__main__":
    main()
