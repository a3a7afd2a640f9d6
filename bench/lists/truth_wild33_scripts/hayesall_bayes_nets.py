"""Wild33 truth for hayesall/awesome-bayes-nets README.md: Bayesian-network papers, a README generated from .bib files.

Shape: one ``- `` bullet per record, one line each, written by a bib-to-Markdown script:
``- Authors. (Year). "[Title](url)." Venue. [`key.bib`](bib/Year/key.bib)``; two records have no link
and write the title as plain quoted text (lines 77, 104, 167, 170).  The same records are printed twice:
once under "Papers by Year" (lines 73-145, 24 papers) and again under "Papers by Topic" (lines 153-185); each
printing is an entry.  The title is the quoted part (link text when linked), its closing period
dropped.  Not entries: the table of contents, "Information Retrieval, 2nd Edition" (Rijsbergen 1979, a
book; lines 141 and 186), the Resources section (blog posts, course notes, code) and Further Reading.
PhD theses and the Heckerman tutorial (a book chapter) are entries.  Ids: arXiv abs links, doi.org links,
dl.acm.org/doi and Wiley /doi/abs URLs; the ``.bib`` links carry no id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "hayesall__awesome-bayes-nets__README@c705e61.md"
PART = "wild33_development"
REC = re.compile(r'^- .*?\(\d{4}\)\. "(.*)\." .*\[`[^`]+\.bib`\]')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = REC.match(ln)
        if not m:
            continue
        t = m.group(1)
        lk = re.fullmatch(r"\[(.*)\]\([^)]*\)", t)
        title = lk.group(1) if lk else t
        if title == "Information Retrieval, 2nd Edition":  # a book
            continue
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 48, len(papers)
    write_truth(NAME, PART, papers,
                "Each generated bib bullet in Papers by Year and Papers by Topic is one entry (repeats kept); title is the "
                "quoted title (link text if linked); the 1979 Information Retrieval book is excluded.",
                "All 48 entries and the two excluded book lines checked by eye against the file.")


if __name__ == "__main__":
    main()
