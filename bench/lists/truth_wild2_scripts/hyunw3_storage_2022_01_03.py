"""Wild2 truth for hyunW3/arxiv-daily database/storage/storage_2022-01-03.md: a day's snapshot of an arXiv-daily bot.

A fork of the weiningwei/arxiv-daily generator: a '# arxiv-daily' heading, an 'Automated
deployment @ ...' line and two blockquote lines (topic.yml, storage links), then '## Robotics'
with one '### Topic' section per keyword (VO, SLAM, Visual Localization, VIO, SFM), each a table
'|Publish Date|Title|Authors|PDF|Code|' whose rows read
'|**2021-12-31**|**Title**|First Author et.al.|[IDvN](http://arxiv.org/abs/IDvN)|null or [link](repo)|'.
The keyword searches are loose, so off-topic papers (clustering, histopathology) fill the tables.
Every body row is an entry (150, one line each); a paper matched by two keywords appears in two
tables and gives two entries.  Title = the bold Title cell, bold removed; arXiv id from the PDF
cell's abs link, version dropped.  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "hyunW3__arxiv-daily__database__storage__storage_2022-01-03@f86a034.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
ROW = re.compile(r"\|\*\*(\d{4}-\d{2}-\d{2})\*\*\|\*\*(.+?)\*\*\|([^|]*)\|\[(\d{4}\.\d{4,5})v\d+\]\(http://arxiv\.org/abs/\4v\d+\)\|([^|]*)\|")


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|"):
            continue
        if text in ("|Publish Date|Title|Authors|PDF|Code|", "| :---: | :---: | :---: | :---: | :---: |"):
            continue
        m = ROW.fullmatch(text)
        assert m, (i, text)
        papers.append(entry(LINES, i, i, m.group(2)))
    write_truth(NAME, PART, papers,
                "every body row of the five keyword tables is an entry (one line); title = the bold Title cell;"
                " arXiv id from the PDF cell's abs link (version dropped); repeats across keyword tables kept",
                "row count 150 (grep -c '^|\\*\\*' = 150; 5 headers and 5 rules left out), the first and last row"
                " of each of the five tables, 20 random rows' titles and ids against the file, the link text id"
                " equal to the URL id in every row; no DOI in the file")


if __name__ == "__main__":
    main()
