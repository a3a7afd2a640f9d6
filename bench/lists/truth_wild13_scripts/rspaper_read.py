"""Wild13 truth for ZiyaoGeng/RSpaper-read README.md: a Chinese reading list of recommender-system
papers written as small tables.

Shape: Chinese introduction (a numbered list of the three parts, not entries), then sections
Review / Model (matching, ranking) / Others, each with one or more centred tables of four columns:
'| [n] | Paper | Published in | Time |'.  The first column numbers the papers '[1]'..; the
numbering restarts in each part (Review 1-5, matching 1-27, ranking 1-17, Others 1-4) and runs on
across the small tables of a part.  The Paper cell holds the title, often followed by a separator
and the model's short name in bold: an escaped pipe '\\|' (with or without spaces) or a full-width
'｜' (U+FF5C), e.g. 'Self-Attentive Sequential Recommendation \\| **SASRec**'.  No cell links
anything; the papers have no ids.  Chinese paragraphs between the tables, a 'Contact Details'
section with a WeChat image.
Entries: every table row whose first cell is '[n]' (53).  Title = the Paper cell up to the
separator before the bold short name (the short name is a label the list adds, not part of the
title; titles with no short name are the whole cell).  Typos and the 'ﬃ' ligature are kept as
written.
Checks: 53 rows; numbering 1-5, 1-27, 1-17, 1-4 in order; 10 header rows '| Paper |'; every
title non-empty and free of '|', '｜' and '**'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "ZiyaoGeng__RSpaper-read__README@254f55d.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    numbers = []
    headers = 0
    for i, text in enumerate(LINES, 1):
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", text)]
        if len(cells) >= 3 and cells[2] == "Paper":
            headers += 1
        m = re.match(r"\| \[(\d+)\]\s*\|", text)
        if not m:
            continue
        assert len(cells) == 6, (i, cells)
        numbers.append(int(m.group(1)))
        title = re.split(r"\s*(?:\\\||｜)\s*(?=\*\*)", cells[2])[0].strip()
        assert title and "|" not in title.replace("\\|", "|") and "｜" not in title and "**" not in title, (i, title)
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 53
    assert numbers == list(range(1, 6)) + list(range(1, 28)) + list(range(1, 18)) + list(range(1, 5)), numbers
    assert headers == 10, headers
    write_truth(
        NAME, "wild13_development", papers,
        "every table row '| [n] | Paper | Venue | Year |' is an entry (53); title = the Paper cell up to the"
        " escaped or full-width pipe before the bold model short name, which is dropped",
        "all 53 rows read against the file (title, line); numbering 1-5/1-27/1-17/1-4; 10 table headers;"
        " both separator forms ('\\|' with and without spaces, '｜') and the rows without a short name",
    )


if __name__ == "__main__":
    main()
