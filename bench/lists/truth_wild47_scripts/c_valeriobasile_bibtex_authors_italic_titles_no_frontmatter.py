"""Wild47 truth for valeriobasile/valeriobasile.github.io ``publication_list.md``: the publication list of an NLP
researcher (Valerio Basile; semantic parsing, natural language generation, sentiment analysis, Evalita), the
Markdown body that his Jekyll site's ``publications.md`` pulls in with ``{% include_relative publication_list.md %}``.
The newest commit touching the file (f8bf4b0, 2017-02-10, "deleted the wrong file, fixing") deleted it, when the
list moved to ``_data/publications.csv``; the commit taken is the last one holding it: 7918cf1 (2016-11-17, "updated
publication list").

Shape: 25 lines, 7 KB, no front matter, no headings: one ``- `` bullet per paper, newest first (2016 down to 2011), all
written from bibliography fields by the repository's ``make_publications.py`` in one pattern:
``- Last, First and Last, First *Title* (YEAR), Venue, pages  [PDF](files/NNN/x.pdf)  [bib](bib/key.bib)``.

Special cases:
- Authors in BibTeX ``Last, First and ...`` order, with brace-protected corporate/odd names
  (``{Rijksuniversiteit Groningen}`` 9, ``{Simonetta Montemagni}`` 10) and swapped names (``Jay, Young`` /
  ``Nick, Hawes`` 3).
- Bullets without a venue (``(2016)  [PDF]`` 7, ``(2015)  [PDF]`` 9) and without a PDF (``[bib]`` only: 4, 10, 18, 19).
- Titles ending with a dot inside the italics (``*Elephant: ... Segmentation.*`` 17, 22, 24; dropped by the tidy rule)
  and a question mark (``... classification?*`` 12, kept).
- 9 is the PhD thesis (``From logic to language: natural language generation from logical forms``, PDF
  ``Complete_thesis.pdf``), 4 is a shared-task guidelines document (``Evalita 2016 Sentipolc Task Task Guidelines``,
  the doubled ``Task`` kept): both listed as the author's publications, both entries.
- Links are relative (``files/...pdf``, ``bib/...bib``): no DOI or arXiv id anywhere.

Decisions:
- Entry = every ``- `` bullet (25), one line each; title = the ``*...*`` italic after the authors.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "valeriobasile__valeriobasile.github.io__publication_list@7918cf1.md"
PART = "wild47_development"

BULLET = re.compile(r"^- (?P<authors>[^*]+?) \*(?P<title>[^*]+)\* \((?P<year>\d{4})\)(?P<rest>.*)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[-1] == "" and len(lines) == 26
    papers = []
    years = []
    for n, ln in enumerate(lines, 1):
        if not ln:
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        assert "[bib](bib/" in m.group("rest"), (n, ln)
        years.append(int(m.group("year")))
        papers.append(entry(lines, n, n, m.group("title")))
    assert years == sorted(years, reverse=True), years
    t = {p["line"]: p for p in papers}
    assert t[1]["title"] == "Building a General Knowledge Base of Physical Objects for Robots", t[1]
    assert t[4]["title"] == "Evalita 2016 Sentipolc Task Task Guidelines", t[4]
    assert t[9]["title"] == "From logic to language: natural language generation from logical forms", t[9]
    assert t[12]["title"] == "Topical tags vs non-topical tags: Towards a bipartite classification?", t[12]
    assert t[17]["title"] == "Elephant: Sequence Labeling for Word and Sentence Segmentation", t[17]
    assert t[25]["title"] == "Towards generating text from discourse representation structures", t[25]
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- ' bullet is an entry (25: papers, the PhD thesis 9 and the Evalita 2016 task guidelines 4); title ="
        " the '*...*' italic after the BibTeX-order author list, a final dot inside it dropped; no ids (relative PDF"
        " and bib links only).",
        "Read all 25 lines; compared -v for every bullet: brace-protected names 9/10, bullets without venue 7/9 or"
        " without PDF 4/10/18/19, dotted titles 17/22/24, the '?' title 12, years descending 2016..2011.",
    )


if __name__ == "__main__":
    main()
