"""Wild5 truth for liyewen521/awesome-genome-analysis README.md: an awesome list of genome-analysis
hardware, HPC and software papers (bioinformatics / computer architecture).

Shape: '## Architecture', '## Chip and EDA', '## HPC System', '## Software' (three tables under bold
pseudo-headings 'Short-Read', 'Long-Read', 'Potpourri') and '## Future System', each a one-line blurb
then a table '| Year | Conf. | Paper | Keywords | Affiliation |' (or 'Journal' for the venue column).
Rows are grouped by year with separator lines '||||<br>' (not entries).  The Paper cell is the plain
title, with no link anywhere in the file, so no ids.  Every data row is an entry (software rows such as
GATK, BWA-MEM and Minimap2 are the papers describing them); title = the Paper cell as written (a DAC
'Invited: ...' prefix is part of that title).
Count check: rows per table 42, 10, 18, 4, 9, 1, 5 (sed ranges + grep '^| [0-9]{4} |') = 89.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "liyewen521__awesome-genome-analysis__README@8f08986.md"
PART = "wild5_development"
PER = [42, 10, 18, 4, 9, 1, 5]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: list[int] = []
    for i, text in enumerate(lines, 1):
        if text.startswith("| Year |"):
            per.append(0)
            continue
        if not re.match(r"\| \d{4} \|", text):
            assert not (text.startswith("|") and text[1:2] not in "| "), i
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert len(cells) == 5 and re.fullmatch(r"\d{4}", cells[0]) and cells[2], i
        per[-1] += 1
        papers.append(entry(lines, i, i, cells[2]))
    assert per == PER, per
    write_truth(NAME, PART, papers,
                "every data row of the seven Year/Venue/Paper/Keywords/Affiliation tables is an entry; title = the"
                " plain-text Paper cell; header, alignment and '||||<br>' separator rows are not",
                "rows counted per table with sed ranges and grep (42+10+18+4+9+1+5 = 89); all 89 titles read"
                " against the file; the file has no links, so no ids")


if __name__ == "__main__":
    main()
