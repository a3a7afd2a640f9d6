"""Wild35 truth for brainglobe/brainglobe.github.io docs/source/publications.md: the publications
page of the BrainGlobe software documentation site (Sphinx + MyST).

Shape, two parts:
1. "# BrainGlobe publications" (lines 1-24): five list items, each a bold tool label
   (`- **Brainrender:**`), a blank line, then an indented blockquote holding the full citation:
   authors (year) "Title" *Journal* ..., [doi.org/...](https://doi.org/...).  An entry runs from the
   label line to the blockquote line; the title is the text in straight double quotes (the label
   names the tool, not the paper).
2. "# Publications citing BrainGlobe" (line 28 on; "automatically generated from OpenAlex"):
   paragraphs separated by blank lines, lines joined by Markdown hard breaks:
   `Authors et al. (year)` / `**Title**` / `*Venue*` / `[DOI](https://doi.org/https://doi.org/10...)`
   (174 records).  The last nine records (lines 907-932) have only two lines (authors without year,
   bold title); the record at lines 883-885 has no DOI line.  An entry is the paragraph; its title is
   the bold line (inline `<i>`/`<scp>` markup removed, which leaves words joined where the file has no
   space, e.g. "multiplexedin situhybridization").  The doubled "https://doi.org/https://doi.org/"
   prefix still writes the DOI literally.
Not entries: the headings, the bold "automatically generated" note (line 30).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "brainglobe__brainglobe.github.io__docs__source__publications@6da894f.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    # part 1: labelled blockquote citations
    for i, ln in enumerate(lines[:27], 1):
        if ln.startswith("- **"):
            j = i + 1
            while not lines[j - 1].lstrip().startswith(">"):
                j += 1
            m = re.search(r'"([^"]+)"', lines[j - 1])
            papers.append(entry(lines, i, j, m.group(1)))
    assert len(papers) == 5
    # part 2: OpenAlex paragraphs
    start = lines.index("# Publications citing BrainGlobe") + 1
    i = start + 1
    n = len(lines)
    while i <= n:
        if not lines[i - 1].strip() or lines[i - 1].startswith("**This list"):
            i += 1
            continue
        j = i
        while j < n and lines[j].strip():
            j += 1
        bold = [lines[k - 1] for k in range(i, j + 1) if re.match(r"^\*\*.+\*\*\s*$", lines[k - 1])]
        assert len(bold) == 1, (i, j)
        title = re.match(r"^\*\*(.+)\*\*\s*$", bold[0]).group(1)
        papers.append(entry(lines, i, j, title))
        i = j + 1
    assert len(papers) == 189, len(papers)
    write_truth(NAME, PART, papers,
                "Part 1: each labelled list item with its blockquote citation is one paper (title = text in double "
                "quotes); part 2: each blank-line-separated OpenAlex paragraph is one paper (title = the bold line).",
                "All five part-1 entries, the first and last ten OpenAlex records, the no-DOI record (883), the nine "
                "two-line records (907-932), every title with <i>/<scp> markup, and a sample of 25 others checked by eye.")


if __name__ == "__main__":
    main()
