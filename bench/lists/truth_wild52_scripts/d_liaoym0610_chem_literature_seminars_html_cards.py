"""Wild52 truth for liaoym0610/liaoym0610.github.io literature.md: "Abstracts from literature seminars made by Yumeng",
the literature-seminar page of a chemistry PhD student's personal site (organometallic chemistry, catalysis, total
synthesis); newest commit c7a89b1 (2024-06-21).

Shape: 94 lines, 6 KB.  ``# Literature`` (1), ``#### Abstracts from literature seminars made by Yumeng`` (2), then
14 cards numbered downward, each opening with a bold numbered title and an HTML break,
``**10. Migratory Insertion of CO into a Au–C Bond** <br>``, and ending with ``<br>`` / ``<br><br>`` spacer lines:
- 4-22, cards 14-11: title, ``Mini Review <br>``, ``see **[seminar file](https://liaoym0610.github.io/literature/
  MR_2024....pdf)**``: the student's own mini-review talks on a topic, with no paper behind them;
- 24-92, cards 10-1: title, an ACS-style citation line ``Bower J. F.; Russel C. A. *et al. J. Am. Chem. Soc.*
  **2022**, *144*, 19719-19725. [10.1021/jacs.2c10432](https://doi.org/10.1021/jacs.2c10432)<br>``, the seminar-file
  line and a centred TOC graphic ``<div align=center><img src="..." width="350px"></div>`` (ACS graphic URLs repeat
  the DOI).
Closing link ``##### [back to homepage](...)`` (94).

Special cases:
- HTML inside the bold titles: ``<i>gem-</i>Hydrogenation`` (45), ``<i>cis-</i>Semihydrogenation`` (73),
  ``C(sp<sup>3</sup>)–C(sp<sup>3</sup>)`` (52); the tags are markup and are dropped (``gem-Hydrogenation``,
  ``C(sp3)–C(sp3)``).
- Card 3 (74) copies card 5's volume and pages (``*117*, 11106–11112``) next to its own 2021 JACS DOI; card 7 (46)
  gives no volume; titles keep their case as written (card 4 ``... Trans-hydrogenation with Ethanol``).
- The Mini Review cards (11-14) present topics, not papers: not entries (a talk list would count only if the page
  were plainly a publication list of talks, which it is not; the seminar PDFs are slides).

Decisions:
- Entry = each paper card 10..1 (10), spanning its title, citation, seminar-file and graphic lines.
- Title = the bold text after ``N. ``, HTML tags removed.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "liaoym0610__liaoym0610.github.io__literature@c7a89b1.md"
PART = "wild52_development"

CARD = re.compile(r"^\*\*(?P<num>\d+)\. (?P<title>.+)\*\* <br>$")
CITE = re.compile(r"^[A-ZÀ-Ü][^*]+ \*et al\. [^*]+\* \*\*(?:19|20)\d\d\*\*, .*\[(10\.\d+/[^\]]+)\]\(https://doi\.org/\1\)<br>$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Literature"
    papers = []
    reviews = []
    for n, ln in enumerate(lines, 1):
        m = CARD.match(ln)
        if not m:
            continue
        if lines[n] == "Mini Review <br>":
            reviews.append(int(m.group("num")))
            continue
        assert CITE.match(lines[n]), (n, lines[n])
        assert lines[n + 1].startswith("see **[seminar file]") and lines[n + 2].startswith("<div align=center><img")
        papers.append(entry(lines, n, n + 3, m.group("title")))
    assert reviews == [14, 13, 12, 11], reviews
    t = {p["line"]: p for p in papers}
    assert (t[24]["title"], t[24]["doi"]) == ("Migratory Insertion of CO into a Au–C Bond", "10.1021/jacs.2c10432")
    assert t[45]["title"] == (
        "An Anionic Dinuclear Ruthenium Dihydrogen Complex of Relevance for Alkyne gem-Hydrogenation"), t[45]
    assert t[52]["title"] == "Cobalt-Catalysed Enantioselective C(sp3)–C(sp3) Coupling", t[52]
    assert t[73]["doi"] == "10.1021/jacs.1c01472", t[73]
    assert (t[87]["end"], t[87]["doi"]) == (90, "10.1021/jacs.9b07693"), t[87]
    assert len(papers) == 10, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper card (numbered 10 down to 1, lines 24-90) is an entry (10), spanning its bold title, ACS-style"
        " citation with DOI link, seminar-file link and TOC-graphic div; title = the bold text after the number with"
        " the <i>/<sup> tags removed; the four 'Mini Review' cards (14-11, lines 4-22) are the student's topic talks,"
        " not papers, and are not entries.",
        "Read all 94 lines; compared -v with every card: 10 paper cards with their DOIs (jacs x6, anie x2, Nat. Catal."
        " x2), titles with HTML removed (45, 52, 73), card 3's copied volume/pages (74) not affecting its DOI; the 4"
        " Mini Review cards skipped.",
    )


if __name__ == "__main__":
    main()
