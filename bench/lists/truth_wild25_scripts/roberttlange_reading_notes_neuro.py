"""Wild25 truth for RobertTLange/Reading_Notes_Neuro Readme.md: a neuroscience student's reading log.

Shape: after a two-paragraph intro and a numbered 'Notes' list (lines 8-11, not entries), one
un-sectioned bullet (line 13), then three '## Topic' sections, each split by bold month headings
('**2019-06**').  One bullet per paper, author-first: '* [x] Authors (year) - Title', the '[x]' /
'[ ]' checkbox saying whether a note file exists.  Variants: line 13 has no checkbox and ends with
'[Paper](pnas url) [Click](note.md)' links (title = text between ' - ' and ' [Paper]'; the double
space after the dash collapses); lines 25, 26 and 33 wrap the whole 'Authors (year) - Title' in a
link to the note file; the last bullet (lines 61-62) wraps its title onto a second, unindented
line ('Cognitive neuroscience 2.0:' / 'building a cumulative ...'), joined with a space.
Title = the text after the first ' - ' that follows the '(year)'; titles contain ':' but never
' - '.  Entries: every bullet; all 19 are journal papers (no book chapters are listed although
the intro mentions them).  No arXiv ids or DOIs (the PNAS link on line 13 is a content path).
Count check: 19 bullets = 1 + RSA 4 + credit assignment 2 + cognitive neuroscience 12.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "RobertTLange__Reading_Notes_Neuro__Readme@33a9ce9.md"
PART = "wild25_development"
BULLET = re.compile(r"^\* (?:\[[ x]\] )?\[?(?P<auth>[^()]+?) ?\((?P<year>\d{4})\) -\s+(?P<rest>.*)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("* "):
            continue
        m = BULLET.match(text)
        assert m, i
        rest, end = m.group("rest"), i
        if i == 13:
            title = rest.split(" [Paper]")[0]
        elif rest.endswith(".md)"):
            title = re.match(r"(.+?)\]\(", rest).group(1)
        else:
            title = rest
        if title.endswith(":") and i < len(lines) and lines[i].strip() and not lines[i].startswith(("*", "#")):
            end = i + 1
            title = title + " " + lines[i].strip()
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 19, len(papers)
    assert papers[-1]["end"] == 62 and papers[-1]["line"] == 61
    write_truth(NAME, PART, papers,
                "every '*' bullet is an entry (19 journal papers in a dated reading log); title = the text after"
                " 'Authors (year) - ', without the note-file link markup or the trailing '[Paper] [Click]' links;"
                " the last title, wrapped onto line 62, is joined",
                "all 19 entries read against the file: line 13 (no checkbox, trailing links), the three linked"
                " bullets 25/26/33, the wrapped bullet 61-62; no ids in the file")


if __name__ == "__main__":
    main()
