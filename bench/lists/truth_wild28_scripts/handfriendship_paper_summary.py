"""Wild28 truth for handfriendship/paper-summary README.md: a personal reading log (Korean heading).

Shape: a one-line Korean reminder (line 2), then 34 dated bullets (lines 4-37), newest first:
'- (YYYY.MM) Title - [summary](Local%20note.md)'.  The title is plain text (not linked); the
link text is always 'summary'.  Then '# papers which have not been summarized' with a numbered
list (lines 41-47) and '# papers I've heard through seminar/video/blog post/etc..' with one
bullet (line 51).
Entries: each dated bullet; title = the text between '(YYYY.MM) ' and the ' - summary' tail.
Special cases: line 8 has no link ('... Decorrelation - summary'); line 9 has no space before the
dash ('...Generalization- [summary]'); titles keep their hyphens and the file's capitals (lines 6,
12, 16, 23, 29 are all upper case).  Numbered list: line 42 is an MLA-style reference, title =
the quoted text without its closing '.'; line 46 is a bare title; lines 41 (ViT), 43 (XLM),
44 (Taskonomy) and 45 (Partial FC) name a paper only by its nickname: entries with a null title.
Not entries: line 47 'etc..', and line 51 'summarizing key papers' (the author's own note page,
not a scholarly work).  No arXiv id or DOI is written anywhere in the file.
Count check: 34 dated bullets (grep '^- (20') + 6 numbered papers = 40 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "handfriendship__paper-summary__README@d5e95cd.md"
PART = "wild28_development"
NICKNAMES = {41, 43, 44, 45}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    dated = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r"- \(\d{4}\.\d{2}\) (.+?)\s*-\s*\[?summary\]?", text)
        if m:
            dated += 1
            assert 4 <= i <= 37, i
            papers.append(entry(lines, i, i, m.group(1)))
            continue
        m = re.match(r"(\d)\. (.+)$", text)
        if m:
            if i in NICKNAMES:
                papers.append(entry(lines, i, i, None))
            elif i == 42:
                q = re.search(r'"(.+?)\.?"', text)
                papers.append(entry(lines, i, i, q.group(1)))
            elif i == 46:
                papers.append(entry(lines, i, i, m.group(2)))
            else:
                assert i == 47 and m.group(2) == "etc..", i
    assert dated == 34, dated
    assert len(papers) == 40, len(papers)
    write_truth(NAME, PART, papers,
                "each dated bullet '- (YYYY.MM) Title - [summary](...)' is an entry, title = the plain text between"
                " the date and the ' - summary' tail; in the 'not summarized' numbered list the MLA reference (quoted"
                " title) and the bare title are entries, and the four nickname-only items (ViT, XLM, Taskonomy,"
                " Partial FC) are entries with a null title; 'etc..' and the author's own 'summarizing key papers'"
                " page are not entries",
                "every line of the file read by eye; all 40 entries checked against their lines, including line 8"
                " (no link), line 9 (no space before the dash), the upper-case titles and line 42's quoted title")


if __name__ == "__main__":
    main()
