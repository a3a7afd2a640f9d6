"""Wild27 truth for google/fuzzbench docs/publications.md: security (fuzzing) papers that used FuzzBench.

Shape: Jekyll front matter, an intro paragraph (lines 11-19) whose first line links the FuzzBench
paper itself and a [BibTeX] FAQ link, an HTML comment of '[//]: # (...)' lines (21-30), then
year headings '## 2022', '## 2021', '## 2020'.  Each record is a '* ' bullet of a Chicago-style
reference (as exported by Google Scholar) hard-wrapped over 2-7 lines with two-space
continuation indent: 'Surname, Given, ..., and Name. ["Title."](url) In Venue, pp. x-y. Year.',
sometimes followed by a '{ [Slides](..) | [Video](..) | [BibTeX](..) }' or '{ [Evaluation](..) }'
group on its own lines.  The link text (the quoted title) is itself wrapped over up to three
lines (lines 34-35, 45-46, 53-54, 61-62, 69-70, 77-78, 82-84, 88-89, 91-92, 98-100).
Entry: every bullet (its first line through the line before the next bullet, blank line or
heading).  Title = the text between the quotes inside the link text, line breaks joined by one
space, Chicago's closing '.' inside the quotes dropped.  The BibTeX case-protecting braces that
Google Scholar's export leaves in three titles ('{FIXREVERTER}' line 34, '{SYMSAN}' line 45,
'{AFL++}' line 98) are kept: they are neither Markdown nor HTML markup and the page shows them.
Not entries: the intro's FuzzBench link (line 11; the same paper is the bullet at line 76) and
its BibTeX link, the comment lines.
Ids: one arXiv id (pdf link, line 70; the reference itself now cites ISPRAS), one DOI
(dl.acm.org/doi/pdf/10.1145/3468264.3473932, line 78).  The escholarship link 44p2v1gd serves two
different records (lines 84, 100), as the file has it.
Count check: 15 bullets (9 under 2022, 5 under 2021, 1 under 2020) = 15 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "google__fuzzbench__docs__publications@fe8c15e.md"
PART = "wild27_development"


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("* ")]
    assert starts[0] == 33 and len(starts) == 15, starts
    papers = []
    for s in starts:
        e = s
        while e < len(lines) and lines[e].startswith("  "):
            e += 1
        text = " ".join(ln.strip() for ln in lines[s - 1:e])
        m = re.search(r'\["(.+?)"\]\(', text)
        assert m, s
        title = m.group(1)
        assert title.endswith("."), s
        papers.append(entry(lines, s, e, title[:-1]))
    by_year = {}
    year = None
    for i, t in enumerate(lines, 1):
        if t.startswith("## "):
            year = t[3:]
        if i in starts:
            by_year[year] = by_year.get(year, 0) + 1
    assert by_year == {"2022": 9, "2021": 5, "2020": 1}, by_year
    assert [p["line"] for p in papers if p["arxiv"]] == [68]
    assert [p["line"] for p in papers if p["doi"]] == [76]
    write_truth(NAME, PART, papers,
                "every '* ' bullet under the year headings is an entry (a hard-wrapped Chicago reference plus its"
                " optional { Slides | Video | BibTeX } group); title = the quoted link text, wrapped lines joined,"
                " the closing '.' dropped, BibTeX braces such as {FIXREVERTER} kept as the page shows them",
                "all 15 entries read by eye against the file: line spans, every wrapped title, the braces in three"
                " titles, the one arXiv id (line 70) and one DOI (line 78); the intro FuzzBench link and the comment"
                " block checked and left out")


if __name__ == "__main__":
    main()
