"""Wild20 truth for GreenSnare/AI4Compiler-Collection papers/04-interpass-tuning.md: one category page
of a machine-learning-for-compilers list generated from BibTeX.  Shape: a '# interpass-tuning'
heading, then one bullet per paper separated by blank lines:
'- ![year](badge) ![src](badge) [Title](url) — Author, A and Author, B'.

Entries: every '- ' bullet (32, one line each; `grep -c '^- '` gives 32 and the only other
non-blank line is the heading).  Title = the link text after the two shields.io badges; the
badges (year, venue abbreviation) and the BibTeX-escaped author list after the em dash are not
part of it.  Links are doi.org, ACM DL (`/doi/abs/`, `/doi/full/`), Springer chapters (DOIs),
IEEE Xplore document numbers, PMLR, MDPI and a Chinese journal page (not DOIs).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "GreenSnare__AI4Compiler-Collection__papers__04-interpass-tuning@eac3ae9.md"
ITEM = re.compile(r"- (?:!\[[^\]]*\]\([^)]*\) )+\[(.+?)\]\((https?://[^)\s]+)\) — ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if text.startswith("- "):
            m = ITEM.match(text)
            assert m, (i, text)
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 32, len(papers)
    assert sum(1 for t in lines if t.strip() and not t.startswith("- ")) == 1
    write_truth(
        NAME,
        "wild20_development",
        papers,
        "every '- ![year] ![src] [Title](url) — authors' bullet is an entry (one line each), title = the link"
        " text after the two badges",
        "all 32 bullets by eye (titles, link hosts, DOIs from doi.org, ACM and Springer URLs); the page has no"
        " other record besides its heading",
    )


if __name__ == "__main__":
    main()
