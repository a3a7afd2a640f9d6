"""Wild43 truth for junjun-jiang/3D-Point-Cloud-Completion-Benchmark README.md: a personal/lab list of 3D point
cloud (and shape/depth) completion papers by year; newest commit 98cf669 (2021-10-21, "Update README.md").

Shape: ``## Papers`` (4) with year headings ``### 2021`` (6), ``### 2020`` (44), ``### 2019`` (65), ``### 2018``
(78), ``### 2017`` (85), ``### Before 2017`` (95); each paper is a bullet
``- **[Tag]** Title, Venue, Authors et al. [[PDF]](url)[[Code]](url)`` -- the bold bracketed tag is a
nickname (``[PoinTr]``, ``[Deco Supplementary]``, ``[Deep Learning]``), the venue is glued to its year
(``CVPR2021``, ``ACM TOG2015``, ``publication 2021``, ``arXiv``), separators are sometimes missing their space
(``CVPR2021,J. Zhang``, ``Space,ACM MM2020``), a few bullets have two spaces after the dash (36-38, 105), empty
``[[Code]]`` placeholders are common, 106 writes ``[PDF](url)`` with single brackets and 108 has a bare
``[[PDF]]`` without a link.  One bullet wraps: 27-28 (``... Network for Robust`` / ``Point Cloud Completion,
AAAI2021, ...``).  41 is an empty bullet ``- ``.  Then ``## Datasets`` (111, plain dataset-name bullets) and
``## Evaluation Metrics`` (136, metric-definition bullets).

Decisions:
- An entry is every paper bullet under the year headings (79): lines = the bullet (27-28 for the wrapped one);
  title = the text between the bold tag and the ``, Venue, Authors`` tail (the last two comma-separated
  fields before the ``[[PDF]]`` link), as written -- capitals kept (36 ``3D POINT CLOUD COMPLETION USING
  STACKED AUTO-ENCODER ...``), and 52 ``GRNet: Gridding Residual Network ...`` as the row gives it.  The tag is
  a nickname and is dropped.
- 21 ``[Deco Supplementary] Denoise and Contrast for Category Agnostic Shape Completion Supplementary
  Material`` (the CVPR 2021 supplemental PDF of the paper in 20) is its own record and kept as an entry with
  the title it writes; 30 (a TUM master's thesis, ``publication 2021``) is an entry (theses count).
- Ids from the bullet: arXiv abs/pdf links (versions dropped), ACM DL ``doi/abs`` / ``doi/pdf`` links (61, 100)
  and the Springer article link (92) give DOIs; CiteSeerX ``doi=10.1.1.x`` query values (102, 103, 105, 106)
  are CiteSeerX ids, not DOIs (no ``/``), Elsevier ``reader/sd/pii`` links are not DOIs; IEEE, CVF,
  ResearchGate, AAAI links give no id.
- Not entries: the empty bullet 41, the dataset and metric bullets, headings, intro line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "junjun-jiang__3D-Point-Cloud-Completion-Benchmark__README@98cf669.md"
PART = "wild43_development"

BULLET = re.compile(r"^-\s+\*\*\[(?P<tag>[^\]]+)\]\*\*\s*(?P<body>.*)$")
YEARS = {"### 2021": 6, "### 2020": 44, "### 2019": 65, "### 2018": 78, "### 2017": 85, "### Before 2017": 95}


def main() -> None:
    lines = read_lines(NAME)
    assert {h: lines.index(h) + 1 for h in YEARS} == YEARS
    assert lines[110] == "## Datasets" and lines[40] == "- "
    papers = []
    n = 7
    while n <= 110:
        ln = lines[n - 1]
        m = BULLET.match(ln)
        if not m:
            assert not ln.startswith("- **") and not ln.startswith("-  **"), (n, ln)
            n += 1
            continue
        last = n
        body = m.group("body")
        if "[PDF]" not in body:  # the one wrapped bullet
            assert n == 27, n
            last = n + 1
            body = body + " " + lines[n]
        head = re.split(r"\s*\[\[?PDF\]", body)[0]
        title, venue, _authors = (x.strip() for x in head.rsplit(",", 2))
        assert re.search(r"(19|20)\d\d|arXiv", venue), (n, venue)
        papers.append(entry(lines, n, last, title))
        n = last + 1
    by_line = {p["line"]: p for p in papers}
    assert by_line[27]["end"] == 28
    assert by_line[27]["title"] == ("ASHF-Net: Adaptive Sampling and Hierarchical Folding Network for Robust"
                                    " Point Cloud Completion")
    assert by_line[21]["title"] == "Denoise and Contrast for Category Agnostic Shape Completion Supplementary Material"
    assert by_line[30]["title"] == "Point Cloud Completion by Deep Learning"
    assert by_line[92]["doi"] == "10.1007/s00371-016-1208-1" and by_line[100]["doi"] == "10.1145/2816795.2818094"
    assert all(by_line[k]["doi"] is None for k in (102, 103, 105, 106))
    assert len(papers) == 79, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper bullet under the year headings (79) is an entry: title = the text between the bold [Tag]"
        " nickname and the ', Venue, Authors' tail before [[PDF]]; the wrapped bullet 27-28 is one entry; the"
        " Deco supplementary-material bullet and the master's thesis bullet are entries; the empty bullet,"
        " dataset and metric bullets are not; ids from the bullet's links (CiteSeerX doi= values and Elsevier pii"
        " are not DOIs).",
        "Whole 166-line file read; every bullet 8-108 parsed by one pattern with the venue field asserted to hold"
        " a year or arXiv; -v output compared with the first and last bullet of every year (8/40, 46/61, 67/75,"
        " 80/83, 87/92, 97/108) and ~20 others (9, 14, 19 'CVPR2021,J.', 21, 25 no Code link, 26, 27-28 wrapped,"
        " 30 thesis, 34 ResearchGate, 36 capitals, 39 Elsevier pii, 52, 56, 61 ACM DOI, 72, 89 arXiv v1, 92"
        " Springer DOI, 98 ',IEEE TVCG', 102-106 CiteSeerX, 106 single-bracket [PDF], 108 bare [[PDF]]); empty"
        " bullet 41, datasets and metrics excluded.",
    )


if __name__ == "__main__":
    main()
