"""Wild42 truth for UConn-DSIS/Survey-of-Continual-Learning-on-Graphs README.md: the companion page of a survey on
continual graph learning (CGL), kept by one author; newest commit (0b0a7b1, 2024-03-05).

Shape: intro prose, ``## Citation`` with the survey's own BibTeX in a code fence (12-18), motivation prose with a
``1) ... 3) ... 4)`` enumeration (25-27), a one-cell table holding the timeline image (31-33).  ``## Continual
Graph Learning Tutorials`` (39-44): three numbered bold items -- two tutorials (SDM 2023, WWW 2023) and the AAAI
2024 tutorial named like the survey (44), each with ``[link]`` / ``[project page]`` links.  ``## Continual Graph
Learning Benchmarks`` (48-50): ``1. **Title (2022)** [paper](url)`` with the year inside the bold.  ``## Continual
Graph Learning Works`` (53-110) with ``###`` Regularization / Memory-replay / Parameter-isolation / Miscellaneous:
numbered items ``N. **Title** [arxiv](url) [AAAI](url) [GitHub](url)`` separated by blank lines, numbered
erratically (``1. 1. 1. 4. 2.``, ``11.`` 79, ``10.`` 101); 107 continues on 108 with an indented note; 63 and 95
list the same paper (MSCGL).  ``#### Table 1: Summarization of different CGL techniques`` (112-135): a pipe table
whose cells are wrapped in ``<sub>`` (the last ``<sub>`` never closed); its Method cell is a nickname link to the
method's paper (``[TWP](https://arxiv.org/abs/2401.13200)`` 116 -- the link of PDGNNs-TEM, as written).  Links:
arXiv abs/pdf, ACM DL ``/doi/`` and ``/doi/abs/``, AAAI OJS, IEEE Xplore, Springer chapter 83/125, IJCAI,
ACL Anthology 103, OpenReview, a Tsinghua pdf with ``%20`` 95.

Decisions:
- Entries: the two benchmark papers 49-50 (title = bold text without the `` (year)``), every numbered bold item of
  the Works sections (title = the bold text; 107-108 one entry with its note), and every row of Table 1 (a record
  of one method citing its paper by a nickname link; title null).  Repeats (63/95, and the table rows repeating
  the Works items) are separate entries.  Ids from the entry's lines: the first arXiv id and the first DOI each.
- Not entries: the survey's own BibTeX 12-18 (boilerplate), the three tutorials 40-44 (tutorials/talks, 44
  included), the motivation enumeration, the timeline image table, header/delimiter rows.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "UConn-DSIS__Survey-of-Continual-Learning-on-Graphs__README@0b0a7b1.md"
PART = "wild42_development"

ITEM = re.compile(r"^\d+\. \*\*(?P<t>[^*]+)\*\* \[")
BENCH_YEAR = re.compile(r" \((?:19|20)\d\d\)$")
ROW = re.compile(r"^\| ?<sub>\[(?P<nick>[^\]]+)\]\((?P<u>https?://[^)\s]+)\)\s*</sub> \|")
BENCH = (48, 51)
WORKS = (53, 111)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts = {"bench": 0, "works": 0, "table": 0}
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m and BENCH[0] <= n <= BENCH[1]:
            title = m.group("t")
            assert BENCH_YEAR.search(title), n
            papers.append(entry(lines, n, n, BENCH_YEAR.sub("", title)))
            counts["bench"] += 1
        elif m and WORKS[0] <= n <= WORKS[1]:
            last = n
            if lines[n].startswith("   ") and lines[n].strip():
                last = n + 1
            papers.append(entry(lines, n, last, m.group("t")))
            counts["works"] += 1
        elif m:
            assert 39 < n < 45, n  # the tutorials
        r = ROW.match(ln)
        if r:
            assert 115 < n <= 135, n
            papers.append(entry(lines, n, n, None))
            counts["table"] += 1
    assert counts == {"bench": 2, "works": 24, "table": 20}, counts
    assert [(p["line"], p["end"]) for p in papers if p["end"] != p["line"]] == [(107, 108)]
    assert len(papers) == 46, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered '**Title**' item of the Benchmarks (title without its '(year)') and Works sections is an entry"
        " (107-108 with its note), and every Table 1 row citing a method's paper by a nickname link is an entry with"
        " title null; repeats are separate; the survey's own BibTeX, the three tutorials, the image table and the"
        " motivation enumeration are not entries.",
        "Whole 135-line file read; all 46 -v lines compared: benchmarks 49/50 (years removed), first/last item of"
        " each Works section (57/65, 69/85, 89/91, 95/110), the erratic numbering (4./2./11./10.), 107-108 with the"
        " note, the repeat 63/95, all 20 table rows 116-135 as title-null entries with their ids (116's TWP link to"
        " 2401.13200 as written); ids: first arXiv id and first DOI of each item (57 arXiv + ACM DOI, 77 pdf + ACM"
        " /doi/abs/, 83/125 Springer chapter DOI, 95 ACM DOI after the Tsinghua pdf), none for AAAI OJS, IEEE"
        " Xplore, IJCAI, ACL Anthology 103, OpenReview; BibTeX 12-18 and tutorials 40-44 left out.",
    )


if __name__ == "__main__":
    main()
