"""Wild16 truth for Sen1553/Awesome-Continual-RL README: GB/T 7714 references '- Authors. **Title**[J]. Venue.[[Paper]](url)' with a '    >TL;DR: ...' quote.

Shape: a continual reinforcement learning list.  Each paper is one '- ' bullet written as a
Chinese-standard (GB/T 7714) reference: authors ('Sun K, Zhang H, Jin J, et al.'), the title in
bold, a type marker '[J]' / '[C]//Venue', volume and pages, then '[[Paper]](url)[[Code]](url)'.
Most bullets are followed, after a blank line, by an indented blockquote '    >TL;DR: ...'
summary.  Headings: Survey, Research Papers by year ('### 2025') and venue ('#### ICML 2025'),
Benchmarks by venue, then a table of related repositories.

Entries: every '- ' bullet of Survey, Research Papers and Benchmarks (benchmark papers are
papers), with its TL;DR quote when one follows (lines bullet..TL;DR).  Title = the bold text,
except: line 154 puts the bold around 'Zhang H, et al. Continual reinforcement ...' (the author
words inside the bold are dropped), and line 243 (Plasticine) has no bold, its title is the text
between 'et al. ' and '[J]'.  Remarks after the bold such as '(Spotlight)' are not part of the
title; the benchmark entry 'Continual Bench: Continual Reinforcement Learning by Planning with
Online World Models' (line 248) is kept as written and is a separate entry from the ICML 2025
paper of line 73.  Not entries: the table-of-contents bullets, the related-repositories table.

Counts checked a second way: 53 '^- ' lines minus the one TOC bullet = 52: Survey 5, Research
Papers 39 (ICLR 2026 2; 2025: 1, 4, 4, 4, 1, 1; 2024: 1, 3, 1, 1; 2023: 1, 1, 2; 2022: 2, 1;
2021 1; 2019 2; 2018 1; arXiv 5), Benchmarks 8 (1, 1, 2, 1, 1, 1, 1); 43 TL;DR quotes.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "Sen1553__Awesome-Continual-RL__README@e5e3c89.md"
PART = "wild16_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    top = None
    counts: dict[str, int] = {}
    with_tldr = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            top = text
            continue
        if not text.startswith("- ") or top is None or "Contributing" in top:
            continue
        m = re.search(r"\*\*(.+?)\*\*", text)
        if m:
            title = re.sub(r"^Zhang H, et al\. ", "", m.group(1))  # line 154: author words inside the bold
        else:
            title = re.search(r"et al\. (.+?)\[J\]", text).group(1)  # line 243: no bold
        last = i
        j = i + 1
        while j <= len(lines) and not lines[j - 1].strip():
            j += 1
        if j <= len(lines) and lines[j - 1].lstrip().startswith(">TL;DR"):
            last = j
            with_tldr += 1
        papers.append(entry(lines, i, last, title))
        key = top.split()[-1]
        counts[key] = counts.get(key, 0) + 1
    assert counts == {"Survey": 5, "Papers": 39, "Benchmarks": 8}, counts
    assert len(papers) == 52 and with_tldr == 43, (len(papers), with_tldr)
    write_truth(NAME, PART, papers,
                "every '- ' reference bullet of Survey, Research Papers and Benchmarks is an entry, with its following"
                " '>TL;DR' quote; title = the bold text (author words inside the bold on line 154 dropped; line 243's"
                " unbolded title taken between 'et al. ' and '[J]')",
                "counts (52 = 53 '- ' bullets minus the TOC bullet; 5 survey, 39 research, 8 benchmark; 43 TL;DR quotes"
                " by grep), every title by eye, lines 144 (no space before the bold), 154 and 243, the '(Spotlight)'"
                " remarks left out, the repeated ICML 2025 paper kept twice")


if __name__ == "__main__":
    main()
