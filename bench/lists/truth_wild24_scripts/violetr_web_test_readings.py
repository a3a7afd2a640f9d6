"""Wild24 truth for violetr/web-test content/papers/readings.md: a reproducibility / open-science reading list.

Shape: a Hugo 'fragment' page (TOML front matter between '+++' lines), a setext 'Readings' heading
and an intro paragraph, then '###'/'####' topic headings with pandoc-rendered Chicago author-date
references as '-   ' bullets wrapped at 72 columns (continuation lines indented four spaces):
'-   Surname, Given, and Given Surname YEAR. “**Title**.” *Journal* vol (issue): pages.
<https://doi.org/...>.'  The title is the bold span inside curly quotes and usually wraps over
two or three lines; the DOI is an autolink.  Fields: psychology, ecology, genomics, meta-science.
Entries: every bullet whose subject is one article (18).  Not an entry: lines 100-103, an edited
book ('eds.', title in bold italics '***...***', University of Ottawa Press).  Special cases: lines
71-74 (Lamprecht et al.) name no journal (just '3: 37–59'); lines 20-21 (Baker) give no DOI; lines
96-99 are an American Scientist magazine article, kept as an entry (an article with a DOI).
Count check: 19 '-   ' bullets = 18 entries + 1 book; per section 1, 1, 3, 3, 1, 2, 2, 3, 3.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "violetr__web-test__content__papers__readings@c8e78aa.md"
PART = "wild24_development"
BOOKS = {100}
TITLE = re.compile(r"“\*\*(.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    bullets = []
    for i, text in enumerate(lines, 1):
        if text.startswith("-   "):
            bullets.append([i, i])
        elif text.startswith("    ") and text.strip() and bullets and bullets[-1][1] == i - 1:
            bullets[-1][1] = i
    assert len(bullets) == 19, len(bullets)
    papers = []
    for first, last in bullets:
        text = " ".join(ln.strip() for ln in lines[first - 1:last])
        if first in BOOKS:
            assert "eds." in text and "***" in text, first
            continue
        m = TITLE.search(text)
        assert m, first
        papers.append(entry(lines, first, last, m.group(1)))
    assert len(papers) == 18, len(papers)
    write_truth(NAME, PART, papers,
                "every '-   ' reference bullet (with its 4-space continuation lines) is an entry except the edited"
                " book on line 100; title = the bold span inside the curly quotes, joined across wrapped lines",
                "all 19 bullets read by eye against the -v output: every title (wrapped over 2-3 lines), line span"
                " and DOI; the book (lines 100-103) and the journal-less Lamprecht record (lines 71-74) checked")


if __name__ == "__main__":
    main()
