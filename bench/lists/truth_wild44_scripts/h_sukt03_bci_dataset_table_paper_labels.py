"""Wild44 truth for Sukt03/bci-resources README.md: a student's brain-computer-interface resource page whose only
filled section is one pipe table of public EEG datasets, each row citing the dataset's paper by a ``📄 Paper`` label
link; taken at commit 926664e (2025-12-05 11:36).  The repository's newest commit a454973 (same day, 13:25) rewrote
the page: the paper links were removed and replaced by bare ``Smit et al., 2025`` author-year labels (no title, no
link), so the newest version no longer lists papers as links; 926664e is the last commit whose table links them
(30 paper links).

Shape: ``# BCI-Resources`` (1), ``# EEG (Electroencephalogram)`` (5), ``## Datasets`` (7), the table header (9)
``| **Dataset** | **Use / Paradigm** | **Subjects** | **Ch.** | **Device / Amp** | **Montage** | **Hz** | **Notes** |``
and delimiter (10), then 33 rows (11-43).  A row's first cell is ``**Dataset name**<br>[📄 Paper](url)<br>[📁
Dataset](url)``; three rows (23 Sleep-EDFx, 24 Simons Sleep, 32 SSVEP Visual Search) have only the ``📁 Dataset``
link.  After the table only empty headings (``## Models``, ``## Devices``, fMRI / fNIRS / MEG sections, 45-71).

Paper hosts: arXiv abs (11-15 the TUH corpora, 42-43 MindBigData, both the same 2212.14746), PubMed Central (16),
PubMed (18, 25), Nature / Scientific Data article pages (17, 20, 21, 29, 30, 33, 39; article ids, not DOIs), MDPI
(22, no DOI in the URL), OUP Brain (19, ``academic.oup.com/brain/article/138/5/1327/360433``: no DOI written), HAL
(26 and 28, the same BCI Competition IV document), IEEE Xplore document ids (27, 35, 36, 37), Frontiers (31, 34:
``10.3389/...`` DOIs written in the URL, ``/full`` dropped), ScienceDirect pii (38, not a DOI), bioRxiv (40:
``10.1101/2021.06.03.447008v1`` -> DOI without the version), CVF open access PDF (41).

Decisions:
- An entry is every dataset row that links its paper (30): the row cites one scholarly paper (the dataset's
  paper).  The row names only the dataset (``TUH Abnormal (TUAB)``, ``DEAP``), never the paper's title, and the
  link text is the label ``📄 Paper`` -> title null (as a dataset item naming only the dataset, wild43
  facundoq).  Rows citing the same paper (26/28, 42/43) are separate entries.
- Not entries: the three rows with only a dataset link (datasets without a paper), headings, the header row.
- Ids from the row: the ``📄 Paper`` link is the first link of the row and no dataset link holds an arXiv id or a
  DOI (checked), so the row's first id is the paper's.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "Sukt03__bci-resources__README@926664e.md"
PART = "wild44_development"

ROW = re.compile(r"^\| \*\*(?P<name>[^*]+)\*\*<br>(?P<links>.*?) \| ")
PAPER = re.compile(r"\[📄 Paper\]\((?P<u>[^)]+)\)")
DATASET = re.compile(r"\[📁 Dataset\]\((?P<u>[^)]+)\)")
NO_PAPER = {23: "Sleep-EDFx", 24: "Simons Sleep", 32: "SSVEP Visual Search"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[8].startswith("| **Dataset** | **Use / Paradigm** |") and lines[9].startswith("| :--- |")
    assert not lines[43] and lines[44] == "## Models"
    assert not any(ln.startswith("|") for ln in lines[44:])
    papers = []
    for n in range(11, 44):
        m = ROW.match(lines[n - 1])
        assert m, (n, lines[n - 1][:80])
        links = m.group("links")
        d = DATASET.search(links)
        assert d and not arxiv_of(d.group("u")) and not doi_of(d.group("u")), n
        p = PAPER.search(links)
        if n in NO_PAPER:
            assert p is None and m.group("name") == NO_PAPER[n], n
            continue
        assert p and links.startswith("[📄 Paper]("), n
        rest = lines[n - 1][m.end():]
        assert "http" not in rest, n
        papers.append(entry(lines, n, n, None))
    by = {p["line"]: p for p in papers}
    assert [n for n, p in by.items() if p["arxiv"]] == [11, 12, 13, 14, 15, 42, 43]
    assert by[42]["arxiv"] == by[43]["arxiv"] == "2212.14746"
    assert {n: p["doi"] for n, p in by.items() if p["doi"]} == {
        31: "10.3389/fnins.2016.00150", 34: "10.3389/fnins.2012.00025", 40: "10.1101/2021.06.03.447008"}
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the EEG dataset table that links its paper with a '📄 Paper' label is an entry (30), title null"
        " (the row names only the dataset and the link text is a label), ids from the paper link; the three rows with"
        " only a dataset link (Sleep-EDFx, Simons Sleep, SSVEP Visual Search) and the empty later sections are not"
        " entries; rows citing the same paper (BCI Competition IV HAL document, MindBigData arXiv) are separate.",
        "Whole 72-line file read; all 33 rows (11-43) matched by the row pattern and the three paper-less rows"
        " asserted by name; -v output compared with every row (first 11, last 43, repeats 26/28 and 42/43); arXiv"
        " ids 11-15, 42, 43; DOIs only from the Frontiers URLs (31, 34, '/full' dropped) and bioRxiv (40, 'v1'"
        " dropped); Nature/Scientific Data article ids, PMC/PubMed ids, IEEE document ids, HAL, MDPI, OUP and"
        " ScienceDirect pii give no DOI; no dataset link holds an id; history checked: newest commit a454973 replaced"
        " the paper links with author-year labels.",
    )


if __name__ == "__main__":
    main()
