"""Wild8 truth for jiyess/jiyess.github.io _pages/publications.md: a personal publication page
(Jekyll, bilingual headings in <span>s) of author-first references, each a '- ' bullet followed by
an indented '<details><summary><strong>Abstract</strong></summary> ... </details>' card, cards
separated by '---' rules, under '## Refereed Journal Papers' (by '### year'), '## Refereed
Conference Papers', '## Book Chapters' (an HTML <table> with a cover image and a <p> cell) and
'## Preprints'; a '## Software' bullet closes the page.

Entries: the 29 reference bullets (journal 25, conference 2, preprints 2), each running from its
bullet line to its '</details>' line; and the book chapter in the HTML table ('Design Through
Analysis', a chapter of an edited volume, lines 249-251: the <td> holding the reference).  Not
entries: the front matter, the Liquid Google-Scholar sentence, the cover image cell and the
'Software' bullet (G+Smo, a Zenodo software release).

Title: the reference's title as written: after '(Year).' or '(Year)', either the quoted
'"Title."' (2020-2023 items) or the text up to the first '. ' before the venue (bold-italic,
italic or plain venue; 'In:' for conference items); in the chapter, the bold '<b>Design Through
Analysis. Ye Ji</b>' holds the title and the first author's name: the title is the part before
'. Ye Ji'.  No entry's title has an inner '. '.

Count check: 29 '<summary>' lines = 29 bullets with an abstract; 30 lines start '- ' (the 30th is
the Software bullet); plus the chapter = 30 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "jiyess__jiyess.github.io___pages__publications@ee55d21.md"
PART = "wild8_development"


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    papers = []
    software = next(i for i, t in enumerate(lines, 1) if "lang--en\">Software<" in t)
    for i, text in enumerate(lines, 1):
        if not text.startswith("- ") or i > software:
            continue
        end = i + 1
        while end <= n and "</details>" not in lines[end - 1]:
            end += 1
        assert "<summary><strong>Abstract</strong></summary>" in lines[i + 1], i
        m = re.search(r"\((?:19|20)\d\d\)\.?\s+(.*)$", text)
        rest = m.group(1)
        q = re.match(r'"(.+?)\.?"\s', rest)
        title = q.group(1) if q else rest.split(". ", 1)[0]
        papers.append(entry(lines, i, end, title))
    chapter = next(i for i, t in enumerate(lines, 1) if "<p><b>Design Through Analysis. Ye Ji</b>" in t)
    papers.append(entry(lines, chapter - 1, chapter + 1, "Design Through Analysis"))
    assert sum("<summary>" in t for t in lines) == 29
    assert len(papers) == 30, len(papers)
    write_truth(NAME, PART, papers,
                "every reference bullet with its <details> abstract card (bullet to '</details>') is an entry,"
                " plus the book chapter in the HTML table; the Software bullet is not; title = the quoted title"
                " or the text after '(Year).' up to the first '. '; the chapter's title is its bold text before"
                " '. Ye Ji'",
                "all 30 entries against the file (titles, spans, DOIs from doi.org / Springer / ACS links and the"
                " bare '(DOI: ...)' text, the two arXiv preprints), the quoted and unquoted title styles, the"
                " plain-venue items, the conference 'In:' items, the chapter cell and the Software bullet")


if __name__ == "__main__":
    main()
