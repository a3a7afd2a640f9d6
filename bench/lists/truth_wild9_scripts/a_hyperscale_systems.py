"""Wild9 truth for Romero027/hyperscale-systems-papers README: production systems papers from big tech.

Shape: six '### Topic' sections; each paper a bullet
'- [**Title**](url), _VENUE 'YY_ `[Company]`' followed by one description sub-bullet '  - ...'.
Entries: every '- [**' bullet with its description line; title = the bold link text.  Not
entries: the Index bullets ('* [**Section**](#anchor)').  DOIs come from the dl.acm.org/doi links.
Count checks: 27 '- [**' bullets and 27 '  - ' description lines (grep -c); per section 4, 4, 11, 3,
3, 2 (awk); each entry spans exactly 2 lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "Romero027__hyperscale-systems-papers__README@a30dcfc.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    counts: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("### "):
            section = text[4:].strip()
        if not text.startswith("- [**"):
            continue
        m = re.match(r"- \[\*\*(.+?)\*\*\]\(([^)]+)\), _[^_]+_ `\[[^\]]+\]`\s*$", text)
        assert m, (i, text)
        assert LINES[i].startswith("  - "), i
        papers.append(entry(LINES, i, i + 1, m.group(1)))
        counts[section] = counts.get(section, 0) + 1
    assert list(counts.values()) == COUNTS, counts
    assert len(papers) == 27
    write_truth(NAME, "wild9_development", papers,
                "every '- [**Title**](url), _VENUE_ `[Company]`' bullet with its description sub-bullet is an entry;"
                " title = the bold link text; Index bullets are not entries",
                "read the whole file (83 lines): all titles, the 2-line spans, the per-section counts, the 8 ACM DOIs"
                " (dl.acm.org/doi links), USENIX presentation links without ids, the misspelt title kept as written (Databasess)")


COUNTS = [4, 4, 11, 3, 3, 2]

if __name__ == "__main__":
    main()
