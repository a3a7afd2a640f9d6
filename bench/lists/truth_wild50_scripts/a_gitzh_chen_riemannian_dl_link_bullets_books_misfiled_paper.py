"""Wild50 truth for GitZH-Chen/Awesome-Riemannian-Deep-Learning README.md: "Awesome Deep Learning over Riemannian
Spaces", a one-person awesome list (SPD / Grassmann / Lie-group / hyperbolic networks, Riemannian generative models,
applications), newest commit touching the file (f4664b7, 2026-03-10).

Shape: 288 lines, 24 KB.  Title, intro, an HTML comment (5), a ``<details open>`` TOC (7-47).  ``# 1 Books``
(49-76): ``##`` subject headings with ``- [Title](url) Publisher, Year.`` bullets and a numbered pair (75-76); a
``🌟 **Note:**`` pointer to Awesome-Riemannian-Optimization (78).  ``# 2 Papers`` (80-288): ``##`` / ``###`` /
``####`` topic headings, every paper a one-line bullet ``- [Title](url) VENUE YEAR`` (no authors); ``## Popular
Manifolds`` holds only a ``> `` pointer to manopt (83); blank lines split two bullet runs (190, 201).

Special cases:
- 68 ``- [Rotation Averaging](https://doi.org/10.1007/s11263-012-0601-0) IJCV 2013`` sits under Books / Lie Groups
  but is a journal article (IJCV): an entry.  The other Books bullets are textbooks (Springer, Pearson,
  Birkhäuser, CRC, Princeton, Cambridge), not entries; 71 ``Hyperbolic Geometry`` (a cannon.pdf link, no venue)
  is taken as reading material of the Books part as well.
- 92 ``Riemann<sup>2</sup>: Learning Riemannian Submanifolds from Riemannian Data``: the ``<sup>`` tag is markup;
  the title reads ``Riemann2: ...``.
- 93 arXiv link with a ``#page=23.23`` fragment; 235/236 ``www.arxiv.org`` links; 181 an ACM link with a
  ``?casa_token=`` query.
- 183 (RiemannGFM) reuses 182's arXiv id 2502.03251: ids are what the line gives.
- Venues as written (``Research Report 2005`` 96, ``OpenReview 2024``, ``LOG 2024``, ``AI 2025``, ``ICLR 2026
  Workshop``) are not title text.

Decisions:
- Entry = every ``- [`` bullet under ``# 2 Papers`` (149) plus the misfiled journal article 68 (1) = 150; title =
  the link text.
- Not entries: the textbook bullets and numbered books (51-76 except 68), the note 78, the manopt pointer 83, the
  TOC, headings and the HTML comment.
- Ids: arXiv abs/pdf links; DOIs from doi.org, Springer ``/article/`` and ``/chapter/``, SIAM, ACM
  ``dl.acm.org/doi/`` (incl. ``10.1609/aaai...``) links; none from OpenReview, PMLR, NeurIPS, CVF, IEEE Xplore,
  IJCAI, AAAI OJS/CDN, ECVA, HAL or ICLR proceedings.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "GitZH-Chen__Awesome-Riemannian-Deep-Learning__README@f4664b7.md"
PART = "wild50_development"

BULLET = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\s*(?P<venue>.*)$")
MISFILED = 68


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome Deep Learning over Riemannian Spaces"
    start = lines.index("# 2 Papers") + 1
    papers = []
    m = BULLET.match(lines[MISFILED - 1])
    assert m and m.group("title") == "Rotation Averaging" and m.group("venue") == "IJCV 2013", lines[MISFILED - 1]
    papers.append(entry(lines, MISFILED, MISFILED, m.group("title")))
    for n in range(start, len(lines) + 1):
        ln = lines[n - 1]
        if not ln.strip() or ln.startswith(("#", "> ")):
            assert "](" not in ln, (n, ln)
            continue
        m = BULLET.match(ln)
        assert m and ln.count("](") == 1, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert (t[68]["doi"], t[68]["title"]) == ("10.1007/s11263-012-0601-0", "Rotation Averaging"), t[68]
    assert t[88]["arxiv"] == "2503.18010", t[88]
    assert t[92]["title"] == "Riemann2: Learning Riemannian Submanifolds from Riemannian Data", t[92]
    assert t[93]["arxiv"] == "2503.05321", t[93]
    assert t[96]["title"] == "Fast and Simple Computations on Tensors with Log-Euclidean Metrics", t[96]
    assert t[99]["doi"] == "10.1137/18m1221084", t[99]
    assert t[170]["doi"] == "10.1609/aaai.v35i8.16877", t[170]
    assert t[181]["doi"] == "10.1145/3627673.3679708", t[181]
    assert t[183]["arxiv"] == t[182]["arxiv"] == "2502.03251", (t[182], t[183])
    assert t[235]["arxiv"] == "2503.00643", t[235]
    assert t[288]["title"] == "ProCLIP: Product Space Multimodal Contrastive Alignment", t[288]
    assert len(papers) == 150, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [Title](url) VENUE YEAR' bullet under '# 2 Papers' (88-288) is an entry (149), title = the link"
        " text (the <sup> tag of 92 removed); the Books part's textbooks are not entries, except 68 'Rotation"
        " Averaging' (IJCV 2013), a journal article misfiled under Books / Lie Groups (1); 150 entries.  The note"
        " 78, the manopt pointer 83, TOC, headings and HTML comment are not entries.",
        "Read all 288 lines; compared -v with every bullet of the Papers part (88-288) and the Books part (51-76):"
        " the misfiled article 68, the <sup> title 92, fragment/query/www arXiv and ACM links (93, 181, 235, 236),"
        " the reused arXiv id 183, 'Research Report' 96; ids from arXiv, doi.org, Springer, SIAM and ACM links,"
        " none from OpenReview/PMLR/NeurIPS/CVF/IEEE/IJCAI/AAAI/ECVA/HAL/ICLR links.",
    )


if __name__ == "__main__":
    main()
