"""Wild61 truth for wushiy541/homeaa.github.io content/ecargo/index.md at 8803ba4 (2025-06-21): the "E-CARGO"
research-topic page of a Chinese university research group's Hugo Blox (Wowchemy) site (BoGuan group, PI
Libo Zhang), listing the group's papers on role-based collaboration and on three-way decisions / epidemic
spreading.  The next commit (3130b59) deleted the page, so the last version that has it is taken.

Shape: 66 lines, all of them YAML front matter (``---`` 1 .. ``---`` 66): ``sections:`` holds a ``hero``
block (8-15), a ``markdown`` block titled ``E-cargo论文`` whose ``text: |`` block scalar (19-50) is the Markdown
list, a second ``markdown`` block titled ``三支决策与网络传播论文`` (51-57) and a call-to-action block (58-65).
Inside the block scalars, year headings ``### 2025年`` .. ``### 2021年`` and ``### 早期文章`` (earlier papers),
and numbered items (indented one space deeper than the headings)::

     1. A, B, C, Libo Zhang*, [Title](https://doi.org/...)\\[J\\]. *Journal*, 2025, 55(6): 2924-2936.(中科院一区TOP)

Special cases:
- The whole list lives in the front matter as YAML block scalars, so a plain Markdown renderer shows nothing
  of it; Hugo renders each ``text`` as Markdown.
- ``\\[J\\]`` / ``\\[C\\]`` (journal / conference) are escaped brackets right after the title link; Chinese
  ranking notes follow the venue (``(中科院一区TOP)``, ``(中科院二区)``).
- 21 and 22 put ``, [`` (comma) before the title link, the others ``. [``; 47 separates authors with ``;``;
  50 has a full-width colon (``42：100971``) and two trailing spaces.
- The second block restarts numbering at 1 (55, 57) and is indented three spaces deeper.
- Every title is a doi.org link.

Decisions:
- Entry = every numbered item ``N. ... [Title](https://doi.org/...)\\[J|C\\]`` in both Markdown blocks (13 + 2 =
  15), one line each.
- Title = the link text.  DOIs come from the helper.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "wushiy541__homeaa.github.io__content__ecargo__index@8803ba4.md"
PART = "wild61_development"

ITEM = re.compile(r"^\s+(\d+)\. .*?\[([^\]]+)\]\(https://doi\.org/[^)]+\)\\\[[JC]\\\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            numbers.append(int(m.group(1)))
            papers.append(entry(lines, n, n, m.group(2).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 15, len(papers)
    assert numbers == [*range(1, 14), 1, 2], numbers
    assert sorted(by) == [21, 22, 24, 26, 28, 30, 32, 36, 40, 42, 45, 47, 50, 55, 57], sorted(by)
    assert by[21]["title"] == "Group Role Three-Way Assignment for Managing Uncertainty in Role Negotiation", by[21]
    assert by[21]["doi"] == "10.1109/tcyb.2025.3558402", by[21]
    assert by[30]["title"] == "E-CARGO/RBC Research Guide: A Road Map for Researchers", by[30]
    assert by[32]["doi"] == "10.1007/978-981-99-9640-7_10", by[32]
    assert by[47]["title"] == (
        "A three-way human-robot task assignment method under intuitionistic fuzzy environment"
    ), by[47]
    assert by[50]["title"] == "Agent evaluation based on multi-source heterogeneous information table using TOPSIS"
    assert by[57]["title"].startswith("Effect of local and global information on the dynamical interplay"), by[57]
    assert by[57]["doi"] == "10.1063/5.0083003", by[57]
    write_truth(
        NAME,
        PART,
        papers,
        method="The list sits inside the YAML front matter (Hugo Blox 'markdown' blocks, 'text: |' block"
        " scalars).  Every numbered item with a doi.org title link followed by an escaped '\\[J\\]' or"
        " '\\[C\\]' is one entry (13 in the E-cargo block, 2 in the second block; 15), one line each.  Title ="
        " the link text.  Year headings, the hero text and the call-to-action are not entries.",
        checked="Read the whole file; compared the -v output with all 15 items: the comma-before-link items"
        " (21, 22), semicolon authors (47), the restart of numbering in the second block (55, 57), and the"
        " DOIs of every item.",
    )


if __name__ == "__main__":
    main()
