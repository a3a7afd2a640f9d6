"""Wild55 truth for whipson/website content/publications.md: the publication page of Will E. Hipson
(developmental / social psychology, emotion dynamics), a Hugo (blogdown) personal site, the only commit touching the
file (e7621fc, 2021-03-27).

Shape: 57 lines.  Hugo front matter (1-6), then year headings ``### 2016`` (8) ... ``### 2021`` (48) in ascending
order, each followed by paragraphs separated by blank lines.  Every paragraph is one Markdown link whose text is the
whole APA reference: ``[Authors (Year). Title. *Journal, vol*(issue), pages.](url)``; italics sit inside the link
text.  Links go to publisher pages (Taylor & Francis ``doi/abs/10.1080/...?tab=...``, Wiley, SAGE, ScienceDirect
``pii``), PubMed (18), ResearchGate (22), APA PsycNet (28), Wayne State Digital Commons (46), ReadCube
(``articles/10.3389/...``, 50) and arXiv abs pages (42, 44, 52).

Special cases:
- 10 writes three spaces inside the title (``between   daycare``); the entry helper collapses them to one.
- Titles with a question mark mid-title: 10 ``Is good fit related to good behaviour? Goodness of fit ...``,
  54 ``Time alone well spent? A person-centered analysis ...``.
- 22 is an encyclopedia entry (``Goodness of Fit Model. *Encyclopaedia of personality and individual
  differences*``) and 28 a handbook chapter (``... anxious children. In W. M. Bukowski, ... (Eds.), *Handbook of
  peer interactions ...*``): scholarly works of the list, kept as entries.
- arXiv preprints (42, 44, 52) end ``arXiv preprint arXiv:NNNN.NNNNN.`` inside the link text.

Decisions:
- Entry = every link paragraph under the year headings (10-56): 3 + 3 + 3 + 3 + 3 + 4 = 19, 2016 to
  2021; span = its single line.
- Title = the link text after ``(Year). `` up to the first period followed by a space.
"""
import itertools
import re

from _wild55 import entry, read_lines, write_truth

NAME = "whipson__website__content__publications@e7621fc.md"
PART = "wild55_development"

ITEM = re.compile(r"^\[(?P<text>.+)\]\((?P<url>[^)]*(?:\([^)]*\)[^)]*)*)\)$")
TITLE = re.compile(r"\(\d{4}\)\.\s+(?P<title>.+?)\.\s")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("["):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        t = TITLE.search(m.group("text"))
        assert t, (n, ln)
        papers.append(entry(lines, n, n, t.group("title")))
    by = {p["line"]: p for p in papers}
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("### ")] + [len(lines) + 1]
    per_year = [sum(1 for p in papers if a < p["line"] < b) for a, b in itertools.pairwise(heads)]
    assert per_year == [3, 3, 3, 3, 3, 4], per_year
    assert len(papers) == 19, len(papers)
    assert by[10]["title"] == ("Is good fit related to good behaviour? Goodness of fit between daycare"
                               " teacher–child relationships, temperament, and prosocial behaviour"), by[10]
    assert by[22]["title"] == "Goodness of Fit Model", by[22]
    assert by[28]["title"] == ("Peer-based interventions for behaviorally inhibited, socially withdrawn, and"
                               " socially anxious children"), by[28]
    assert (by[42]["title"], by[42]["arxiv"]) == ("PoKi: A Large Dataset of Poems by Children", "2004.06188"), by[42]
    assert by[52]["arxiv"] == "2103.01345", by[52]
    assert by[54]["title"] == ("Time alone well spent? A person-centered analysis of adolescents' solitary"
                               " activities"), by[54]
    assert by[56]["doi"] == "10.1177/0265407521998460", by[56]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every paragraph that is a single Markdown link whose text is a whole APA reference, under the"
        " '### Year' headings, is an entry (an encyclopedia entry and a handbook chapter included).  Title = the"
        " link text after '(Year). ' up to the first period followed by a space (whitespace collapsed).",
        checked="Compared -v with all link paragraphs: per-year counts, the question-mark titles (10, 54), the"
        " encyclopedia entry 22 and chapter 28, the arXiv ids (42, 44, 52), and the DOIs read from publisher URLs"
        " (Taylor & Francis with a query string, Wiley, Springer, SAGE, ReadCube); no DOI from PubMed, ResearchGate,"
        " PsycNet, ScienceDirect pii or Digital Commons links.",
    )


if __name__ == "__main__":
    main()
