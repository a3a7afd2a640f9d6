"""Wild13 truth for cosmo1995/speech-recognition-papers README: a numbered list of streaming and
non-autoregressive ASR papers, 'N. Nickname: [Title](url) (Venue Year)'.

Shape: a vim-markdown-toc block of '* [Section](#anchor)' bullets (table of contents, not
entries), an intro paragraph, then sections (## / ###) holding numbered items whose numbering runs
on across sections (1-55).  Most items put a short description of the method before a colon
('Standard RNN-T:', 'MASK-CTC:'), then the paper as a Markdown link, then the venue in brackets;
items 33-35 have no description, and item 7 links an empty URL '()'.
Entries: every numbered item '^\\d+\\. ' (55).  Title = the link text of the item's first link;
the description before the colon and the venue in brackets are not part of it.  Ids from the
item's own line (arXiv PDF links; one MERL, one OpenReview, one ScienceDirect pii, one PMLR link).
Checks: 55 numbered items, numbers 1..55 in order; 17 + 15 + 5 + 10 + 8 per section (counted
with grep between the section headings); 50 arXiv links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "cosmo1995__speech-recognition-papers__README@f74af81.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    numbers = []
    per_section: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            section = text
            continue
        m = re.match(r"(\d+)\. (?:[^\[]*?: )?\[(.+?)\]\(([^)]*)\)", text)
        if not m:
            assert not re.match(r"\d+\. ", text), (i, text)
            continue
        numbers.append(int(m.group(1)))
        per_section[section] = per_section.get(section, 0) + 1
        papers.append(entry(LINES, i, i, m.group(2)))
    assert numbers == list(range(1, 56)), numbers
    assert list(per_section.values()) == [17, 15, 5, 10, 8], per_section
    assert sum(1 for p in papers if p["arxiv"]) == 50
    write_truth(
        NAME, "wild13_development", papers,
        "every numbered item 'N. [Nickname: ][Title](url) (Venue)' is an entry (55); title = the first"
        " link's text, without the method description before the colon and the venue after; the"
        " table-of-contents bullets are not entries",
        "every one of the 55 entries read against the file (title, line, arXiv id); numbering 1..55;"
        " per-section counts 17/15/5/10/8 by grep between headings; item 7's empty link and the non-arXiv"
        " links (MERL, OpenReview, ScienceDirect pii, PMLR) give no id",
    )


if __name__ == "__main__":
    main()
