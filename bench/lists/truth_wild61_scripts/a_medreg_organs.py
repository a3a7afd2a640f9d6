"""Wild61 truth for tinymilky/TextSCF docs/Awesome-Medical-Image-Registration.md at 9dffc0a (2023-12-02): an awesome
list of learning-based medical image registration papers grouped by organ, kept inside a method's code repository.

Shape: 105 lines.  Title, badges, one-sentence intro, rule (1-7); ``### Brain`` (10), ``### Cardiac`` (44),
``### Abdomen`` (57), ``### Chest`` (75), ``### Others`` (88), each a table ``|Date|Title|Venue|`` with rows
``|<year>|[<title>](url)|<venue>|`` (13-41, 47-54, 60-72, 78-85, 91-98); ``### Traditional Registration Tools``
(100) with a ``|Name|Methods|`` table of software (103-105).

Special cases:
- Long rows: the Title cell holds full publisher URLs (CVF, ScienceDirect with ``abs/pii``), so rows run to
  200-300 characters; every row has leading and trailing pipes.
- Papers recur across organ tables (Fourier-Net+ 14/47, DiffuseMorph 19/48, MvMM-RegNet 36/54, B-splines 34/53):
  every row is an entry.
- Titles keep the file's spelling and casing (``Fourier-Net+: ...``, ``Grangeat's relation`` 83).
- Links are Springer chapters (DOI in the URL), ScienceDirect, IEEE Xplore, CVF, PMLR, AAAI, NeurIPS and arXiv;
  ids are what the helper reads from them.
- The tools table (ANTspy, SimpleElastix, SimpleITK) lists software, not papers.

Decisions:
- Entry = every body row of a table whose header has ``Title`` (66 rows), one line each.
- Title = the link text in the Title cell.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "tinymilky__TextSCF__docs__Awesome-Medical-Image-Registration@9dffc0a.md"
PART = "wild61_development"

LINK = re.compile(r"\[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    col = None
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            col = None
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if "Title" in cells:
            col = cells.index("Title")
            continue
        if col is None or set(ln.strip()) <= {"|", "-", ":"}:
            continue
        papers.append(entry(lines, n, n, LINK.match(cells[col]).group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 66, len(papers)
    assert min(by) == 13 and max(by) == 98, (min(by), max(by))
    assert by[13]["title"].startswith("Unsupervised Deformable Image Registration with Absent Correspondences"), by[13]
    assert by[13]["doi"] == "10.1007/978-3-031-16446-0_3", by[13]
    assert by[14]["arxiv"] == "2307.02997" and by[47]["arxiv"] == "2307.02997", (by[14], by[47])
    assert by[25]["title"].startswith("Robust joint registration of multiple stains and MRI"), by[25]
    assert by[39]["title"] == "DeepFLASH: An Efficient Network for Learning-Based Medical Image Registration", by[39]
    assert by[83]["title"] == "A novel approach to 2D/3D registration of X-ray images using Grangeat's relation"
    assert by[98]["title"] == "Networks for Joint Affine and Non-Parametric Image Registration", by[98]
    for n in (11, 12, 103, 104, 105):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the per-organ tables '|Date|Title|Venue|' is one entry (66), one line each,"
        " papers listed under several organs count once per row.  Title = the link text in the Title cell.  The tools table '|Name|Methods|' is not"
        " a paper list.",
        checked="Read the whole file; compared the -v output with all 66 rows: long ScienceDirect/CVF rows (25, 38,"
        " 39, 65, 95, 96), repeated papers across organs, and the DOI/arXiv ids of sampled rows.",
    )


if __name__ == "__main__":
    main()
