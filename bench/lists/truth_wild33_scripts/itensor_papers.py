"""Wild33 truth for ITensor/website docs/all/papers/main.md: "Papers Using the ITensor Library",
the publications page of a research code's documentation site (commit 0271d9f, April 2019).

Shape: year headings (``## 2019`` ... ``## 2009&ndash;2011 ##``), under each a ``* `` bullet per paper,
bullets separated by blank lines.  A bullet opens with ``[Title](url)``, then authors (names glued with
``&nbsp;``), then either inline HTML venue markup (``<i style=...>Phys. Rev. B</i> <b>93</b> <a href=doi>``)
and ``[arxiv:NNNN.NNNNN]`` text, or just ``arxiv:NNNN.NNNNN``.  Every bullet is one entry; it runs from its
``* `` line to the line before the next blank line.  Special cases: the HTML comment at lines 5-7 holds an
empty template bullet ``* [](), , arxiv:`` and is not an entry; a few bullets wrap onto a second line --
the venue on line 40, the closing ``](url)`` of a title split over lines 64-65 and 101-102 (the title is
then the text before the line break), the arXiv id on line 302.  Title = the first link text, HTML tags
(``<sub>``) removed.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "ITensor__website__docs__all__papers__main@0271d9f.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_comment = False
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.strip().startswith("<!--"):
            in_comment = "-->" not in ln
            i += 1
            continue
        if in_comment:
            if "-->" in ln:
                in_comment = False
            i += 1
            continue
        if ln.startswith("* "):
            j = i
            while j + 1 < len(lines) and lines[j + 1].strip() and not lines[j + 1].startswith("* ") \
                    and not lines[j + 1].startswith("#"):
                j += 1
            block = "\n".join(lines[i : j + 1])
            m = re.match(r"\* \[(.*?)\]\(", block, re.DOTALL)
            assert m, block
            papers.append(entry(lines, i + 1, j + 1, m.group(1)))
            i = j + 1
            continue
        i += 1
    assert len(papers) == 170, len(papers)
    write_truth(NAME, PART, papers,
                "Every '* ' bullet outside the HTML comment is one paper, spanning to the next blank line; "
                "title = its first link text with HTML tags removed.",
                "All 170 bullets (171 grep hits minus the commented template); the template bullet in the comment (lines 5-7) "
                "excluded; wrapped bullets at lines 39-40, 64-65, 101-102, 301-302 checked; first and last "
                "of every year section and a random sample of 25 compared with the file.")


if __name__ == "__main__":
    main()
