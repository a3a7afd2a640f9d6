"""Wild34 truth for klee/klee.github.io publications.md: the KLEE website's chronological list of 300+
papers and systems that use or extend the KLEE symbolic execution engine (2008-2026).

Shape: Jekyll front matter (lines 1-7), an intro with a bullet list of workshop / YouTube links (lines
9-21, not entries), then one flat ordered list of ``1. `` items.  Each item is 3-5 lines joined by
Markdown hard breaks (two trailing spaces): ``1. [Title](url)``, an authors line, a venue line, a
date/place line, and for 83 items a bold tool/artefact line (``**KleeNet is available [here](...).**``,
``**The artefact is available [here](https://zenodo.org/...)**``, line 826 a YouTube demo).  Some
items lack the venue line (arXiv preprints: "arXiv, May 9, 2018"; line 389 has authors and a date only).
Two titles wrap inside the link text onto a second, unindented line (1141-1142 "Multiplex Symbolic
Execution: Exploring Multiple Paths by / Solving Once", 1403-1404 "SIFT: A Tool for Property Directed
Symbolic / Execution of Multithreaded Software").  An entry spans its ``1. `` line to its last non-blank
line before the next item.

Entries: all 346 items; each names one paper (conference/journal papers, arXiv preprints, theses,
competition contributions, tool papers).  Titles: the first link's text, line breaks collapsed.

Ids: the first DOI / arXiv id the item's lines give (mostly in the title URL: doi.org, dl.acm.org/doi,
link.springer.com/chapter/10.1007%2F..., arxiv.org/abs|pdf).  The tool/artefact lines can hold Zenodo
links; only ``https://doi.org/10.5281/zenodo.4678015`` (line 1262) is a DOI, and that item's title URL
already gives its ACM DOI first.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "klee__klee.github.io__publications@d2fda45.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = [i + 1 for i, ln in enumerate(lines) if ln.startswith("1. ")]
    assert starts[0] == 23, starts[0]
    for k, first in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines) + 1
        last = max(j for j in range(first, stop) if lines[j - 1].strip())
        block = "\n".join(lines[first - 1 : last])
        m = re.match(r"1\. \[([^\]]+)\]\((?:https?://|/)", block)
        assert m, (first, lines[first - 1])
        title = re.sub(r"\s+", " ", m.group(1))
        if "\n" in m.group(1):
            assert first in (1141, 1403), first
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 346, len(papers)
    write_truth(NAME, PART, papers,
                "Each '1. [Title](url)' item with its hard-break continuation lines (authors, venue, date, tool/"
                "artefact note) is one entry; the title is the first link's text, line breaks collapsed.",
                "Intro, front matter and the workshop bullets checked as non-entries; every item with 3 or 5 "
                "lines, the two wrapped titles, the first and last 10 items and a random sample of 30 read by eye; "
                "every DOI/arXiv id checked to come from the item's title URL except where the item has none.")


if __name__ == "__main__":
    main()
