"""Wild29 truth for fyapeng/nber README.md: the week's NBER economics working papers (updated 2026-06-29),
machine-listed with Chinese translations of their titles and abstracts.

Commit 5314e75 (2026-06-29) is used because the newest README no longer holds a list (the project became
an Astro site; the last list-bearing README is this one, later weekly updates say "本周暂无新论文").

Shape: two parts name the same 22 papers.
1. Lines 6-49: a numbered list, two lines per paper: ``N. **[English title](nber.org/papers/wNNNNN)**<br/>``
   followed on the same line by the Chinese translation of the title, then an indented
   ``- *Authors: ...*`` line.  Entry = those two lines; title = the English link text.
2. Lines 54-275, "## 文章概览": one card per paper, separated by ``---`` lines: a ``### `` heading that is
   only the Chinese translated title, then ``**[English title](url)**``, ``**Authors**``, ``**Abstract**``
   (English) and ``**摘要**`` (Chinese) paragraphs.  Entry = heading through the 摘要 line; title = the
   English link text (the heading is a translated title, not the title).
Repeated records are separate entries, so there are 44 entries.  NBER links carry no DOI or arXiv id.
Not entries: the comment markers, the update date line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "fyapeng__nber__README@5314e75.md"
PART = "wild29_development"
LINK = re.compile(r"\*\*\[(.+)\]\(https://www\.nber\.org/papers/w\d+\)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    listed, carded = [], []
    i = 0
    while i < len(lines):
        ln = lines[i]
        n = i + 1
        if re.match(r"\d+\. \*\*\[", ln):
            m = LINK.search(ln)
            assert m and lines[i + 1].startswith("    - *Authors:"), n
            papers.append(entry(lines, n, n + 1, m.group(1)))
            listed.append(m.group(1))
            i += 2
            continue
        if ln.startswith("### "):
            m = LINK.fullmatch(lines[i + 1])
            assert m, n
            j = i + 1
            while not lines[j].startswith("**摘要**"):
                j += 1
            assert lines[j + 1] == "" and lines[j + 2] == "---", n
            papers.append(entry(lines, n, j + 1, m.group(1)))
            carded.append(m.group(1))
            i = j + 1
            continue
        i += 1
    assert listed == carded, "the two parts should name the same papers in the same order"
    assert len(papers) == 44, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered list item (title line + Authors line) and each '### ' overview card (Chinese heading"
        " through the 摘要 paragraph) is one entry, so each of the 22 papers is two entries; the title is"
        " the English bold link text, never the Chinese translation.",
        "All 44 entries checked by eye: spans, English titles, list and cards naming the same papers in order.",
    )


if __name__ == "__main__":
    main()
