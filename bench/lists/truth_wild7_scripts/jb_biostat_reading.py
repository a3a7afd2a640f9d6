"""Wild7 truth for JB-Statistical-Consulting/biostatistics 'Reading List.md': a biostatistics and
causal-inference reading list of linked papers, books, blog posts and package vignettes, each with
comment sub-bullets.

Shape: '## topic' / '### subtopic' headings.  Most records are '- [Authors, Title, Year](url)'
bullets (the title inside the link text between the authors and the year, sometimes in italics,
'*Title*'), followed by indented comment bullets ('  - ' or a tab).  Books are plain bullets
'Authors, *Title*, Year (Book)' or linked with '(Book, ...)' in the link text.  The 'Dichotomania'
subsection instead nests tab-indented '[Title](url)' links under 'Key Articles and Papers' and, under
'Real-World Examples ...', three links whose text is only the journal's name ('[British Medical
Journal (BMJ)](https://www.bmj.com/content/357/bmj.j2353)').  'Modeling proportions data' nests
two-space-indented linked papers under 'Foundational papers' / 'Regression tools'.

Entry: a record whose subject is one article or proceedings/book-chapter paper (47):
  - 41 '[Authors, Title, Year](url)' bullets; title = the link text after the authors (1 comma
    chunk, 2 for 'Delacre, Lakens & Leys' and the two Davis papers, 3 for 'Glass, Goodman, Hernan &
    Samet') and before ', Year', or the italic text when the title is in italics;
  - Dichotomania: Senn's 'Dichotomania: ...' (Semantic Scholar), 'Consequences of Dichotomization'
    (PubMed), 'Three Problems with Dichotomization' (Sage), title = the link text; the three
    journal-name links of real-world examples are entries with title null (they name a venue, not
    the article).
Not entries: the header/footer promotion and contact bullets, books (Winer; Fisher; van Buuren;
Molenberghs & Kenward; Little & Rubin; Belair; Pearl; Imbens & Rubin; Pearl et al.; Shipley;
Rosenbaum; VanderWeele; Steyerberg; Rothman & Greenland; Gordis), Cattaneo et al.'s Cambridge
Elements monograph (the list calls it a monograph), the biostatistics.ca blog post (Wilson &
Harrison), Frank Harrell's blog post 'Statistical Errors in the Medical Literature', the 'ordinal'
package vignette (Christensen) and the UCLA tutorial page.  Davis, Wang & Dunsmuir 1999 is a
chapter of an edited volume, kept as a paper (the list calls it 'A theoretical paper').
Lines: the record's bullet and its deeper-indented comment bullets (tab counted as 4 columns).

Count check: 68 '- ' bullets at column 0 (grep -c '^- '); by section 8 + 6 (Dichotomania) + 2 + 3 +
3 + 1 + 7 + 3 + 3 + 4 + 2 + 4 + 1 = 47.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "JB-Statistical-Consulting__biostatistics__Reading List@2165212.md"
PART = "wild7_development"
NOT_PAPERS = {89, 125, 130, 154, 208, 217}  # book, blog post, monograph, book, vignette, tutorial
AUTHOR_CHUNKS = {17: 2, 186: 3, 198: 2, 200: 2, 235: 2}
DICHOTOMANIA_TITLED = {39, 41, 42}
DICHOTOMANIA_VENUE_ONLY = {45, 46, 47}


def indent(text: str) -> int:
    return len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip())


def end_of(lines: list[str], i: int) -> int:
    """Last line of the record starting on line i: the deeper-indented lines right after it."""
    own = indent(lines[i - 1])
    end = i
    while end < len(lines) and lines[end].strip() and indent(lines[end]) > own:
        end += 1
    return end


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if i in DICHOTOMANIA_TITLED or i in DICHOTOMANIA_VENUE_ONLY:
            m = re.match(r"\t- \[(.+?)\]\(", text)
            assert m, (i, text)
            papers.append(entry(lines, i, end_of(lines, i), m.group(1) if i in DICHOTOMANIA_TITLED else None))
            continue
        m = re.match(r"\s*- \[(.+?), (\d{4})[^\]]*\]\(", text)
        if not m or i in NOT_PAPERS:
            continue
        body = m.group(1)
        if it := re.search(r"\*(.+)\*", body):
            title = it.group(1)
        else:
            title = body.split(", ", AUTHOR_CHUNKS.get(i, 1))[-1]
        papers.append(entry(lines, i, end_of(lines, i), title))
    assert len(papers) == 47, len(papers)
    assert sum(1 for t in lines if t.startswith("- ")) == 68
    write_truth(NAME, PART, papers,
                "every linked record of one article is an entry (title = the link text between the authors and"
                " the year, or its italic part; the Dichotomania links' own text; null for three links named"
                " only by their journal); books, a monograph, blog posts, a package vignette, a tutorial page"
                " and the promotion bullets are not entries; comment sub-bullets belong to their record",
                "all 47 entries against the file: author splits (Delacre, Glass, Davis x2), italic titles,"
                " 'Lord's Paradox Revisited - (Oh Lord! Kumbaya!)', the chapter line 198, entry ends over"
                " comment bullets (tab and space indents), the six excluded linked records and every"
                " book bullet; DOIs incl. percent-encoded ones and psycnet URLs")


if __name__ == "__main__":
    main()
