"""Wild23 truth for DmitryRyumin/AAAI-2024-Papers sections/2024/main/application_domains.md: AAAI 2024
papers of the 'Application Domains' track, one Markdown table row per paper, cells full of badges.

Shape: an HTML header (lines 1-21: a <table> with a Hugging Face app badge, a <div> of navigation
arrow images), '## Application Domains' (line 23), a line of four shields.io count badges (line 25:
'Section Papers-50', 'Preprint Papers-29' ...), then one table (header line 27, separator line 28) with
columns ':id: | Title | Repo | Paper | Video'.  Rows are lines 29-78, one paper per row:
'| 13692 | [Title](https://ojs.aaai.org/index.php/AAAI/article/view/N) | <repo cell> | <paper cell> | <video cell> |'.
The id cell is a numeric submission id (not part of the title); the Repo cell is a GitHub stars badge,
a 'WEB Page' badge (line 63) or ':heavy_minus_sign:'; the Paper cell is an 'ojs.aaai' pdf badge,
followed on 29 rows by '<br />' and an arXiv badge linking arxiv.org/abs/<id>; the Video cell is a
YouTube-logo badge linking an ojs.aaai file, or ':heavy_minus_sign:'.
Entry: every table row (50; the count badge on line 25 says 50, and 29 preprints = 29 arXiv ids).
Title = the link text of the Title cell.  ids: the arXiv id of the badge where present; no DOI is
written (ojs.aaai article URLs are not DOIs).  Special rows: line 54 is a dataset paper
('MID-FiLD: MIDI Dataset for Fine-Level Dynamics'), kept as a paper since it is an AAAI article;
line 63 has a project-page badge instead of a GitHub badge.  Not entries: the header table, the
navigation images, the count badges, the table header.
Count check: 50 rows, 29 with arXiv ids, 0 DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "DmitryRyumin__AAAI-2024-Papers__sections__2024__main__application_domains@604b680.md"
PART = "wild23_development"
ROW = re.compile(r"^\| (\d+) \| \[(.+?)\]\(https://ojs\.aaai\.org/index\.php/AAAI/article/view/\d+\) \|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("| "):
            continue
        if i == 27:
            assert ":id:" in text
            continue
        m = ROW.match(text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(2)))
    assert len(papers) == 50, len(papers)
    assert [p["line"] for p in papers] == list(range(29, 79))
    assert sum(1 for p in papers if p["arxiv"]) == 29
    assert not any(p["doi"] for p in papers)
    write_truth(NAME, PART, papers,
                "every row of the one Markdown table (lines 29-78) is an AAAI 2024 paper; title = the link text of"
                " the Title cell (the numeric :id: cell and the Repo/Paper/Video badge cells dropped); arXiv id from"
                " the arXiv badge in the Paper cell where there is one",
                "all 50 rows read by eye against the file; titles compared with the link text, the 29 arXiv badges"
                " against the ids; the dataset paper (line 54) and the web-page badge row (line 63) looked at; the"
                " count badges on line 25 (50 papers, 29 preprints) agree")


if __name__ == "__main__":
    main()
