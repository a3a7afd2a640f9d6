"""Wild33 truth for naheim/paleosizePaper references/README.md: a paleobiology class project's reference
list (body size evolution, respiration, phyla, tiering, motility, feeding).

Shape: "## Topic References" sections of "* Authors. YEAR. Title. *Journal*, vol:pages. doi: ... [Link](url)
[PDF](file)" bullets separated by blank lines; some give "(YEAR)." or "YEAR:" instead of "YEAR.", two have a
plain (not italic) journal (lines 14, 50).  The same paper is listed again under several topics (Bambach 2002,
Bush & Bambach 2011, Butterfield 2017, Knope 2015, Whalen 2018): each listing is its own entry.  Not entries:
the "### R" block (lines 7-11: "base program" / "*paleoTS*" labels and the citations of R and of the
paleoTS package, software).  The ICS chart article (line 14, Episodes) is a paper.  Hunt 2006 (line 28)
writes an empty "doi: ." and Hunt 2007 (line 30) writes Hunt 2006's DOI as its "doi:" text before its own
link: the first DOI written counts.  Title: text after the year marker up to the '.' or '?' (kept) before
the journal.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "naheim__paleosizePaper__references__README@2638fcf.md"
PART = "wild33_development"


def title_of(text: str) -> str:
    m = re.search(r"(?:\(\d{4}\)\.|\b\d{4}[.:])\s+", text)
    rest = text[m.end():]
    e = re.search(r"\.\s+(?=\*|Episodes|Earth and)|\?(?=\s+\*)", rest)
    return rest[: e.start() + (1 if rest[e.start()] == "?" else 0)]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, l in enumerate(lines, 1):
        if l.startswith("* ") and re.search(r"\b(19|20)\d\d\b", l):
            papers.append(entry(lines, i, i, title_of(l[2:])))
    assert len(papers) == 33, len(papers)
    write_truth(NAME, PART, papers,
                "Each top-level '* ' citation bullet with a year is an entry (repeats under other topics kept,"
                " the R/paleoTS software citations nested under labels excluded); title = text after the year"
                " up to the period or question mark before the journal.",
                "All 33 entries read against the file (titles, DOIs incl. Hunt 2006/2007 doi text), software"
                " block lines 7-11 confirmed excluded.")


if __name__ == "__main__":
    main()
