"""Wild43 truth for adilakhter/papers-i-read distsys/legacy/README.md: the distributed-systems index of a personal
"papers I read" notes repository (a fork of at15/papers-i-read; notes written for UCSC's CMPS232 and CMPS278
reading lists), one bullet per paper linking the folder of its notes.

Shape (32 lines, CRLF line ends): "# Distributed Systems", a credit sentence linking the CMPS232 course repository
and its teacher's GitHub profile, 24 bullets "- [Title](folder)" (relative links to note folders, no URLs, no
authors, no years), two of them "- TODO: missing Paxos" / "- TODO: missing CRDTs" placeholders without a link, then a
plain "From CMPS278" line and one more bullet (the Spark RDD paper, 32).  Special cases: "[Sinfonia](sinfonia)" (24)
names the system only, not the paper's title ("Sinfonia: a new paradigm for building scalable distributed
systems"); the MapReduce title keeps a control character U+0002 where a PDF "fi" ligature was lost ("Simpli\\x02ed
Data Processing", 25); "A Note on Distributed Computing" (8) is a Sun Microsystems technical report, "Towards a cloud
computing research agenda" (23) a SIGACT News article, "Implementing Fault-Tolerant Services Using the State
Machine Approach: A Tutorial" (16) a survey article: all scholarly works.

Decisions:
- Entry = each "- [" bullet (23), one line each; the TODO placeholders (14, 26) name no paper record, the credit
  sentence (3) and "From CMPS278" (30) are not entries.
- Title = the link text as written (the U+0002 character kept, since the file writes it); None for "Sinfonia", a
  system nickname rather than the title.
- No arXiv ids or DOIs (links are relative folders).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "adilakhter__papers-i-read__distsys__legacy__README@a44b13f.md"
PART = "wild43_development"

ITEM = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<folder>[\w-]+)\)$")
NICKNAME = 24


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    todos = []
    for n, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        if text.startswith("- TODO: missing "):
            todos.append(n)
            continue
        m = ITEM.match(text)
        assert m, (n, text)
        title = m.group("title")
        if n == NICKNAME:
            assert title == "Sinfonia"
            title = None
        papers.append(entry(lines, n, n, title))
    assert todos == [14, 26], todos
    assert "\x02" in lines[24], lines[24]
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [Title](folder)' bullet is a one-line entry; title = the link text as written (a lost-ligature"
        " control character kept), None for the bare system name 'Sinfonia'; the two 'TODO: missing ...'"
        " placeholders, the credit line and 'From CMPS278' are not entries; no ids (23).",
        "Whole file read (32 CRLF lines) against the -v output: all 23 bullets incl. the one after 'From CMPS278'"
        " (32), the TODO placeholders 14 and 26 skipped, 'Sinfonia' (24) with title None, the MapReduce title with"
        " U+0002 (25), titles with commas kept whole (5, 18, 21), CR dropped by the line reader, and no ids.",
    )


if __name__ == "__main__":
    main()
