"""Wild35 truth for DoItYourselfAI/DIYA2021Projects rl-paper-study/README.md: a study group's RL paper list.

Shape: numbered items `N. [Title, Authors et al, Year. (NICK)](url)` under `###` topic headings, the
whole citation inside the link text.  Optional papers are written as bare `[(optional)Title, ...](url)`
lines right under a numbered item (lines 10, 15, 27; line 10 spells it "(optinal)"); they are their own
papers (3 of them), though Markdown folds each into the item above.  Numbering skips 17 (line 34).
Title = link text before the `, Authors` part, the "(optional)" tag dropped; the nickname in
parentheses and the year are not part of it.  21 entries, one line each.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "DoItYourselfAI__DIYA2021Projects__rl-paper-study__README@67cb3ab.md"
PART = "wild35_development"

AUTH = r",\s+(?:[A-Z][\w-]+ et al|Hausknecht and Stone|OpenAI)\b"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^(?:\d+\.\s+)?\[(?:\(opti\w*\))?(.+?)\]\(http", ln)
        if not m:
            continue
        text = m.group(1)
        a = re.search(AUTH, text)
        assert a, (i, text)
        papers.append(entry(lines, i, i, text[: a.start()]))
    assert len(papers) == 21, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered or bare (optional) link line is one paper; title = link text before the ', Authors et al, Year' part, the (optional) tag dropped.",
                "All 21 lines checked by eye, including the three (optional) lines that Markdown folds into the numbered item above.")


if __name__ == "__main__":
    main()
