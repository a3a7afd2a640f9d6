"""Wild29 truth for zhengli97/Awesome-Prompt-Adapter-Learning-for-VLMs README.md: prompt/adapter learning
methods for vision-language models.

Shape: two result tables and tagged paper lists.
* Table 1 (lines 74-103, base-to-novel results): ``| Methods | Paper | Pub | Base | Novel | HM | Code | Type |``;
  the method is a nickname (CLIP, CoOp, ...) and the Paper cell is ``[Link](url)``. A row whose Paper cell
  links a paper is an entry named only by its nickname (title None); the ``X+PromptKD`` / ``X+PromptSRC``
  "Plugin" rows (79, 82, 85, 89, 93) have '-' for paper and venue: they report a combination of two listed
  methods, not a work of their own, so they are not entries.
* Table 2 (lines 278-289, test-time results) has no paper column, only code links on GitHub: its rows are
  leaderboard results, not records of papers, so none is an entry (each method also appears in the list below).
* Lists: ``- `Nick` **Title.** Venue Year.`` followed by a line of ``[[Paper](url)] [[Code](url)]`` and tag
  badges; two survey items (36-37) are ``- Title. [[Paper](url)]``; lines 254 and 323 have no nickname;
  line 337 has no space after the nickname. Each item (bullet line plus its link line) is an entry, titled by
  the bold text (the trailing '.' dropped).
Not entries: the dataset paragraphs (58-67), the keyword badges, the commented-out items in lines 390-393
(inside ``<!-- -->``, not rendered), table headers. Repeats (e.g. CoOp in table 1 and in the list) stay separate.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "zhengli97__Awesome-Prompt-Adapter-Learning-for-VLMs__README@01290df.md"
PART = "wild29_development"
N_EXPECTED = 156


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    comment = False
    n = 0
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if "<!--" in ln and "-->" not in ln:
            comment = True
        if comment:
            if "-->" in ln:
                comment = False
            continue
        if 74 <= n <= 103 and ln.startswith("|"):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if re.match(r"\[Link\]\(", cells[1]):
                papers.append(entry(lines, n, n, None))
            continue
        if n < 34:
            continue
        if ln.startswith("- "):
            end = n
            while end < len(lines) and lines[end].strip() and not lines[end].startswith(("- ", "#", "<!--")):
                end += 1
            m = re.search(r"\*\*(.+?)\*\*", ln)
            if m:
                title = m.group(1)
            else:  # survey items: '- Title. [[Paper](url)]'
                title = ln[2:].split("[[")[0].strip()
            papers.append(entry(lines, n, end, title))
    assert len(papers) == N_EXPECTED, len(papers)
    write_truth(NAME, PART, papers,
                "Each tagged list item (bullet + link line) is an entry titled by its bold text; in the base-to-novel "
                "results table every row linking a paper is an entry with title None (nickname only); plugin "
                "combination rows, the code-only test-time results table and commented-out items are not entries.",
                "Every table row and every list item read by eye against the file (both tables, all sections, "
                "the comment block, items without nickname); titles and ids checked mechanically.")


if __name__ == "__main__":
    main()
