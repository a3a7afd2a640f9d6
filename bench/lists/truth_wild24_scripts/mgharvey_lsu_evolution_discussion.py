"""Wild24 truth for mgharvey/reading_group index.md: the LSU Evolution Discussion Group's page,
the papers read each week (Aug 2014 to Apr 2015), as a GitHub Pages Markdown file.

Shape: Setext headings ('This Week', 'Future', 'Past'), then one bold date line per meeting
('**21 April 2015** - *Topic* (Presenter)'), and under it a blockquote whose '> - ' bullets are
plain-text references, no link on the title: 'Authors. Year. Title. Journal [(pdf)](github pdf)'
(author forms vary: 'Slater GJ and Pennell MW.', 'Losos, JB et al.', 'Yoder J, J Stanton-Geddes,
...').  Some weeks have a '> Caption:' line before each bullet (lines 88-95, 103-110, 132-142);
the 9 September week (lines 146-148) has three bullets in one blockquote.
Entries: every '> - ' bullet that cites one work (35).  Title = the text after 'Year. ' up to the
first '. ' or '? ' that ends it ('?' kept), the separator '.' dropped.  Special cases: line 139's
title runs on past its '?' ('Islands of speciation or mirages in the desert? Examining the role of
restricted recombination in maintaining species'); lines 146 and 156 give no year (title after
'et al. '); line 84's italic species name loses its '*'; line 110 is a chapter of an edited book
('Adaptation: Current Usages', in 'Keywords in Evolutionary Biology (book)'), counted like the
papers; line 133 is a Science news feature ('Popular article', Pennisi, 'Disputed islands') and
line 148 a Nature correspondence (Hardy), both cited exactly like the papers and counted as journal
pieces; typos kept as written ('Reanalaysis', line 142; 'paleocimate', line 72; 'trunculata').
Not entries: line 44 ('And the 5(!) [responses]') links one PDF of five letters and names no
work; line 112's blog post link; headings, date lines, captions, 'No Discussion' lines.
IDs: one DOI, percent-encoded in the PLOS ONE '(html)' link on line 146; the '(pdf)' links are
copies in the repository.  No arXiv ids.
Count check: 36 '> - ' bullets (grep) = 35 entries + the responses bullet on line 44.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "mgharvey__reading_group__index@45d0ea6.md"
PART = "wild24_development"
NOT_ENTRY = {44}
SPECIAL = {
    139: "Islands of speciation or mirages in the desert? Examining the role of restricted recombination"
         " in maintaining species",
    146: "Survey of academic field experiences (SAFE): trainees report harassment and assault",
    156: "Temperate origins of long-distance seasonal migration in New World songbirds",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("> - "):
            continue
        bullets += 1
        if i in NOT_ENTRY:
            assert "[responses]" in text
            continue
        if i in SPECIAL:
            title = SPECIAL[i]
        else:
            m = re.match(r"> - .+? (?:19|20)\d\d\. (.+?)(?:\.\s|\?\s)", text)
            assert m, i
            title = m.group(1)
            if text[m.end(1)] == "?":
                title += "?"
        title = title.replace("*", "")
        assert title in text.replace("*", ""), i
        papers.append(entry(lines, i, i, title))
    assert bullets == 36, bullets
    assert len(papers) == 35, len(papers)
    write_truth(NAME, PART, papers,
                "every blockquoted '> - ' reference bullet citing one work is an entry (papers, one edited-book"
                " chapter, a Science news feature and a Nature correspondence cited the same way); title = the"
                " text between 'Year. ' and the '. ' or '? ' that ends it; the bullet linking five responses in"
                " one PDF (line 44) and the blog-post link are not entries",
                "all 35 entries read by eye against the file: every title's start and end, the run-on title after"
                " '?' on line 139, the two year-less references (146, 156), the italics on line 84; the"
                " percent-encoded PLOS DOI on line 146 checked")


if __name__ == "__main__":
    main()
