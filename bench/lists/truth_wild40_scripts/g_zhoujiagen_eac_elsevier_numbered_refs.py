"""Wild40 truth for zhoujiagen/learning-algorithms docs/compiler/engineering-a-compiler/eac-refs.md: the
bibliography of Cooper & Torczon's textbook "Engineering a Compiler" (2nd ed.), pasted from the PDF into a
personal study-notes site.

Shape: a ``#`` heading, then 359 ordered-list lines ``N. Authors, Title, Venue ...`` in Elsevier's numbered
style: initials-first authors separated by commas (``et al.``, ``(Ed.)``/``(Eds.)``, ``Jr.`` suffixes), the
title in sentence case (books and theses in title case), then ``Journal vol (issue) (year) pages``,
``in: Proceedings ...``, ``PhD thesis, ...``, ``Technical Report ...`` or ``Publisher, City, Year`` for books;
many SIGPLAN Notices entries add ``Proceedings of ...`` after the pages.  PDF-extraction debris is kept in
the text: stray ``¨``/``´`` (43, 47, 157, 225, 226, 281), a stray ``M`` inside title 136, lost hyphens
(``highperformance``, ``pointermachine``), a lost superscript (``time n3``, 358).  Two references continue on
an unnumbered line: 255 (line 258, the bracketed German original ``[Die strukturanalyse von
formelubersetzern, ...]``) and 291 (line 295, ``[H], Commun. ACM ...``, the title broken before a stray
``[H]``).  340 separates author and title with '.' instead of ','.  Quoted titles: 133, 134 and 321 cite
another paper's title in curly quotes with the separating comma inside the closing quote; 324 is
``History of Programming Languages—II, “The Evolution of LISP,” ACM Press, ...``.

Decisions:
- A reference is an entry when it cites a paper: journal and conference articles, chapters in edited
  volumes or handbooks (``in: ... (Eds.)``, 224 Automata Studies, 206 the Unix manual's "A tour through the
  portable C compiler", 324 the HOPL-II chapter, 256 the unpublished book chapter), PhD/Master's theses,
  technical and scientific reports (including SETL Newsletters 215/216, reference manuals issued as
  technical reports 266/316/334) and unpublished manuscripts (200, 254, 338).  Not entries: 26 books
  (monographs, textbooks, edited books and the CLU manual; recognised by ``Publisher, City, Year`` with no
  ``in:``/journal/report before it, plus 233 "Smalltalk-80: Bits of History, Words of Advice"), the two
  United States patents (52, 74) and the private communication (15).
- One entry per reference, spanning its line (and its continuation line for 255 and 291); a thesis also
  issued as a technical report, a reprint, a translation or an "Also published as" note is the same work.
  Two references name two publications: 209 (part I and part II in two issues) and 264 (the PhD thesis and
  "the paper of the same title" in the APL conference proceedings): two entries each, same lines, same
  title.  332 entries.
- Title: the text after the last author and before the venue (the first ``, in:``, journal
  ``vol (issue) (year)``, thesis/report/manuscript/patent marker); a title ending in '?' keeps it (35, 191);
  debris inside the title is kept; 291 drops the stray ``[H]``; 340 is cut after ``W.M. Waite.``; the quoted
  titles 133/134/321 run to the closing quote (comma included, as written); 324 is "The Evolution of LISP".
- No DOIs or arXiv ids in the file.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "zhoujiagen__learning-algorithms__docs__compiler__engineering-a-compiler__eac-refs@de3c17a.md"
PART = "wild40_development"

REF = re.compile(r"^(\d+)\. (.*)$")
AUTHOR = re.compile(
    r"^(?:(?:[A-Z][a-z]?\.[\s-]?)+\s*[A-Z][^\s,.]*(?:[-\s](?:Jr\.|[A-Z][^\s,]*))?(?: \(Eds?\.\))?|et al\.)$"
)
VENUE = re.compile(
    r", in: |, PhD thesis|, Master’s thesis|, Technical Report|, Scientific Report|, Computing Science Report|"
    r", SETL Newsletter|, unpublished manuscript|, Manuscript,|\. Unpublished book chapter|, United States Patent|"
    r"(?:,|\?)\s[^,]*?\s(?:[A-Z]+-)?\d+\s\((?:[\d–-]+|Suppl\. \d+)\)\s\(\d{4}\)|(?:,|\?)\s[^,]*?\s\d+\s\(\d{4}\)|"
    r", ALGOL Bull\."
)
PUBLISHER = re.compile(
    r", (?:Addison-?\s?Wesley|Prentice-Hall|Morgan Kaufmann|(?:The )?MIT Press|Springer-Verlag|John Wiley|"
    r"Academic Press|Science Research|Benjamin/Cummings|Digital Press|PWS Publishing|Computer Science Press|"
    r"Programming Languages Series|CRC Press|ACM Press)"
)
NOT_PAPERS = {15: "private communication", 52: "patent", 74: "patent", 233: "edited book"}
TITLES = {
    133: "A solution to a problem with Morel and Renvoise’s “Global optimization by suppression of partial"
    " redundancies,”",
    134: "A variation of Knoop, Ruthing, and Steffen’s “lazy ¨ code motion,”",
    321: "Some comments on “A solution to a problem with Morel and Renvoise’s ‘Global optimization by suppression"
    " of partial redundancies,’ ”",
    324: "The Evolution of LISP",
    340: "The cost of lexical analysis",
    291: "Immediate predominators in a directed graph",
}
TWO_WORKS = {209, 264}


def references(lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(number, first line, last line, text) of every numbered reference, continuation lines joined."""
    refs: list[tuple[int, int, int, str]] = []
    for n, ln in enumerate(lines, 1):
        m = REF.match(ln)
        if m:
            refs.append((int(m.group(1)), n, n, m.group(2)))
        elif ln.strip() and n > 2:
            num, first, _, text = refs[-1]
            refs[-1] = (num, first, n, text + " " + ln.strip())
    return refs


