"""Wild37 truth for rccordell/s19rm schedule.md: the class schedule of a graduate humanities seminar on the
history of media and the book ("Reading Machines", Northeastern University, Spring 2019), one ``# Date:
Topic`` heading per week with ``## Core:`` and ``## Penumbra:`` reading lists and a lab heading.

Shape: ``+`` bullets in humanities citation style -- ``Author, ["Title"](url) (year)`` for a standalone
essay or article (the quoted title is the link text; most links go to the library's Leganto course packet,
others to DHQ, First Monday, Kairos, OLH, blogs, magazines), and ``Author, "Chapter," from [*Book*](url)
(year)`` for a chapter or introduction of a book (the link is on the book title).  Nested ``+`` bullets group
primary sources (Austen's letters, 19th-century commentaries on novel reading, 1860s articles about the
Victoria Press, scrapbooks).

What counts (decided from what the file writes, since the list mixes genres):
- Entries: readings the file gives as a standalone scholarly essay or article, ``Author, ["Title"](url)
  (year)`` -- journal articles, keyword essays (Mattes "Media", McGill "Format", Dinius "Press", Sperling
  "Image", Ratner "Paratexts"), DH essays on journal or research sites.  Four of these are decided by the
  file's own presentation and noted: McLuhan's "The Medium is the Message" (23) and McGann's "The Textual
  Condition" (225) are written as standalone essays, not as ``from *Book*``; Liu (25) links a companion
  volume but is written as a standalone essay; Cordell's "'Q i-jtb the Raven'" (184, on his research page),
  Rawson and Muñoz's "Against Cleaning" (255, under ``/articles/``) and Crawford and Joler's "Anatomy of an
  AI System" (296, the authors' research essay) are research essays, not blog posts.
- Not entries: chapters and introductions written ``from`` / ``in`` / ``introduction to`` a book (24, 26,
  30, 44, 58, 59, 73, 81, 92, 93, 98, 110, 111, 118, 137, 158, 159, 183, 207, 216, 227, 232, 233, 245, 247,
  251, 267, 269, 289, 294), including the four essays ``from *Debates in the Digital Humanities*`` (231,
  254, 256, 268) -- the file presents them as book chapters; Drucker's two online coursebook sections (74);
  Padua's graphic novel (246); primary and literary sources -- Uzanne 1894 (42), Austen's letters (49-52),
  the 1820-1844 commentaries (53-56), Chesnutt 1904 (71), Franklin's autobiography (109), the 1860-61
  Victoria Press articles (132-135), Blake's poems (182); videos and films (43, 117, 141); blog posts (136
  sarahwerner.net/blog, 146, 173 Medium, 235 scottbot.net, 273 lklein.com dated post); journalism and
  magazine pieces (274 Bloomberg, 287 SB Nation story, 295 Aeon); an exhibit (190); the scrapbooks
  (160-168); the e-literature collection (217); 209's trailing "Also Read 'Beautiful Snow' and 2 other
  verses" (poems from a digital collection, part of 209's line but not a second entry); lab headings.
Titles: the link text without its enclosing quotation marks and a final comma inside them; 288's link text
opens a quotation mark it never closes (dropped); 234 keeps "Primeros Libros" without its italics.
Ids: none of the Leganto, DHQ, Kairos or blog URLs writes a DOI; OLH's URL at 193 holds 10.16995/olh.82;
Pressman's handle (80) is not a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "rccordell__s19rm__schedule@778a478.md"
PART = "wild37_development"

LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")
ENTRIES = [23, 25, 31, 32, 45, 57, 72, 78, 79, 80, 82, 94, 99, 112, 116, 119, 120, 142, 143, 144, 145, 169,
           174, 184, 188, 189, 191, 192, 193, 208, 209, 213, 214, 215, 225, 226, 234, 252, 253, 255, 266, 275,
           276, 277, 288, 293, 296]
# a chapter of a book: the quoted chapter title is not linked, the book is ('from [*Book*]', 'in', 'introduction to')
CHAPTER = re.compile(r'^\+ [^\[]*"[^"]+"[^\[]*\b(?:from|in|introduction to|to)\s+\[?\*')


def title_of(label: str) -> str:
    t = label.strip()
    t = t.strip('"“”').strip()
    return t.rstrip(",").strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in ENTRIES:
        ln = lines[n - 1]
        assert ln.startswith("+ "), n
        assert not CHAPTER.match(ln), n
        m = LINK.search(ln)
        assert m and m.group(1).lstrip().startswith('"'), n
        e = entry(lines, n, n, title_of(m.group(1)))
        if e["doi"]:  # OLH's article URL ends in a slash that is not part of the DOI (193)
            e["doi"] = e["doi"].rstrip("/")
        papers.append(e)
    # every other top-level bullet with a quoted linked title is a non-entry named in the docstring
    others = [i for i, ln in enumerate(lines, 1)
              if ln.startswith("+ ") and i not in ENTRIES and re.search(r'\["', ln)]
    assert others == [42, 43, 71, 74, 136, 141, 173, 182, 190, 231, 235, 247, 254, 256, 268, 273, 274, 287,
                      295], others
    assert len(papers) == 47, len(papers)
    write_truth(NAME, PART, papers,
                "Each reading the file gives as a standalone scholarly essay or article ('Author, [\"Title\"](url)"
                " (year)') is an entry on its line; title = the link text without its quotation marks; book"
                " chapters ('from/in *Book*', DH Debates essays included), primary and literary sources, videos,"
                " blog posts, journalism, exhibits and collections are not entries.",
                "All 303 lines read by eye against the -v output: every Core and Penumbra list of the 13 weeks,"
                " each bullet's entry/non-entry decision as listed in the docstring (chapters, primary sources,"
                " blogs, journalism, videos, the four DH Debates chapters, the borderline 23, 25, 184, 225, 255,"
                " 296), the nested primary-source bullets (49-56, 132-135, 160-168), the titles with inner single"
                " quotes (143, 184, 193, 209, 213, 226), the unclosed quote at 288, the italic in 234, and the"
                " ids (only the OLH DOI at 193).")


if __name__ == "__main__":
    main()
