"""Wild31 truth for Marigoldwu/Awesome-Histopathology-to-Omics README.md: papers on predicting omics
(genes, proteins, cells) from histopathology images, in HTML tables folded into ``<details>`` cards.

Shape: each topic (survey list; genomics/transcriptomics; proteomics; multi-omics; cell; pathology)
has one ``<details open>`` block per year whose ``<summary>`` says "2025 (53)"; inside it a raw
``<table>`` with a ``<thead>`` header row and one ``<tr> ... </tr>`` block (9 lines) per paper:
number, MM/DD date, method nickname, the title in ``<i>...</i>`` (not linked), venue, a paper link
whose visible text is only an icon ``<img src='./assets/paper.png'>``, and a code icon link or ❌.
An entry spans its ``<tr>`` to the first line holding ``</tr>``; the title is the ``<i>`` text.
Special cases: line 195 closes the Gene-DML row as ``</tr></td>`` followed by a stray ``</tr>`` on
196 -- the entry ends on 195; several rows break a cell over two lines (the ``</td>`` of the code
cell or of the title cell sits on its own line, e.g. 1027-1028), so rows are 9 or 10 lines; the
numbers in the year summaries do not always match the rows (the rows are counted, 114 in all);
the STAMP row (lines 128-136) reuses the paper link of the row above -- its own lines are what count.
Ids: lines 1115 and 1258 link bioRxiv under its newer DOI prefix 10.64898 with a "v1" tail, dropped as
for 10.1101; the code cells of lines 564 and 781 are doi.org links to Zenodo code deposits -- the
paper links of those rows hold no DOI, so the Zenodo DOI is the one the entry's lines give and is kept.
Not entries: the ``<thead>`` rows, the "Related Repositories" links (GitHub lists), and the two
template rows with ``[Title]`` placeholders inside the ```` ```html ```` fences of the Contributing
section.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "Marigoldwu__Awesome-Histopathology-to-Omics__README@3f715c8.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = None
    fence = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        if s == "<tr>":
            start = i
        elif "</tr>" in s and start is not None:
            block = "\n".join(lines[start - 1 : i])
            if "<th>" not in block:
                m = re.search(r"<i>(.*?)</i>", block, re.DOTALL)
                assert m, (start, block)
                e = entry(lines, start, i, m.group(1))
                if e["doi"] and e["doi"].startswith("10.64898/"):
                    e["doi"] = re.sub(r"v\d+$", "", e["doi"])  # bioRxiv's newer prefix: URL adds a version
                papers.append(e)
            start = None
    assert len(papers) == 112, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each data row (<tr>..first </tr>) of the year tables outside code fences is one entry; the title "
        "is the italic <i> cell, not the method nickname cell.",
        "First and last row of every year table, the Gene-DML row with the stray </tr></td>, the rows with "
        "split cells, the STAMP row, and a random 25 rows checked by eye; template rows in the fences "
        "confirmed excluded.",
    )


if __name__ == "__main__":
    main()
