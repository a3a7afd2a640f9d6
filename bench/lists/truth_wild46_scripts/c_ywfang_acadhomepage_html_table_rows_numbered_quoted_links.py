"""Wild46 truth for yw-fang/yw-fang.github.io _pages/includes/pub.md: the publications section of Yue-Wen Fang's
AcadHomepage-style personal site (computational condensed-matter physics: hydride superconductors, ferroelectrics,
multiferroics, oxide interfaces, negative thermal expansion).

Shape (762 lines): an Altmetric ``<script>`` (1), ``# 📝 Publications`` (3), ``## Papers under review/revision:``
(5) with four ``- [Title](arXiv url)`` bullets (7-10), ``## Complete List of Peer-Reviewed Journal Papers:`` (13)
with a statistics paragraph holding a multi-line ORCID ``<a>``/``<img>`` widget (15-28), a commented-out and a live
``Overview: 78 scientific papers`` line (30-31), a footnote line, then one raw HTML ``<table>`` (35-762) of 78 rows
counting down ``78.`` .. ``1.``.  A row is ``<tr>`` / ``<td ...>`` / ``<p>NN. Authors, "<a href="doi">Title</a>",
<b>Journal</b>, vol, page, year </p>`` / an Altmetric ``<div>`` / often ``<p><a href="...">[Free full text]</a></p>``
(arXiv abs, a 10.48550 arXiv DOI, Research Square or the publisher) / ``</td>`` / and, between them, HTML comments: a
stale Altmetric donut copied into every recent row (always ``10.20517/microstructures.2024.129``, the DOI of row 59
at 246-257), commented-out free-full-text links and a commented-out second cell with the journal cover linked to the DOI
(some ``https://doi.org/XXX``) -- then ``</tr>``; rows are 8-12 lines, the older ones (1-28) indented or written
on one line.  In recent rows the title link wraps: the title text is followed by a newline before ``</a>`` (e.g.
36-38).  Two author styles: commas with the site owner in ``<b>``/``<strong>``, or semicolons without quotes around
the link (20-28, e.g. ``Wei Niu†; <b>Yue‐Wen Fang</b>†; ...; Yong Pu*, <a href="...">Title</a>``); a LaTeX accent
``R\\'emi`` (24), ``<sub>`` in titles (35 ``Ca<sub>2</sub>RuO<sub>4</sub>``, 22), a Zenodo dataset badge after the
reference (53), "Selected as Cover Picture"/"Editors' Choice" notes, a Chinese commentary article (8) and a Chinese
review in *Progress in Physics (China)* (1, linked to a journal page without DOI).  Row 64 and row 53 give the
same free-full-text arXiv DOI (10.48550/arXiv.2412.09340) -- the file's own copy slip, kept.

Decisions:
- Entries (82): the four under-review preprints (arXiv bullets) and the 78 table rows (journal articles, reviews
  and the two Chinese-language articles, all papers).  The ORCID widget, the Google Scholar/ResearchGate links and
  the overview lines are not entries.
- Span: a bullet's line; a row's ``<tr>`` line to its ``</tr>`` line.
- Title: the bullet's link text; in a row, the text of the first ``<a>`` inside the numbered ``<p>`` (tags removed,
  whitespace collapsed).
- Ids: from the entry's lines with the HTML comments removed (they are not rendered, and the stale donut comment
  carries another paper's DOI): the first DOI (the title link's) and the first arXiv id (the free-full-text link or
  the bullet's arXiv URL; a 10.48550/arXiv DOI counts as the arXiv id).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "yw-fang__yw-fang.github.io___pages__includes__pub@1f45c58.md"
PART = "wild46_development"

BULLET = re.compile(r"^- \[(.+?)\]\((\S+?)\)\s*$")
NUMBERED = re.compile(r"<p>\s*(\d+)\.\s*(.*?)</p>", re.DOTALL)
ANCHOR = re.compile(r"<a [^>]*>(.*?)</a>", re.DOTALL)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text)).strip()


def with_ids(lines: list[str], first: int, last: int, title: str) -> dict:
    p = entry(lines, first, last, title)
    shown = COMMENT.sub(" ", "\n".join(lines[first - 1 : last]))
    p["arxiv"], p["doi"] = arxiv_of(shown), doi_of(shown)
    return p


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in range(7, 11):
        m = BULLET.match(lines[n - 1])
        assert m and "arxiv.org" in m.group(2), (n, lines[n - 1])
        papers.append(with_ids(lines, n, n, m.group(1)))
    numbers = []
    n = 35
    while n < len(lines):
        n += 1
        if not lines[n - 1].strip().startswith("<tr"):
            continue
        last = n
        while not lines[last - 1].strip().startswith("</tr"):
            last += 1
        row = COMMENT.sub(" ", "\n".join(lines[n - 1 : last]))
        m = NUMBERED.search(row)
        assert m, (n, row)
        numbers.append(int(m.group(1)))
        a = ANCHOR.search(m.group(2))
        assert a, (n, m.group(2))
        papers.append(with_ids(lines, n, last, flat(a.group(1))))
        n = last
    assert numbers == list(range(78, 0, -1)), numbers
    assert len(papers) == 82, len(papers)
    assert [p["line"] for p in papers if p["doi"] and "20517/microstructures" in p["doi"]] == [246]
    assert [p["line"] for p in papers if not p["doi"]] == [7, 8, 9, 10, 753], [p["line"] for p in papers if not p["doi"]]
    write_truth(
        NAME,
        PART,
        papers,
        "The four '- [Title](arXiv url)' bullets under 'Papers under review/revision' and the 78 numbered rows (78..1)"
        " of the HTML table under 'Complete List of Peer-Reviewed Journal Papers' are one paper each (82); span = the"
        " bullet's line or the row's <tr>..</tr>; title = the bullet's link text or the first <a> of the row's"
        " numbered <p>, tags removed; ids from the entry's lines with HTML comments removed (the stale commented"
        " Altmetric donut DOI and commented cover/full-text links are not rendered).",
        "Whole file read (762 lines); the script asserts the countdown 78..1 of the rows, that every row has a numbered"
        " <p> with an <a>, that only row 59 (246-257, its own paper) has the donut's DOI and which entries have no DOI (the four bullets and"
        " row 1, whose link is a journal page).  All 82 -v titles compared with the file by eye, in particular the"
        " bullets 7-10, the first and last rows (36-43, 753-760), the wrapped title links of the recent rows (36-38,"
        " 164-165, 312-313), the semicolon-author rows without quotes (532-604: 28..20), 26 with <strong>, 35 and 22"
        " (<sub> removed), 24 (R\\'emi), 53 (Zenodo badge after the title), 8 and 1 (Chinese-language articles), and"
        " 20 random rows (44, 80, 104, 126, 174, 222, 258, 292, 331, 368, 404, 439, 471, 508, 548, 581, 615, 656, 704,"
        " 737); ids checked on 36-43 (DOI 10.1103/fcrd-8zzf, arXiv 2512.20424), 162-173 (arXiv from the 10.48550 DOI,"
        " not from the commented cover), 126-137 (no arXiv), 186-197 and 311-320 (the same arXiv 2412.09340, as"
        " written), 210-221 (commented full-text DOI ignored).",
    )


if __name__ == "__main__":
    main()
