"""Wild33 truth for sseunghyuns/ai-paper-study README.md: a Korean deep-learning paper study list.

Shape: ``### topic`` sections (lines 9-76), each a bullet list whose items restart numbering at ``[1]``
and imitate a table row: ``- [n] Title | [논문](arXiv url), [설명](notes), [구현](code) |``.  The Korean
labels are 논문 = paper, 설명 = explanation (own notes, sometimes a Notion page, line 47), 구현 =
implementation; when no notes/code exist the label is written as plain text (``설명, 구현``).  Every item is
one paper (45 entries); the ``[n]`` is numbering (no reference definitions exist, it renders literally).
Title: the text between ``[n] `` and the first `` | ``.  Line 13's title contains a literal ``<0.5MB``.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "sseunghyuns__ai-paper-study__README@4236a55.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^- \[\d+\] (.+?) \| ", ln)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 45, len(papers)
    write_truth(NAME, PART, papers,
                "Every '- [n] Title | [논문](…), 설명, 구현 |' item is one paper; title is the text between the number and the first ' | '.",
                "All 45 entries checked by eye against the file (every line).")


if __name__ == "__main__":
    main()
