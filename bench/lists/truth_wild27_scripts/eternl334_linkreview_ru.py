"""Wild27 truth for eternL334/m1p linkreview.md: a Russian literature-review table (MSU/MIPT course project).

Shape: '# Обзор литературы' (literature review), then one Markdown table with Russian headers
'| Название | Год |Автор | Ссылка | Краткое содержание |' (title, year, authors, link, summary) on line 3,
the separator on line 4 and one row per work on lines 5-19.  The title is the plain text of the first
cell; the link is the fourth cell, always labelled '[Ссылка](url)'; the summary is Russian prose.
Lines 5 and 6 have Russian titles (mathnet.ru PDFs), the others English titles.
Entries: all 15 rows (journal articles, Breiman's technical report 'Random forests – random features'
on line 13, a survey, a DAIMI PB report series article on line 18).
Ids: DOIs only where a publisher URL contains one: Springer (lines 7, 8, 15: 10.1007/BF00058655,
10.1007/BF00117832, 10.1023/A:1022859003006) and ACM (line 14: 10.5555/1046920.1194899).  Not DOIs: the
CiteSeerX 'doi=<hex>' query parameter (lines 16, 19), the ScienceDirect pii URL (line 10), the OUP
article URL (line 12).  Line 11's link target contains parentheses ('Tibshirani%20(JRSS-B%201996).pdf').
No arXiv ids.  Count check: 15 rows, 4 DOIs.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "eternL334__m1p__linkreview@e94655b.md"
PART = "wild27_development"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Обзор литературы"
    assert lines[2].startswith("| Название | Год |Автор | Ссылка |"), lines[2]
    papers = []
    for i, text in enumerate(lines, 1):
        if i < 5 or not text.strip():
            continue
        cells = text.split("|")
        assert "[Ссылка](" in cells[4], i
        papers.append(entry(lines, i, i, cells[1].strip()))
    assert len(papers) == 15, len(papers)
    assert {p["line"]: p["doi"] for p in papers if p["doi"]} == {
        7: "10.1007/bf00058655", 8: "10.1007/bf00117832", 14: "10.5555/1046920.1194899",
        15: "10.1023/a:1022859003006"}
    assert not any(p["arxiv"] for p in papers)
    write_truth(NAME, PART, papers,
                "every row of the Russian-headed table is an entry (15 works); title = the plain first cell;"
                " DOIs only from Springer and ACM URLs, not from CiteSeerX 'doi=' hashes or ScienceDirect pii",
                "all 15 rows read by eye: titles (2 Russian), the 4 DOIs, and the CiteSeerX/ScienceDirect/OUP"
                " links confirmed to give no DOI")


if __name__ == "__main__":
    main()
