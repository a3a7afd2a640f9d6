"""Wild60 truth for tky823/audio_source_separation README.md at 8b5cbdd (2023-01-22): the README of a small
audio source separation toolbox (NMF, MNMF, ICA / IVA / ILRMA, PSDTF) whose method tables cite the papers each
implementation follows, IEEE-style, inside the table cells.

Shape: 30 lines (no final newline).  Title and FYI note (1-6), then three sections ``## Nonnegative Matrix Factorization`` (9),
``## Positive Semidefinite Tensor Factorization`` (15), ``## Blind Source Separation`` (20), each a centred table
``| Method | References | Example |`` with one row per method (12-13, 18, 23-30).  The References cell holds one to
three citations ``["<Title>," <Authors>, <Year>](<url>)`` joined by `` <br> ``; the Example cell holds Colab badges.

Special cases:
- One table row can cite two or three papers on the same line (12, 23, 25, 26, 27, 28, 30): each citation is its
  own entry with the same line span.
- The title is the quoted text; the comma before the closing quote belongs to the IEEE style, not to the title.
- 18 is the row "NMF" of the PSDTF table (the list's own label); its paper is "Beyond NMF: ...".
- Links: IEEE Xplore document pages (no DOI), one ACM DL DOI (12, 10.5555/3008751.3008829), Springer chapter DOIs
  (26: 10.1007/11679363_21 and 10.1007/11679363_75), a SpringerOpen article DOI (29: 10.1186/s13634-020-00704-4),
  one arXiv abs link (24: 1903.03237), a ScienceDirect pii link (25) and an ISMIR pdf (18).

Decisions:
- Entry = every ``["...," ...](url)`` citation in a References cell; first = last = its table row.
- Title = the quoted text without the trailing comma.
- Because several papers share one line, the line-wide arXiv / DOI of ``entry()`` would give every citation on
  the row the first id of the row; each entry's arXiv id and DOI are therefore set by hand from its own
  citation text (with the helpers ``arxiv_of`` / ``doi_of``).
"""
import re

from _wild60 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "tky823__audio_source_separation__README@8b5cbdd.md"
PART = "wild60_development"

CITE = re.compile(r'\["(?P<title>[^"]+?),"\s*[^\]]*\]\((?P<url>[^)]*)\)')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            continue
        for m in CITE.finditer(ln):
            p = entry(lines, n, n, m.group("title").strip())
            p["arxiv"] = arxiv_of(m.group(0))
            p["doi"] = doi_of(m.group(0))
            papers.append(p)
    assert len(papers) == 19, len(papers)
    assert [p["line"] for p in papers] == [12, 12, 13, 18, 23, 23, 24, 25, 25, 26, 26, 27, 27, 27, 28, 28, 29, 30,
                                           30], [p["line"] for p in papers]
    assert papers[0]["title"] == "Algorithms for Non-Negative Matrix Factorization", papers[0]
    assert papers[0]["doi"] == "10.5555/3008751.3008829", papers[0]
    assert papers[1]["doi"] is None, papers[1]
    assert papers[1]["title"] == (
        "Nonnegative Matrix Factorization with the Itakura-Saito Divergence: With Application to Music Analysis"
    )
    assert papers[3]["title"] == "Beyond NMF: Time-Domain Audio Source Separation without Phase Reconstruction"
    assert papers[6]["arxiv"] == "1903.03237", papers[6]
    assert papers[9]["doi"] == "10.1007/11679363_21" and papers[10]["doi"] == "10.1007/11679363_75"
    assert papers[13]["title"] == "Fast and Stable Blind Source Separation with Rank-1 Updates", papers[13]
    assert papers[16]["doi"] == "10.1186/s13634-020-00704-4", papers[16]
    assert papers[18]["title"] == (
        "Convergence-Guaranteed Independent Positive Semidefinite Tensor Analysis Based on Student's T Distribution"
    )
    write_truth(
        NAME,
        PART,
        papers,
        method="Every IEEE-style citation '[\"<Title>,\" <Authors>, <Year>](url)' in the References cells of the"
        " three method tables is one entry (19), spanning its table row; rows citing two or three papers give"
        " two or three entries on the same line.  Title = the quoted text without the trailing comma.  arXiv id"
        " and DOI are taken per citation (set by hand with arxiv_of/doi_of on the citation's own text).",
        checked="Read the whole file; compared the -v output with all 19 citations in the 11 table rows, the"
        " per-citation DOIs (ACM 12, Springer 26, SpringerOpen 29), the arXiv id (24) and that IEEE Xplore /"
        " ScienceDirect / ISMIR links give none.",
    )


if __name__ == "__main__":
    main()
