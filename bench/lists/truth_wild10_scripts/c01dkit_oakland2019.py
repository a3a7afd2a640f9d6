"""Wild10 truth for c01dkit/sec-papers-collection docs/oakland_2019.md: a script-generated page of the
IEEE S&P 2019 papers (taken from dblp), security.

Shape: YAML front matter ('title: IEEE S&P 2019'), a '# IEEE S&P 2019' heading, '84 papers accepted.',
an 'Updated on' line, a link to the dblp page and a '---' rule; then one '#### [Title.](https://doi.org/...)'
heading per paper, separated by blank lines.  Every such heading is an entry (one line); title = the
link text without the dblp full stop after it ('?' kept); DOI from the doi.org link.  Not entries: the
front matter, the count line, the update line and the dblp link line.
Counts: 84 headings, matching the file's own '84 papers accepted.' and a grep of doi.org links (84).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "c01dkit__sec-papers-collection__docs__oakland_2019@93e139b.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.fullmatch(r"#### \[(.+)\]\((https://doi\.org/10\.1109/SP\.2019\.\d+)\)", text)
        if not m:
            assert not text.startswith("#### "), i
            continue
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 84  # '84 papers accepted.'
    assert sum(1 for ln in lines if "https://doi.org/" in ln) == 84
    assert all(p["doi"] and p["title"] and not p["title"].endswith(".") for p in papers)
    write_truth(NAME, "wild10_development", papers,
                "every '#### [Title.](https://doi.org/10.1109/SP.2019.N)' heading is an entry (one line), title = the"
                " link text without its closing full stop, DOI from the link",
                "all 84 headings counted against the file's '84 papers accepted.' and a grep of doi.org links (84);"
                " every non-heading line looked at (front matter, count, update date, dblp link: no entries);"
                " every title compared with its heading by eye; the one title ending in '?' keeps it")


if __name__ == "__main__":
    main()
