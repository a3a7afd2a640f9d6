"""Wild16 truth for Huangxy-Minel/Paper-List-of-Host-Networking README.md: iSING Lab's host-networking
reading list (networking / systems).

Shape: no links at all.  Every paper is a bullet 'YY-VENUE-Title' (two-digit year, venue short name
such as NSDI, SIGCOMM, OSDI, ATC, CoNEXT, EuroSys, FCCM), under '<h3>' / '<h4>' HTML headings and
bold '**[Group]**' labels; in part 2 some bullets are wholly bold ('- **14-NSDI-FaRM-Fast Remote
Memory**', the selected readings again).  The list often writes the title's colon as '-'
('OpenNF-Enabling Innovation ...', 'FlexTOE- Flexible ...'): the title is kept as written.

Entry: every such bullet (91: 29 in '1 Selected Readings', 62 under '2 Research Topics'; papers
repeated between the two parts are separate entries).  Title: the text after the 'YY-VENUE-'
prefix, bold markers dropped.  Not entries: the catalog links, the '**[Questions]**' bullets
(questions, not papers), the open-source projects of section 3 (code repositories).  No ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "Huangxy-Minel__Paper-List-of-Host-Networking__README@f834024.md"
PART = "wild16_development"
ITEM = re.compile(r"- (\*\*)?(\d\d)-([A-Za-z]+)-(.+?)(\*\*)?")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    part1 = part2 = 0
    for i, text in enumerate(lines, 1):
        m = ITEM.fullmatch(text)
        if not m:
            continue
        assert bool(m.group(1)) == bool(m.group(5)), i
        papers.append(entry(lines, i, i, m.group(4)))
        if i < 97:
            part1 += 1
        else:
            part2 += 1
    # second count: every bullet starting with a two-digit year, per part (grep -cE '^- (\*\*)?[0-9]{2}-')
    assert sum(1 for t in lines if re.match(r"- (\*\*)?\d\d-", t)) == 91
    assert (part1, part2) == (29, 62), (part1, part2)
    assert len(papers) == 91
    write_truth(NAME, PART, papers,
                "every bullet 'YY-VENUE-Title' (bold or not) is an entry, title = the text after the year-venue"
                " prefix as written (colons the list writes as '-' kept); question bullets, catalog links and the"
                " open-source project bullets are not entries; no ids in the file",
                "all 91 bullets by eye against the file (29 in part 1 by its 11 groups, 62 in part 2 by its 7"
                " sub-topics), every title's start after the venue, the bold ones, the 10 project bullets left out")


if __name__ == "__main__":
    main()
