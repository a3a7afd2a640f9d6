"""Wild53 truth for tdhock/tdhock.github.io _pages/publications.md: the "Publications" page of Toby Dylan Hocking
(machine learning, changepoint detection, R software; Sherbrooke), an al-folio Jekyll page, newest commit (ac5bf7c,
2026-08-19).  The page is generated from the author's BibTeX database by an R script (knitr ``kable``), but the file
is plain Markdown and holds the whole list.

Shape: 144 lines, 86 KB, almost all of it in one very wide pipe table.  Front matter (1-6), five ``- `` notice
bullets wrapped over several lines (8-26; links to Scholar, the Genealogy Project, the .bib file and a PDF), an
HTML ``<table>`` of counts by type (28-61: journal paper 41, in progress 19, conference paper 13, book 1, book chapter
1, PHD thesis 1), then the kable table: header ``|Figure |Published |Authors |Title |Venue |Links |`` (65), alignment
row (66) and 76 data rows (67-142), every cell space-padded to the column width.  Figure = an ``<img>`` thumbnail
``/assets/img/publications/thumb/Nguyen2025comparative.png``; Published = ``In progress`` (67-85) or a year (86-142,
2026 down to 2008); Authors = ``Nguyen TL, Hocking TD``; Title plain text; Venue = journal/proceedings with volume, or
a status (``Preprint arXiv:2503.02011, under review at Statistics and Computing``, ``In progress``); Links = a
comma-separated list of ``[Publisher](url)``, ``[DOI](url)``, ``[Preprint](url)``, ``[Reproducible](url)``,
``[Software](url)``, ``[Slides](url)``, ``[Pubmed](url)``..., empty on 78.  Row 86's Links cell goes on with a
sentence naming a related poster ("related poster Trends in Autism Diagnostic Determinations ... was selected as one
of the Top-Rated Abstracts at [INSAR 2025 conference](url)"): a poster inside the row, not a separate entry.

Special cases:
- The page lists everything in the author's database as publications, so every row is kept: the in-progress work
  (19 rows, incl. an abstract submitted to a conference 67 and two useR tutorials whose "textbook" is in progress,
  82-83), the book (90, a French animint2 manual, Université de Sherbrooke), the book chapter (109) and the PhD
  thesis (139).
- The counts table (28-61) and the notice bullets are not entries.
- arXiv ids appear both as ``[Preprint](https://arxiv.org/abs/...)`` links and as ``Preprint arXiv:NNNN.NNNNN`` text
  in the Venue cell; DOIs as ``[DOI](https://doi.org/...)``, ``dx.doi.org`` links or publisher URLs holding them
  (Springer, T&F, ACM, IOP, Wiley, OUP, Taylor & Francis books).

Decisions:
- Entry = each data row of the kable table (one line each, 76); title = the Title cell, padding stripped.
- Ids: the first arXiv id and the first DOI written anywhere in the row; on 109 the DOI is cut from the
  taylorfrancis.com URL ``/books/oa-edit/10.1201/9780429155659/land-carbon-cycle-modeling-...`` by hand (the
  helper would keep the slug).  115 and 119 share the same arXiv preprint link, as written.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "tdhock__tdhock.github.io___pages__publications@ac5bf7c.md"
PART = "wild53_development"

HEAD = re.compile(r"^\|Figure +\|Published +\|Authors +\|Title +\|Venue +\|Links +\|$")
ALIGN = re.compile(r"^\|(?::-+\|)+$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[3] == "title: Publications"
    papers = []
    inside = False
    published = []
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            inside = True
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        assert inside, (n, ln)
        if ALIGN.match(ln):
            continue
        cells = [c.strip() for c in ln.split("|")]
        assert len(cells) == 8 and cells[0] == cells[7] == "", (n, len(cells))
        _, figure, pub, authors, title, _venue, _links, _ = cells
        assert figure.startswith("<img src=") and (pub == "In progress" or re.fullmatch(r"20[012]\d", pub)), (n, pub)
        assert authors and title and not re.search(r"[\[\]<>*`]", title), (n, title)
        published.append(pub)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 76, len(papers)
    t = {p["line"]: p for p in papers}
    # 109: the DOI sits in a taylorfrancis.com path followed by a slug; the helper keeps the slug, the DOI is the book's
    assert t[109]["doi"] == "10.1201/9780429155659/land-carbon-cycle-modeling-yiqi-luo-benjamin-smith", t[109]
    t[109]["doi"] = "10.1201/9780429155659"
    assert published.count("In progress") == 19 and published[19] == "2026" and published[-1] == "2008"
    assert (t[67]["title"], t[67]["arxiv"], t[67]["doi"]) == (
        "Predict, Profile, Prioritize: Machine Learning Reveals Hidden Patterns in Autism Service Access Disparities",
        None, None), t[67]
    assert t[70]["arxiv"] == "2503.02011", t[70]
    assert t[89]["title"].startswith("SOAK: Same/Other/All K-fold") and t[89]["doi"] == "10.1002/sam.70055", t[89]
    assert t[90]["title"] == "Visualisation interactive de données dans R avec animint2", t[90]
    assert t[95]["doi"] == "10.1080/10618600.2023.2293216", t[95]
    assert t[139]["title"] == "Learning algorithms and statistical software, with applications to bioinformatics"
    assert t[142]["title"] == "Heritable targeted gene disruption in zebrafish using designed zinc-finger nucleases"
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the kable pipe table (67-142, 76 rows: 19 'In progress', then years 2026-2008) is an"
        " entry, one line each; title = the Title cell with its padding stripped; the page lists all the author's"
        " works as publications, so the in-progress items (incl. an abstract 67 and two tutorials with textbooks in"
        " progress 82-83), the book 90, the chapter 109 and the PhD thesis 139 are kept; the notice bullets and the"
        " HTML counts-by-type table are not entries.",
        "Read the head (1-66) and every row's Published/Title/Venue/Links cells (67-142); checked all 76 rows have 8"
        " cells, thumbnails and a year or 'In progress', titles free of markup; spot-checked ids: arXiv from"
        " [Preprint] links and 'Preprint arXiv:' venue text (70, 71, 76, 77, 81, 84, 85), DOIs from [DOI] links (89,"
        " 95, 96, 127) and publisher URLs (92, 93, 107, 110, 111), none on 67; row count matches the counts table"
        " (41+19+13+1+1+1); the 109 DOI trimmed to 10.1201/9780429155659 by hand.",
    )


if __name__ == "__main__":
    main()
