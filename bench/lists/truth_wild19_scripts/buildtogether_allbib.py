"""Wild19 truth for ms/buildtogether.tech misc/all-bib.md: the bibliography of a software-engineering
book ('Building Tech Together'), dumped from BibTeX into a Markdown file as one YAML list.

Every record is a YAML mapping '- key: Name2020' followed by indented fields in alphabetical order
('author:' with one '  - Name' line per author, then booktitle/doi/editor/journal/kind/month/number/
pages/publisher/title/url/volume/year), records separated by one blank line.  The file has no
heading, prose or links in Markdown syntax.

Every record is an entry (29 = grep -c '^- key:'); lines = the '- key:' line to the record's last
field; title = the 'title:' field with its YAML double quotes removed.  One record (Shrikanth2020,
ICSE'20, with a DOI) has no title field: title null.  All 29 are articles or conference papers
('kind: article' 9, 'kind: inproceedings' 20): no book, talk or tool.  DOIs from the 'doi:' field
(lower-cased by the helper); no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "ms__buildtogether.tech__misc__all-bib@f21d87e.md"
PART = "wild19_development"
LINES = read_lines(NAME)


def main() -> None:
    starts = [i for i, t in enumerate(LINES, 1) if t.startswith("- key: ")]
    assert len(starts) == 29
    papers = []
    kinds: dict[str, int] = {}
    untitled = []
    for n, first in enumerate(starts):
        last = (starts[n + 1] - 1) if n + 1 < len(starts) else len(LINES)
        while not LINES[last - 1].strip():
            last -= 1
        body = LINES[first - 1 : last]
        assert all(t.startswith("  ") for t in body[1:]), first
        title = None
        for t in body:
            m = re.fullmatch(r"  title: (.+)", t)
            if m:
                title = m.group(1)
                if title.startswith('"'):
                    assert title.endswith('"'), first
                    title = title[1:-1]
            k = re.fullmatch(r"  kind: (\w+)", t)
            if k:
                kinds[k.group(1)] = kinds.get(k.group(1), 0) + 1
        if title is None:
            untitled.append(body[0])
        papers.append(entry(LINES, first, last, title))
    assert kinds == {"inproceedings": 20, "article": 9}, kinds
    assert untitled == ["- key: Shrikanth2020"], untitled
    write_truth(NAME, PART, papers,
                "every YAML record '- key: ...' of the BibTeX dump is an entry (the key line to its last field),"
                " title = the 'title:' field without its quotes, null for the one record without a title field",
                "all 29 records (grep -c '^- key:'), kinds counted (20 inproceedings, 9 articles), every title"
                " and DOI read against the file; the untitled Shrikanth2020 record kept with title null")


if __name__ == "__main__":
    main()
