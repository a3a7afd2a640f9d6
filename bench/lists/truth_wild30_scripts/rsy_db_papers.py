"""Wild30 truth for rsy56640/paper-reading 数据库/README.md: a Chinese/English reading log of database
papers ("Record Database Papers Reading"), one section per topic, each title linking to the author's notes.

Shape: top-level bullets ``- [Title](url)``, sometimes followed on the same line by a Chinese remark or
``todo``, sometimes by indented sub-bullets with Chinese notes; an entry spans the bullet and its
sub-bullets.  Title = the link text, a trailing notes label (``笔记`` / ``论文笔记``) dropped.

Decisions:
- Lines 3-12 are the table of contents (anchor links), not entries.
- Line 22 (notes on the book "Transaction Processing on Modern Hardware", 读书笔记) and line 147 (notes on the
  book "Non-Volatile Memory Database Management Systems") are book notes: not entries.
- Line 32 (notes on the survey monograph "The Design and Implementation of Modern Column-Oriented Database
  Systems") and line 157 (Diva, 论文笔记) are entries, the notes label dropped from the title.
- Line 51: the sub-bullet of the "Vectorization vs. Compilation in Query Execution" record names its
  original paper as a second linked title ``[Just-in-time Compilation in Vectorized Query Execution]()``:
  the record counts as two entries on the same lines (50-51).
- Line 129 ``[ARIES]`` names the paper only by its nickname: title null.
- Line 63 links to an empty URL ``()``: still an entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "rsy56640__paper-reading__数据库__README@cdb8b76.md"
PART = "wild30_development"

BOOK_NOTES = {22, 147}
NICKNAME = {129}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i, ln in enumerate(lines, start=1):
        m = re.match(r"^- \[(.*?)\]\((.*?)\)", ln)
        if not m or m.group(2).startswith("#") or i in BOOK_NOTES:
            continue
        end = i
        while end < n and lines[end].startswith("  - "):
            end += 1
        title = re.sub(r"\s*(论文)?笔记$", "", m.group(1))
        papers.append(entry(lines, i, end, None if i in NICKNAME else title))
        for j in range(i + 1, end + 1):
            for t in re.findall(r"\[([^\]]+)\]\(\)", lines[j - 1]):
                papers.append(entry(lines, i, end, t))
    assert len(papers) == 50, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each top-level '- [Title](url)' bullet (with its indented sub-bullets) is an entry, title = link text "
        "without a trailing 笔记/论文笔记 label; the two book-notes bullets (lines 22, 147) and the table of contents "
        "are not entries; the original paper linked inside the sub-bullet on line 51 is a second entry on lines "
        "50-51; [ARIES] (line 129) has a null title.",
        "Every entry checked by eye against the file, including the remark-after-link lines, the empty links on "
        "lines 51 and 63, the notes labels on lines 32 and 157 and the DOIs on lines 25, 133 and 150.",
    )


if __name__ == "__main__":
    main()
