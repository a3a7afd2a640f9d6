"""Wild34 truth for apd10/summer2023readinggroup README.md: a student reading group's list (ML
efficiency, summer 2023).

Shape: two parts.  (1) A schedule table `| Paper | Read by | Presenter | Presentation date |` (12-30)
whose first cell is either a linked paper with a `(slides)` link, or a session topic with only a
slides link.  (2) "Themes": `##` theme headings with numbered plain-text titles (35-81), no links,
read ones marked with `&#x2705;` (a check mark entity, not part of the title).

Entries in the table: rows whose subject is one paper: 14, 15, 16 (link text = the group's name for
the paper, kept as written), 19 (`NLP+retrival : Prompt survey`: the theme tag before the colon is
dropped, title "Prompt survey"), 22 `RETRO`, 28 `REALM`, 29 `Deja Vu (...)` (papers named only by a
nickname: title None), and row 18 `LTH and follow ups ([D1](...), [D2](...), [D3](...))`, which names
three papers by links only: three entries on line 18, title None, each with its own arXiv id (the script
sets D2's and D3's ids from their own links, since all three share the line).
Not entries in the table: 12 (a book chapter, "High Dimensional Spaces"), session topics with no paper
(20, 21, 23-27), the wrap-up row 30, empty rows 13 and 17.

Themes part: every numbered item is an entry except 67 (a URL to course lecture slides).  Special:
62 `Stabilizing the Lottery Ticket Hypothesis / The Lottery Ticket Hypothesis at Scale` is one work under
its two titles (one entry, first title); 74 `RETRO Improving ...` keeps the nickname written into the
title; 76 repeats the title as a pasted browser-tab title `[1909.01066] ... (arxiv.org)` (title once; the
bare bracketed number is not an arXiv id form); 79 writes its title twice (once kept).  Titles drop the
numbering, the check mark and a final '.'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "apd10__summer2023readinggroup__README@efc81da.md"
PART = "wild34_development"

TABLE = {14: "Survey on Quantization methods", 15: "Transformer full stack optimization",
         16: "Survey on Model compression methods", 19: "Prompt survey", 22: None, 28: None, 29: None}
THEME_FIX = {
    62: "Stabilizing the Lottery Ticket Hypothesis",
    76: "Language Models as Knowledge Bases?",
    79: "Extracting Training Data from Large Language Models",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for ln, title in TABLE.items():
        papers.append(entry(lines, ln, ln, title))
    for url in re.findall(r"\[D\d\]\((https://arxiv\.org/[^)]+)\)", lines[17]):
        p = entry(lines, 18, 18, None)
        p["arxiv"] = re.search(r"(\d{4}\.\d{4,5})", url).group(1)
        papers.append(p)
    lo = lines.index("## Surveys")
    hi = lines.index("### Other interesting links")
    for i in range(lo + 1, hi + 1):
        m = re.match(r"^\d+\.\s+(.*)$", lines[i - 1])
        if not m or "http" in m.group(1):
            continue
        title = THEME_FIX.get(i, m.group(1).replace("&#x2705;", "").strip())
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 45, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Schedule rows whose subject is a paper (link text as title; nickname-only rows and the three linked-only "
        "LTH papers title None) plus every numbered theme item except the slides URL (plain-text title, check mark dropped).",
        "Read every row and numbered item by eye against the output: all 45 entries, the three line-18 papers' ids, "
        "the non-entry topic rows, and the special theme lines 62, 67, 74, 76, 79.",
    )


if __name__ == "__main__":
    main()
