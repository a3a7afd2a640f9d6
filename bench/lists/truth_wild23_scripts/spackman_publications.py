"""Wild23 truth for peterspackman/blog docs/publications.md: a chemist's personal publication list.

Shape: a Docusaurus page; under one '### YYYY' heading per year (2024 down to 2015), one bullet
per paper in ACS style with nothing marking the title: '- Last, I. I.; Last, I.; ... Last, I. I.
Title. *Journal* **YYYY**, vol (issue), pages. [🔗](https://doi.org/...)'.  The title is the
plain text between the author list (authors 'Surname, Initials' joined by '; ', the last one
closed by its initials' period, or 'et al.') and the journal; the period that separates it from
the journal is dropped.
Special cases: line 20 ends the author list with 'et al.' and its title starts with a digit
('2, 7-and 4, 9-Dialkynyldihydropyrene ...'); lines 33 and 34 write the journal without italics
('J. Am. Chem. Soc. **2020**', 'J. Mater. Chem. A **2020**'), so the journal is named there;
line 53's title ends with '?' (kept, no period before the journal); line 51's title holds
'vs.' and a spaced hyphen ('Trans ‐epoxysuccinyl'); line 28 writes 'Hydroquinone-CO 2' as the
file does; line 52's link opens with a stray '[[' (the DOI is still in the URL); lines 46-47
end the author list with a one-initial name ('Woodley, S. M.; Zhu, Q.', 'Yang, S.; Zhu, Q.').  Every DOI is a doi.org link; no arXiv ids.
Entries: all 29 bullets; the front matter, the '# Publication list' heading, the one-line
description and the year headings are not entries.  Count check: 29 lines start with '- '.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "peterspackman__blog__docs__publications@8b5e72c.md"
PART = "wild23_development"

AUTHORS = r"(?:[^;]+; )*(?:et al\.|[^;,]+, (?:[A-Z]\. ?)*[A-Z]\.)"
JOURNAL = r"(?:\*[^*]+\*|J\. Am\. Chem\. Soc\.|J\. Mater\. Chem\. A)"
RECORD = re.compile(r"^- " + AUTHORS + r" (?P<title>.+?)\.? " + JOURNAL + r" \*\*\d{4}\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        m = RECORD.match(text)
        assert m, i
        title = m.group("title")
        assert title in text and not title.endswith("."), (i, title)
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 29, len(papers)
    assert sum(1 for p in papers if p["doi"]) == 29
    write_truth(NAME, PART, papers,
                "every '- ' bullet under the year headings is an entry (29 journal papers, ACS style); title ="
                " the unmarked text between the semicolon-separated author list and the journal (italic, or"
                " plain 'J. Am. Chem. Soc.'/'J. Mater. Chem. A' on lines 33-34), its closing period dropped",
                "all 29 bullets read by eye against the -v output: title start after the last author's"
                " initials (and after 'et al.' on line 20), title end before the journal, '?' kept on line 53,"
                " 'vs.' inside the title on line 51; every DOI compared with its doi.org link")


if __name__ == "__main__":
    main()
