"""Wild44 truth for XiaohanPan/Papers-for-Learning-based-Video-Coding README.md: a USTC lab student's list of
learned (neural) video coding / compression papers; newest commit (aa8b5db, 2024-11-20).

Shape: 154 lines.  Title, a bold ``**Purpose**`` line (3), the lab link (5), a bold "About new works" note (7,
copy-pasted: it speaks of "diffusion model-based image processing"); ``## Table of contents`` (9) whose first two
bullets sit in an HTML comment (10-11) and whose other bullets are anchor links nested three deep (12-22).  Then
eight pipe tables, all ``| Models | Paper | First Author | Venue | Project |`` with a centred delimiter row:
``## Uncategorized Papers`` (24, rows 27-49), ``## Codec Performance`` (51) > ``### Autoencoder based Coding Model``
(52, 55-58), ``### Hybrid Coding Model`` (60) > ``#### Conditional Residual Coding`` (62, 65), ``#### Conditional
Coding`` (67, 70-85), ``#### Residual Coding`` (87, 90-116); ``### INR based Coding`` (118, 121-127); ``###
Framework-independent Optimization`` (129, 132); ``## Codec Scalability`` (134, 137-144); ``## Codec Practicality``
(146, 149-153).  The Models cell holds a nickname (``VCT``, ``DCVC-FM``), or is empty (``|  |``, ``| |`` on 92/96),
or ``--`` (56, 58); the Paper cell is ``[title](url)``; First Author may hold two names with ``*``; Venue is
``CVPR 2024`` / ``arxiv 2024.10`` style; Project holds GitHub-stars or website badge images linked to code, or
nothing, or ``--``.  Titles carry their own nickname prefix sometimes (``VCT: A Video Compression Transformer``) and
sometimes not (``Deep Contextual Video Compression`` for DCVC).  Two rows are dataset/benchmark papers on arXiv
(40 USTC-TD, 49 BVI-AOM).  Links: arXiv abs/pdf, ECVA (ECCV) PDFs, CVF open access PDFs (one with ``//content``,
44), IEEE Xplore ``document``/``abstract/document``, ACM DL ``/doi/pdf/``, NeurIPS proceedings, OpenReview, PMLR.

Decisions:
- Entry = every data row of the eight tables (23 + 4 + 1 + 16 + 27 + 7 + 1 + 8 + 5 = 92), one line each; title =
  the Paper cell's link text.  The Models nickname is not part of the title (it is a separate cell).
- The two dataset/benchmark rows (40, 49) are arXiv papers, so entries.
- Not entries: the TOC (live and commented-out), the purpose/lab/news lines, header and delimiter rows, badges.
- Ids from the row: arXiv abs/pdf ids; DOIs from the ACM ``/doi/pdf/`` URLs; none for IEEE Xplore, ECVA, CVF,
  NeurIPS, OpenReview or PMLR.
"""
import re

from _wild44 import entry, read_lines, write_truth

NAME = "XiaohanPan__Papers-for-Learning-based-Video-Coding__README@aa8b5db.md"
PART = "wild44_development"

HEADER = "| Models | Paper | First Author | Venue | Project |"
ROW = re.compile(r"^\|(?P<model>[^|]*)\|\s*\[(?P<t>[^\]]+)\]\((?P<u>[^)\s]+)\)\s*\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_table: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if ln.strip() == HEADER:
            inside = True
            per_table.append(0)
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if not inside or ln.startswith("| :--:"):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("t")))
        per_table[-1] += 1
    assert per_table == [23, 4, 1, 16, 27, 7, 1, 8, 5], per_table
    t = {p["line"]: p["title"] for p in papers}
    assert t[55] == "VCT: A Video Compression Transformer", t[55]
    assert t[84] == "Deep Contextual Video Compression", t[84]
    assert t[42] == "I2VC: A Unified Framework for Intra- & Inter-frame Video Compression", t[42]
    assert t[40].startswith("USTC-TD: A Test Dataset"), t[40]
    assert len(papers) == 92, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the eight '| Models | Paper | First Author | Venue | Project |' tables is an entry (92),"
        " title = the Paper cell's link text (the Models nickname cell is not part of it); the two arXiv"
        " dataset/benchmark papers are entries; TOC (live and commented-out), notes, header/delimiter rows and"
        " star badges are not.",
        "Read the whole 154-line file; compared all 92 -v lines with the rows: first/last row of every table (27/49,"
        " 55/58, 65, 70/85, 90/116, 121/127, 132, 137/144, 149/153), the '| |' single-space empty Models cells 92/96,"
        " the '--' cells 56/58, two-author First Author cells with '*', the '&' in 42, nickname-prefixed vs bare"
        " titles (55 vs 84), the dataset papers 40/49; ids: arXiv abs/pdf on 20 rows (most of 27-49, 70, 71, 122, 144), DOIs only from"
        " the ACM /doi/pdf/ links (76, 81, 105, 106, 138, 139, 143); IEEE/ECVA/CVF/NeurIPS/OpenReview/PMLR rows give"
        " none.",
    )


if __name__ == "__main__":
    main()
