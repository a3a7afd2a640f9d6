"""Wild22 truth for ChenHsing/Awesome-Video-Diffusion-Models README.md: the paper list of a video-diffusion survey.

Shape: an H1 naming the survey (line 2, the list's own title), an HTML <div>/<p> author block and
centred <p> blocks of GIF thumbnails (lines 5-45), news bullets, the survey's own BibTeX (lines
62-70), a tools table 'Methods | Task | Github' (lines 77-104), a table of contents, then from line
150 '#'/'##'/'###' section headings each followed by a five-column Markdown table
'| Title | arXiv | Github | WebSite | Pub. & Date |' (header spelling varies: 'Pub. Date',
'Website').  A row: '|[Title](url) | [![arXiv](shields badge)](url) | [![Star](stars badge)](github)
| [![Website](badge)](site) | Venue, Month Year |'; '-' for an empty cell, some rows with an extra
'-' cell (lines 264-277: six cells), some rows without the closing pipe.
Entry: every data row of the tables from line 150 on (papers, benchmark and dataset papers,
technical reports).  Title = the link text of the first cell.  Special rows: line 308 has an emoji
after the link ('🫣', dropped); line 323 wraps the link in '🔥🔥<b>...</b>🔥🔥' (dropped); line 213
'Movie Gen' links Meta's research page and its arXiv-badge cell links the paper PDF (an entry, no
id); line 422 (StableV2V) has a broken arXiv cell '[https://arxiv.org/abs/2307.06940](...2411.11045)'
- the title link's 2411.11045 comes first and is the id; line 682 (AnyV2V) links a wrong GitHub
repository and no paper (still an entry, a paper title, no id); lines 167, 268, 505 link CVF or
IEEE Xplore pages (no id).  Not entries: line 683 'Motionshop: An application of replacing the
characters in video with 3D avatars', which links only a GitHub repository and calls itself an
application (a tool without a paper); the tools table rows (lines 79-104, products and code:
Sora, Pika, Diffusers ...); the H1 survey link and its BibTeX (the list's own boilerplate); header
and separator rows; table-of-contents bullets.  Repeated rows (13 titles appear in two sections)
are separate entries.
Count check: 348 data rows from line 150 (count of '|' lines minus 2 per table x 26 tables) =
347 entries + 1 tool row.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "ChenHsing__Awesome-Video-Diffusion-Models__README@eb7a23e.md"
PART = "wild22_development"
TOOLS = {683}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = headers = 0
    for i, text in enumerate(lines, 1):
        if i < 150 or not text.strip().startswith("|"):
            continue
        if re.match(r"\s*\|\s*Title\s*\|", text):
            headers += 1
            continue
        if re.fullmatch(r"\s*\|[-: |]+", text):
            continue
        rows += 1
        if i in TOOLS:
            continue
        first = text.strip().strip("|").split("|")[0]
        m = re.fullmatch(r"\s*(?:🔥🔥<b>)?\[([^\]]+)\]\(([^)\s]+)\)(?:</b>🔥🔥)?\s*(?:🫣)?\s*", first)
        assert m, (i, first)
        papers.append(entry(lines, i, i, m.group(1)))
    assert headers == 26, headers
    assert rows == 348, rows
    assert len(papers) == 347, len(papers)
    write_truth(NAME, PART, papers,
                "every data row of the 26 five-column paper tables after the table of contents is an entry,"
                " title = the link text of the Title cell (emoji and <b> around it dropped); the tools table,"
                " the survey's own H1/BibTeX and one row naming an application with only a GitHub link are not",
                "every row whose Title cell or arXiv id differs from the plain pattern (lines 167, 213, 268,"
                " 308, 323, 422, 505, 682, 683) and the six-cell rows 264-277 read by eye; first and last row"
                " of each of the 26 tables and a sample of about 25 rows compared with the -v output; the"
                " 13 repeated titles checked")


if __name__ == "__main__":
    main()
