"""Wild27 truth for CaucherWang/ANN-Papers content/Graph-based-Index.md: a databases (vector search) paper list.

Shape: a Chinese-annotated list of approximate-nearest-neighbour search papers.  A contents list
(lines 5-9) links the section anchors; under '### 3 Graph based Index' and the subsections
'#### 3.1 Query Optimization', '#### 3.2 New hardware acceleration', '#### 3.3 kNN-graph' each
record is a numbered reference paragraph, numbering restarting at [1] in every subsection:
    '(必读)[n] **Title** Venue Year. [paper](url)'   ('必读' = must-read, on lines 16, 29, 35)
    ''
    '*Authors*'
    ''
    '---'
Special cases: lines 22 and 71 put a Chinese note in full-width brackets between the number and
the title ('（[1]的基础，可作为参考）' = 'basis of [1], for reference'; '（small-world溯源，可参考）'
= 'origin of small-world, for reference'); the record of line 22 wraps its venue onto line 23
('Information Systems\\nVolume 45, ...'), so its lines are 22-25.  Line 99 writes its title in
capitals, kept as written.  Line 121 names CIKM 2020 but links a NeurIPS PDF, as the file has it.
Entry: every numbered record; lines = the '[n]' line through the authors line; title = the bold
span.  Not entries: the contents links, '持续更新中……' ('continuously updated', line 168), the
contributors image and licence link.
Ids: arXiv ids from arxiv.org/pdf links (9 records, one with a 'v1' version); DOIs from
dl.acm.org/doi/abs|pdf links (lines 65, 71, 93) and one Springer content/pdf link (line 81,
10.1007/s00778-022-00762-0, '.pdf' tail dropped); ScienceDirect pii (line 23) is not a DOI.
Count check: 10 + 5 + 4 + 4 = 23 records = 23 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "CaucherWang__ANN-Papers__content__Graph-based-Index@3d45a10.md"
PART = "wild27_development"


def main() -> None:
    lines = read_lines(NAME)
    papers, counts, section = [], {}, None
    for i, text in enumerate(lines, 1):
        if text.startswith("###"):
            section = text.lstrip("#").strip()
            continue
        m = re.match(r"(?:\(必读\))?\[(\d+)\](?:（[^）]*）)?\s*\*\*(.+?)\*\*", text)
        if not m:
            assert not re.match(r"\S*\[\d+\]", text), i
            continue
        n = int(m.group(1))
        counts[section] = counts.get(section, 0) + 1
        assert n == counts[section], (i, n)
        last = i + 2
        if lines[i].strip() != "":  # venue wrapped onto the next line (line 22)
            assert i == 22
            last = i + 3
        assert lines[last - 1].startswith("*") and lines[last - 1].rstrip().endswith("*"), i
        papers.append(entry(lines, i, last, m.group(2)))
    assert counts == {"3 Graph based Index": 10, "3.1 Query Optimization": 5,
                      "3.2 New hardware acceleration": 4, "3.3 kNN-graph": 4}, counts
    assert len(papers) == 23
    assert sum(1 for p in papers if p["arxiv"]) == 9, [p["line"] for p in papers if p["arxiv"]]
    assert [p["line"] for p in papers if p["doi"]] == [65, 71, 81, 93], [p["line"] for p in papers if p["doi"]]
    write_truth(NAME, PART, papers,
                "every numbered '[n] **Title** Venue. [paper](url)' record (optional '(必读)' tag before it, optional"
                " Chinese note in full-width brackets after the number) with its italic author line is an entry;"
                " title = the bold span",
                "all 23 entries read by eye against the file: numbering per subsection, the notes on lines 22 and 71,"
                " the wrapped venue (lines 22-23), every title, the 9 arXiv ids and 4 DOIs (ACM abs/pdf, Springer"
                " content/pdf); contents links and footer left out")


if __name__ == "__main__":
    main()
