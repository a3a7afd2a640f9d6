"""Wild16 truth for CrumpLab/CrumpLab.github.io old-website/_posts/labresources/2017-08-24-EssentialReadings.md
(taken at commit 96dd8b5: the newest commit removed the old website): a cognitive-psychology lab's
'essential readings' blog post, one alphabetical run of '- ' bullets holding plain-text APA references
exported from Zotero (no links but one bare URL, no italics, no sections), books mixed with articles.

Entries: every bullet citing an article or chapter: 'Authors (Year). Title. Journal, vol, pages.' (a
journal, the serial 'The Psychology of Learning and Motivation', an 'In Eds., Book (pp.)' chapter, or a
'Retrieved from' URL after the title); title = the text between '(Year). ' and the '. ' before that
venue (one title holds 'I. The' and is kept whole).  Not entries: the five books (Bartlett 1932
'Remembering', Bartlett 1958 'Thinking', Fodor 1983, Miller, Galanter & Pribram 1960, Rumelhart &
McClelland 1986: a publisher, no journal), the front matter and the two intro paragraphs (which mention
Cho, Tse & Neely 2012 in prose; its bullet is an entry).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "CrumpLab__CrumpLab.github.io__old-website___posts__labresources__2017-08-24-EssentialReadings@96dd8b5.md"
PART = "wild16_development"
VENUE = re.compile(r"(?<=[.?]) (?=Psychological Review|Journal of |Memory & Cognition|Cognitive Psychology,|"
                   r"The Psychology of Learning|Science,|In A\. H\. Black|Retrieved from)")
BOOKS = [18, 19, 24, 35, 40]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    books = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        m = re.match(r"- .+? \(\d{4}\)\. (.+)$", text)
        assert m, i
        parts = VENUE.split(m.group(1), maxsplit=1)
        if len(parts) == 1:
            books.append(i)
            continue
        papers.append(entry(lines, i, i, parts[0]))
    assert books == BOOKS, books
    assert len(papers) + len(books) == 28  # grep -c '^- ' gives 28 bullets
    assert len(papers) == 23
    write_truth(NAME, PART, papers,
                "every plain-text APA bullet citing an article or chapter is an entry, title = the text between"
                " '(Year). ' and the '. ' before the journal / serial / 'In Eds.' / 'Retrieved from'; the five book"
                " bullets are not entries",
                "all 28 bullets by eye: the 23 entries' titles (the 'hypothesis: I. The heuristic basis' title kept"
                " whole, the curly-quoted 'overdose' title), the five books excluded by line, the bullet count"
                " against grep -c '^- ' (28); no DOIs or arXiv ids in the file")


if __name__ == "__main__":
    main()
