"""Open truth (batch 2) for sallyqus/awesome-AI4SingleCell: deep learning for single-cell biology.

'1. **Title.** Venue Year. [paper](url)' then, after a blank line, an indented '*Authors.*' line.
Hosts: Nature, bioRxiv, OUP, Cell Press/ScienceDirect, PNAS, BMC, Springer, arXiv, PMLR.
"""
import re

from _open import Open

NAME = "sallyqus__awesome-AI4SingleCell__README@1c8a607.md"


def main() -> None:
    t = Open(NAME)
    n = len(t.lines)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"1\. \*\*(.+?)\*\*", text)
        if not m:
            continue
        end = i
        j = i + 1
        while j <= n and not t.line(j).strip():
            j += 1
        if j <= n and re.match(r"\s+\*[^*\s]", t.line(j)):
            end = j  # the authors line
        t.add(i, end, re.sub(r"\.$", "", m.group(1).strip()))
    t.write("every '1. **Title.** Venue Year. [paper](url)' item is an entry, from its title line to its"
            " '*Authors.*' line (one item, BABEL, has none); title = the bold text without its final period,"
            " a tool name before a colon kept",
            "all 42 items: title lines, author lines, ids (Nature article ids are not DOIs); the empty"
            " sections (Reinforcement Learning, Neural Architecture Search) hold nothing")


if __name__ == "__main__":
    main()
