"""Wild14 truth for mdinitz/OPENFOCS accepted.md: the FOCS 2019 accepted-papers page (Jekyll site).

Front matter, then 92 two-line records separated by blank lines: '- *Title*<br>' (one record writes
'_Title_' and an HTML entity: '_NEEXP &#8838; MIP*_') and, on the next line, 'Authors: Name
(Affiliation); ...'.  Every record is an entry from its bullet to its Authors line; title = the
emphasised text (entity decoded by the helper).  No links, so no ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "mdinitz__OPENFOCS__accepted@bb79f21.md"
PART = "wild14_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- "):
            continue
        m = re.fullmatch(r"- ([*_])(.+)\1<br>", text)
        assert m, i
        assert LINES[i].startswith("Authors: "), i  # the next line (1-based i + 1)
        papers.append(entry(LINES, i, i + 1, m.group(2)))
    assert len(papers) == 92
    assert sum(1 for t in LINES if t.startswith("Authors: ")) == 92
    write_truth(NAME, PART, papers,
                "every '- *Title*<br>' bullet with its 'Authors:' line is an entry, title = the emphasised text",
                "count (92 bullets = 92 Authors lines, grep), every bullet matches the one pattern, the two titles"
                " with markup-like characters by eye ('NEEXP ⊆ MIP*' from an HTML entity, 'l_p-metrics'), first"
                " and last ten titles against the file")


if __name__ == "__main__":
    main()
