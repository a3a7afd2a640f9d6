"""Wild26 truth for sai-lab/sai-lab.github.io mdfiles/wiki/thesis.md: a Japanese lab's list of thesis titles.

Shape: the Saisho lab (Kagawa University) page '学位論文タイトルリスト' lists every bachelor's
(卒業論文, line 65), master's (修士論文, line 320) and doctoral (博士論文, line 479) thesis of the
lab, under one '### 第N期生' (cohort) heading each.  Each record is a top-level bullet naming the
student ('- 岩下 蓮師') followed by one nested bullet with the thesis title, almost always linked to
a PDF of its abstract ('    - [Title](../public_material/abstract/2024/18T306.pdf)').  Lines 1-58
are an HTML <nav> table of contents (anchor links to the cohort headings), not records.
Entry: one per student bullet that has a title bullet; lines = the name line to the title line;
title = the nested bullet's text (link text when linked).  Theses are scholarly works; the titles
are Japanese, written as the file writes them.
Special cases:
- line 69: LaTeX-style quotes (``BEYOND''): the two backticks open no code span, but the helper's
  markup removal drops them, so the title reads 'BEYOND''';
- lines 75 and 488: the title is plain text, no link;
- line 77: the title bullet is indented by three spaces, not four;
- line 78: '- 室永 昌吾' has no title bullet at all (nothing but the student's name) -> not an entry;
- lines 100 and 340: two spaces after the name bullet's dash;
- line 433: a blank line between two records of the same cohort;
- line 482: the doctoral thesis link text ends with ' (researchmap)', a label naming the host, not
  part of the title -> dropped; the link goes to researchmap.jp, not to an abstract PDF.
No arXiv ids or DOIs anywhere.
Count check: 138 top-level name bullets after line 59 (grep '^- ') = 137 with a title + 1 without
(line 78); 137 nested title bullets (grep '^ +- '); per part 90 bachelor's (91 names), 45 master's,
2 doctoral; 134 titles linked to an abstract PDF + 1 linked researchmap page (line 482) + 2 plain
(lines 75, 488).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "sai-lab__sai-lab.github.io__mdfiles__wiki__thesis@b60e09b.md"
PART = "wild26_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# 学位論文タイトルリスト") + 1
    papers = []
    names = 0
    no_title = []
    per_part = {}
    part = None
    linked = plain = 0
    i = start
    while i <= len(lines):
        text = lines[i - 1]
        if text.startswith("## "):
            part = text[3:].strip()
            per_part.setdefault(part, 0)
        m = re.match(r"- +(\S.*)$", text)
        if not m:
            i += 1
            continue
        names += 1
        j = i + 1
        while j <= len(lines) and not lines[j - 1].strip():
            j += 1
        nxt = lines[j - 1] if j <= len(lines) else ""
        t = re.match(r" {3,4}- (.+?)\s*$", nxt)
        if not t:
            no_title.append(i)
            i += 1
            continue
        body = t.group(1)
        lk = re.fullmatch(r"\[(.+)\]\(([^)]+)\)", body)
        if lk:
            title = lk.group(1)
            linked += 1
            if lk.group(2).startswith("https://researchmap.jp/"):
                assert title.endswith(" (researchmap)"), j
                title = title.removesuffix(" (researchmap)")
        else:
            assert "](" not in body, j
            title = body
            plain += 1
        papers.append(entry(lines, i, j, title))
        per_part[part] += 1
        i = j + 1
    assert names == 138, names
    assert no_title == [78], no_title
    assert len(papers) == 137, len(papers)
    assert per_part == {"卒業論文": 90, "修士論文": 45, "博士論文": 2}, per_part
    assert (linked, plain) == (135, 2), (linked, plain)
    write_truth(NAME, PART, papers,
                "every student bullet under the bachelor's, master's and doctoral thesis headings that has a"
                " nested title bullet is one entry (a thesis), lines = name line to title line; title = the"
                " nested bullet's (link) text, the ' (researchmap)' host label of line 482 dropped; the bullet"
                " of line 78 names a student and no thesis and is not an entry",
                "every one of the 137 entries read by eye against the file (Japanese titles, the two unlinked"
                " titles at lines 75 and 488, the three-space indent at 77, the blank line at 433, the LaTeX"
                " quotes at 69, the researchmap label at 482); counts per part checked against the headings")


if __name__ == "__main__":
    main()
