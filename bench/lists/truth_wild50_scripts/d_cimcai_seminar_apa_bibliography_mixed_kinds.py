"""Wild50 truth for cimcai/bibliographies seminar/philosophy-seminar-1-computationalism.md: the APA bibliography of
"works referenced" in a philosophy seminar on computationalism (California Institute for Machine Consciousness),
mixing mathematics, physics, logic and philosophy classics; newest commit (45116f4, 2025-12-11, when the file moved
into ``seminar/``).

Shape: 60 lines, 4.6 KB.  ``## Bibliography of works referenced in the seminar`` (1), a participants line (3), then
28 ``* `` bullets in alphabetical order, one per odd line 5-59, blank lines between.  Each bullet is an APA 7
reference: ``Authors (year). Title. *Journal, vol*(issue), pages. `https://doi.org/...` `` -- the URL is in
backticks, not a link; some have no URL (7, 27, 41 ...).

Special cases (what is and is not a research work):
- Books (italic title, publisher or nothing after): Descartes 13, Domingos 15, Maxwell 33, Schopenhauer 39,
  Wittgenstein 45, Wolfram 47/49 -- not entries.
- 35 NIST ``*Secure hash standard (SHS)* (FIPS PUB 180-4)``: a standard, not a research paper -- not an entry.
- 51, 53 Wolfram ``Combinators ...`` with ``*Stephen Wolfram Writings*``: blog posts -- not entries, though they have
  the article shape.
- 55 an MLST podcast episode ``[Audio podcast episode]`` -- not an entry.
- 17 ``*Tensor logic: The language of AI* (arXiv:2510.12269). arXiv.``: a preprint whose title is the italic part
  -- an entry.
- 27 Jung ``Synchronicity ... In *The collected works of C. G. Jung* (Vol. 8)`` and 41 Tarski ``The concept of truth
  ... In J. H. Woodger (Ed.), *Logic, semantics, metamathematics* ...``: essays/chapters in books -- entries,
  title = the chapter title.
- 23 Frankle & Carbin: ICLR paper with ``(Preprint: arXiv:1803.03635.)`` -- an entry with that arXiv id.
- 25 Gödel: the title holds italics (``der *Principia Mathematica* und ...``), dropped as markup; 21 Everett keeps
  its curly quotes (``“Relative state” formulation ...``); 19 EPR ends with ``?`` which stays.
- 5 (French) and 59 (German) titles are kept as written.

Decisions:
- Entry = a bullet naming a journal article, a chapter/essay in a book, or a preprint (17 of 28 bullets).
- Title = the text after ``(year). `` up to the first ``.`` or ``?`` followed by `` *`` (the italic journal) or
  `` In *``/`` In J.`` (the book it is in); for the preprint 17 the italic title itself.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "cimcai__bibliographies__seminar__philosophy-seminar-1-computationalism@45116f4.md"
PART = "wild50_development"

BULLET = re.compile(r"^\* (?P<authors>.+?) \((?P<year>\d{4}[^)]*)\)\. (?P<rest>.+)$")
ARTICLE = re.compile(r"^(?P<title>.+?[.?])\s+(?:In\s+(?:\*|[A-Z]\. )|\*)")
ITALIC_FIRST = re.compile(r"^\*(?P<title>[^*]+)\*")
BOOKS = {13, 15, 33, 39, 45, 47, 49}
NOT_RESEARCH = {35: "Secure hash standard", 51: "Stephen Wolfram Writings", 53: "Stephen Wolfram Writings",
                55: "[Audio podcast episode]"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Bibliography of works referenced in the seminar"
    papers = []
    bullets = 0
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        bullets += 1
        m = BULLET.match(ln)
        assert m, (n, ln)
        rest = m.group("rest")
        if n in BOOKS:
            assert rest.startswith("*") and "arXiv" not in rest, (n, rest)
            continue
        if n in NOT_RESEARCH:
            assert NOT_RESEARCH[n] in rest, (n, rest)
            continue
        if rest.startswith("*"):
            assert n == 17 and "arXiv:" in rest, (n, rest)
            title = ITALIC_FIRST.match(rest).group("title")
        else:
            a = ARTICLE.match(rest)
            assert a, (n, rest)
            title = a.group("title").removesuffix(".")  # the separator; tidy would keep it after "Systeme I" (25)
        papers.append(entry(lines, n, n, title))
    assert bullets == 28, bullets
    t = {p["line"]: p for p in papers}
    assert (t[5]["title"], t[5]["doi"]) == (
        "Sur la décomposition des ensembles de points en parties respectivement congruentes", "10.4064/fm-6-1-244-277")
    assert t[7]["title"] == "The thermodynamics of computation—A review", t[7]
    assert (t[17]["title"], t[17]["arxiv"]) == ("Tensor logic: The language of AI", "2510.12269"), t[17]
    assert t[19]["title"] == "Can quantum-mechanical description of physical reality be considered complete?"
    assert t[21]["title"] == "“Relative state” formulation of quantum mechanics", t[21]
    assert t[23]["arxiv"] == "1803.03635", t[23]
    assert t[25]["title"] == (
        "Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme I"), t[25]
    assert (t[27]["title"], t[27]["doi"]) == ("Synchronicity: An acausal connecting principle", None), t[27]
    assert t[31]["doi"] == "10.1016/0003-4916(57)90032-5", t[31]
    assert t[41]["title"] == "The concept of truth in formalized languages", t[41]
    assert t[59]["title"] == "Beweis, daß jede Menge wohlgeordnet werden kann", t[59]
    assert len(papers) == 17, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Of the 28 APA bullets, those naming a journal article, a chapter/essay in a book (Jung 27, Tarski 41) or a"
        " preprint (17) are entries (17); books (13, 15, 33, 39, 45, 47, 49), the NIST standard 35, Wolfram's blog"
        " posts 51/53 and the podcast episode 55 are not; title = text after '(year). ' up to the first '.'/'?' before"
        " the italic journal or 'In ...', the preprint's italic title for 17, italics inside a title dropped.",
        "Read all 60 lines; compared -v for each of the 28 bullets: 17 entries with titles, DOIs from the backticked"
        " doi.org URLs (5, 9, 11, 19, 21, 25, 29, 31, 37, 43, 57, 59), arXiv 17 and 23, no id for 7, 27, 41;"
        " checked that each left-out bullet is a book, standard, blog post or podcast.",
    )


if __name__ == "__main__":
    main()
