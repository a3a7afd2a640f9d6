"""Wild52 truth for compscbio/cscb-2025 docs/readings.md: the weekly readings page of a 2025 Johns Hopkins course on
computational stem cell biology (single-cell RNA-seq analysis), a MkDocs site; newest commit of the fetched snapshot
(af82ade, 2025-02-14, "L8"), which stops after week 5 (later weeks are empty headings).

Shape: 90 lines, 6 KB.  ``# Readings`` (1), an intro paragraph (3), then ``### Week N (dates): topic`` headings (5, 11,
20, 34, 49, 69-77), some with ``#### subtopic`` headings (22, 28, 40, 45).  Every reading is a numbered item whose
whole text is one Markdown link: the link TEXT is a full NLM/PubMed-style citation ``Authors. Title. Journal. Year
Mon;vol(issue):pages. doi: 10.x/y. [Epub ...] [PMID: n; PMCID: PMCn.]`` and the URL is the PubMed page.  Week 1 items
are separated by blank lines (7, 9); weeks 3-4 are tight lists; week 5's three items (56-60, 61-64, 65-67) are
hard-wrapped over 3-5 lines inside the link text.  Week 4 and 5 carry MkDocs admonitions (``!!! tip "Read the Monocle
paper"`` 36-38, 51-53) naming a paper only by nickname.

Special cases:
- Week 2 (13-17) lists five chapters of the online book "Single-cell best practices" (``[Quality control](https://www.
  sc-best-practices.org/...) sections: 6.0 - 6.3``): book sections, not papers -> not entries.
- 31 ``[Open problems in Single-cell analysis](https://openproblems.bio/results/)``: a benchmark website -> not an entry.
- 26 repeats the item number ``3.`` (two ``3.`` items in a row); both are entries.
- Author lists end ``et al.`` (7, 9) or with the last author's initials (``Raychaudhuri S.``); the group author
  style does not occur.  DOIs are written as text (``doi:10.1016/...`` or ``doi: 10.1038/...``), twice broken over a
  line end right after ``doi:`` (63-64, 66-67); the id is still read from the entry's joined lines.
- The admonitions' "the Monocle paper (#1 below)" / "the CytoTRACE paper" are pointers, not entries.

Decisions:
- Entry = every numbered item whose link text is a citation (15); it spans from its ``N. [`` line to the line that
  closes the link ``](https://pubmed...)``.
- Title = the citation's second sentence: the link text (lines joined by spaces) after the author list (up to the
  first ``. ``) up to the next ``. `` before the journal abbreviation.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "compscbio__cscb-2025__docs__readings@af82ade.md"
PART = "wild52_development"

ITEM = re.compile(r"^\d+\. \[")
CLOSE = re.compile(r"\]\(https://pubmed\.ncbi\.nlm\.nih\.gov/\d+/\)$")
CITE = re.compile(r"^(?P<authors>.+?(?:\bet al|[A-Z]{1,3}))\. (?P<title>.+?[^A-Z])\. (?P<rest>[A-Z][A-Za-z ]+\.? ?\d{4}.*)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Readings"
    papers = []
    skipped = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if not ITEM.match(ln):
            n += 1
            continue
        last = n
        while not re.search(r"\]\(https?://[^)]+\)", lines[last - 1]):
            last += 1
        if not CLOSE.search(lines[last - 1]):
            skipped.append(n)  # book sections (13-17) and the Open Problems website (31)
            n = last + 1
            continue
        text = " ".join(lines[n - 1 : last])
        text = re.sub(r"^\d+\. \[", "", text)
        text = CLOSE.sub("", text)
        m = CITE.match(text)
        assert m, (n, text)
        papers.append(entry(lines, n, last, m.group("title")))
        n = last + 1
    assert skipped == [13, 14, 15, 16, 17, 31], skipped
    t = {p["line"]: p for p in papers}
    assert t[7]["title"] == (
        "Highly Parallel Genome-wide Expression Profiling of Individual Cells Using Nanoliter Droplets"), t[7]
    assert t[7]["doi"] == "10.1016/j.cell.2015.05.002", t[7]
    assert t[26]["title"] == "Fast, sensitive and accurate integration of single-cell data with Harmony", t[26]
    assert t[42]["doi"] == "10.1093/bioinformatics/btac746", t[42]
    assert (t[56]["end"], t[56]["title"]) == (
        60, "Single-cell transcriptional diversity is a hallmark of developmental potential"), t[56]
    assert t[61]["title"] == "Ultra-fast scalable estimation of single-cell differentiation potency from scRNA-Seq data"
    assert t[65]["title"] == "Cell cycle expression heterogeneity predicts degree of differentiation", t[65]
    assert len(papers) == 15, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered item whose link text is an NLM-style citation linked to PubMed is an entry (15: weeks 1, 3, 4,"
        " 5), spanning its wrapped lines; title = the citation sentence after the author list, up to the journal;"
        " the sc-best-practices book sections (13-17) and the Open Problems website (31) are not entries.",
        "Read all 90 lines; compared -v with every item: 7, 9, 23-26 (double '3.' 25/26), 29-30, 41-43, 46,"
        " wrapped 56-60, 61-64, 65-67; titles end before the journal (Cell, Nat Commun, Nat Methods, Bioinformatics,"
        " Cell Syst, Genome Biol, Nat Biotechnol, BMC Genomics, Science, Brief Bioinform); DOIs from the citation"
        " text (also the two broken after 'doi:' at 63/66); no arXiv ids.",
    )


if __name__ == "__main__":
    main()