def split(text: str) -> tuple[str, bool]:
    """(title, is_book) of one reference: authors are the leading comma-separated name tokens."""
    toks = text.split(", ")
    i = 0
    while i < len(toks) and AUTHOR.match(toks[i]):
        i += 1
    assert i > 0, text
    rest = ", ".join(toks[i:])
    v = VENUE.search(rest)
    p = PUBLISHER.search(rest)
    if v and (not p or v.start() < p.start()):
        cut = v.start() + (1 if rest[v.start()] == "?" else 0)
        return rest[:cut], False
    assert p, text
    return rest[: p.start()], True


def main() -> None:
    lines = read_lines(NAME)
    refs = references(lines)
    assert [r[0] for r in refs] == list(range(1, 360))
    papers, books = [], []
    for num, first, last, text in refs:
        if num in NOT_PAPERS:
            continue
        if num in TITLES:
            title = TITLES[num]
            assert title in text, num
        else:
            title, is_book = split(text)
            if is_book:
                books.append(num)
                continue
        papers.append(entry(lines, first, last, title))
        if num in TWO_WORKS:
            papers.append(entry(lines, first, last, title))
    assert books == [4, 7, 8, 20, 33, 41, 109, 137, 147, 162, 171, 194, 195, 231, 232, 248, 265, 268, 270, 293, 299,
                     315, 339, 352, 356], books
    assert len(papers) == 332, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered reference citing a paper (article, chapter, thesis, report, manuscript) is an entry on its"
        " line(s); books, patents and a private communication are not; 209 (parts I/II) and 264 (thesis + paper)"
        " are two entries each; title = the text between the last initials-first author and the venue marker,"
        " with per-line fixes for quoted titles, 291's stray [H] and 340's '.' separator.",
        "Whole reference list read against the -v output (all 359 numbers, sequence checked): every title cut"
        " compared by eye, with attention to '?'-final titles (35, 191), titles with commas (7, 26, 61, 84, 112,"
        " 143, 286), quoted titles (133, 134, 321, 324), the two continuation lines (255/258, 291/295), the"
        " '.'-separated 340, author lists with (Ed.)/(Eds.)/Jr./et al./hyphenated initials (11, 16, 27, 63, 273,"
        " 291, 248); the 25 publisher-detected books plus 233 checked as books, 52/74 patents and 15 excluded;"
        " thesis+report, reprint, translation and 'Also published as' references kept as one entry; 209 and 264"
        " doubled; no ids in the file.",
    )


if __name__ == "__main__":
    main()
