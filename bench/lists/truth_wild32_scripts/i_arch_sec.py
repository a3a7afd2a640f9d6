"""Wild32 truth for miaochenlu/arch_sec_papers README.md: architecture-security papers by year and venue.

Shape: `# 2023` year headings; top-level bullets `* ISCA 2023` name a venue (not entries); under each,
indented bullets (2 or 3 spaces) are papers, written either as a plain title (most of lines 5-46 have no link)
or as a bold link `[**Title**](url)` (lines 17, 40 and from line 50 on; the ASPLOS 2021 block, lines 239-249, has the link
without bold).  Deeper bullets (4 spaces: `[codes]`, `[slides]`, `[website]`) belong to the paper above and
are inside its span; they are not entries.  Blank lines separate the paper bullets.  The same paper listed
twice (Graphics Peeping Unit, lines 139 and 150) gives two entries.  Empty venue bullets (none with
papers) add nothing.  Title = the bullet text with the link and bold markup removed.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "miaochenlu__arch_sec_papers__README@888620f.md"
PART = "wild32_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i, ln in enumerate(lines):
        m = re.match(r" {1,3}\* (.+?)\s*$", ln)
        if not m:
            continue
        text = m.group(1)
        last = i + 1
        j = i + 1
        while j < n and re.match(r" {4,}\* ", lines[j]):
            last = j + 1
            j += 1
        lk = re.match(r"\[(.+)\]\([^)]*\)$", text)
        title = lk.group(1) if lk else text
        title = re.sub(r"^\*\*(.+)\*\*$", r"\1", title)
        papers.append(entry(lines, i + 1, last, title))
    assert len(papers) == 126, len(papers)
    write_truth(NAME, PART, papers,
                "Each bullet indented under a venue bullet is one paper (plain title or [**Title**](url)); its title is the bullet text without markup; deeper [codes]/[slides]/[website] bullets belong to the paper's span; venue bullets are not entries.",
                "First and last entry of every year and venue block, every entry with sub-bullets, the unlinked-title blocks (5-46), the unbolded ASPLOS 2021 block and the repeated Graphics Peeping Unit entry, plus a random sample of 25, checked by eye.")


if __name__ == "__main__":
    main()
