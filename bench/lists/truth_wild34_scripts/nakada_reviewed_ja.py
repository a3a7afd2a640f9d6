"""Wild34 truth for HidemotoNakada/HidemotoNakada.github.io docs/publications/reviewed.ja.md: a Japanese
researcher's list of his refereed papers written in Japanese (査読あり (日本語)), Jekyll page.

Shape: after a front-matter block and the heading `# 査読あり (日本語)` (line 4), each record is a list
item `- **<title>** [[Paper](dataDir/...pdf)] [[Slides](...)] <span onmouseover=...>[abst]</span>` on one
line, then an authors line (Japanese names), then a venue line `, *<venue>* , pp. x-y , <year>`, a blank
line and, for most records, a `> <blockquote> <div ... display: none ...> <abstract> </div> </blockquote>`
line holding the hidden abstract (Japanese, sometimes English).  Every record is one paper: 60 entries.
Three records have no abstract and no links (lines 86, 268, 474).  Several papers appear twice (a
symposium version and its journal version, e.g. lines 62/70, 100/116, 124/140, 322/330, 338/346,
378/402, 426/466); each record is its own entry.  Titles keep their ` -- subtitle --` parts (lines 370,
410).  The entry runs from its `- **` line to its last non-blank line (the blockquote, or the venue line
when there is no abstract).  No record gives a DOI or an arXiv id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "HidemotoNakada__HidemotoNakada.github.io__docs__publications__reviewed.ja@41fd19a.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    starts = [i + 1 for i, ln in enumerate(lines) if ln.startswith("- **")]
    papers = []
    for k, s in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else len(lines) + 1
        e = nxt - 1
        while not lines[e - 1].strip():
            e -= 1
        m = re.match(r"- \*\*(.+?)\*\*", lines[s - 1])
        papers.append(entry(lines, s, e, m.group(1)))
    assert len(papers) == 60, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- **title**' list item with its authors, venue and hidden-abstract blockquote lines is one paper; "
        "the title is the bold text of the item line.",
        "All 60 records read by eye against the file: titles, spans ending at the abstract blockquote or at the "
        "venue line for the three records without abstract (86, 268, 474), duplicated symposium/journal versions "
        "kept as separate entries.",
    )


if __name__ == "__main__":
    main()
