"""Wild50 truth for andyjm3/Awesome-Riemannian-Optimization README.md: "A Handbook on Riemannian Optimization", a
one-person awesome list of Riemannian optimization papers, newest commit touching the file (5ff0ee5, 2026-03-19).

Shape: 589 lines, 41 KB.  Title, intro, a ``<details open>`` TOC (7-35).  ``# 1. Books`` (37-43): a numbered list of
five books.  ``# 2. Papers`` (45-579): ``##`` topic sections (Acceleration, Conjugate Gradient, Quasi-Newton,
Second-order, Zeroth-Order, Stochastic with ``###`` Variance Reduction / Adaptive Gradient, Geodesic Convex,
Nonsmooth, Constrained, Bilevel / Min-max, Scalable with Stiefel / SPD / General, Differentially Private,
Federated and Distributed, Multi-objective, Modern Applications to Large Models), each opened by a one-line ``> ``
description.  Every paper is its own paragraph, not a list item: ``[Title](url) *Venue*. Year.`` separated by blank
lines (sometimes two).  ``# 3. Software`` (581-589): a numbered list of seven toolboxes.

Special cases:
- Punctuation varies: ``*EUSIPCO* 2020.`` (no stop after the venue), ``*Appl. Math. Comput.*. 2024.``, a comma
  after the link (225 ``..., *Swarm Intell...``, 333), a stop after the link (283 ``(...). *ICML*. 2024.``), no
  venue at all (304 ``(...). 2026``), and 254 lists two venues ``*AISTATS*. 2019. *IEEE Trans. ...* 2021.``.
- Venue text such as ``*Arxiv*`` is not part of the title.
- 111 writes ``Ribière`` with a combining grave accent (``e`` + U+0300); kept as written.
- Repeats are separate entries: 501 repeats 468 (Federated learning on Riemannian manifolds with differential
  privacy), 503 repeats 92 (Decentralized Riemannian Conjugate Gradient Method on the Stiefel Manifold); 395 and
  397 are two different arXiv papers both titled ``Riemannian Bilevel Optimization``; 509 and 511 share one arXiv
  URL with different titles; 556 and 558 share a Springer URL.
- Links: arXiv ``/pdf/`` and ``/abs/`` links give ids; Springer ``/article/10.x`` and ``/chapter/10.x``, SIAM
  ``epubs.siam.org/doi/...``, Wiley ``onlinelibrary.wiley.com/doi/...``, T&F ``tandfonline.com/doi/full/...``,
  ACM ``dl.acm.org/doi/abs/10.1007/...``, INFORMS ``pubsonline.informs.org/doi/full/...`` and AIMS
  ``/article/doi/10.3934/...`` links give DOIs; PMLR, NeurIPS, OpenReview, IEEE Xplore, ScienceDirect ``pii``,
  AAAI, MDPI, EBSCO and personal PDFs give none.

Decisions:
- Entry = every paragraph line under ``# 2. Papers`` that starts with ``[`` (225); title = the link text.
- Not entries: the books (numbered, 39-43), the software toolboxes (583-589), headings, TOC and the ``> `` section
  descriptions.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "andyjm3__Awesome-Riemannian-Optimization__README@5ff0ee5.md"
PART = "wild50_development"

PAPER = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)[.,]?\s*(?:\*(?P<venue>[^*]+)\*)?.*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# A Handbook on Riemannian Optimization"
    start = lines.index("# 2. Papers") + 1
    stop = lines.index("# 3. Software") + 1
    papers = []
    for n in range(start, stop):
        ln = lines[n - 1]
        if not ln.strip() or ln.startswith("#"):
            continue
        if ln.startswith(">"):
            assert "](" not in ln, (n, ln)
            continue
        m = PAPER.match(ln)
        assert m and ln.count("](") == 1, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert (t[50]["title"], t[50]["arxiv"]) == (
        "Acceleration via silver step-size on Riemannian manifolds with applications to Wasserstein space",
        "2506.06160"), t[50]
    assert t[61]["doi"] == "10.1007/s10208-022-09573-9", t[61]
    assert t[65]["doi"] == "10.1137/21m1395648", t[65]
    assert t[111]["title"].startswith("Riemannian Modified Polak--Ribi"), t[111]
    assert t[225]["title"].startswith("A Modified Particle Swarm Optimization Algorithm"), t[225]
    assert t[225]["doi"] == "10.1007/978-3-642-15461-4_2", t[225]
    assert t[283]["title"] == "Non-parametric Online Change Point Detection on Riemannian Manifolds", t[283]
    assert (t[395]["title"], t[397]["title"]) == ("Riemannian Bilevel Optimization",) * 2
    assert (t[395]["arxiv"], t[397]["arxiv"]) == ("2405.15816", "2402.02019")
    assert t[501]["title"] == t[468]["title"] and t[503]["title"] == t[92]["title"]
    assert t[571]["title"] == "mHC: Manifold-Constrained Hyper-Connections" and t[571]["arxiv"] == "2512.24880"
    assert t[577]["title"] == "Riemannian preconditioned lora for fine-tuning foundation models", t[577]
    assert len(papers) == 225, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every paragraph line under '# 2. Papers' (50-577) of the form '[Title](url) *Venue*. Year.' is an entry"
        " (225), title = the link text; repeats (468/501, 92/503) and same-titled different papers (395/397) are"
        " separate entries; the numbered books (39-43) and software toolboxes (583-589), headings, TOC and '> '"
        " section descriptions are not entries.",
        "Read the file; checked that every non-blank, non-heading, non-quote line of the Papers part is one link"
        " paragraph (the regex and an assert on one link per line); compared -v against the file for the"
        " Acceleration, Conjugate Gradient, Bilevel/Min-max, Scalable, Federated and Large Models sections line by"
        " line and sampled the rest, including odd punctuation (225, 254, 283, 304, 333), the repeats, titles with"
        " '--' (111, 117) and 'mHC:' (571); ids: arXiv pdf/abs links and DOIs from Springer, SIAM, Wiley, T&F,"
        " ACM, INFORMS and AIMS URLs.",
    )


if __name__ == "__main__":
    main()
