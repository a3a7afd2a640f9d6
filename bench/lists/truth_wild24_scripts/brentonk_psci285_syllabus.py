"""Wild24 truth for brentonk/psci285 syllabus.md: a Vanderbilt political-science course syllabus
(PSCI 285, international politics and domestic politics) whose schedule is a reading list.

Shape: a Jekyll front matter, then prose sections (Description, Grading with a footnote, Academic
Integrity, Additional Concerns), a '# Books' section listing the three required books (lines
120-130), and '# Schedule' (line 133) with '## Part' and '### Dates: Topic' headings.  Each
reading is a '* ' bullet in Chicago style wrapped over two or three lines: 'Author(s),' on the
bullet line, then '["Title,"](url)' (the title in straight double quotes, its closing comma inside
the quotes, the whole quoted title as link text; JSTOR 'stable' or dx.doi.org links), then
'*Journal* vol, no. (year): pages.'  Recommended readings are nested '    * ' bullets under a
'* *Recommended:*' bullet.
Entries: every bullet after line 133 whose text holds a quoted title: journal articles (incl. the
one special-issue introduction, lines 357-359) and one book chapter in an edited handbook (lines
207-208, Levy, 'The Diversionary Theory of War: A Critique', no link), counted as a scholarly work
of its own.  Title = the text between the double quotes, its final ',' (a citation separator)
dropped; '?' kept (lines 177, 194, 233, 272, 342); inner single quotes kept (177, 194); '--' (the
source's en dash) kept as written (302).  Entry lines = the bullet's own lines.
Not entries: the three required books (lines 120-130), bullets assigning chapters or the whole of
those books (lines 186, 201, 220, 314), the five '* *Recommended:*' label bullets, prose quotes
(lines 14, 73).  Line 168 has a stray ',' after the link; line 307 lacks the journal name.
IDs: DOIs only from the dx.doi.org links (lines 194, 229, 247, 251, 276); JSTOR stable ids are
not DOIs.  No arXiv ids.
Count check: 46 bullets after line 133 = 5 'Recommended' labels + 4 book-reading bullets + 37
entries (36 linked articles + 1 chapter).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "brentonk__psci285__syllabus@52cfc92.md"
PART = "wild24_development"
BOOK_READINGS = {186, 201, 220, 314}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Schedule") + 1
    assert start == 133, start
    bullets = [i for i in range(start, len(lines) + 1) if re.match(r"\s*\* ", lines[i - 1])]
    assert len(bullets) == 46, len(bullets)
    papers, labels, books = [], 0, 0
    for k, i in enumerate(bullets):
        # the bullet's own lines: up to the next bullet or blank line
        j = i
        while j < len(lines) and lines[j].strip() and j + 1 not in bullets:
            j += 1
        text = " ".join(ln.strip() for ln in lines[i - 1 : j])
        if text == "* *Recommended:*":
            labels += 1
            continue
        if i in BOOK_READINGS:
            assert '"' not in text, i
            books += 1
            continue
        m = re.search(r'"(.+?)"', text)
        assert m, i
        title = m.group(1)
        title = re.sub(r",$", "", title)
        assert title in text, i
        papers.append(entry(lines, i, j, title))
    assert (labels, books) == (5, 4), (labels, books)
    assert len(papers) == 37, len(papers)
    linked = sum(1 for p in papers if lines[p["line"]].lstrip().startswith('["'))
    assert linked == 36, linked
    write_truth(NAME, PART, papers,
                "every schedule bullet (incl. nested 'Recommended' bullets) citing a work by a quoted title is an"
                " entry: 36 journal articles and one edited-handbook chapter; title = the text inside the double"
                " quotes without its closing comma; the required books and bullets assigning chapters of them"
                " are not entries",
                "all 37 entries read by eye against the file (titles, line spans of the 2-3 line bullets, the"
                " unlinked chapter on lines 207-208, titles holding '?', the stray comma on line 168, the"
                " missing journal on line 307); the 5 dx.doi.org DOIs checked; JSTOR links give no DOI")


if __name__ == "__main__":
    main()
