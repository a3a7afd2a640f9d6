"""Wild34 truth for avast/retdec publications/README.md: publications around the RetDec retargetable
machine-code decompiler (decompilation, binary analysis, object-file formats), grouped by year.

Shape: ``## Year`` sections of ``* `` items, one per publication, in the form
``Initials Surname, ...: Title[, In:| . In:| . Ph.D. Thesis| [talk]| [online]] venue details ([WWW](url),
[PDF](url))``; under each item an indented ``* <details><summary>BibTeX</summary>`` block holds a
space-indented ```` ```bibtex ```` fence (``@Misc``/``@Article``/``@InProceedings``) and closes with
``</details>``.  An entry spans its ``* `` line through its ``</details>`` line; the BibTeX under an item is
part of that item's entry (same work), not an entry of its own.

Entries (25): articles, proceedings papers, workshop abstracts and the Ph.D. thesis (line 77).  Not
entries: the three conference talks marked ``[talk]`` (lines 7, 23, 42) and the seven AVG blog posts marked
``[online]`` (lines 61, 109, 145, 161, 177, 193, 209 - line 109 is a blog "White Paper"), 10 items.

Titles: the text after the author list's colon up to ``, In:`` / ``. In:`` / ``. Ph.D. Thesis``.
Ids: one DOI, from the percent-encoded Springer chapter URL on line 418 (``10.1007%2F978-...``).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "avast__retdec__publications__README@aa05f39.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = [i + 1 for i, ln in enumerate(lines) if ln.startswith("* ")]
    assert len(items) == 35, len(items)
    skipped = []
    for k, first in enumerate(items):
        stop = items[k + 1] if k + 1 < len(items) else len(lines) + 1
        last = max(j for j in range(first, stop) if lines[j - 1].strip() == "</details>")
        assert all(not lines[j - 1].strip() or lines[j - 1].startswith(" ") for j in range(first + 1, last + 1))
        head = lines[first - 1][2:]
        if "[talk]" in head or "[online]" in head:
            skipped.append(first)
            continue
        rest = head.split(": ", 1)[1]
        m = re.match(r"(.+?)(?:, In:|\. In:|\. Ph\.D\. Thesis)", rest)
        assert m, (first, head)
        title = m.group(1)
        assert re.search(r"title = \{", "\n".join(lines[first:last])), first
        papers.append(entry(lines, first, last, title))
    assert skipped == [7, 23, 42, 61, 109, 145, 161, 177, 193, 209], skipped
    assert len(papers) == 25, len(papers)
    write_truth(NAME, PART, papers,
                "Each top-level '* ' item with its nested BibTeX <details> block is one entry unless marked [talk] "
                "or [online] (talks, blog posts); the title is the text between the authors' colon and ', In:' / "
                "'. In:' / '. Ph.D. Thesis'.",
                "All 35 items read by eye: the 10 talks/blog posts skipped, every title and span (item line to "
                "its </details>), the Springer DOI on line 418.")


if __name__ == "__main__":
    main()
