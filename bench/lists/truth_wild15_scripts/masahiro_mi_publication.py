"""Wild15 truth for masahiro-mi/masahiro-mi.github.io publication.md: a Japanese dialogue-systems
researcher's publication page (Jekyll front matter), Japanese and English references mixed.

Shape: '## Journals' (9 bullets), '## Papers' (59 bullets, grouped by HTML comments '<!--2023-->'
... '<!--2016-->' that are not headings), '## Books' (1 bullet).  Each bullet is an author-first
reference, 'Authors (YYYY). ***Title.*** Venue, volume, pages.', the owner's name in bold; a few add a
red '<font>' award note after the venue.  No links except the book's.  Entries: every bullet of
Journals and Papers (68), one line each.  Not an entry: the Books bullet (a book, linked to its
publisher page).  Title = the bold-italic text between '***' and '***' without its closing
separator: an ASCII '.' or, once (line 37, '対話システムライブコンペティション　3．'), a full-width '．'
after a full-width space (collapsed to one space).  Papers listed twice (line 34 and 41, the same
English title in 2021 and 2019) are separate entries.  No arXiv ids or DOIs.

Checks: 69 '- ' bullets in the file (grep), 9 in Journals, 59 in Papers, 1 in Books; 68 entries;
every entry line holds exactly one '***...***' span.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "masahiro-mi__masahiro-mi.github.io__publication@abc610c.md"
PART = "wild15_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    counts = {"Journals": 0, "Papers": 0, "Books": 0}
    for i, text in enumerate(lines, start=1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if not text.startswith("- "):
            continue
        counts[section] += 1
        if section == "Books":
            continue
        spans = re.findall(r"\*\*\*(.+?)\*\*\*", text)
        assert len(spans) == 1, (i, spans)
        title = re.sub(r"\s*[.．]\s*$", "", spans[0])
        papers.append(entry(lines, i, i, title))
    assert counts == {"Journals": 9, "Papers": 59, "Books": 1}, counts
    assert len(papers) == 68
    write_truth(
        NAME, PART, papers,
        "every bullet of Journals and Papers (author-first references) is an entry, title = the"
        " '***bold italic***' span without its closing '.' or full-width '．'; the Books bullet is not",
        "all 69 bullets by eye (Japanese and English titles, the full-width '　3．' title, the award"
        " notes after the venue, the repeated 2019/2021 paper, the year comments, the book)",
    )


if __name__ == "__main__":
    main()
