"""Wild31 truth for SSK015/awesome-system-paper-list README.md: a personal "awesome" list of computer
systems papers (OS / runtimes, disaggregated memory, datacenter networking, CPU architecture, CXL, PL).

Shape: ``- [link text](url) `VENUE` `` bullets under ``#``/``##``/``###``/``####`` headings, with images,
``----`` rules and a closing classical Chinese poem (lines 147-159, not entries).  Every bullet is one paper.
Special cases:
- Nickname-only link texts name no title, so title is None: LegoOS (31), Semeru (33), Hermit (34),
  Canvas (35), Atlas (36), Shenago (52), Caladan (53), Junction (54), Nu (58).
- Line 32: the nickname "(Fastswap)" after the link is not part of the title.
- Lines 48, 104, 124: the link text ends with the site a browser appended ("(ucsd.edu)", "(arxiv.org)",
  "(huaicheng.github.io)"); it is dropped from the title.
- Lines 116-118: one link text wrapped over three lines; one entry spanning them.
- Line 70: link text starts with a space; line 19 and 79 hold double spaces (collapsed).
- Line 86: a PhD dissertation (counted; venue tag "`Phd dissertion`" glued to the link).
- Ripple is listed three times (lines 20, 75, 113): three entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "SSK015__awesome-system-paper-list__README@a9bf19b.md"
PART = "wild31_development"
NICKNAMES = {"LegoOS", "Semeru", "Hermit", "Canvas", "Atlas", "Shenago", "Caladan", "Junction", "Nu"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("- ["):
            first = i + 1
            j = i
            while "](" not in lines[j]:
                j += 1
            block = " ".join(lines[i : j + 1])
            text = re.match(r"- \[(.*?)\]\(", block, re.DOTALL).group(1).strip()
            text = re.sub(r"\s*\((?:ucsd\.edu|arxiv\.org|huaicheng\.github\.io)\)$", "", text)
            title = None if text in NICKNAMES else text
            papers.append(entry(lines, first, j + 1, title))
            i = j + 1
            continue
        i += 1
    assert len(papers) == 32, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- [text](url)' bullet is one paper; the title is the link text without a browser-added site "
        "suffix, None for the nine nickname-only links.",
        "Every entry of the small file checked by eye against the file, including the wrapped link (116-118), "
        "the nickname-only links, the Fastswap aside, the site suffixes and the thrice-listed Ripple.",
    )


if __name__ == "__main__":
    main()
