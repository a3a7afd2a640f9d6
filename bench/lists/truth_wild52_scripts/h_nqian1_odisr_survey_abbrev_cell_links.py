"""Wild52 truth for nqian1/Survey-on-ODISR-and-ODVSR README.md: the companion repository of a survey ("A Systematic
Investigation on Deep Learning Based Omnidirectional Image and Video Super Resolution") with its method tables and a
new 360Insta dataset; newest commit (5ff8520, 2025-05-12).

Shape: 105 lines, 12 KB.  An ASCII-art banner in a code fence (1-8), ``# 🚀🚀A Systematic Investigation ...`` (11), a
numbered contents list (13-18), the 360Insta dataset prose and download bullets (20-27, Google Drive / Baidu links),
then ``## 🚀ODISR Methods`` (29) with a six-column table ``| Date | Publication |Title | Abbreviation | Code | Platform |``
(31, padded header; alignment row 32; 22 rows 33-54) and ``## 🚀ODVSR Methods`` (57) with the same table (7 rows 60-66).
``## 🚀Datasets`` (71-80) and ``## 🚀Metrics`` tables, a ``plaintext`` fence of commands, License and an empty Citation
stub close the file.  The Title cell is plain text; the paper link sits in the Abbreviation cell after the method
nickname (``360CNN [Paper](url)``), the Code cell is empty or ``[Code](url)``, the Platform cell always ``Pytorch``.

Special cases:
- 61-63 are three rows for the same paper (the NTIRE 2023 360° super-resolution challenge report), one per challenge
  team (``MVideo Team``, ``HIT-IIL``, ``PKU VILLA``) with the same CVF link: three entries with the same title.
- 64 has an empty Publication cell; 65 reuses the nickname ``DiffOSR`` of 53 for a different paper (a slip of the list).
- Titles are written in Google-Scholar sentence case (``Lau-net: ...``, ``Spheresr: 360deg image ...``, ``Osrt: ...``,
  ``Opdn: ...``, ``Omnissr: ...``, ``Diffosr: ...``) and kept so; ``360deg`` is kept as written.
- Cells are padded unevenly (``|   VISAPP  |``, ``|  KBS |``, ``TCSVT|``) and some titles run into the next pipe with no
  space (``... geometric priors|FAOR``).

Decisions:
- Entry = every data row of the two methods tables (one line each); title = the Title (third) cell as written; the
  nickname in the Abbreviation cell is not title text.
- Not entries: the banner, contents list, dataset prose and download links, the Datasets table (dataset names), the
  Metrics table, the commands fence, license and citation stub.
- Ids from the row: arXiv abs links (50, 52, 64); DOIs from ACM ``/doi/full/``, ``/doi/abs/`` links (45, 60) and
  Springer ``/chapter/10.1007/...`` (49), ``/article/10.1007/...`` (54); none from IEEE Xplore, CVF, ScienceDirect
  pii, MDPI, AAAI OJS or Semantic Scholar PDF links.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "nqian1__Survey-on-ODISR-and-ODVSR__README@5ff8520.md"
PART = "wild52_development"

HEAD = re.compile(r"^\| Date\s+\|\s+Publication\s+\|Title\s+\| Abbreviation\s+\| Code\s+\| Platform\s+\|\s*$")
ALIGN = re.compile(r"^\|[-\s|]+$")
ROW = re.compile(
    r"^\|(?P<date>\d{4})\s*\|(?P<venue>[^|]*)\|(?P<title>[^|]+)\|\s*(?P<nick>[^|\[]+?)\s*\[Paper\]\((?P<url>[^)]+)\)\s*\|"
)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[10].startswith("# 🚀🚀A Systematic Investigation on Deep Learning Based Omnidirectional Image")
    papers = []
    counts: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            inside = True
            counts.append(0)
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if not inside or ALIGN.match(ln):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title").strip()))
        counts[-1] += 1
    assert counts == [22, 7], counts
    t = {p["line"]: p for p in papers}
    assert t[33]["title"] == "360 panorama super-resolution using deep convolutional networks", t[33]
    assert t[36]["title"] == "Lau-net: Latitude adaptive upscaling network for omnidirectional image super-resolution"
    assert t[45]["doi"] == "10.1145/3696409.3700232", t[45]
    assert t[49]["doi"] == "10.1007/978-3-031-72751-1_12", t[49]
    assert (t[50]["arxiv"], t[52]["arxiv"]) == ("2412.09646", "2502.05902"), (t[50], t[52])
    assert t[52]["title"].endswith("pixel and semantic-wise spherical geometric priors"), t[52]
    assert t[54]["doi"] == "10.1007/s11760-025-03963-6", t[54]
    assert t[60]["doi"] == "10.1145/3534088.3534353", t[60]
    assert t[61]["title"] == t[62]["title"] == t[63]["title"] == (
        "Ntire 2023 challenge on 360deg omni-directional image and video super-resolution: Datasets, methods and results")
    assert t[64]["arxiv"] == "2410.11506", t[64]
    assert t[66]["title"] == "Omnidirectional video super-resolution using deep learning", t[66]
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the two methods tables (ODISR 33-54, 22 rows; ODVSR 60-66, 7 rows) is an entry (29); title"
        " = the plain-text Title cell as written (sentence case kept); the nickname and [Paper](url) in the"
        " Abbreviation cell are not title text; the NTIRE challenge report's three team rows (61-63) are three"
        " entries; the dataset/metrics tables, banner, contents, download links and command fence are not entries.",
        "Read all 105 lines; compared -v for all 29 rows: titles incl. the no-space '...priors|FAOR' row 52, the"
        " empty-venue row 64, the repeated NTIRE rows 61-63, the reused nickname DiffOSR 53/65; ids: arXiv 50/52/64,"
        " ACM DOIs 45/60, Springer DOIs 49/54; none from IEEE/CVF/ScienceDirect/MDPI/OJS/Semantic Scholar links.",
    )


if __name__ == "__main__":
    main()
