"""Wild39 truth for AmirNoori68/kan-review README.md: the companion repository of one author's review
"A Practitioner's Guide to Kolmogorov-Arnold Networks" (KANs), organising the KAN literature by topic in
tables; newest commit (2026-02).

Shape: an intro (1-5), a Quick Nav (9-35), ``## 1. Citation`` with the list's own BibTeX (44-61), then
pipe tables under ``##``/``###`` headings:
- §2 (66-91) ``| Year | Reference | Key Contribution |``: the history of the Kolmogorov superposition
  theorem, one reference per row, named by its author(s) only (``[Sprecher](url)``, ``Arnol'd`` without a
  link, ``[Girosi–Poggio](doi)``, ``[Frisch et al.](doi)``).
- §3 (97-109) ``| Title | Paper |``: review/survey papers with the title in the first cell and an author
  link in the second.
- §4 (114-168) ``| Repository | Description |``: code repositories.
- §5-§10 (175-409): ``| Brief result | Paper , Code |`` tables (§6: ``| Name | Support | Equation | Grid |
  Type | Paper , Code |``) whose last cell cites one or many papers as author-name links joined by ``&``,
  each optionally followed by ``, [Code](github url)``: ``[Qiu](arxiv) , [Code](...) & [So](arxiv)``.
  The B-spline row (190) cites 36 papers.
Entries:
- §2: each row is one entry (its reference); title null (only an author name is written).
- §3: each row is one entry on its line, title = the first cell.  Row 99 is the repository's own review:
  listed as a record of the survey table, so an entry (the §1 BibTeX is the list's boilerplate, not an
  entry).
- §5-§10: every author-name paper link in the last cell is one entry on the row's line (a record naming
  several papers gives several entries, same line), title null; the same paper cited in several rows (e.g.
  Liu arXiv 2404.19756, Faroughi 2506.07958) gives an entry each time.  ``[Code](...)`` links are not
  entries, nor is ``[EfficientKAN](github)`` (356, a code repository); rows citing only code (203
  RSWAF-KAN, ``[Code](github)`` only) give none.
- Table 316-326 repeats 303-313 under no heading (with ``[Code]()`` placeholders): its citations are
  entries again (repeated records are separate entries).
- Not entries: intro and §2 note links to the review (2, 65), Quick Nav, the §1 BibTeX, the §4
  repository table, header/alignment rows.
- Ids: per entry from its own link only (a row's first id would belong to another paper): arXiv ids from
  arxiv.org/www.arxiv.org links (versions dropped), DOIs from doi.org and link.springer.com links; the
  10.48550/arXiv DOI on 200 gives both.  Scholar/ResearchGate/Semantic Scholar/ScienceDirect-pdf/
  openreview/ieeexplore/preprint-server links give none.
226 entries (24 in §2, 11 in §3, 191 in §5-§10; 215 with a null title).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "AmirNoori68__kan-review__README@0ae2dbe.md"
PART = "wild39_development"
LINK = re.compile(r"\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)")  # URLs may hold (..) as in DOIs


def cells(ln: str) -> list[str]:
    return [c.strip() for c in ln.strip().strip("|").split("|")]


def cited(lines: list[str], i: int, cell: str) -> list[dict]:
    out = []
    for text, url in LINK.findall(cell):
        if text.strip().lower() == "code" or "github.com" in url or not url:
            continue
        p = entry(lines, i, i, None)
        p["arxiv"], p["doi"] = arxiv_of(url), doi_of(url)
        out.append(p)
    return out


def main() -> None:
    lines = read_lines(NAME)
    section = 0
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"## (\d+)\.", ln)
        if m:
            section = int(m.group(1))
            continue
        if not ln.startswith("|") or re.fullmatch(r"[|\s:-]+", ln):
            continue
        c = cells(ln)
        if section == 2:
            if not re.fullmatch(r"\d{4}", c[0]):
                continue
            p = entry(lines, i, i, None)
            urls = LINK.findall(c[1])
            assert len(urls) <= 1, (i, urls)
            p["arxiv"] = arxiv_of(urls[0][1]) if urls else None
            p["doi"] = doi_of(urls[0][1]) if urls else None
            papers.append(p)
        elif section == 3:
            if c[0] == "Title":
                continue
            papers.append(entry(lines, i, i, c[0]))
        elif section >= 5:
            if c[-1].startswith("Paper"):
                continue
            papers.extend(cited(lines, i, c[-1]))
    assert len(papers) == 226, len(papers)
    write_truth(NAME, PART, papers,
                "§2 history rows and §3 survey rows are one entry each (§2 title null: author names only; §3 title = first cell); in the §5-§10 result/basis tables every author-name paper link in the last cell is one entry on the row's line with title null and ids from its own link; code links, the §4 repository table, the own BibTeX and navigation are not entries.",
                "Read the whole file (413 lines); listed every table row by section with the number of paper links found per row and compared by hand with the row text: §2 24 rows (68-91, 3 without a link), §3 11 titles (99-109) against the -v output, §4 repository rows skipped, §5-§10 link counts per row incl. the 36-paper B-spline row 190, 191 (7), 199 (4), 200 (3), 202 (7), 204 (2), 206 (5), 209 (2), code-only 203 and EfficientKAN 356 giving none, the '&'-joined rows 290/306/311/312/324/333/334/335/367, the empty [Code]() links (313, 318-326), the repeated table 316-326; ids: parenthesised Elsevier DOIs on 81/82/85/86 kept whole (URL regex allows (..)), Springer chapter/content-pdf DOIs (87, 100, 190, 204, 284, 291), the 10.48550 arXiv DOI (200), www.arxiv.org (191, 399) and versioned arXiv links (200, 226, 386) normalised, none for ResearchGate/Scholar/Semantic Scholar/ScienceDirect pdf/openreview/ieeexplore/preprint servers.")


if __name__ == "__main__":
    main()
