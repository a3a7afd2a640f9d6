"""Wild38 truth for ZhefeiGong/paper topics/manipulation/README.md: a robot-learning student's personal reading
list on robot manipulation (dexterous hands, vision-language-action models, long-horizon planning, sim2real,
differentiable physics), one wide pipe table per topic.

Shape: "# Manipulation", a "Catalogue"/"Resources" preamble (8-9: links to the Standard section and to a
knowledge-base file), then eleven "## Topic" sections (Dexterous, VLA, Long-Horizon, Generalization, Sim2Real,
Language-Driven, PhySim-based MBRL, Simulation, Dataset, Others, Standard); VLA has a "> Vision Language Action"
quote line.  Each section holds one table "| Date | Title | Summary | (Tag |) Links |", one row per paper on one
very long line:
- Date cell: year or year/month, often "<br>" plus the venue ("2023<br>CoRL<br>(oral)", "7/4/23<br>ICML23").
- Title cell: the title in bold, mostly followed by an escaped pipe and the method's nickname
  ("**RT-1: ROBOTICS TRANSFORMER FOR REAL-WORLD CONTROL AT SCALE** \\| RT-1"); row 167 has the escaped pipe and
  no nickname; row 66 has a "<br>" inside the bold title.
- Summary cell: "<sub>...</sub>" with bold keywords and an emoji rating "⭐\\|🌷\\|☄️\\|👍🏻\\|🤨"; many rows
  (e.g. 64-70, 81, 102-109, 120-124, 135-138, 148, 181) carry a copy-pasted placeholder summary that repeats
  the name of another paper ("Unifying Count-Based Exploration and Intrinsic Motivation..."); some are empty.
- Links cell: shields.io badges in "<div>"s: "arXiv-Paper" (an arxiv.org abs link, twice an OpenReview link,
  once the OpenAI weak-to-strong PDF), "Blog-Website", "GitHub-View", "Note-Read".
Each table ends with two or three rows of empty cells.

Decisions:
- Entries: every table row whose title cell holds a bold title (76 rows, every one a paper), in all sections,
  including the "Dataset" section (RoboAgent, CALVIN, SIMPLER, robomimic: each is a paper with an arXiv link)
  and the "Standard" section's single row (181), which is the table-format template but names a real paper
  ("Rejection Improves Reliability ...", linked, by mistake, to the weak-to-strong PDF): a record whose
  subject is one paper.
- Not entries: headers, separator rows, the empty filler rows, the preamble links, and the placeholder
  "Unifying Count-Based Exploration and Intrinsic Motivation" text inside summary cells (a paper named in
  running text of another record's summary).
- Title: the bold text of the title cell, markup removed ("<br>" inside row 66's title becomes a space), as
  written, including all-caps titles (31 "RT-1: ROBOTICS TRANSFORMER ...", 81 "THE COLOSSEUM: ...") and typos
  ("Manipulaiton" in 41); the "\\| Nickname" after the bold title is dropped.
- Ids: from the row's own line (the arXiv badge link; "2408.07975v1" gives 2408.07975); rows without an
  arXiv link (103-108, 118, 120-124, 138, 169, 181) get none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "ZhefeiGong__paper__topics__manipulation__README@e515eb7.md"
PART = "wild38_development"

CELL_SPLIT = re.compile(r"(?<!\\)\|")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            continue
        cells = CELL_SPLIT.split(ln)
        title_cell = cells[2]
        m = BOLD.search(title_cell)
        if not m:
            assert not title_cell.strip() or title_cell.strip() == "Title" or set(title_cell.strip()) == {"-"}, n
            continue
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 76, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each table row with a bold title in its Title cell is an entry (all 76 are papers, the Dataset section's"
        " benchmark papers and the Standard section's template row included); title = the bold text with markup"
        " removed, the '\\| Nickname' after it dropped; placeholder summary text naming another paper is not an"
        " entry.",
        "All 182 lines read; every section's first and last row and 25 rows in between compared with the -v"
        " output (titles, arXiv ids from the badge links), plus the special rows: 66 (<br> inside the title), 167"
        " (empty nickname after '\\|'), 163 (arXiv id with v1), 118/169 (OpenReview links, no arXiv), 181 (Standard"
        " template row with a mismatched PDF link), 103-108 and 120-124 (no links); the filler rows and the"
        " placeholder 'Unifying Count-Based Exploration...' summaries confirmed not counted.",
    )


if __name__ == "__main__":
    main()
