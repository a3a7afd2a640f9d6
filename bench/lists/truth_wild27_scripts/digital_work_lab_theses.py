"""Wild27 truth for digital-work-lab/theses docs/completed.md: a lab's list of completed student theses.

Shape: Jekyll front matter (lines 1-6), '# Completed theses' with a kramdown '{: .no_toc }' (8-9),
then one bullet per thesis on lines 11-40, newest first:
'- NNN **Student Name**: Thesis title (Bachelor's thesis)'.  The three oldest bullets (38-40) have
no three-digit number.  No authors other than the student, no venue, no year.
Special lines:
  - line 30 carries a link inside the closing parenthesis:
    '(Bachelor's thesis, [link](https://github.com/CoLRev-Environment/search-query){: target="_blank"})'
    (a code repository, not part of the title; no id);
  - the type is misspelt on line 18 ("Maser's thesis") and line 31 ("Bachlelor's thesis");
  - line 28 has two spaces before the parenthesis and line 31 two spaces inside the title
    ('Towards  more effective'), collapsed in the title;
  - lines 18 and 19 give the same title for two theses (a Master's and a Bachelor's) by two
    students: two entries.
  - the numbers skip 015, 016 and 005 (not in the file).
Entry: every bullet (a thesis is a scholarly work).  Title: the text between '**: ' and the final
'(... thesis ...)' group; the student name and the thesis type are not part of it.
Count check: 30 bullets = 27 numbered (030..001 without 005, 015, 016) + 3 unnumbered.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "digital-work-lab__theses__docs__completed@f358384.md"
PART = "wild27_development"

BULLET = re.compile(
    r"^- (?:(\d{3}) )?\*\*([^*]+)\*\*: (.+?)\s*\(((?:Bachelor|Bachlelor|Master|Maser)'s thesis)"
    r"(?:, \[link\]\([^)]*\)\{: target=\"_blank\"\})?\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbered = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        m = BULLET.match(text)
        assert m, (i, text)
        numbered += m.group(1) is not None
        title = m.group(3)
        papers.append(entry(lines, i, i, title))
    assert [p["line"] for p in papers] == list(range(11, 41)), [p["line"] for p in papers]
    assert numbered == 27, numbered
    assert len(papers) == 30, len(papers)
    write_truth(NAME, PART, papers,
                "every bullet of the completed-theses list is one entry (a student thesis); title = the text between"
                " the bold student name's '**: ' and the closing '(Bachelor's/Master's thesis ...)' group",
                "all 30 bullets read by eye against the -v output, incl. the link inside the parenthesis (line 30),"
                " the misspelt types (18, 31), the double spaces (28, 31) and the repeated title (18, 19)")


if __name__ == "__main__":
    main()
