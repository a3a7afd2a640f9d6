"""Wild45 truth for KGQA/leaderboard dbpedia/lcquad.md: a community leaderboard page (knowledge-graph question
answering) for the LC-QuAD 1.0 / 2.0 benchmarks, four Markdown pipe tables whose rows are system results, each
citing the paper that reported it in a "Reported by" column, plus a two-item References section; newest commit
6f91411 (2023-08-01; the page last changed in 77f109b, 2023-04-30).

Shape: ``# Large-scale Complex Question Answering`` (1), intro and table of contents (3-8), ``## LC-QuAD v1`` (11)
with a prose paragraph (13-16, an inline ``original [paper](...)`` link and a download link) and ``### Leaderboard``
(18); table 1 header ``| Model / System | Year | Precision | Recall | F1 |Accuracy |Language| Reported by |`` (21)
and delimiter (22), rows 23-98.  ``## LC-QuAD v2`` (103) with prose (105-109, ``Please see our [paper](figshare)``),
table 2 "systems which require gold entity" (114/115, rows 116-128) with a footnote list ``* [1][2] Token wise ...``
(131), table 3 "systems which do not require gold entity" (139/140, rows 141-155) with footnotes 159-162, ``## LC-QuAD
v2 + QALD-9`` (164) table 4 (168/169, rows 170-181) with twelve identical footnotes (183-194), ``## References`` (198)
with two reference paragraphs ``<a name="myfootnote1">[1]</a> Trivedi, ... [Lc-quad: A corpus ....](pdf) In
International Semantic Web Conference, ...`` (199, 201), and a back link (204).

A row is ``| System | Year | scores ... | Language | [Author et al.](url) |``: the last cell is a link whose text is an
author label (``Banerjee et al``, ``Chen et al.``, ``Zhou Y. et al``, ``[ M. Borroto et al]``, ``Lin and Lu``), never
a title; cells padded unevenly, some rows with footnote marks in the system cell (``SGPT_Q,K    [1]`` 119,
``GETT-QA [4]`` 155); two rows lack the closing pipe (77, 155).  The same reporting paper recurs on many rows
(Banerjee et al. 2204.12793 on 17 rows, Zhou Y. et al. NAACL on 23, QAmp reported by six different papers on 76 and 78-82),
and the same system can appear with different reporting papers.  Paper hosts: arXiv abs/pdf, ACL Anthology PDFs,
IEEE Xplore stamp pages (arnumber, no DOI), Semantic Web Journal PDFs, Research Square PDFs, the Web Conf PDF, CEUR,
ResearchGate, AAAI OJS, River Publishers, Springer (``link.springer.com/article/10.1007/s13740-021-00128-9``, DOI
written, 78 and 86).

Decisions:
- An entry is every data row of the four tables (76 + 13 + 15 + 12 = 116): a leaderboard row cites one scholarly
  paper (the one that reported the result) by its "Reported by" link; the link text is an author label, not a
  title -> title null.  Rows citing the same paper are separate entries (repeated records).  Ids from the row's line
  (only the Reported-by cell holds a link).
- The two References paragraphs (199, 201) are entries (bibliography paragraphs citing the LC-QuAD 1.0 and 2.0
  dataset papers); title = the link text, final period dropped.
- Not entries: headings, the table of contents, the prose paragraphs with inline ``paper`` links (13-16, 105-109:
  running prose, link text not a title), header and delimiter rows, the footnote notes (``* [1] discarded ...``),
  the back link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "KGQA__leaderboard__dbpedia__lcquad@6f91411.md"
PART = "wild45_development"

HEADER = re.compile(r"^\| *Model / System *\| Year \|")
DELIM = re.compile(r"^\|:-+:\|")
ROW = re.compile(r"^\| *(?P<sys>[^|]+?) *\| (?P<year>(?:19|20)\d\d) \|(?P<mid>[^\[\]]*)\| *\[(?P<lab>[^\]]+)\]\((?P<u>https?://[^)\s]+)\) *\|? *$")
REF = re.compile(r'^<a name="myfootnote(?P<n>\d)">\[(?P=n)\]</a> (?P<au>[^\[]+)\[(?P<t>[^\]]+)\]\((?P<u>[^)]+)\) In ')
TABLES = {21: (23, 98), 114: (116, 128), 139: (141, 155), 168: (170, 181)}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 205 and lines[197] == "## References" and lines[204] == "", len(lines)
    papers = []
    row_lines = set()
    for head, (first, last) in TABLES.items():
        assert HEADER.match(lines[head - 1]) and DELIM.match(lines[head]), head
        assert not lines[last].startswith("|"), last
        for n in range(first, last + 1):
            m = ROW.match(lines[n - 1])
            assert m, (n, lines[n - 1][:160])
            assert re.search(r"et\.? al", m.group("lab")) or m.group("lab") in {"Lin and Lu", "Diomedi, Hogan"}, (n, m.group("lab"))
            papers.append(entry(lines, n, n, None))
            row_lines.add(n)
    # every table line of the file is a header, delimiter or a counted row
    for n, ln in enumerate(lines, 1):
        if ln.startswith("|"):
            assert n in row_lines or n in TABLES or n - 1 in TABLES, n
    for n in (199, 201):
        m = REF.match(lines[n - 1])
        assert m, n
        papers.append(entry(lines, n, n, m.group("t")))
    by = {p["line"]: p for p in papers}
    assert by[199]["title"] == "Lc-quad: A corpus for complex question answering over knowledge graphs"
    assert by[201]["title"] == "Lc-quad 2.0: A large dataset for complex question answering over wikidata and dbpedia"
    assert by[23]["arxiv"] == "2204.12793" and by[61]["arxiv"] == "2111.05825" and by[155]["arxiv"] == "2303.13284"
    assert {n for n, p in by.items() if p["doi"]} == {78, 86}
    assert by[78]["doi"] == "10.1007/s13740-021-00128-9"
    assert by[77]["arxiv"] is None and by[77]["doi"] is None  # Research Square PDF, no closing pipe
    assert sum(1 for p in papers if p["arxiv"] == "2204.12793") == 17
    assert sum(1 for p in papers if p["arxiv"]) == 59, sum(1 for p in papers if p["arxiv"])
    assert [p["title"] for p in papers].count(None) == 116
    assert len(papers) == 118, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each data row of the four LC-QuAD leaderboard tables is an entry (116), citing the paper that reported the"
        " result by its 'Reported by' link, title null (the link text is an author label such as 'Banerjee et al'),"
        " ids from the row; rows citing the same paper are separate entries; the two References paragraphs are"
        " entries titled by their link text (final period dropped); headings, prose with inline 'paper' links,"
        " header/delimiter rows and footnote notes are not entries.",
        "Whole 204-line file read; every '|' line classified as header, delimiter or row (4 headers, 116 rows matched"
        " by the row pattern, each ending in an author-label link); -v output compared with the first and last row of"
        " each table (23/98, 116/128, 141/155, 170/181), rows without a closing pipe (77, 155), footnote-marked"
        " system cells (119, 121, 141, 150-151, 155, 170-181), the QAmp rows 76 and 78-82 with six different reporters,"
        " Springer DOI rows 78/86, IEEE stamp/ACL/Research Square/Semantic Web Journal rows without ids, ~20 other"
        " rows (24, 27, 33, 40, 44, 47, 52, 59, 64, 67, 71, 88, 92, 96, 123, 126, 144, 146, 175, 181); the two"
        " references 199/201 and their titles; prose links 14 and 107 left out.",
    )


if __name__ == "__main__":
    main()
