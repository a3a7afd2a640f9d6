"""Wild53 truth for ryutau/ryutau.github.io journal-club.md: the "journal club" page of a cognitive-science
researcher's homepage ("papers or textbooks I read with my friends"), newest commit holding it (b970c63,
2024-10-17).

Shape: 32 lines (and a final newline), 3.8 KB, no front matter.  An intro sentence (1), ``# Textbooks`` (3) over five
``- `` bullets (5-9): APA book references with the book title linked (Sutton & Barto, Farrell & Lewandowsky,
Davies et al., ProbMods web book, Acerbi et al.).  ``# Papers`` (11), ``## In 2022`` (13) over eighteen ``- ``
bullets (15-32), no links: one APA reference without quotes (15, ``Oey, L. A., ... (2022). Title. Journal``, no
closing period), sixteen Google-Scholar MLA references with the title in double quotes (16-31, ``Surname, Given,
et al. "Title." Journal 26.2 (2013): 118-127.``), and a last bare line ``Introduction to the Free Energy Principle
(in Japanese)`` (32).

Special cases:
- 16 and 30: titles with a question mark; 30 is written ``... when we learn?."`` (Scholar's ``?.``), the closing
  period dropped, the ``?`` kept.
- 17: ``Problem‐Solving`` with a U+2010 hyphen, kept as written.
- 32: no authors, no venue, a language note -- the Japanese introduction to the free energy principle (a book, by
  its wording and the absence of any article data); not counted as a paper.

Decisions:
- Entry = each bullet under ``# Papers`` that is a reference (15-31, 17); title = the quoted text (16-31, its final
  ``.`` dropped) or, for the APA line 15, the text between ``(2022). `` and the next ``. ``.
- Not entries: the five textbook bullets, the bare Free Energy Principle line 32, headings, the intro.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "ryutau__ryutau.github.io__journal-club@b970c63.md"
PART = "wild53_development"

MLA = re.compile(r'^- [^"]+ "(?P<title>[^"]+)" [^"]+ \(\d{4}\): [\w-]+\.$')
APA = re.compile(r"^- [^()]+ \((?P<year>\d{4})\)\. (?P<title>[^.]+)\. (?P<venue>[^.]+)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "# Textbooks" and lines[10] == "# Papers", (lines[2], lines[10])
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= 11 or not ln.startswith("- "):
            continue
        m = MLA.match(ln) or APA.match(ln)
        if not m:
            assert n == 32 and ln == "- Introduction to the Free Energy Principle (in Japanese)", (n, ln)
            continue
        papers.append(entry(lines, n, n, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert t[15]["title"] == "Designing and detecting lies by reasoning about other agents", t[15]
    assert t[16]["title"] == "Now for me, later for us? Effects of group context on temporal discounting", t[16]
    assert t[17]["title"] == "A Social Interpolation Model of Group Problem\u2010Solving", t[17]
    assert t[30]["title"] == "The social Bayesian brain: does mentalizing make a difference when we learn?", t[30]
    assert t[31]["title"] == "The efficient interaction of indirect reciprocity and costly punishment", t[31]
    assert [p["line"] for p in papers] == list(range(15, 32))
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 17, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each reference bullet under '# Papers' is an entry (15-31, 17): title = the double-quoted text of the"
        " Scholar-MLA lines (closing period dropped, '?' kept) or the text after '(2022). ' up to the next '. ' on"
        " the APA line 15; the five '# Textbooks' book bullets and the bare 'Introduction to the Free Energy"
        " Principle (in Japanese)' line 32 (a book) are not entries.",
        "Read all 32 lines; compared -v for all 17 entries: the unquoted APA title 15 (no closing period after the"
        " venue), question-mark titles 16 and 30 ('learn?.' ends as 'learn?'), the U+2010 hyphen in 17; no links,"
        " so no ids.",
    )


if __name__ == "__main__":
    main()
