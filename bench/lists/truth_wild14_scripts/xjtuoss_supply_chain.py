"""Wild14 truth for XJTUOSS/Awesome-Software-Supply-Chain-Security README.md: supply-chain papers by venue group, year and conference.

Headings '### Security Conferences (Big 4)' / '### Software Engineering Conferences (Big 4)', then
'#### 2025' (years; twice '#### ISSTA' is written at the year level), then '##### Conference'.
Each paper is a plain-text top-level bullet '- Title' (often with trailing spaces) followed by an
indented link bullet '  - [Paper](url) | [PDF](url) | [DOI](url) | [Slides](url)' (one has only
'[PDF]').  Every such pair is an entry from the title bullet to its link bullet; title = the
title bullet's text.  Not entries: the 'proceedings have not been released yet' sentences, the
statistics table, and the Contributing section's bullets (guidelines and commit-message examples).
Ids: whatever the link bullet writes (doi.org, dl.acm.org/doi, one arXiv pdf); IEEE Xplore
document numbers and USENIX/NDSS pages are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "XJTUOSS__Awesome-Software-Supply-Chain-Security__README@60b785a.md"
PART = "wild14_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    stop = LINES.index("## Contributing") + 1
    for i, text in enumerate(LINES[:stop], 1):
        if not text.startswith("- "):
            continue
        nxt = LINES[i]  # line i + 1
        assert re.match(r"  - \[(Paper|PDF)\]\(", nxt), i
        papers.append(entry(LINES, i, i + 1, text[2:]))
    per_group = (sum(1 for p in papers if p["line"] < 151), sum(1 for p in papers if p["line"] > 151))
    # the statistics table says security 39 (S&P 2023: 14) and SE 29; the S&P 2023 section holds 13
    # bullets (counted by eye, lines 78-114), so security is 38
    assert per_group == (38, 29), per_group
    assert len(papers) == 67 == sum(1 for t in LINES if t.startswith("  - ["))
    write_truth(NAME, PART, papers,
                "every plain '- Title' bullet followed by its '  - [Paper](url) | ...' link bullet is an entry (both"
                " lines), title = the bullet text; bullets of the Contributing section are not entries",
                "count per group against the file's statistics table (29 SE as stated; security 38, one fewer than"
                " the table's 39 because its S&P 2023 row says 14 where the section lists 13) and by grep of link"
                " bullets (67); every title against its bullet by eye; DOIs of the NDSS CISPA and IEEE S&P rows")


if __name__ == "__main__":
    main()
