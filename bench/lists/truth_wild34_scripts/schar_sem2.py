"""Wild34 truth for schar/sem2 readings.md: course readings of a graduate semantics (linguistics) course.

Shape: topic headings (`### Intensionality`) over bullets whose link text is only an author-year
citation (`[von Fintel & Gillies (2007)](/files/readings/....pdf)`); no record writes a title, so every
title is None.  Some bullets name two works: an author outside the links with two year links
(`Champollion [(2011)](...),` on line 19 and `[(2015)](...)` on line 20; Kratzer 22-23; Dayal 38-39),
or two author-year links (Krifka/Heim 31-32, Heim/Dekker both on line 43, Jacobson/Charlow 57-58).
Each cited work is one entry on the line(s) of its own link; when two links share a line (43) both
entries have that line.

Not entries: textbook chapters and book excerpts (Heim & Kratzer 1998 Ch. 5, line 7; von Fintel &
Heim 2011 Ch. 1-4 lecture-notes textbook, line 11; Gamut 1991 Ch. 7.4, line 45) and Parsons (1990),
line 17, which is the monograph "Events in the Semantics of English" (its file slug says so).
Handbook chapters that are articles (Krifka 2011, Szabolcsi 2011) and Heim (1983) are entries.
No record carries an arXiv id or a DOI (links are local PDFs, lingbuzz and semprag pages).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "schar__sem2__readings@15d5310.md"
PART = "wild34_development"

# (first line, last line) of each cited article; two works on one line are listed twice
SPANS = [
    (13, 13),            # von Fintel & Gillies (2007)
    (19, 19), (20, 20),  # Champollion (2011), (2015)
    (22, 22), (23, 23),  # Kratzer (1996), (1998)
    (25, 25),            # Hacquard (2010)
    (27, 27),            # Szabó (2004)
    (31, 31), (32, 32),  # Krifka (2011), Heim (2011)
    (34, 34),            # Groenendijk & Stokhof (1989)
    (36, 36),            # Reinhart (1997)
    (38, 38), (39, 39),  # Dayal (1994), (2002)
    (43, 43), (43, 43),  # Heim (1983), Dekker (1994)
    (47, 47),            # Groenendijk & Stokhof (1991)
    (49, 49),            # Szabolcsi (2003)
    (53, 53),            # Partee (1986)
    (55, 55),            # Szabolcsi (2011)
    (57, 57), (58, 58),  # Jacobson (1994), Charlow (2017)
    (60, 60),            # Barker & Shan (2008)
    (64, 64),            # Sauerland (2004)
    (66, 66),            # Chierchia, Fox & Spector (2012)
    (68, 68),            # Potts et al. (2016)
]
SKIPPED = {7, 11, 17, 45}  # textbook chapters and Parsons' monograph


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for a, b in SPANS:
        assert "](" in lines[a - 1] and (a - 1) not in SKIPPED, a
        papers.append(entry(lines, a, b, None))
    # every link line of the file is an entry or a deliberately skipped book
    linked = {i + 1 for i, ln in enumerate(lines) if "](" in ln}
    assert linked == {a for a, _ in SPANS} | SKIPPED, sorted(linked ^ ({a for a, _ in SPANS} | SKIPPED))
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each author-year citation of an article (one link, or a year link after a shared author) is an entry "
        "with title None since the file names no titles; textbook chapters (lines 7, 11, 45) and Parsons' 1990 "
        "monograph (line 17) are not entries.",
        "Whole file read by eye (68 lines); every link line is either one of the 25 entries or one of the 4 books.",
    )


if __name__ == "__main__":
    main()
