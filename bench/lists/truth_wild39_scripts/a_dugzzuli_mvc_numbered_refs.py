"""Wild39 truth for dugzzuli/A-Survey-of-Multi-view-Clustering-Approaches README.md: the companion list
of a lab's survey of multi-view clustering (MVC), with papers, codes and benchmark datasets; newest commit
(2024).

Shape: a title, a line announcing the lab's own survey PDF (5), a Contents TOC (14-57), prose sections
on multi-view data and MVC with inline author-year citation links (62-146), then ``# Papers`` (150) with
``#``/``##``/``###`` section headings (Survey papers, The weighting strategy, Spectral clustering-based
approaches, ..., Incremental multi-view clustering) over numbered records at column 0:
``N. Title \\[[paper](url)|[code](url)]``.  A record's title is often hard-wrapped onto a second line
indented by three or four spaces, with the escaped-bracket link group glued to the last word
(``spectral\\n   clustering\\[[paper]...``).  Then a ``# Code`` section describing the repository's folders
(724-744) and three dataset tables (758-852).  Each numbered record of 154-722 is an entry spanning its
lines; the title is the text before ``\\[`` with wrapped lines joined by a space.  Decisions:
- Survey papers (156-170) write the title in bold: bold removed.
- Two records put ``(VENUE,YEAR):`` before the title (266 TKDE, 268 KBS): prefix dropped, and the final
  period dropped.  Record 568 writes ``Title. Information Sciences``: the journal after the title dropped.
- Chinese titles (230, 249, 573) are kept as written.  The truncated title ``One-Step Graph-Based
  Incomplete Multi-View Clusterin`` (682) is kept as written.
- Records 660, 661-662 follow 658-659 without blank lines: each numbered line starts its own entry.
  Numbering skips 13 in Embedding learning (476 is ``14.``): no entry is missing.
- A record with an empty or missing paper link (301 ``[paper]()``, 493 ``[paper]``, 568, 682) is still an
  entry.  Line 531 has a stray ``0`` after the link group: part of the record.
- The same paper in two sections (e.g. Multi-graph fusion 246/292, Refining a k-nearest neighbor graph
  311/399, Robust multi-view graph clustering 433/442, Differentiable Bi-Sparse 482/604, Weighted
  multi-view co-clustering 240/606, the incremental spectral clustering paper 709/714, COMPLETER 660 and
  698 where 698 writes it as ``Incomplete multi-view clustering via contrastive prediction``) gives
  separate entries, each with its own title as written.
- Not entries: the survey announcement on line 5 (the list's own paper, boilerplate), the inline prose
  citations (67, 83, 89, 131, 139), the commented templates (``<!-- 1. \\[[paper]()|[code]] -->``), the
  Code section and the dataset tables (datasets, whose links sometimes point to a paper using them).
- Ids: DOIs from doi.org / publisher URLs (ieeexplore document numbers and ScienceDirect ``pii`` URLs give
  none); where the URL escapes underscores (``10.1007/978-3-030-04212-7\\_18`` on 621, 638) the DOI is
  taken as rendered, without the backslash.  arXiv ids from arxiv.org links (version dropped on 156).
  ``dl.acm.org/citation.cfm?id=`` (591) and CiteSeerX ``doi=10.1.1...`` (276) are not DOIs.
178 entries (128 with a DOI, 8 with an arXiv id).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import doi_of, entry, read_lines, write_truth

NAME = "dugzzuli__A-Survey-of-Multi-view-Clustering-Approaches__README@2d115fb.md"
PART = "wild39_development"
FIRST, LAST = 150, 723  # '# Papers' .. the line before '# Code'


def main() -> None:
    lines = read_lines(NAME)
    assert lines[FIRST - 1] == "# Papers" and lines[LAST] == "# Code", (lines[FIRST - 1], lines[LAST])
    starts = [i for i in range(FIRST, LAST + 1) if re.match(r"\d+\. ", lines[i - 1])]
    papers = []
    for s in starts:
        e = s
        while e + 1 <= LAST and lines[e].strip() and not re.match(r"\d+\. |#", lines[e]):
            e += 1
        text = " ".join(ln.strip() for ln in lines[s - 1 : e])
        assert "\\[" in text, (s, text)
        t = re.sub(r"^\d+\. ", "", text.split("\\[", 1)[0]).strip()
        t = re.sub(r"^\((?:TKDE|KBS),2020\): ", "", t)
        if s == 568:
            t = t.removesuffix(" Information Sciences")
        t = t.replace("**", "").strip()
        p = entry(lines, s, e, t)
        p["doi"] = doi_of("\n".join(lines[s - 1 : e]).replace("\\_", "_"))
        papers.append(p)
    assert len(papers) == 178, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered record under '# Papers' (154-722, 'N. Title \\[[paper](url)|[code](url)]', often wrapped onto an indented second line) is one entry spanning its lines, title = the text before '\\[' with lines joined, bold, '(VENUE,YEAR):' prefixes and the trailing journal on 568 removed; TOC, prose citations, the own-survey line, Code section and dataset tables are not entries.",
                "Listed every column-0 numbered line in 150-723 (178; no indented numbered line there) and every line holding the escaped '\\[' link group (59 on record first lines + 119 wrapped second lines = 178, plus 4 commented templates); read 150-722 in full against the -v output: all section firsts/lasts, the bold survey titles (156-170), the (TKDE,2020)/(KBS,2020) prefixes (266, 268), the journal tail on 568, the Chinese titles (230, 249, 573), the truncated 682, the unseparated records 658-662, the skipped number 13 (476), the stray 0 on 531, empty/missing paper links (301, 493, 568, 682), the repeated papers; read 1-149 (own-survey line 5, TOC, prose citations 67/83/89/131/139 not entries) and 724-852 (Code section, dataset tables not entries); ids: DOIs traced per record incl. the escaped-underscore Springer DOIs (621, 638), CRAD DOI in URL (230), none for ieeexplore/ScienceDirect pii/citation.cfm/CiteSeerX links; arXiv ids on 156 (v2 dropped), 162, 266, 463, 556, 630, 640, 717.")


if __name__ == "__main__":
    main()
