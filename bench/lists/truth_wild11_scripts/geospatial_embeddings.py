"""Wild11 truth for hfangcat/Awesome-Geospatial-Embeddings README: an awesome list in Markdown tables
whose title cell is plain (bold) text and whose paper link sits in another cell.

Shape: sections '## N. ...' and '### 8.x ...', each one table
'| Abbr. | Title | Publication | Paper | Code | Dataset |' (some without Code/Dataset, some with
'Code / Benchmark' or 'Code / Dataset'); cells are '**Abbr**' or '-', '**Title**', a venue and year,
'[Abbr](paper url)' or '[Paper](url)', and code/dataset links; missing values are written as the
literal word 'null' (in the Paper, Publication, Code and Dataset cells).  Section 6 is a table
'| Year | Challenge | Host / Platform | Link |'.

Entries: every body row of the paper tables (one line each), title = the bold Title cell (the Abbr.
cell and the link text are the list's short names, not titles).  'OlmoEarth' is the whole Title
cell of a row linking an arXiv technical report, so its title is 'OlmoEarth' as written.  Rows whose
paper is a workshop PDF on GitHub (NeurEO, Embed2ScaleWinner) or an EarthArXiv preprint are entries.
Not entries: the 'CLAY Embeddings' row (an embedding dataset: Publication 'Source Cooperative 2024',
Paper cell 'null', only code and dataset links), the 'Earth Genome Embeddings' row (a Medium blog post
and a dataset, Publication 'null'), the two rows of '6. Open Challenges and Competitions'
(competitions), the header badges, and the list's own BibTeX under 'Citation' (boilerplate; the same
paper is an entry in section 1).  50 body rows - 2 challenges - 2 = 46 entries.
Ids from the row's own line: arXiv links, and the DOI in the dl.acm.org/doi URL; IEEE document
numbers, OJS ids, the EarthArXiv id and the Nature article id are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "hfangcat__Awesome-Geospatial-Embeddings__README@884af1a.md"
NOT_PAPERS = ("Clay Model v0 Embeddings", "Embeddings for all")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    rows = skipped = 0
    per_section: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith(("## ", "### ")):
            section = text
            continue
        if not text.startswith("| ") or text.startswith(("| Abbr.", "| Year ")):
            continue
        rows += 1
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if "Open Challenges" in section:
            skipped += 1
            continue
        m = re.fullmatch(r"\*\*(.+?)\*\*", cells[1])
        assert m, (i, cells)
        if m.group(1) in NOT_PAPERS:
            skipped += 1
            continue
        assert re.match(r"\[[^\]]+\]\(https?://", cells[3]), (i, cells[3])
        papers.append(entry(lines, i, i, m.group(1)))
        key = section.split()[1] if section.startswith("## ") else section.split()[2]
        per_section[key] = per_section.get(key, 0) + 1
    assert (rows, skipped, len(papers)) == (50, 4, 46), (rows, skipped, len(papers))
    assert list(per_section.values()) == [4, 4, 1, 5, 8, 8, 10, 2, 4], per_section
    write_truth(
        NAME, "wild11_development", papers,
        "every body row of the paper tables is an entry, title = the bold Title cell (the Abbr. cell and the"
        " link text in the Paper cell are short names); an embedding dataset row with a 'null' Paper cell,"
        " a Medium blog-post row, the competitions table and the list's own BibTeX are not entries",
        "all 50 table body rows by eye (per section 4, 4, 3, 5, 8, 2, 8, 10, 2, 4); the two non-paper rows"
        " of section 3 and the two challenge rows; every title against its row; ids: 37 arXiv links (all in entry rows), the"
        " ACM DOI; the 'null' cells and the 'OlmoEarth' one-word title",
    )


if __name__ == "__main__":
    main()
