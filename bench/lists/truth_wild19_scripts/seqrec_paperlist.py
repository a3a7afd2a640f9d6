"""Wild19 truth for mamuyang/Sequential-Recommendation-Paperlist readme: plain-text title bullets
'- Title [Venue Year] [[__PDF__]](url) [[__code__]](url)'.

Shape: a short intro with a 'Please cite our paper:' pair of bullets (the maintainers' own two
papers: one a full author-year-title-venue citation, one a bare title), then '## Survey',
'## Dataset', '## Traditional Methods(MC/MDP)' and '## Deep Learning Methods' sections of one-line
bullets.  The title is plain text (not a link); the links are '[[__PDF__]]' / '[[__code__]]'
labels.

Entries: every '- ' bullet of Survey (4), Traditional Methods (8) and Deep Learning Methods (31),
plus the two 'cite our paper' bullets (they cite two papers, not the list itself, so they are
records of scholarly works).  Not entries: the four Dataset bullets (dataset links, no paper).
Title = the bullet text before the first ' [' (venue tag or the PDF label); for the full citation
on line 6, the text between '(2019). ' and '. SIGIR'.  Count checks: 4 + 8 + 31 + 2 = 45.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "mamuyang__Sequential-Recommendation-Paperlist__readme@cb125a6.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    section = None
    counts: dict[str, int] = {}
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if not text.startswith("- "):
            continue
        body = text[2:]
        if section is None:  # the 'Please cite our paper:' pair
            m = re.search(r"\(2019\)\. (.+?)\. SIGIR'19", body)
            title = m.group(1) if m else body
        elif section == "Dataset":
            continue
        else:
            title = re.match(r"(.+?)\s*\[", body).group(1)
        counts[section or "cite"] = counts.get(section or "cite", 0) + 1
        papers.append(entry(LINES, i, i, title))
    assert counts == {"cite": 2, "Survey": 4, "Traditional Methods(MC/MDP)": 8, "Deep Learning Methods": 31}, counts
    assert len(papers) == 45
    write_truth(NAME, "wild19_development", papers,
                "every '- ' bullet of the Survey, Traditional Methods and Deep Learning Methods sections plus the two"
                " 'Please cite our paper' bullets is an entry, title = the plain text before the first ' [' (venue tag or"
                " PDF label), for the full citation the text between the year and the venue; Dataset bullets are not"
                " entries",
                "all 45 entries against the file line by line (titles, arXiv ids incl. the arxiv.org/ftp form on line 27,"
                " ACM DOIs); per-section bullet counts 4/8/31 by eye; the 4 dataset bullets left out")


if __name__ == "__main__":
    main()
