"""Wild59 truth for BIA-Lab-Team/BIA_Lab_Website papers.md at b4a442f (2026-07-20): the bibliography page of a lab
web site (the BIA lab of Felix Y. Zhou, Vanderbilt), compiled from Google Scholar and OpenAlex into one pipe table
per year.

Shape: 129 lines.  ``# Bibliography — Felix Y. Zhou`` (1) and a blockquote with sources, affiliation, h-index and
"Total publications: 46" (3-5); then ``## YYYY`` sections from 2026 (9) to 2018 (110), separated by ``---``, each
with the header ``| # | Title | Authors | Venue | DOI / URL | Citations |`` and a separator row, then one row a
work: ``| N | Title | Authors (owner in bold, † co-first) | *Venue* details [preprint] | DOI or — | citations |``.
A legend line in italics (118); ``## Excluded`` (122) with a ``| Reason | Title | Venue |`` table of two works the
compiler removed ("Do not re-add", 128-129).

Special cases:
- Row numbers are not in file order: the 2026 table holds 1-5 then 45 and 46 (18-19).
- Three rows are patents, not papers (``*WO Patent*`` 48, ``*US Patent*`` 61 and 62; 62 links Google Patents).
- The DOI column mostly holds ``—``; real DOIs at 57, 85 and 103, an arXiv link at 19; 105 writes the arXiv id in
  the venue cell as ``*arXiv*:1905.03209``.
- bioRxiv rows give only the bioRxiv number (``*bioRxiv* 2026.04.24.720339``), not a DOI.
- A book chapter (17) and two NeurIPS workshop papers (34, 77) are listed among the articles.
- Titles hold en dashes (``phenotype–genotype–function``, 31), quotes (``'phenome'``, 30) and parentheses
  (``(u-segment3D)``, 28).

Decisions:
- Entry = every numbered row of the year tables whose venue is not a patent: 43 entries (46 rows minus the patents
  at 48, 61, 62).  Title = the second cell, as written.
- The patents are not entries: they are not papers (the list counts them among its 46 "publications").
- The two rows of the ``## Excluded`` table are not entries: the page says they were removed from the list.
- Header, separator, legend and blockquote lines are not entries.
- 105: the arXiv id written in the venue cell (``*arXiv*:1905.03209``) is set by hand if the helper misses it.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "BIA-Lab-Team__BIA_Lab_Website__papers@b4a442f.md"
PART = "wild59_development"

ROW = re.compile(r"^\| (?P<n>\d+) \| (?P<title>[^|]+?) \| [^|]* \| (?P<venue>[^|]*) \|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        numbers.append(int(m.group("n")))
        if "Patent" in m.group("venue"):
            continue
        papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    if by[105]["arxiv"] is None:
        by[105]["arxiv"] = "1905.03209"
    assert sorted(numbers) == list(range(1, 47)), numbers
    assert len(papers) == 43, len(papers)
    assert not {48, 61, 62} & set(by)
    assert not any(n > 114 for n in by)
    assert by[13]["title"] == "Modulation of Oncogenic KRAS Signaling by Branched Actin-driven Cell Membrane Protrusions"
    assert by[19]["title"] == "Learning the Geometry of Data: A Mathematical Review of Shape Space Analysis", by[19]
    assert by[19]["arxiv"] == "2606.17022", by[19]
    assert by[28]["title"] == "Universal consensus 3D segmentation of cells from 2D segmented stacks (u-segment3D)"
    assert by[31]["title"] == "Identifying phenotype–genotype–function coupling in 3D organoid imaging using SPOT"
    assert by[57]["doi"] == "10.1038/s41586-023-05758-6", by[57]
    assert by[85]["doi"] == "10.1016/j.media.2020.101900", by[85]
    assert by[103]["doi"] == "10.1038/s41586-019-1014-9", by[103]
    assert by[104]["title"] == (
        "Motion sensing superpixels (MOSES) — a systematic computational framework to quantify and discover cellular"
        " motion phenotypes"
    ), by[104]
    assert by[105]["arxiv"] == "1905.03209", by[105]
    assert by[114]["title"] == "Cell autonomous role of iASPP deficiency in causing cardiocutaneous disorders"
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered row '| N | Title | Authors | Venue | DOI / URL | Citations |' of the year tables"
        " (13-114) is one entry, one line each, except the three patent rows (48, 61, 62): 43 entries.  Title = the"
        " Title cell as written.  The '## Excluded' table (128-129, works the page says were removed), headers,"
        " separators, the blockquote and the legend are not entries.  The arXiv id written in the venue cell at 105"
        " ('*arXiv*:1905.03209') is set by hand when the helper misses it.",
        checked="Read the whole file; compared the -v output with every table row, checked that the row numbers run"
        " 1-46 (out of order in 2026), that the patents and the Excluded table are left out, the DOIs in the DOI"
        " column (57, 85, 103), the arXiv link (19) and the arXiv id in the venue cell (105), and titles with dashes,"
        " quotes and parentheses (28, 30, 31, 104).",
    )


if __name__ == "__main__":
    main()
