"""Wild62 truth for Vortex-Artificial-Intelligence/Time-Series-Clustering-Library papers/README.md at 9a43acf
(2025-08-18): the paper list of a time-series clustering library: surveys of deep and time-series clustering,
then method papers, in Markdown tables of two shapes.

Shape: 58 lines.  ``# Awesome Time Series Clustering Papers`` (1).  ``## Datasets and Benchmark`` (5) has two
bullets naming datasets with backticked link text (7-8; 8 links the UEA archive's arXiv report).  Tables
``| Title | Year | J. / Conf. |`` with the title as ``[title](url)``: ``## Survey of Deep Clustering`` (10, rows
14-20), ``## Survey of Time Series Clustering`` (22, rows 26-27), ``## Time Series Clustering`` (30, rows 34-38),
``## Image Clustering`` (40, rows 44-46).  ``## Time Series Deep Learning Models`` (48) switches to
``| Title | Paper | Code |`` with the title as plain text and ``[[paper]](url)`` / ``[[code]](url)`` cells
(rows 52-58).

Special cases:
- 17's venue cell is itself a link to the journal's home page (``[Vicinagearth](...)``): not a second paper.
- 26 writes an en dash without spaces (``Time-series clustering–a decade review``); kept.
- Paper links include ACM DOI URLs (15, 37), a Springer DOI URL (17), ScienceDirect PII pages, IEEE Xplore,
  MDPI, NeurIPS, AAAI OJS; the last table's arXiv links include ``/pdf/`` and ``http://`` forms (54, 57).
- The dataset bullets (7-8) name datasets (``UCR Datasets``, ``UEA Datasets``), not papers: not entries.

Decisions:
- Entry = each data row of the five tables (7 + 2 + 5 + 3 + 7 = 24 entries).
- Title = the first cell: the link text when it is ``[title](url)``, otherwise the cell's plain text.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "Vortex-Artificial-Intelligence__Time-Series-Clustering-Library__papers__README@9a43acf.md"
PART = "wild62_held_out"

LINK = re.compile(r"^\[(.+?)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("| "):
            continue
        first = ln.strip().strip("|").split("|")[0].strip()
        if first == "Title" or set(first) <= set("-: "):
            continue
        m = LINK.match(first)
        papers.append(entry(lines, n, n, m.group(1) if m else first))
    on = {p["line"]: p for p in papers}
    assert len(papers) == 24, len(papers)
    expected = list(range(14, 21)) + [26, 27] + list(range(34, 39)) + [44, 45, 46] + list(range(52, 59))
    assert sorted(on) == expected, sorted(on)
    assert on[14]["title"] == "Deep clustering: A comprehensive survey", on[14]
    assert on[15]["doi"] == "10.1145/3689036", on[15]
    assert on[17]["title"] == "A survey on deep clustering: from the prior perspective", on[17]
    assert on[17]["doi"] == "10.1007/s44336-024-00001-w", on[17]
    assert on[26]["title"] == "Time-series clustering–a decade review", on[26]
    assert on[37]["title"] == "Tabledc: Deep clustering for tabular data" and on[37]["doi"] == "10.1145/3725366"
    assert on[44]["arxiv"] == "2310.11989", on[44]
    assert on[52]["title"] == "Informer: Beyond Efficient Transformer for Long Sequence Time-Series Forecasting"
    assert on[52]["arxiv"] == "2012.07436", on[52]
    assert on[57]["arxiv"] == "2405.14616", on[57]
    assert on[58]["title"].startswith("SAMformer: Unlocking the Potential of Transformers"), on[58]
    assert on[58]["arxiv"] == "2402.10198", on[58]
    for n in (7, 8):
        assert n not in on, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each data row of the five tables is one entry (24).  In the four '| Title | Year | J. / Conf. |'"
        " tables the title is the link text of the first cell; in the last '| Title | Paper | Code |' table it is"
        " the plain first cell and the paper link is the [[paper]] cell.  The journal home-page link in a venue"
        " cell (17) is not an entry; the two dataset bullets (UCR/UEA Datasets) are not paper entries.",
        checked="Read the whole file; compared the -v output with all 24 rows: both table shapes, the DOI URLs (15,"
        " 17, 37), the arXiv pdf/http links (54, 57), the en-dash title (26), and that the dataset bullets give"
        " nothing.",
    )


if __name__ == "__main__":
    main()
