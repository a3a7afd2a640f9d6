"""Truth for li-yang23/paper-notebook ai-security/USENIX2023.md (commit cc865d6): personal Chinese reading
notes on USENIX Security 2023 papers (AI-security track).

Shape: ``# UNENIX Security 2023`` (sic), then one ``## <paper title>`` heading per paper followed by four
``- `` bullets in Chinese (研究问题 / 相关工作 / 解决方案 / 实验效果).  No links, authors or ids anywhere.

Decisions:
- Every ``## `` heading starts an entry; its lines run from the heading to the last non-blank line before
  the next heading (the Chinese note bullets belong to the paper).
- Title = the heading text as written (the list's lower-casing after the colon kept).
- The ``# `` file heading is not an entry.
"""

from __future__ import annotations

from _wild45 import entry, read_lines, write_truth

NAME = "li-yang23__paper-notebook__ai-security__USENIX2023@cc865d6.md"
PART = "wild45_development"


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, line in enumerate(lines, 1) if line.startswith("## ")]
    papers = []
    for i, first in enumerate(starts):
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(lines)
        last = first
        for n in range(first, stop + 1):
            if lines[n - 1].strip():
                last = n
        papers.append(entry(lines, first, last, lines[first - 1][3:].strip()))
    assert len(papers) == 24, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '## ' heading is one paper, its entry running to the last bullet before the next heading; "
        "title = the heading text.",
        "All 24 headings and the extents of the first, last and ~10 middle entries read against the -v "
        "output; no links or ids in the file; the '# ' file heading skipped.",
    )


if __name__ == "__main__":
    main()
