"""Wild37 truth for LuoXishuang0712/Awesome-Graph-Anomaly-Detection-Papers-List README.md: a small lab's
reading list of graph anomaly detection papers by venue and year (generated from bibs/ with a toolbox).

Shape: ``### [VENUE-YEAR](#contents)`` headings (24 venues, 2023-2026); under each, records written as
``1. **Title**`` (trailing space or none), a blank line, then the authors as an indented italic
paragraph ``    *A, B, C*``, records separated by one or two blank lines.  No links and no ids anywhere.
Each record is one entry spanning its title line through its author line; the title is the bold
text as written (lower-cased nicknames such as ``Hlsad:``/``Dgp:`` and the non-breaking hyphen of
``Non‑Discriminativity`` kept; ``(Abstract Reprint)`` in the AAAI-2026 title kept, as the file writes it in
the bold title); the closing ``.`` inside the bold on lines 594 and 602 (IJCAI-2023) is a separator and
dropped.  Not entries: the contributor note (3-5) and the Contents lines (8-10), which name
venues, some without a section (CIKM-2026, NeurIPS-2026, NeurIPS-2025).
146 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "LuoXishuang0712__Awesome-Graph-Anomaly-Detection-Papers-List__README@98b38b3.md"
PART = "wild37_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^1\. \*\*(.+)\*\* *$", ln)
        if not m:
            assert not ln.startswith("1. "), (i, ln)
            continue
        assert not lines[i].strip() and re.match(r"^    \*[^*].*\*\s*$", lines[i + 1]), (i, lines[i + 1])
        papers.append(entry(lines, i, i + 2, m.group(1).removesuffix(".")))
    assert len(papers) == 146, len(papers)
    write_truth(NAME, PART, papers,
                "Each '1. **Title**' record with its indented italic author paragraph two lines below is an entry (all 24 venue sections), title = the bold text as written (a closing '.' dropped on 594/602); the contributor note and Contents lines are not entries; the file has no links or ids.",
                "Read the head (1-12) and the first and last record of each of the 24 venue sections, ~20 random records, the special titles (146 non-breaking hyphen, 260 'Dgp:', 296 '(Abstract Reprint)', 445 'Hlsad:', 594/602 closing '.'), checked every title line has its author paragraph two lines below (146 of 146) and no duplicate titles, against the -v output.")


if __name__ == "__main__":
    main()
