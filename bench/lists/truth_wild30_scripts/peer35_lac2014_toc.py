"""Wild30 truth for peer35/lac2014 TOC.md: the generated table of contents of the proceedings of the
Landscape Archaeology Conference 2014 (LAC2014), migrated to OSF wiki pages.

Shape: after two blank lines, 73 records of two lines each, separated by blank lines: a line starting
with a space, " [Title](https://osf.io/e5frp/wiki/lac.2014.N).", then the author line (" Last, First,
Last, First").  Markdown renders each pair as one paragraph.  Titles are in English and Italian, some
with "|" (15) or curly quotes; no DOIs or arXiv ids (the links go to OSF wiki pages).

Decision: this is the contents list of a proceedings volume, not a document's own navigation, so every
record names one conference paper and is an entry (the Prologue at 3, the Epilogue at 36 and the section Introduction at 198 included); title = the link text.
The file was deleted from the repository in commit 5463253 ("reformat"); the copy is the last version
that holds it (3b3c476).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "peer35__lac2014__TOC@3b3c476.md"
PART = "wild30_development"
REC = re.compile(r"^ \[(.+)\]\((https://osf\.io/[^)]+)\)\.$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = REC.match(ln)
        if not m:
            continue
        assert lines[n].strip() and not lines[n].startswith(" ["), n
        papers.append(entry(lines, n, n + 1, m.group(1)))
    assert len(papers) == 73, len(papers)
    write_truth(NAME, PART, papers,
                "Each two-line record (linked title line, author line) of the proceedings contents is one entry; the "
                "link text is the title.",
                "All 73 records read by eye against the file (titles with '|' and quotes, Italian titles, author "
                "lines kept in the span).")


if __name__ == "__main__":
    main()
