"""Wild39 truth for selkind/GeoMap source/works_referenced/thesis.md (newest commit 319c53f): the "Thesis Works
Referenced" page of a geological-map project of southern Victoria Land, Antarctica (earth science: the theses whose
maps were digitised), one of six generated ``works_referenced`` pages (papers, maps, theses, GIS, unpublished).

Shape: four blank lines, ``# Thesis Works Referenced`` (5), then one card per work, 14 lines each, cards not separated
by blank lines: a level-2 heading naming the work by its first author's surname and year (``## Adam 1994``,
``## Hood Hills 2003``, ``## La Prade 1969``); a line holding two spaces; a bold Google Scholar search link whose
``q=`` query is the percent-encoded title plus author and year; a line of two spaces; ``**Bibtex citation**``; a blank
line; a fenced code block (no language tag) with a one-field-per-line BibTeX ``@article{...}`` record whose
``title={...}``, ``authors={...}`` (sic), ``journal={...}`` and ``year={...}`` fields carry the reference.  Every
record is typed ``@article`` but its ``journal`` field says what the work is: "Unpublished M.Sc. thesis" (28, one
written "M. Sc."), "Unpublished Ph.D. thesis" (7), "Unpublished B.Sc. (Hons) thesis" (7, one written "B.Sc.(Hons)"),
"Unpublished P.G.Dip.Sci. thesis", "Unpublished PhD thesis Fig 3" and "PhD thesis, Plate VII" (a thesis cited for one
figure or plate).  The file ends with the last fence and no newline.

Entries (47): every card -- each is one thesis (university theses are scholarly works).  The BibTeX block sits under
the heading of the same work, so heading and block are one entry, spanning the heading line to the closing fence.
Title: the ``title={...}`` field as written (no nested braces occur); the heading (surname and year) is a label, not a
title.  One record (511, "Read 2010", an unpublished Ph.D. thesis) has ``title={PhD thesis in prep}``: a status, not a
title, so it is an entry with title None.  Short titles such as "Koettlitz Group Structure", "Panorama Geology" and
"Lower Wright Geology" are kept as written.  Ids: none -- the only links are Google Scholar searches, and no record has a DOI or arXiv id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "selkind__GeoMap__source__works_referenced__thesis@319c53f.md"
PART = "wild39_development"

HEAD = re.compile(r"^## (\S.*\S) (\d{4})$")
TITLE = re.compile(r"^  title=\{([^{}]+)\},$")
# the one record whose title field holds no title, only a status
NO_TITLE = {511: "PhD thesis in prep"}
JOURNAL = re.compile(r"^  journal=\{([^{}]+)\},$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[4] == "# Thesis Works Referenced" and not any(x.strip() for x in lines[:4])
    heads = [i for i, ln in enumerate(lines, 1) if ln.startswith("## ")]
    papers = []
    kinds = {}
    for n, first in enumerate(heads):
        m = HEAD.match(lines[first - 1])
        assert m, first
        # the card's fixed layout
        assert lines[first].strip() == "" and lines[first + 1].startswith("**[Google Scholar Link](https://scholar.google"), first
        assert lines[first + 3] == "**Bibtex citation**" and lines[first + 4] == "" and lines[first + 5] == "```", first
        assert lines[first + 6].startswith("@article{"), first
        last = first + 13
        assert lines[last - 1] == "```" and lines[last - 2] == "}", first
        nxt = heads[n + 1] if n + 1 < len(heads) else len(lines) + 1
        assert nxt == last + 1, (first, nxt)
        t = TITLE.match(lines[first + 7])
        j = JOURNAL.match(lines[first + 9])
        assert t and j and lines[first + 8].startswith("  authors={"), first
        assert lines[first + 10] == "  year={" + m.group(2) + "}", first
        assert "thesis" in j.group(1), (first, j.group(1))
        kinds[j.group(1)] = kinds.get(j.group(1), 0) + 1
        if first in NO_TITLE:
            assert t.group(1) == NO_TITLE[first], first
            papers.append(entry(lines, first, last, None))
        else:
            papers.append(entry(lines, first, last, t.group(1)))
    assert lines[-1] == "```"
    assert kinds == {"Unpublished M.Sc. thesis": 28, "Unpublished Ph.D. thesis": 7, "Unpublished B.Sc. (Hons) thesis": 7,
                     "Unpublished B.Sc.(Hons) thesis": 1, "Unpublished M. Sc. thesis": 1,
                     "Unpublished P.G.Dip.Sci. thesis": 1, "Unpublished PhD thesis Fig 3": 1,
                     "PhD thesis, Plate VII": 1}, kinds
    t = {p["line"]: p["title"] for p in papers}
    assert t[7] == "The geology of southern White Island, Antarctica", t[7]
    assert t[273].startswith("Vent structures preserved in the Mawson Formation"), t[273]
    assert t[511] is None and sum(1 for p in papers if p["title"] is None) == 1
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    assert len(papers) == 47, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '## Surname Year' card (heading, Google Scholar search link, fenced one-record BibTeX block) is one "
        "thesis entry spanning heading to closing fence; title = the BibTeX title={...} field (None for the 'PhD thesis "
        "in prep' placeholder of 511); no DOIs or arXiv ids.",
        "All 47 cards checked against the -v output: the fixed 14-line layout asserted for every card, every record's "
        "journal field read (all theses: M.Sc., Ph.D., B.Sc. Hons, P.G.Dip.Sci., and the 'PhD thesis Fig 3' / 'Plate "
        "VII' figure citations), the title-less 'PhD thesis in prep' record (511), the odd headings 'Hood Hills 2003' and 'La Prade 1969', first and last cards (7, "
        "651) and ~20 titles compared with their BibTeX title fields and Scholar query strings; no DOI or arXiv id "
        "anywhere in the file.",
    )


if __name__ == "__main__":
    main()
