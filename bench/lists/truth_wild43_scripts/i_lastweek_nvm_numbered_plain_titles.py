"""Wild43 truth for lastweek/lastweek.github.io papers/nvm-Summary.md: a systems researcher's summary of
non-volatile (persistent) memory papers, grouped by venue (VLDB, SIGMOD, MSST16, FAST, ASPLOS16, ASPLOS17,
EuroSys16, EuroSys17) and one topic (Disaggregation).

The file is taken from commit d0edcfd (2017-11-28), the last commit that holds it: the next commit (d1f6f88,
"Update whole") deleted the whole papers/ folder and the newest commit of the repository is a built web site
without any Markdown list.

Shape: nine "## " headings (1, 5, 8, 14, 18, 24, 29, 34, 38), each followed by a numbered list "N. Title"
restarting at 1 under every heading, no links, no authors, no ids.  Some items end in ", VENUE'yy" (", VLDB'14",
", FAST'16", ", Eurosys'16", ", NSID'17"), the others are the bare title.  One note line in parentheses under
MSST16 (9, "(MSST17 papers are not out)").

Decisions:
- Entries: every numbered item (22), each a conference paper.  The headings and the note line (9) are not.
- Span: the item's single line.
- Title: the text after "N. ", without a trailing ", <Venue>'yy" (the venue tag the list appends); titles keep
  their own punctuation ("pVM - Persistent Virtual Memory ...", "Let's talk about ...", "DudeTM: ...").
- Ids: none (no link, DOI or arXiv id anywhere in the file).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "lastweek__lastweek.github.io__papers__nvm-Summary@d0edcfd.md"
PART = "wild43_development"

ITEM = re.compile(r"^\d+\. (.+?)(?:, [A-Za-z]+'\d\d)?$")
HEADINGS = {1, 5, 8, 14, 18, 24, 29, 34, 38}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not ln.strip() or (n in HEADINGS and ln.startswith("## ")) or (n == 9 and ln.startswith("(")), (n, ln)
            continue
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered item under the nine venue/topic headings is one paper (22); title = the text after 'N. '"
        " without a trailing \", Venue'yy\" tag; the headings and the note line 9 are not entries; no ids.",
        "Script asserts every other line is blank, one of the nine headings or the note line 9; all 22 -v titles"
        " compared by eye with the file (the venue-tagged items 2, 3, 6, 15, 16, 39, 40 lose only the tag; the"
        " untagged ones keep their full text, e.g. 31 'pVM - Persistent Virtual Memory ...').",
    )


if __name__ == "__main__":
    main()
