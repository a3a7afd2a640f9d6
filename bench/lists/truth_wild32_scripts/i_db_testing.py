"""Wild32 truth for zhangysh1995/awesome-database-testing README.md: an awesome list on testing DBMSs.

Shape: sections (High-level Views, Input Generation, Engine Correctness, Performance, Industry Practice)
each with a "### Research Papers" part and "### Tools"/"### Others" parts.  A paper is a `*` bullet in a
Research Papers part (its "#### What You ... Know About"/"What's New" subsections included):
`*  *italic note*  [Title](url) [year]`; the italic note before the link is a description, not the title;
the title is the link text.  Special cases: line 25 (under "### Others") is a SIGMOD blog post, not an
entry; line 65 has an empty link target `[...]()` and is still an entry; the bullet on line 70 has its
URL broken over lines 70-71, so that entry spans both lines; the same paper listed twice (lines 34/56,
37/68) gives two entries.  Tools, contributors and the Industry Practice article/talk are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "zhangysh1995__awesome-database-testing__README@979898d.md"
PART = "wild32_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_papers = False
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("### "):
            in_papers = ln.strip() == "### Research Papers"
        elif ln.startswith(("## ", "# ")):
            in_papers = False
        elif in_papers and re.match(r"\*\s", ln):
            first = i + 1
            last = first
            # a link whose ')' is on the next line (line 70-71)
            if ln.count("(") > ln.count(")"):
                last = first + 1
            m = re.search(r"\[([^\]]+)\]\(", ln)
            papers.append(entry(lines, first, last, m.group(1)))
        i += 1
    assert len(papers) == 28, len(papers)
    write_truth(NAME, PART, papers,
                "Each * bullet in a '### Research Papers' part is one paper; its title is the link text (the italic note before it is a description); the blog post under '### Others' and all tools are not entries.",
                "Every entry of the file checked by eye against its line, including the empty-link bullet (65), the two-line bullet (70-71) and the repeated papers.")


if __name__ == "__main__":
    main()
