"""Wild19 truth for pkummcal/WEBSITE_BACKEND content/researchprojects.md: a lab's research-projects page (Hugo).

Shape: four '## N. Topic' sections, each a prose paragraph, then (in the first three) a
'<div style="display: flex; flex-direction: column ...">' wrapper holding one HTML card per paper:
'<div style="display: flex; align-items: center; ...">', an '<img>' thumbnail with mouse-over
handlers, an inner '<div>' with '<b>Title</b> <br>', an HTML comment holding the authors
('<!-- C. Zhang and <b>W. Gao*</b> <br> -->', not rendered), and '<b>Venue</b>, Year. <br>'.  One
card opens on the same line as the previous card's closing '</div>' (line 221); two cards'
style strings differ (a 200px height at line 143, a 'box-' style at line 328).  The fourth
section has prose only.

Entries: every card (15 + 10 + 10 = 35), including the ACM MM open-source-library papers
(OpenDIC, OpenDMC, OpenPointCloud, OpenHardwareVC, OpenFastVC: papers of the open-source track).
An entry runs from the card's opening '<div style="display: flex; align-items: center' line to its
'<b>Venue</b>, Year.' line (the closing '</div>'s are left out, so no two entries share a line).
Title = the bold text of the first uncommented '<b>...</b> <br>' line of the card.  The prose
paragraphs' monograph titles in quotes are running text, not entries.  No links, so no ids.
Count checks: 35 card openings (grep of 'display: flex; align-items: center'), 35 title lines, 35 author
comments.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "pkummcal__WEBSITE_BACKEND__content__researchprojects@2f08a49.md"
PART = "wild19_development"
CARD = '<div style="display: flex; align-items: center;'


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: dict[str, int] = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text.split(".")[0][3:]
        if CARD not in text:
            continue
        assert text.count(CARD) == 1, i
        j = i + 1
        while not re.match(r"\s*<b>(.+)</b> <br>$", lines[j - 1]):
            assert CARD not in lines[j - 1], j
            j += 1
        title = re.match(r"\s*<b>(.+)</b> <br>$", lines[j - 1]).group(1)
        k = j + 1
        while not re.match(r"\s*<b>[^<]+</b>, \d{4}\. <br>$", lines[k - 1]):
            assert lines[k - 1].strip().startswith("<!--"), k
            k += 1
        papers.append(entry(lines, i, k, title))
        per_section[section] = per_section.get(section, 0) + 1
    assert per_section == {"1": 15, "2": 10, "3": 10}, per_section
    write_truth(NAME, PART, papers,
                "every HTML paper card (<div style=\"display: flex; align-items: center ...\">) of the research-project"
                " sections, from its opening line to its '<b>Venue</b>, Year.' line; title = the first uncommented"
                " '<b>Title</b> <br>' line; authors sit in HTML comments; prose paragraphs are not entries",
                "all 35 entries against the file by eye (titles, line ranges incl. the card opening on the same line"
                " as the previous card's close at line 221); counts by grep of card openings, title lines and"
                " author comments")


if __name__ == "__main__":
    main()
