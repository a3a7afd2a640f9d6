"""Wild40 truth for suanlab/Awesome-Neural-Additive-Models README.md: a lab's awesome list of Neural
Additive Models (NAMs) and neural generalised additive models; newest commit (ca70bfd, 2026-03-22), in
which the list was rewritten from bold-title bullets into pipe tables.

Shape: intro (1-5), a Contents list of anchor links (11-43), then ``##``/``###`` sections each holding a
pipe table.  Paper sections (Foundational Work 47-53 through Surveys 249-254, and Related Non-Neural
GAMs 332-339) use ``| Year | Title | Authors | Venue | Links |`` with the title bolded in the second cell
(``**Neural Additive Models: Interpretable ... Neural Nets**``), authors as surnames (``—`` when unknown,
rows 145, 200, 242, 244), and ``[Paper](url) · [Code](url)`` links.  The other sections are tables of code
(Open-Source Implementations 258-306: ``| Name | ... |``), tutorials/blog posts/slides (310-317) and
benchmark repositories (321-328).

Decisions:
- Every data row of a ``| Year | Title |`` table is one entry on its own line (85 rows).  Title = the
  bolded Title cell without the trailing parenthesised nickname the list appends to many titles
  (``(xNN)``, ``(HONAM)``, ``(TimeNAM)``, ``(Actuarial NAM)``, ``(GA²M / EBM)``: list labels, as earlier
  wild scripts drop ``(AlexNet)``-style labels); titles whose last parenthesis is not such a label do
  not occur (checked: every title ending in ``)`` ends in one of the 24 labels listed by the -v run).
- Rows with an unknown author list (``—``) are still papers (145, 200, 242, 244).  Row 236 "Challenging
  the Performance-Interpretability Trade-off" and row 221 "Speech as a Biomarker for Disease Detection"
  are papers (arXiv links) and kept.
- Not entries: the Contents list, the code tables (official repos, PyTorch/R packages, libraries,
  variant implementations), the Tutorials and Blog Posts table (project page, slides, Medium and TDS
  posts), the Benchmarks table (code repositories; row 326 quotes a paper title but the record is the
  ``LeoGrin/tabular-benchmark`` repository), the pointer to the sibling list (334), badges.
- Ids: arXiv ids from the ``[Paper]`` arxiv.org links; DOIs from doi.org links (124, 126) and
  link.springer.com chapter URLs (65, 172); ScienceDirect pii URLs, openreview, ESANN and Cornell PDFs
  give none.
85 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "suanlab__Awesome-Neural-Additive-Models__README@ca70bfd.md"
PART = "wild40_development"
LABEL = re.compile(r"\s*\(([^()]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_paper_table = False
    labels = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            in_paper_table = False
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if cells[0] == "Year" and cells[1] == "Title":
            in_paper_table = True
            continue
        if not in_paper_table or re.fullmatch(r"[|\s:-]+", ln):
            continue
        assert re.fullmatch(r"\d{4}", cells[0]), (i, cells)
        m = re.fullmatch(r"\*\*(.+)\*\*", cells[1])
        assert m, (i, cells[1])
        title = m.group(1)
        lab = LABEL.search(title)
        if lab:
            labels.append(lab.group(1))
            title = title[: lab.start()]
        papers.append(entry(lines, i, i, title))
    if "-v" in sys.argv:
        print("dropped labels:", labels)
    assert len(labels) == 24, len(labels)
    assert len(papers) == 85, len(papers)
    write_truth(NAME, PART, papers,
                "Every data row of the '| Year | Title | Authors | Venue | Links |' tables (paper sections "
                "Foundational Work to Surveys, and Related Non-Neural GAMs) is one entry on its line; title = the "
                "bolded Title cell without the trailing parenthesised nickname label the list appends ('(xNN)', "
                "'(HONAM)'); code, tutorial/blog and benchmark tables are not entries.",
                "Whole file read (351 lines): every paper-table row's title compared with the -v output (85 rows), "
                "the 24 dropped trailing labels listed and checked to be list nicknames (incl. '(Actuarial NAM)', "
                "'(GA²M / EBM)', '(TimeNAM)'), rows with '—' authors (145, 200, 242, 244), the benchmark row 326 "
                "quoting a paper title left out as a repository record, the code/tutorial tables left out; ids: "
                "arXiv links, doi.org DOIs on 124/126 and Springer chapter DOIs on 65/172, none from ScienceDirect "
                "pii, openreview, ESANN or Cornell PDF links.")


if __name__ == "__main__":
    main()
