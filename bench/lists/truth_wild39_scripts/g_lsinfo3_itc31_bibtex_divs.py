"""Wild39 truth for lsinfo3/itc-conference _itc-library/itc31.md: one page of the ITC (International Teletraffic
Congress) digital library, a Jekyll collection page listing the 21 papers of ITC 31 (Budapest, 2019) --
queueing, cellular and vehicular networks, video streaming, edge clouds.

Shape: YAML front matter (1-4), then one block per paper, blocks separated by a blank line:
``Authors (Last, First and ...)<br/>`` / ``**Title**<br/>`` / ``In *31th International Teletraffic Congress
(ITC 31)*. Budapest, Hungary 2019<br/>`` / four link lines ``[\\[BibTeX\\]](javascript:toggleVis('key'))``,
``[\\[Abstract\\]](javascript:...)``, ``[\\[Download\\]](gitlab raw PDF)``, ``[\\[BibSonomy\\]](...)`` / a blank
line / a hidden ``<div class="bibtex">`` holding the paper's BibTeX record (title, year, address, author,
booktitle) and a hidden ``<div class="abstract">`` holding ``<strong>Abstract:</strong>`` and the abstract,
which is often hard-wrapped over many lines (e.g. 161-186, 306-323, 417-439) and twice holds a blank line
inside the div (142, 248).  The BibTeX
``title`` repeats the bold title with spaces inside the braces.  One venue line says ``Hungaria`` (69).  No
DOIs or arXiv ids; the abstract at 399 says "doing", not a DOI.

Decisions:
- Each block is one entry (all are ITC 31 conference papers); the BibTeX div belongs to the same record
  (the paper's own citation), not a separate entry, and so does the abstract div.  Span: the author line
  through the abstract's closing ``</div>``.
- Title: the bold ``**...**`` text (asserted equal to the BibTeX title after stripping its padding).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "lsinfo3__itc-conference___itc-library__itc31@51c7e7b.md"
PART = "wild39_development"

TITLE = re.compile(r"^\*\*(.+)\*\*<br/>$")
BIBTITLE = re.compile(r"^\s+title\s+= \{ (.+) \},$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [n - 1 for n, ln in enumerate(lines, 1) if TITLE.match(ln)]
    papers = []
    for i, first in enumerate(starts):
        assert lines[first - 1].endswith("<br/>") and " and " in lines[first - 1] + " and ", first
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(lines) + 1  # next author line
        last = stop - 1
        while not lines[last - 1].strip():
            last -= 1
        assert lines[last - 1] == "</div>", first
        own = lines[first - 1 : last]
        assert sum(1 for x in own if 'class="bibtex"' in x) == 1, first
        assert sum(1 for x in own if 'class="abstract"' in x) == 1, first
        title = TITLE.match(lines[first]).group(1)
        bib = [m.group(1) for x in own if (m := BIBTITLE.match(x))]
        assert bib == [title], (first, bib)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 21, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper block (author line, **Title**, venue line, four toggle/download links, a hidden BibTeX div and"
        " a hidden abstract div) is one entry from the author line to the abstract's closing </div>; title = the"
        " bold text, which equals the BibTeX title.",
        "Whole file structure checked by the script's assertions (one BibTeX and one abstract div per block, the"
        " BibTeX title equal to the bold title); by eye: the first and last blocks (6-23, 460-477), the"
        " multi-paragraph abstracts (161-186, 292-325, 404-441), the 'Hungaria' venue line (69), the 'K, Haritha' author line and $N$ math in its abstract (188-205), the titles with"
        " SQ(d), RTS/CTS, 802.11ax and D2D, the author/title/venue and closing lines of 12 blocks (6, 25, 67, 146, 188, 229, 272, 291, 344, 382, 441, 460) against the -v output; no DOI or arXiv id in the file.",
    )


if __name__ == "__main__":
    main()
