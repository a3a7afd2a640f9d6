"""Wild28 truth for Pseudo-Lab/pseudodiffusers README.md: a Korean study group's (PseudoLab, weekly
Discord sessions) log of reviewed papers.

Shape: after an intro (Korean join line 11), a '## Publications' section with one record of the
team's own paper (line 14 bold title, 15 authors, 16 venue, 17 '[PDF](openreview)'), a contributors
bullet list, then '## Reviewed Papers' (line 39): a Markdown table 'idx | Date | Presenter |
Paper / Code' with 44 rows (lines 42-85).  The Paper cell holds one or two papers separated by
'<br>', each '[Title](url) (Venue Year)' (venue sometimes missing).  The closing Jupyter Book how-to
(lines 89-158) holds only template placeholders ('{논문 제목}') and no papers.
Entries: every linked paper in a Paper cell (a row naming two papers gives two entries on the same
line, each with the id of its own link), plus the Publications record (lines 14-17, title = the
bold line; the team's own workshop paper, a record of a scholarly work, not boilerplate BibTeX).
Title = the link text, as written.  Not an entry: line 51 (row 10) '[DeepFloyd IF]' links the
model's product page (deepfloyd.ai), a model with no paper; its row-mate SDXL is an entry.
Special cases: line 43 links StyleGAN to the GAN paper's arXiv id 1406.2661 (the file's error,
kept as written); line 71 (row 30) writes 'https:arxiv.org/abs/2305.02463' without '//' (the id is
written and is kept); lines 64, 66, 83 link arxiv.org/pdf/ URLs.
Count check: 44 rows; of the file's 43 '<br>', 20 join two presenters and 23 join two papers, so
44 + 23 = 67 linked papers in the cells (a grep of '](' in the Paper column agrees) - 1 (DeepFloyd
IF) = 66, plus 1 publication = 67 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "Pseudo-Lab__pseudodiffusers__README@56e1183.md"
PART = "wild28_development"
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    # the team's own paper under '## Publications'
    assert lines[12] == "## Publications" and lines[16].startswith("[PDF](")
    m = re.fullmatch(r"\*\*(.+)\*\*\s*", lines[13])
    assert m
    papers.append(entry(lines, 14, 17, m.group(1)))
    rows = 0
    skipped = []
    for i, text in enumerate(lines, 1):
        if not re.match(r"\| \d+ \| \d{4}\.\d\d\.\d\d \|", text):
            continue
        rows += 1
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert len(cells) == 4, (i, cells)
        assert int(cells[0]) == rows, i
        for part in re.split(r"\s*<br>\s*", cells[3]):
            if not part.strip():
                continue
            m = LINK.match(part.strip())
            assert m, (i, part)
            title, url = m.groups()
            if "deepfloyd.ai" in url:
                skipped.append((i, title))
                continue
            e = entry(lines, i, i, title)
            e["arxiv"], e["doi"] = arxiv_of(part), doi_of(part)
            assert e["arxiv"], (i, part)
            papers.append(e)
    assert rows == 44, rows
    assert skipped == [(51, "DeepFloyd IF")], skipped
    assert len(papers) == 67, len(papers)
    write_truth(NAME, PART, papers,
                "every linked paper in the Paper / Code cell of the 44-row 'Reviewed Papers' table is an entry"
                " (two per row where the cell joins two with <br>, each with its own link's arXiv id), plus the"
                " team's own paper under 'Publications' (bold title); title = the link text; the 'DeepFloyd IF'"
                " model page (line 51) is not an entry",
                "every row (lines 42-85) and the publication record read by eye against the output; all 67"
                " titles and arXiv ids checked, incl. the StyleGAN row reusing 1406.2661 (line 43), the"
                " 'https:arxiv.org' link (line 71), arxiv.org/pdf links (lines 64, 66, 83) and the"
                " DeepFloyd IF product link left out")


if __name__ == "__main__":
    main()
