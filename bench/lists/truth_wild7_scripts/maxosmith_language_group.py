"""Wild7 truth for maxosmith/research_old reading/groups/language_understanding.md: the paper log of
a Montréal language-understanding reading group (2017-2018).

Shape: '## 2018 Fall'-style term headings, then one two-line record per paper, records separated by
a blank line:
    Surname, First, et al.. "Title."
    </br>[[pdf]](url)
Every record is an entry over its two lines; title = the quoted text (final '.' inside the quotes
dropped), typos kept as written ('Straing to the Tree', 'Prottypes').  The group's one-line
description under the title heading is not an entry.  Ids from the link line (arXiv pdf links; two
ACL Anthology links give no id).
Count: 22 quoted lines (grep -c '"') = 22 entries: 2 + 6 + 3 + 11 per term.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "maxosmith__research_old__reading__groups__language_understanding@8fca562.md"
PART = "wild7_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: list[int] = []
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            per.append(0)
            continue
        m = re.match(r'[^"]+\.\s+"(.+)"\s*$', text)
        if not m:
            continue
        assert lines[i].startswith("</br>[[pdf]]("), i
        papers.append(entry(lines, i, i + 1, m.group(1)))
        per[-1] += 1
    assert per == [2, 6, 3, 11], per
    assert len(papers) == 22
    write_truth(
        NAME, PART, papers,
        "every 'Authors.. \"Title.\"' line with its '</br>[[pdf]](url)' line below is an entry; title = the"
        " quoted text",
        "all 22 records read against the file (titles with their typos, the two ACL Anthology links without"
        " arXiv id); per-term counts 2/6/3/11 by hand",
    )


if __name__ == "__main__":
    main()
