"""Wild58 truth for Intelligence-Engineering-LAB-KU/ielab.korea.ac.kr _pages/publication.md at 89c0cab (2019-07-15):
the publication page of the Intelligence Engineering Lab (Korea University), a Jekyll (minimal-mistakes) site.  The
file is not on the default branch (master): it lives on branch 0.1.0, whose newest commit touching it, 89c0cab ("a
few errors, back up first"), added the line "(deprecated) this page is not updated yet." (6).  That commit is taken.

Shape: 64 lines, 9.5 KB.  Front matter (1-4), the deprecation note (6), then four sections of plain "- " bullets,
one paper a line, no links:
- "## International Journal" (8): 10-25 (16 entries);
- "## International Conference- " (27): 29-45 (17);
- "## Domestic Journal- " (47): 49-51 (3, Korean authors);
- "## Domestic Conference- " (53): 55-64 (10, Korean).
Each bullet: ``- Authors "Title" Venue (INDEX), vol/pages (Year)``; the title is the first double-quoted string.

Special cases:
- 19: the bullet is a CSV-escaped cell: ``- "Ui-Hyong Kim, ... Soon-Young Jung ""Practical Firewall Policy Inspection
  using Anomaly Detection and Its Visualization"" Information Journal (SCOPUS), (2012)"``: the title is inside the
  doubled quotes.  It is the same paper as 11 (other case, other venue): both listings are entries.
- Stray "- " (and "- ****" at 55) after the year at the end of many lines, and "- " after the section headings.
- 56, 57: a comma before the opening quote (``정순영, "DBSCAN ..."``).
- 58, 59: Korean title followed by " = " and its English parallel title (``OSPF 라우팅 ... 실습과정 = Network Practice
  Curriculum Using OSPF Routing Protocol In Higher Education``): the English part is a translation of the title, so
  title = the Korean part before " = ".
- 63: ``다중선 최근접 객체 질의처리(Polyline Nearest Neighbor Queries)``: the parenthesised English is a translation
  and is dropped.
- 49: a Korean-authored paper with an English title; 62-64 Korean titles mixing English terms (KCC venues).
- No arXiv ids or DOIs are written.

Decisions:
- Entry = every "- " bullet line (10-64): 46 entries, one line each.  Title = the first double-quoted string (the
  doubled-quote string at 19), with the translation rules above.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "Intelligence-Engineering-LAB-KU__ielab.korea.ac.kr___pages__publication@89c0cab.md"
PART = "wild58_development"

BULLET = re.compile(r"^- ")
QUOTED = re.compile(r'"([^"]+)"')
DOUBLED = re.compile(r'""(.+?)""')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not BULLET.match(ln):
            continue
        m = DOUBLED.search(ln) or QUOTED.search(ln)
        assert m, (n, ln)
        title = m.group(1).strip()
        if " = " in title:
            title = title.split(" = ")[0].strip()
        title = re.sub(r"\(Polyline Nearest Neighbor Queries\)$", "", title).strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 46, len(papers)
    assert sorted(by) == list(range(10, 26)) + list(range(29, 46)) + [49, 50, 51] + list(range(55, 65)), sorted(by)
    assert by[10]["title"] == (
        "UMLS Toolbox: TheHierarchical Navigation Toolwith Supproting theCustomization of Ontology"
    ), by[10]
    assert by[19]["title"] == (
        "Practical Firewall Policy Inspection using Anomaly Detection and Its Visualization"
    ), by[19]
    assert by[30]["title"] == (
        "CopyCaptor -Plagiarized Source Retrieval System using Global word frequency and Local feedback"
    ), by[30]
    assert by[56]["title"] == "DBSCAN 학습 시뮬레이터 설계 및 구현", by[56]
    assert by[58]["title"] == "OSPF 라우팅 프로토콜을 활용한 고등교육 네트워크 실습과정", by[58]
    assert by[59]["title"] == "R*-Tree 학습 시뮬레이터 설계 및 구현", by[59]
    assert by[63]["title"] == "다중선 최근접 객체 질의처리", by[63]
    assert by[64]["title"] == "Efficient Nearest Surrounder Queries Processing", by[64]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- ' bullet line under the four sections (International Journal, International Conference,"
        " Domestic Journal, Domestic Conference) is one paper, one line: 'Authors \"Title\" Venue, pages (Year)'."
        "  Title = the first double-quoted string (at 19, a CSV-escaped bullet, the string inside doubled quotes);"
        " for Korean titles followed by ' = English title' (58, 59) or '(English title)' (63) the translation is"
        " dropped.",
        checked="Read all 64 lines; compared the -v output with each of the 46 bullets (16 + 17 + 3 + 10), the"
        " CSV-escaped bullet at 19, the comma-before-quote bullets 56-57, the bilingual titles 58, 59, 63, and that"
        " headings, the deprecation note and the stray '- ' / '****' tails give no entry.",
    )


if __name__ == "__main__":
    main()
