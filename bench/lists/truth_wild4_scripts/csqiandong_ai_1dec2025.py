"""Wild4 truth for CSQianDong/Awesome-arXiv-Daily-Reporter 1-Dec-2025/AI/README.md: a tool-made
daily arXiv digest of cs.AI papers.

The file is a run of 234 sections, one paper each, written by a script:
'# Title ' (heading, trailing space), blank, '**Authors**: ...', blank,
'**Link**: [PDF](https://arxiv.org/pdf/ID)', blank, '**Abstract**: ...' (one or more lines; the
generator keeps the abstract's own line breaks), blank, '---'.  No intro, no table of contents.
Every section is an entry, from its heading line to the last abstract line (the blank line and
the '---' separator are left out); title = the heading text, trailing space dropped; arXiv id
from the PDF link (no versions in this file).  No DOIs.  Two titles carry LaTeX
('$\\mathcal{E}_0$: Enhancing Generalization …', '… It Is Rarely $F_1$', lines 2088 and 1095); LaTeX is not Markdown
markup and is kept as written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "CSQianDong__Awesome-arXiv-Daily-Reporter__1-Dec-2025__AI__README@48f8e84.md"
PART = "wild4_development"


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("# ")]
    seps = [i for i, t in enumerate(lines, 1) if t == "---"]
    assert len(heads) == len(seps) == 234 and heads[0] == 1
    papers = []
    for h, s in zip(heads, seps):
        assert h < s
        assert lines[h] == "" and lines[h + 1].startswith("**Authors**: ")
        assert re.fullmatch(r"\*\*Link\*\*: \[PDF\]\(https://arxiv\.org/pdf/\d{4}\.\d{5}\)\s*", lines[h + 3]), h
        assert lines[h + 5].startswith("**Abstract**: ")
        assert lines[s - 2] == ""  # blank before '---'
        end = s - 2
        title = " ".join(lines[h - 1][2:].split())
        papers.append(entry(lines, h, end, title))
    write_truth(
        NAME, PART, papers,
        "every '# Title' section (heading, Authors, PDF link, Abstract, up to the '---') is an entry, title = the"
        " heading text, arXiv id from the PDF link",
        "234 headings = 234 '**Link**' lines = 234 '---' separators (asserted, and by grep); each section's layout"
        " asserted (Authors/Link/Abstract at fixed offsets, multi-line abstracts end at the blank before '---');"
        " titles grepped for markup/escapes (only the two LaTeX titles, kept as written); first, last and ~20 sections"
        " compared with the file by eye",
    )


if __name__ == "__main__":
    main()
