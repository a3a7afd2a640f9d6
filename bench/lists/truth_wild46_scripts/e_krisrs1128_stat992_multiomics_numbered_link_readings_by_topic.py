"""Wild46 truth for krisrs1128/stat992_s23 docs/reading/list.md: the "Papers" page of the reading list of STAT 992
(Wisconsin, Spring 2023, a graduate seminar on multi-omics data integration), from which "we will choose 1 - 3 papers
a week"; statistics, machine learning and computational biology papers under topic headings.

Shape (122 lines, final newline): just-the-docs front matter (1-6), a five-line intro paragraph (8-12), a
``<details open markdown="block">`` table-of-contents block holding a kramdown ``1. TOC`` / ``{:toc}`` pair (14-21),
then ``##`` topics (Scientific Context, Data Management, Hypothesis Testing, Prediction and Dimensionality
Reduction, Generative Modeling, Networks, Multi-Study Analysis) and ``###`` sub-topics, each followed by an ordered
list of ``N.<TAB or space>[Title](url)`` items, one per line.  Most items are numbered ``1.``; Generative Modeling and
Networks keep hand numbers, out of order in Generative Modeling (``1. 1. 5. 2. 3. 4. 6. 1. 1.``, 88-96).  One link has
a space after the parenthesis (118 ``]( https://doi.org/...)``); a title holds an abbreviation in parentheses (67
``(JIVE)``), one a Unicode hyphen and alpha (111 ``α‐diversity``).  Hosts: doi.org, science.org, AACR lookup,
Elsevier linkinghub (pii), JSTOR, PNAS (new ``/doi/`` and old ``/content/`` URLs), Frontiers, PMC (with a
``#:~:text=10.4230/...`` text fragment), Project Euclid, ACM DL, bioRxiv, Wiley, OUP, JMLR, IEEE, Nature, ASM,
Liebert, ScienceDirect, NeurIPS proceedings, PLOS, arXiv.

Decisions:
- Entries (62): every list item with a link except the first, "Excerpt from "The Song of the Cell"" (25), an excerpt
  of Siddhartha Mukherjee's book in the Harvard Gazette (a book/news item, not a paper).  The ``1. TOC`` kramdown
  marker (19) is no entry.  All other items are journal or conference papers and preprints (R/Bioconductor packages
  such as mixOmics and Muon are listed by their papers, so entries).
- Title: the link text as written.
- Ids: the first arXiv id and DOI the item's line gives.  DOIs count when written in the URL: doi.org links, publisher
  ``/doi/`` paths (science.org, AACR ``lookup/doi``, OUP ``article-lookup/doi``, Wiley, ASM, Liebert, PNAS, ACM's
  10.5555 ids), Frontiers article paths, bioRxiv ``content/10.1101/...v1.full.pdf``, Project Euclid paths ending
  ``/10.1214/....full`` (``.full`` dropped), the PLOS ``?id=10.1371/...`` query value, and the DOI written in the PMC
  URL's text fragment (66 ``10.4230/LIPIcs.WABI.2019.10``: it is written literally and is the paper's own DOI).
  Elsevier pii, Nature article ids, bioRxiv's ``early/`` path without 10.1101, old PNAS ``content`` paths, JSTOR,
  OUP article numbers, JMLR, IEEE document numbers and NeurIPS hashes give none; 82 gives arXiv 1811.08511.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "krisrs1128__stat992_s23__docs__reading__list@06592e1.md"
PART = "wild46_development"

ITEM = re.compile(r"^(?P<num>\d+)\.[\t ]+(?P<rest>.*)$")
LINK = re.compile(r"^\[(?P<t>[^\]]+)\]\( ?(?P<u>[^)\s]+)\)\s*$")
NOT_PAPER = {25: "book excerpt in the Harvard Gazette"}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 123 and lines[-1] == "", len(lines)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not re.match(r"^\s*[-*]\s", ln), (n, ln)
            continue
        if m.group("rest") == "TOC":
            assert n == 19
            continue
        link = LINK.match(m.group("rest"))
        assert link, (n, ln)
        if n in NOT_PAPER:
            continue
        papers.append(entry(lines, n, n, link.group("t")))
    by_line = {p["line"]: p for p in papers}
    assert by_line[67]["title"].startswith("Joint and individual variation explained (JIVE)")
    assert by_line[28]["doi"] == "10.1126/science.aaa8332"
    assert by_line[118]["doi"] == "10.1111/rssb.12398"
    assert by_line[82]["arxiv"] == "1811.08511"
    assert len(papers) == 62, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each ordered-list item '[Title](url)' under the topic headings is one paper on its line (62), except the"
        " Harvard Gazette book excerpt (25); title = the link text; the kramdown TOC marker is no entry; first arXiv"
        " id / DOI of the line (DOIs from doi.org links, publisher /doi/ paths, Frontiers, bioRxiv 10.1101 paths,"
        " Project Euclid paths without '.full', the PLOS ?id= value and a PMC text fragment).",
        "Whole file read (122 lines) against the -v output: every item under every heading (first and last of each"
        " sub-list), the out-of-order hand numbers 88-96, the Gazette excerpt at 25 and the TOC marker at 19 left out,"
        " 67's '(JIVE)' and 111's 'α‐diversity' kept, the spaced link 118, and the id of every line checked against"
        " its URL (DOI forms listed in the docstring; pii, Nature ids, JSTOR, OUP article numbers, JMLR, IEEE,"
        " NeurIPS, old PNAS and bioRxiv 'early' URLs giving none; 82's arXiv id).",
    )


if __name__ == "__main__":
    main()
