"""Wild16 truth for MaxChanger/awesome-point-cloud-scene-flow README: '- **[Venue]** Title [[arXiv id]](url)[[code]](url)'.

Shape: a point-cloud scene-flow awesome list by year ('## 2025' .. '## 2019'; 2022-2019 inside a
'<details>' block with a '[Click me to expand]' summary).  Each paper is one bullet: a bold venue
tag in brackets (sometimes itself a link, '**[[RA-L 25](ieee url)]**'), then the title as plain
text (not linked), then the arXiv number as link text ('[[2503.00803]](arxiv url)' or
'[[2401.02550](arxiv url)]'), code links and star badges.

Entries: every top-level '- ' bullet of the year sections (lines 17-117).  Title = the plain text
between the bold venue tag and the first ' [' / '[' link; the parenthesised nickname before one
title, '(SeFlow++) HiMo: ...' on line 19, is a tag put before the title and is dropped.  Line 24's
bullet runs on to line 25 (its arXiv link wrapped to the next line): one entry, lines 24-25.  Line
103 (VoxFlowNet, no venue tag, only a code link) names a titled work and is an entry.  Ids come
from the URLs (line 37's link text '2404.083636' is mistyped, the URL says 2404.08363; line 86's
link text repeats 2104.00798 while its URL is 2011.14880).  Not entries: the dataset and
leaderboard bullets, the intro lines and codebase links.

Counts checked a second way (awk per heading over '^- '): 2025 8, 2024 12, 2023 13, 2022 15,
2021 13, 2020 14, 2019 3 = 78.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "MaxChanger__awesome-point-cloud-scene-flow__README@37acc4e.md"
PART = "wild16_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    counts: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if not (section and re.fullmatch(r"20\d\d", section)) or not text.startswith("- "):
            continue
        body = text[2:]
        body = re.sub(r"^\*\*\[(?:\[[^\]]*\]\([^)]*\)|[^\]]*)\]\*\*\s*", "", body)  # bold venue tag
        body = re.sub(r"^\([^)]*\)\s*", "", body)  # '(SeFlow++)' nickname tag
        title = re.split(r"\s*\[", body, maxsplit=1)[0].strip()
        last = i
        if i < len(lines) and lines[i].startswith(" [["):  # arXiv link wrapped onto the next line
            last = i + 1
        papers.append(entry(lines, i, last, title))
        counts[section] = counts.get(section, 0) + 1
    assert counts == {"2025": 8, "2024": 12, "2023": 13, "2022": 15, "2021": 13, "2020": 14, "2019": 3}, counts
    assert len(papers) == 78
    write_truth(NAME, PART, papers,
                "every '- ' bullet of the year sections (the collapsed 2022-2019 ones too) is an entry; title = the plain"
                " text after the bold venue tag up to the first link, a '(Nickname)' prefix dropped",
                "per-year counts (8, 12, 13, 15, 13, 14, 3 = 78, awk over '^- ' per heading), every title by eye"
                " against its line, the wrapped bullet 24-25, the untagged VoxFlowNet line 103, the mistyped link"
                " texts on lines 37 and 86 (ids from the URLs), dataset and leaderboard bullets left out")


if __name__ == "__main__":
    main()
