"""Wild8 truth for yanliang3612/Awesome-MLLMs-for-Science README: a survey's companion list
(multimodal LLMs for science: drugs, proteins, materials, genes), one Markdown table per topic.

Shape: title line with badges, a video, project links, the author list, the abstract, the survey's
own BibTeX, two News bullets, then numbered '##'/'###'/'####' sections, each holding one table
'| Title | Venue | Date | Project Page |' (Related surveys), '| Title | Venue | Date | Code |' or
'| Title | Category | Venue | Date | Code |' (gene sections).  The Title cell is '[Title](url)';
twice it is plain text with no link ('Not just another molecule generator: ...' and 'MoleculeScribe:
...', venue and date 'TBA').  Titles often carry a model name the list put in front
('AlphaFold2: Highly Accurate ...'); kept as written.
Entry: every data row of every table (the header and ':---' rows are not); title = the Title cell
(link text, or the plain text).  The Related Survey Work rows are surveys, so entries; the
ids come from the whole row; the 'Project Page'/'Code' cells link GitHub or project pages and
give no arXiv id or DOI (checked).  Not entries: the News bullets, the BibTeX,
the author list.
Counts: 160 data rows (194 '|' lines less 17 header and 17 separator lines); per section
6/7/8/2, 11/6/7/5/14, 17/12/12/4, 19/9, 10/11 (awk by heading).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "yanliang3612__Awesome-MLLMs-for-Science__README@40b9f79.md"
PART = "wild8_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: list[int] = []
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            counts.append(0)
            continue
        if not text.startswith("|") or re.match(r"\|\s*Title\s*\|", text) or text.startswith("|:--"):
            continue
        cell = text.split("|")[1].strip()
        m = re.fullmatch(r"\[(.+?)\]\([^)]*\)", cell)
        title = m.group(1) if m else cell
        papers.append(entry(lines, i, i, title))
        counts[-1] += 1
    assert len(papers) == 160, len(papers)
    assert [c for c in counts if c] == [6, 7, 8, 2, 11, 6, 7, 5, 14, 17, 12, 12, 4, 19, 9, 10, 11], counts
    assert sum(1 for p in papers if not re.search(r"\]\(", lines[p["line"] - 1].split("|")[1])) == 2
    write_truth(NAME, PART, papers,
                "every data row of the per-topic tables is an entry (Related Survey rows included); title = the"
                " Title cell's link text, or its plain text in the two rows without a link; News bullets, author"
                " list and the survey's BibTeX are not entries",
                "160 rows = 194 '|' lines less 17 headers and 17 separators; per-section counts by awk; the two"
                " unlinked rows (121, 150); the gene tables' extra Category column; first and last row of each"
                " table and ~30 titles by eye against the file")


if __name__ == "__main__":
    main()
