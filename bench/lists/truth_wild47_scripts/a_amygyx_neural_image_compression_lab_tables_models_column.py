"""Wild47 truth for Amygyx/Papers_for_Learning_based_Image_Coding README.md: a USTC lab's list of neural (learned)
image compression papers, a niche ML sub-field, newest commit (77bf25c, 2024-10-13).

Shape: 112 lines, 19 KB, pipe tables under headings, with HTML comments.  Title, purpose and lab lines (1-6), a
``## Table of contents`` bullet list of anchors (8-21) holding ``<!-- ... -->`` comments (14, 17, 18-21, a
three-line comment), then seven tables:
- ``## Survey & Benchmark`` (23): ``| Paper | First Author | Venue |`` (24-25), 6 rows (26-31); the Paper cell is
  first.  Two rows (26, 29) carry >1,000-character signed ``pdf.sciencedirectassets.com`` URLs.
- ``## Lossless Image Compression`` (33): ``|Models| Paper | First Author | Venue | Project |`` (34-35), 9 rows (36-44).
- ``## Near-Lossless Image Compression`` (47): six columns with Architecture (48-49), 3 rows (50-52).
- ``### Nonlinear Transform Coding`` (59): 7 rows (62-68).  ``### Generative Image compression`` (70) after a
  ``<!-- TODO: Ruixin -->`` comment (71): 3 rows (74-76).
- ``### Encryption`` (79): ``| Methods | Paper | First Author | Venue |``, 3 rows (82-84) of image-encryption papers.
- ``## Uncategorized Papers`` (86): 24 rows (89-112) with an empty Models cell, venues like ``arXiv 2024.08``.
In the five-/six-column tables the Models cell holds a nickname (``LC-FDNet``, ``ELIC``, ``HiFiC``) or ``--``; the
Project cell a GitHub-stars badge linking the code, or nothing.

Special cases:
- Repeats: 43 and 51 are the same CVPR 2021 near-lossless paper (in the lossless and the near-lossless table); 68 and
  92 are the same ``Few-Shot Domain Adaptation for Learned Image Compression``.  Each mention is an entry.
- 110 ends its link with a doubled parenthesis ``...forum?id=x33vSZUg0A))``; 110-112 have all-caps titles and an empty
  author cell (ICLR 2025 submissions).
- Nickname prefixes inside titles are written by the list (``LC-FDNet: ...``, ``NVTC: ...``, ``BaSIC: ...``) and kept.
- Titles with ``l∞``, ``®`` in a venue (27), ``bit‑level`` with a non-breaking hyphen (82) are kept as written.

Decisions:
- Entry = every data row of the seven tables (6 + 9 + 3 + 7 + 3 + 3 + 24 = 55); title = the text of the row's first
  non-image link ``[Title](url)`` (the Paper cell).
- Not entries: table-of-contents anchors, comments, headers and alignment rows, the Models nicknames, star badges.
- Ids: arXiv abs/pdf links; none from CVF, OpenReview, NeurIPS, PMLR, IEEE, ECVA, Nature, ScienceDirect links (the
  Nature article URL ``s41598-024-53325-4`` is no DOI as written).
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "Amygyx__Papers_for_Learning_based_Image_Coding__README@77bf25c.md"
PART = "wild47_development"

HEADER = re.compile(r"^\|\s*(?:Models|Methods|Paper)\s*\|")
ALIGN = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+\s*$")
LINK = re.compile(r"(?<!!)\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Papers for Neural Image Compression"
    papers = []
    tables: list[int] = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            continue
        if HEADER.match(ln):
            tables.append(0)
            continue
        if ALIGN.match(ln):
            continue
        m = LINK.search(ln)
        assert m, (n, ln[:80])
        papers.append(entry(lines, n, n, m.group("title")))
        tables[-1] += 1
    assert tables == [6, 9, 3, 7, 3, 3, 24], tables
    t = {p["line"]: p for p in papers}
    assert t[26]["title"] == "Learning-driven lossy image compression: A comprehensive survey", t[26]
    assert t[36]["title"].startswith("LC-FDNet: Learned Lossless Image Compression"), t[36]
    assert (t[39]["title"], t[39]["arxiv"]) == (
        "iFlow: Numerically Invertible Flows for Efficient Lossless Compression via a Uniform Coder", "2111.00965")
    assert t[43]["title"] == t[51]["title"], (t[43], t[51])
    assert (t[68]["title"], t[68]["arxiv"]) == (t[92]["title"], t[92]["arxiv"]) == (
        "Few-Shot Domain Adaptation for Learned Image Compression", "2409.11111"), (t[68], t[92])
    assert t[82]["title"].startswith("Dynamic feedback bit"), t[82]
    assert t[110]["title"].startswith("WHICH TASKS SHOULD BE COMPRESSED TOGETHER?"), t[110]
    assert t[112]["title"] == "TEST-TIME ADAPTATION FOR IMAGE COMPRESSION WITH DISTRIBUTION REGULARIZATION", t[112]
    assert len(papers) == 55, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the seven pipe tables (Survey & Benchmark 26-31, Lossless 36-44, Near-Lossless 50-52,"
        " Nonlinear Transform Coding 62-68, Generative 74-76, Encryption 82-84, Uncategorized 89-112) is an entry"
        " (55); title = the text of the row's first non-image link (the Paper cell, first cell in the survey table,"
        " second elsewhere); Models nicknames, star badges, anchors, comments, headers and alignment rows are not"
        " entries; repeated papers (43/51, 68/92) stay separate entries.",
        "Read all 112 lines; compared -v for all 55 rows: the huge signed ScienceDirect URLs 26/29, '--' and empty"
        " Models cells, the repeats 43/51 and 68/92, the doubled ')' on 110, all-caps titles 110-112, nickname prefixes"
        " kept inside titles; ids only from arXiv links (39, 40, 41, 64, 67, 68, 89, 92-99, 103-105, 108, 109).",
    )


if __name__ == "__main__":
    main()
