"""Wild48 truth for aditya08/aditya08.github.io content/publications/_index.md: the Hugo "Publications" section page
of Aditya Devarakonda (parallel / communication-avoiding optimization and linear algebra), newest commit
(b0fdbd8, 2026-05-31, "adding new pubs").  The site's older Jekyll ``publications.md`` and a longer Hugo page with
hidden abstracts are not in the snapshot's history; this short index page is the live list.

Shape: 22 lines, 4 KB.  Front matter (1-4: ``title: "Publications"``, ``description: "Preprints and articles"``), a
blank line, then 17 one-line bullets (6-22), newest first, each a plain-text citation ``AUTHORS, Title, VENUE...``
with no markup around the title:
- 6-11: the whole citation is the text of a relative link to a Hugo sub-page, ``- [J. Bellavita, ..., Title,
  arXiv:2601.17136, (Accepted, IPDPS'26)](vivaldi/)``; line 11 carries ``**Outstanding paper award.**`` inside the
  link text.
- 12-22: the same citation without a link.
Authors are initials + surname joined by ``, `` / `` and `` / ``, and ``; the venue follows the title after ``, ``
and starts with ``arXiv:``, ``Proceedings``, ``IEEE``, ``SIAM``, ``Journal`` or ``Computing``.

Special cases:
- 10 ``Communication-Efficient, 2D Parallel Stochastic Gradient Descent for Distributed-Memory Optimization``: a
  comma inside the title, so the title runs to the venue, not to the next comma.
- 19: no comma between the last author and the title (``M. W. Mahoney Matrix factorizations at scale: ...``).
- Title case as written (sentence case on 12-22 except 12, ``Adabatch`` 17, ``C+ MPI`` 19).
- arXiv ids are written ``arXiv:NNNN.NNNNN`` (6-8, 10, 17, 18); no DOIs or URLs at all.

Decisions:
- Entry = every bullet (17), one line each; title = the text between the author list and the venue.
- Not entries: front matter.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "aditya08__aditya08.github.io__content__publications___index@b0fdbd8.md"
PART = "wild48_development"

AUTHOR = r"(?:[A-Z]\. )+[A-Z][A-Za-z-]+"
AUTHORS = rf"{AUTHOR}(?:(?:, and |, | and ){AUTHOR})*"
BULLET = re.compile(r"^- (?P<link>\[)?(?P<body>.*?)(?:\]\([a-z]+/\))?$")
CITE = re.compile(rf"^(?P<authors>{AUTHORS}),? (?P<title>.+?), (?P<venue>(?:arXiv:|Proceedings|IEEE|SIAM|Journal|Computing).*)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1] == 'title: "Publications"'
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        b = BULLET.match(ln)
        assert b, (n, ln)
        body = b.group("body")
        assert bool(b.group("link")) == (n <= 11), (n, ln)
        m = CITE.match(body)
        assert m, (n, body)
        title = m.group("title")
        assert "," not in title or n == 10, (n, title)
        papers.append(entry(lines, n, n, title))
    t = {p["line"]: p for p in papers}
    assert (t[6]["title"], t[6]["arxiv"]) == ("Communication-Avoiding Linear Algebraic Kernel K-Means on GPUs",
                                              "2601.17136"), t[6]
    assert t[10]["title"] == ("Communication-Efficient, 2D Parallel Stochastic Gradient Descent for Distributed-Memory"
                              " Optimization"), t[10]
    assert t[11]["title"] == "Scalable dual coordinate descent for kernel methods", t[11]
    assert t[19]["title"] == ("Matrix factorizations at scale: A comparison of scientific data analytics in Spark and"
                              " C+ MPI using three case studies"), t[19]
    assert t[22]["title"] == "Cloud federation in a layered service model", t[22]
    assert sum(1 for p in papers if p["arxiv"]) == 6
    assert len(papers) == 17, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet (6-22) is an entry (17); each is a plain citation 'AUTHORS, Title, VENUE' (6-11 wrapped as the"
        " text of a relative link to a Hugo sub-page); title = the text between the initials-and-surname author list"
        " and the venue (starting arXiv:/Proceedings/IEEE/SIAM/Journal/Computing), so the comma inside line 10's"
        " title is kept and line 19's missing comma after the authors is handled; front matter is not an entry.",
        "Read all 22 lines; compared -v for all 17 bullets: link-wrapped 6-11 (award text on 11 not in the title),"
        " title with comma 10, no comma before the title 19, case kept as written; arXiv ids from 'arXiv:NNNN.NNNNN'"
        " on 6, 7, 8, 10, 17, 18; no DOIs.",
    )


if __name__ == "__main__":
    main()
