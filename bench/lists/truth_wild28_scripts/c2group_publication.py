"""Wild28 truth for c2-group/c2-group.github.io publication.md: a Chinese research group's publication page.

Shape: a Jekyll page (CRLF line endings, title 相关发表) in three '#' parts: 论文 (papers, lines 6-577),
专著/教材 (monographs and textbooks, lines 580-628) and 专利 (patents, lines 632-727).  The papers sit under
'## **YYYY:**' year headings (2020 ... 2014); each is a bullet '- **Title**' (or '* **Title**', lines
122-136, 404-437) followed by indented '<br/>' continuation lines: authors (Chinese names joined by '、',
or Latin names with ',' or full-width '，'), venue (often a link to '<javascript:void(0)>' or a conference
page, or plain Chinese journal text), and '[Paper](url)'.  Titles in Chinese or English, as written
(typos kept: 'Argumention', 'Instructured Popolations', 'Probablistic').
Title = the bold span; when it is a link '**[Title](./assets/res/....pdf)**' (2019-2020 entries), the link
text (the local PDF paths contain spaces and Chinese).  Special cases: line 23 writes the English title and
its Chinese translation joined by '/' ('MVDT-SI A Multi-View ... Identification/MVDT-SI：一种多视图双三角形
星图识别算法'); the Chinese half is a translated title and is dropped.  Line 481 ends the bold title with
'. Paper Manuscript', a link label copied from a homepage, not part of the title (dropped).  Line 575 puts
authors and venue on the bullet line itself after '<br/>'.  Lines 484-485 have no blank line between two
entries.  Line 39 is a bare title (no authors, no venue), line 95 has no venue; lines 31/41 and 565/570 list the same paper twice
(separate entries by convention).  Ids: arXiv on line 193 only; DOIs from doi-bearing publisher URLs
(Springer chapter URLs percent-encoded, '10.1007%2F...'); on lines 424-427 and 481-484 the first DOI is the
book DOI in the venue link (link.springer.com/book/...), kept as the entry's first id by convention.
Entries: every bullet of the 论文 part (journal and conference papers, including papers in Chinese
forum and workshop proceedings).  Not entries: the 13 books of 专著/教材 and the 21 patents of 专利.
Count check: 119 bullets '^[-*] \\*\\*' up to line 578, 34 after it (13 books + 21 patents).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "c2-group__c2-group.github.io__publication@fe3ccf3.md"
PART = "wild28_development"
SPECIAL = {
    23: "MVDT-SI A Multi-View Double-Triangle Algorithm for Star Identification",
    481: "An Extended MPL-C Model for Bayesian Network Parameter Learning with Exterior Constraints",
}
BULLET = re.compile(r"[-*] \*\*(.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    stop = lines.index("# 专著/教材")
    assert lines[stop - 2] == "---", stop
    papers = []
    others = 0
    for i, text in enumerate(lines, 1):
        m = BULLET.match(text)
        if not m:
            continue
        if i > stop:
            others += 1
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not BULLET.match(lines[end]):
            end += 1
        bold = m.group(1)
        link = re.fullmatch(r"\[(.+?)\]\(.+\)", bold)
        title = link.group(1) if link else bold
        if i in SPECIAL:
            assert title.startswith(SPECIAL[i]), i
            title = SPECIAL[i]
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 119, len(papers)
    assert others == 34, others
    write_truth(NAME, PART, papers,
                "every bullet of the 论文 part (under the 2020-2014 year headings) is an entry with its '<br/>'"
                " continuation lines; title = the bold span or, when it is a link, the link text; the Chinese"
                " translation after '/' on line 23 and the '. Paper Manuscript' label on line 481 are dropped;"
                " the books (专著/教材) and patents (专利) are not entries",
                "every entry's title and span read against the -v output (all 119, in particular the linked"
                " titles with spaces in the PDF paths, the '*' bullets, line 23, 481, 485 with no blank line"
                " before it, 575 on one line, the duplicates 31/41 and 565/570); ids checked: arXiv 1706.10078"
                " on line 193 and every Springer/other DOI (book DOI first on lines 424-427 and 481-484); the 34"
                " books and patents after line 578 checked to be excluded")


if __name__ == "__main__":
    main()
