"""Wild18 truth for CzJamesZhao/awesome-3dgs-avatar README: a 3D-Gaussian-avatar awesome list of wide,
ragged Markdown tables whose links are badge images.

Shape: four tables under '## Papers'.  Three share a 10-column header (Title | Model Input | ... |
Limitations) but their rows carry anywhere from 4 to 10 cells, most of them empty; the Title cell is
a bold title with a venue tag glued in front ('**(CVPR24 Highlight)GaussianAvatars: ...**', '(25)',
'(arxiv 23)', '(CVPR25 Workshop)'); the 'Papers & Codes' cell holds shields.io badge images linking
the PDF and code, joined by '<br>', or the text 'Not Release Code'.  One row (line 123) has no link
at all ('Not release paper and codes'): still a record of a paper, an entry without ids.  One title
cell (line 115) adds, after the bold title, a nickname of an earlier paper ('Vid2Avatar(CVPR2023)'):
a note naming no title, not a second entry.  The small 'Pose & Expression Control' table (lines
151-152) names its two papers only by their method ('SEGA', 'GAvatar') with an [arXiv] link and a
ChatGPT ':contentReference[oaicite:N]' artifact: entries with title null.  Under 'Surveys & Related
Resources' one bullet gives an italic survey title and a PDF badge (line 204): an entry.

Title = the bold text with the leading '(...)' venue tag dropped (a tag the list puts before the
title).  Each entry is the row's (or bullet's) single line.  The same paper in two tables (SEGA) is
two entries.  Not entries: table headers, the table of contents, the template bullets of the empty
Implementations / Datasets / Demos sections, the scope and contributing text, the badges at the top.

Counts checked a second way: grep '^ *| *\\*\\*(' gives 93 bold-title rows (31 head, 54 full-body, 8
generation), plus the 2 nickname rows and the 1 survey bullet = 96.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "CzJamesZhao__awesome-3dgs-avatar__README@88ed87a.md"
PART = "wild18_development"

ROW = re.compile(r"^ *\| *\*\*\(([^)]*)\)(.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            section = text.strip("# ").strip()
            continue
        m = ROW.match(text)
        if m:
            papers.append(entry(lines, i, i, m.group(2).strip()))
            counts[section] = counts.get(section, 0) + 1
            continue
        if re.match(r"^\| (SEGA|GAvatar) \|", text):
            papers.append(entry(lines, i, i, None))
            counts[section] = counts.get(section, 0) + 1
            continue
        m = re.match(r"^- \*(A Survey on .+?)\* — Links:", text)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
            counts[section] = counts.get(section, 0) + 1
    assert counts == {"Head & Face Avatars": 31, "Full / Upper Clothed Avatars": 54,
                      "Pose & Expression Control": 2, "3D/4D Generation with Gaussian Splatting": 8,
                      "📖Surveys & Related Resources": 1}, counts
    assert len(papers) == 96
    write_truth(
        NAME, PART, papers,
        "every table row whose Title cell is a bold '(Venue)Title' is an entry, title = the bold text without"
        " the leading (venue) tag; the two Pose & Expression rows naming a method only (SEGA, GAvatar) are"
        " entries with title null; the italic survey bullet is an entry; the trailing 'Vid2Avatar(CVPR2023)'"
        " note is not a second entry",
        "all 96 rows and the survey bullet printed with -v against the file (titles, tags dropped, ids);"
        " per-table counts by grep of bold-title rows (31/54/8) plus 2 nickname rows and 1 bullet")


if __name__ == "__main__":
    main()
