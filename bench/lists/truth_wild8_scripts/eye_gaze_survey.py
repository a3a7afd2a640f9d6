"""Wild8 truth for i-am-shreya/Eye-Gaze-Survey README.md: a small-field survey companion and awesome list (gaze analysis).

Shape: a survey header (figures, the survey itself as one bullet '* Automatic Gaze Analysis: A Survey
... by Names. [(Paper Arxiv Link)](arXiv)', a line of dataset names with links and years, the
survey's boilerplate BibTeX), then an awesome list: eight '#### Topic' headings with bullets
'* [Title.](url) - Authors (Venue)'; about a third put the authors on an indented next line instead
('* [Title.](url)  ' / '  Authors  '), one bullet has no link ('* [Title.]' in plain brackets), one
has no ' - ' before the authors.  Two HTML comments hide content: a 'Looking At Each Other' section
(lines 128-132) and, from line 165 to the '--->' on line 633, several hundred older records
('* [Key-etal2018] Title. (link)' and '* [Title](url)' lines with author lines).

Entry: every visible '* [Title...' bullet under the topic headings, from its line through an
indented author line that follows; title = the bracketed link text, final full stop dropped.  Also
the survey's own bullet on line 7 (a record naming one paper; title = the text before ' by ').
Not entries: the dataset-name line (datasets, no papers), the boilerplate BibTeX of the survey, the
TOC, and everything inside the two HTML comments (not rendered).

Counts: 74 visible bullets (44 + 3 + 4 + 4 + 6 + 2 + 4 + 7 per heading) + the survey bullet = 75.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "i-am-shreya__Eye-Gaze-Survey__README@2ca3f8c.md"
PART = "wild8_development"
LINES = read_lines(NAME)


def hidden_lines() -> set[int]:
    """1-based lines inside HTML comments (from a line opening '<!--' to the next line holding '-->')."""
    hidden: set[int] = set()
    opened = 0
    for i, text in enumerate(LINES, 1):
        if not opened and "<!--" in text and "-->" not in text.split("<!--", 1)[1]:
            opened = i
        elif opened and "-->" in text:
            hidden.update(range(opened, i + 1))
            opened = 0
    assert not opened
    return hidden


def main() -> None:
    hidden = hidden_lines()
    assert 130 in hidden and 167 in hidden and 633 in hidden and 164 not in hidden and 134 not in hidden
    papers = []
    survey = LINES[6]
    m = re.match(r"\* (Automatic Gaze Analysis: .+?) by Shreya Ghosh", survey)
    papers.append(entry(LINES, 7, 7, m.group(1)))
    per: dict[str, int] = {}
    heading = ""
    start = LINES.index("#### Eye Gaze Estimation/Tracking ") + 1
    for i, text in enumerate(LINES, 1):
        if i < start or i in hidden:
            continue
        if text.startswith("#### "):
            heading = text.strip()
            continue
        if not text.startswith("* ["):
            assert not text.startswith("*"), i
            continue
        m = re.match(r"\* \[(.+?)\](?:\(|$)", text.rstrip())
        assert m, i
        end = i
        if end < len(LINES) and re.match(r"\s+\S", LINES[end]) and not LINES[end].lstrip().startswith("*"):
            end += 1
        papers.append(entry(LINES, i, end, m.group(1)))
        per[heading] = per.get(heading, 0) + 1
    assert list(per.values()) == [44, 3, 4, 4, 6, 2, 4, 7], per
    assert len(papers) == 75
    write_truth(NAME, PART, papers,
                "every visible '* [Title](url)' bullet under the topic headings is an entry (with its indented author"
                " line when the authors sit on the next line), title = the link text without its final full stop;"
                " plus the survey's own bullet; the two HTML-commented blocks (lines 128-132, 165-633), the dataset"
                " line and the boilerplate BibTeX are not entries",
                "74 visible bullets counted per heading (44, 3, 4, 4, 6, 2, 4, 7) + the survey bullet = 75; the comment"
                " bounds (the only '-->' after line 165 is on line 633); every title and line range read against the"
                " file, the unlinked bullet (96-97), the bullet without ' - ' (145), the quoted title (126)")


if __name__ == "__main__":
    main()
