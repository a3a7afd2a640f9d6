"""Wild31 truth for bluoluo/weekly_paper 11.md: a graduate student's daily log of papers read in
November 2019 (visual object tracking), in Chinese with English paper titles, no links at all.

Shape: date headings ("# 11/5"), topic headings ("## `SE-Net`", "##### SOT"), and one bullet per
paper ``- **[Nickname]** Title  √`` (nickname often empty: ``**[]**``), some preceded by a task box
(``- [x] **[SiamAtt]** ...``, lines 238/255/261), many followed by indented Chinese notes and
machine-translated abstracts in italics; some papers are nested bullets inside another paper's notes
(57, 58, 62, 206, 211, 216, 217, 219, 252).  Every such bullet is an entry; its span runs to the line
before the next paper bullet or heading (trailing blank / zero-width-space lines dropped).  Title: the
text after the bold nickname, with the reading marks after it removed ("√", "☆", "`☆`", ":sunny:",
"::sunny:", "::star2:"); typos kept as written ("Rruning", "Effciient Imagine").
Special cases: lines 25, 29, 38 name a paper by nickname only ("[SE-Net]", "[Cbam]", "[DenesNet]")
-> entries with title None; line 225 is an empty "**[]**" bullet -> not an entry.  Lines 276 and 278
are two paper titles quoted in a note (``> > Title``, "detection has two papers") -> two entries.
Papers read twice (GCNet 32/86, GradNet 76/167, DiMP 7/169, lines 65/175, 101/295, 139/223,
141/224) are separate entries.  The venue note on line 240 is not an entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "bluoluo__weekly_paper__11@8bf7dc2.md"
PART = "wild31_development"
MARKS = r"(?:√|`?☆`?|:+sunny:|:+star2:)"


def blank(s: str) -> bool:
    return not s.strip(" \t\u200b")


def main() -> None:
    lines = read_lines(NAME)
    bullet = re.compile(r"^\s*- (?:\[x\]\s+)?\*\*\[[^\]]*\]\*\*\s*(.*)$")
    quoted = {276, 278}
    starts = {}
    bounds = set()
    for n, ln in enumerate(lines, 1):
        m = bullet.match(ln)
        if m:
            bounds.add(n)
            t = re.sub(rf"(?:\s*{MARKS})+\s*$", "", m.group(1)).strip()
            if n != 225:  # empty "**[]**" bullet
                starts[n] = t or None
        elif ln.startswith("#"):
            bounds.add(n)
    for n in quoted:
        bounds.add(n)
        starts[n] = re.sub(r"^[\s>]+", "", lines[n - 1]).strip()
    papers = []
    for s, title in starts.items():
        e = s
        while e < len(lines) and (e + 1) not in bounds:
            e += 1
        while e > s and blank(lines[e - 1]):
            e -= 1
        if s in quoted:
            e = s
        papers.append(entry(lines, s, e, title))
    assert len(papers) == 101, len(papers)
    write_truth(NAME, PART, papers,
                "Each '**[nickname]** Title' bullet (top-level or nested in notes) is one paper, title"
                " after the nickname minus reading marks; nickname-only bullets are entries without"
                " title, the empty '**[]**' bullet is not; two titles quoted in a note count.",
                "All 101 entries read by eye against the file: titles, the three nickname-only records,"
                " nested bullets, the quoted titles at 276/278, spans around the long notes.")


if __name__ == "__main__":
    main()
