"""Wild9 truth for shigueru/academic-kickstart content/ms_ml/index.md: a materials-science reading page, '* [Title](doi-url)\\' then '**Authors:** names' under month headings.

Shape: a Hugo Academic page (YAML front matter) listing Computational Materials Science articles
on machine learning / simulation.  A '## Description' paragraph, then 26 '### ' headings (a
'corrected proofs:' group with its own explanatory paragraph, then 'May 2021' back to 'February
2019').  Each record is two lines: '* [Title](https://doi.org/10.1016/j.commatsci....)' ending in a
backslash hard line break, and a following '**Author:**' / '**Authors:**' (once '**Aythors:**')
line naming the authors.

Entries: every '* ' bullet (97), all journal articles; the entry spans the bullet and its author
line.  Not entries: the description and corrected-proofs paragraphs, the headings.

Title: the link text.  Every entry's DOI is its doi.org link.

Counts: grep -c '^\\* ' = 97; grep -c '^\\*\\*A' = 97 author lines, each right after its bullet
(checked by awk); every bullet ends with a backslash.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "shigueru__academic-kickstart__content__ms_ml__index@3692626.md"
PART = "wild9_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("* "):
            continue
        m = re.match(r"\* \[(.+)\]\((https://doi\.org/[^)]+)\)\\$", text)
        assert m, (i, text)
        assert re.match(r"\*\*A\w+:\*\* ", lines[i]), (i, lines[i])
        papers.append(entry(lines, i, i + 1, m.group(1)))
    assert len(papers) == 97, len(papers)
    assert all(p["doi"] and p["doi"].startswith("10.1016/j.commatsci.") for p in papers)
    write_truth(NAME, PART, papers,
                "every '* [Title](https://doi.org/...)\\' bullet plus its following '**Author(s):**' line is one entry"
                " (all journal articles), title = the link text",
                "all 97 entries: bullet count by grep (97) equals author-line count, each author line directly after"
                " its bullet (awk), the 'Aythors' typo line 238, titles with chemical formulas (MoS2(1-x)Se2x,"
                " ABX3, ZnCl2-NaCl-KCl), '<' in line 81's title, every DOI a 10.1016/j.commatsci one from doi.org;"
                " titles of the first and last entry under each month heading read against the file")


if __name__ == "__main__":
    main()
