"""Wild35 truth for XuZhengzhuo/Long-tailed-Visual-Recognition-Paper-List README.md: a personal reading
list of long-tailed (class-imbalanced) visual recognition papers, grouped by venue.

Shape: one paper per bullet line (lines 7-130), under `##`/`#` venue headings.  The bullet holds the bare
title in plain text (no title link), usually after a reading-status mark `[-]` / `[√]` and an optional
`[*]` star, and is sometimes followed by a preference mark `**\\^**` / `**\\***`, a `(**TA**)` tag, a
`[[code]](github)` link (bold on line 19-20) and a method nickname the list adds in parentheses
(`(IB loss)` l.43, `(PaCo)` l.44, `(TADE)` l.45, `(MASLIS)` l.52, `(LDAE)` l.53): those are not title.
Lines 81 and 112 have no status mark.  Line 23 repeats line 16's paper (separate entries).  Not entries:
the paperswithcode link on line 3 and the legend on lines 133-137.  No arXiv ids or DOIs are given.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "XuZhengzhuo__Long-tailed-Visual-Recognition-Paper-List__README@1f4a575.md"
PART = "wild35_development"

NICK = re.compile(r"\s*\((?:IB loss|PaCo|TADE|MASLIS|LDAE)\)")


def title_of(text: str) -> str:
    t = text[2:]
    t = re.sub(r"^(?:\[(?:-|√|\*)\]\s*)+", "", t)
    t = re.sub(r"\s*\*\*\[\[code\]\]\([^)]*\)\*\*", "", t)
    t = re.sub(r"\s*\[\[code\]\]\([^)]*\)", "", t)
    t = re.sub(r"\s*\(\*\*TA\*\*\)", "", t)
    t = re.sub(r"\s*\*\*\\[\^*]\*\*", "", t)
    t = NICK.sub("", t)
    return t.strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if ln.startswith("- ") and 7 <= i <= 130:
            papers.append(entry(lines, i, i, title_of(ln)))
    assert len(papers) == 84, len(papers)
    write_truth(NAME, PART, papers,
                "Every bullet line under the venue headings (lines 7-130) is one paper; its title is the bullet "
                "text without the status marks [-]/[√]/[*], preference marks, (**TA**), [[code]] links and the "
                "method nickname the list appends in parentheses.",
                "Every entry compared with the file by eye (84 bullets), including the unmarked lines 81/112, "
                "the nickname suffixes on lines 43-53 and the repeated paper on lines 16/23.")


if __name__ == "__main__":
    main()
