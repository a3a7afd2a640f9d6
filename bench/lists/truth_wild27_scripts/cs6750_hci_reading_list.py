"""Wild27 truth for idkaaa/cs-6750-hci-sp22-public tools/required-reading-list.md: an HCI course reading list.

Shape: a machine conversion of the course's WordPress page to Markdown (pandoc-style: two-space
indented '  - ' bullets, '<!-- end list -->' marker, the site's menu of past semesters as
<span id="menu-item-..."> bullets at the top, a 'Designed by Elegant Themes' footer).  Under
plain-text week lines ('Week 1: Foundations of HCI' ... 'Week 13: Best of Georgia Tech HCI',
lines 39-120) come 42 APA references, one bullet each: 'Authors (Year). [Title](url). *Venue*...'.
Then '## Recommended Reading List' with '## Books' (9 book bullets, lines 132-140), '## Papers'
(one paragraph linking a spreadsheet) and '## Courses' (7 course bullets, lines 150-156).
Entry: a reading bullet (lines 41-120) whose subject is a paper or a contributed chapter in an
edited volume (Norman 1986 in Norman & Draper; Müller et al. in Olson & Kellogg; Houde & Hill in
the Handbook of HCI; Beaudouin-Lafon & Mackay; Nardi; Friedman et al.; Kidd et al.; Joyner 2019).
Title = the link text, a closing '.' inside it dropped as a separator (lines 104-109 end their
link text with '.'), '?' kept (lines 76, 98); line 105 has a no-break space before its link.
Not entries: the ten chapters and sections of single-author textbooks (MacKenzie 2013, lines 41,
51, 56, 67, 68, 86; Norman 2013 'The Design of Everyday Things', lines 42, 47, 69; Rogers, Sharp &
Preece 2011 'Interaction Design', line 63) -- parts of textbooks, which the README counts as
books; the nine books and seven courses of the recommended list; the menu; the 'How to Read an
Academic Paper' guide (line 37); the spreadsheet link (line 144).
Ids: DOIs only from dl.acm.org/doi/abs|pdf/10.1145/... links (lines 103-109, 115); the
'citation.cfm?doid=3290605.3300669' links (lines 116-119) do not write the DOI and the CiteSeerX
'doi=10.1.1.122.4927' (line 57) is a CiteSeerX document id, not a DOI: null.  No arXiv ids.
Count check: 42 reading bullets - 10 textbook parts = 32 entries; 8 with a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "idkaaa__cs-6750-hci-sp22-public__tools__required-reading-list@923c723.md"
PART = "wild27_development"
TEXTBOOK_PARTS = {41, 42, 47, 51, 56, 63, 67, 68, 69, 86}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[38] == "Week 1: Foundations of HCI" and lines[121] == "**END OF MATERIAL FOR TEST 2**"
    papers, readings, weeks = [], 0, 0
    for i in range(39, 121):
        text = lines[i - 1]
        if text.startswith("Week "):
            weeks += 1
            continue
        if not text.startswith("  - "):
            assert text in ("", "**END OF MATERIAL FOR TEST 1**"), i
            continue
        readings += 1
        if i in TEXTBOOK_PARTS:
            assert "MacKenzie, I.S. (2013)" in text or "Norman, D. (2013)" in text or "Rogers, Y." in text, i
            continue
        m = re.match(r"  - [^\[]+\(\d{4}(?:, \w+)?\)\.[ \xa0]\[(.+?)\]\(", text)
        assert m, i
        title = m.group(1)
        title = title.removesuffix(".")
        papers.append(entry(lines, i, i, title))
    assert weeks == 13, weeks
    assert readings == 42, readings
    assert len(papers) == 32, len(papers)
    assert sum(1 for p in papers if p["doi"]) == 8, [p["line"] for p in papers if p["doi"]]
    assert not any(p["arxiv"] for p in papers)
    write_truth(NAME, PART, papers,
                "every APA reading bullet under the 13 week lines is an entry titled by its link text (closing '.'"
                " dropped), except the ten chapters/sections of single-author textbooks (MacKenzie, Norman's Design"
                " of Everyday Things, Rogers et al.), counted as books; contributed chapters in edited volumes are"
                " entries; the recommended books, courses, site menu and guide links are not",
                "all 42 reading bullets read by eye and sorted (32 entries, 10 textbook parts); every title against"
                " its line; DOIs checked (dl.acm.org/doi links only; citation.cfm?doid and the CiteSeerX doi=10.1.1"
                " id give none); the menu, books, courses and footer looked at and left out")


if __name__ == "__main__":
    main()
