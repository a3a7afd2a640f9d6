"""Wild17 truth for familyld/Awesome-Causal-RL README: year sections of '- [Title](url) [[extra]](url)'
bullets, some tagged '【Survey】' before the link, each with sub-bullets (authors, 'Code:', 'Keyword:').

Entries: every top-level bullet of the '## Papers' section (its '### 2023' ... '### 2019 and before'
subsections), from the bullet line through its sub-bullets and wrapped lines (one author list wraps
onto a line starting with a single space; one bullet of 2020 is indented by one space, still a
top-level item).  Title = the bullet's first link text; the '【Survey】' tag before it is dropped.
Not entries: the 'Talks' section (tutorials and talks, even the one linking a [[Paper]]), the
'Environments' section (software), the 'Others' section (blogs, a toolbox) and the format blocks.
Count check: 59 bullets in Papers = 9 (2023) + 16 (2022) + 17 (2021) + 9 (2020) + 8 (2019 and before),
counted by grep per section and by eye.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "familyld__Awesome-Causal-RL__README@81a7b80.md"
LINES = read_lines(NAME)
START = re.compile(r"^ ?- (?:【[^】]*】)?\[(.+?)\]\(")


def main() -> None:
    papers = []
    section = None
    per = {}
    i = 0
    n = len(LINES)
    fence = False
    while i < n:
        text = LINES[i]
        if text.startswith("```"):
            fence = not fence
            i += 1
            continue
        if fence:  # the 'format:' blocks
            i += 1
            continue
        if text.startswith("## "):
            section = text[3:].strip()
        elif text.startswith("### ") and section == "Papers":
            sub = text[4:].strip()
            per[sub] = 0
        if section == "Papers" and re.match(r"^ ?- ", text):
            m = START.match(text)
            assert m, text
            end = i
            j = i + 1
            while j < n and LINES[j].strip() and not re.match(r"^ ?- ", LINES[j]) and not LINES[j].startswith("#"):
                end = j
                j += 1
            papers.append(entry(LINES, i + 1, end + 1, m.group(1)))
            per[sub] += 1
            i = j
            continue
        i += 1
    assert per == {"2023": 9, "2022": 16, "2021": 17, "2020": 9, "2019 and before": 8}, per
    assert len(papers) == 59
    write_truth(NAME, "wild17_development", papers,
                "every top-level bullet of the Papers section (year subsections) is an entry with its author/code/keyword"
                " sub-bullets; title = the first link text, a 【Survey】 tag before it dropped; talks, environments"
                " (software) and the blogs/projects of 'Others' are not entries",
                "all 59 entries by eye (title, lines, id) against the file; per-year counts 9/16/17/9/8 by grep;"
                " the wrapped author line (2022) and the one-space-indented bullet (2020) checked; talks,"
                " environments and others left out")


if __name__ == "__main__":
    main()
