"""Wild23 truth for VainF/Awesome-Anything README.md: 'general AI methods for Anything' (segment /
generate / prune anything), papers mixed with GitHub projects in badge-and-<br>-laden table cells.

Shape: two parts.
(1) Lines 18-113: six '## Any...' sections (AnyObject, AnyGeneration, Any3D, AnyModel, AnyTask, AnyX),
each one Markdown table 'Title & Authors | Intro | Useful Links' (header + separator line), one row per
record (59 rows).  The first cell packs, joined by '<br>': an optional GitHub-stars badge
'[![Star](shields)](github)', the title link '[**Title**](url)', italic or plain authors, '> affiliation'
and '> Venue' lines, and often '[[**Name (Project)**](github)]'; the Intro cell is an image (Markdown or
<img>), the Useful Links cell '[[Github](..)] <br> [[Page](..)] <br> [[ArXiv](..)]'.
(2) Lines 117-154: '# Paper List for Anything AI', four '##' sections each with a plain table
'Paper | First Author | Venue | Topic', one '[Title](url)' row per paper (19 rows; they repeat papers
of part 1 and are separate entries by the repeated-records rule).
Entry: a row whose subject is a paper.  In part 1 the list itself marks code projects: the title link
text ends in '(Project)' and points to github.com (e.g. line 28 'segment-anything-video (Project)').
Those 31 rows are tools, not entries; so is line 30 'Semantic Segment Anything', whose title links only
to its GitHub repository (no paper link in the row).  Doubtful case: line 52 'FoodSAM (Project)' links
an arXiv paper among its Useful Links, but the record is the project (its title is the project name
marked '(Project)', linked to GitHub), so it is counted as a tool like the others.  Every other part-1
row (27) links its title to a paper (arXiv, CVF, OpenReview, a paper's project page on line 70) or, on
line 103, to nothing ('[**Pre-Trained Image Processing Transformer**]()').
Title = the title link text, bold markers removed.  Line 51 writes 'Retrieve Any Object via
Prompt-based Tracking' (the paper list on line 130 writes 'Type-to-Track: Retrieve ...'); kept as each
line writes it.  ids: the first arXiv id in the row (title link, or the [[ArXiv]] link on line 70).
Not entries: the badges on lines 2-3, the table of contents (9-16), the '...' row placeholder on line
113, table headers.
Count check: 59 part-1 rows = 27 papers + 32 projects; 19 part-2 rows; 46 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "VainF__Awesome-Anything__README@bb2b443.md"
PART = "wild23_development"
STAR = re.compile(r"\[!\[Star\]\([^)]*\)\]\([^)]*\)")
LINK = re.compile(r"\[([^\[\]]*(?:\*\*[^\[\]]*\*\*[^\[\]]*)*)\]\(([^)]*)\)")
NOT_A_PAPER_TITLE_LINK = {30}  # Semantic Segment Anything: title links only to its GitHub repository


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows1 = projects = rows2 = 0
    part2 = lines.index("# Paper List for Anything AI") + 1
    for i, text in enumerate(lines, 1):
        if not text.startswith("| ") or text.startswith(("| Title & Authors", "| Paper |", "| :")):
            continue
        first = text.split(" | ")[0]
        if i < part2:
            rows1 += 1
            cell = STAR.sub("", first)
            m = LINK.search(cell)
            assert m, i
            title, url = m.group(1).replace("**", "").strip(), m.group(2)
            if title.endswith("(Project)") or i in NOT_A_PAPER_TITLE_LINK:
                assert "github.com" in url, i
                projects += 1
                continue
            assert "github.com" not in url, i
        else:
            rows2 += 1
            m = re.match(r"\| \[(.+?)\]\((.+?)\) \|", text)
            assert m, i
            title = m.group(1)
        papers.append(entry(lines, i, i, title))
    assert rows1 == 59 and projects == 32 and rows2 == 19, (rows1, projects, rows2)
    assert len(papers) == 46, len(papers)
    write_truth(NAME, PART, papers,
                "every table row whose subject is a paper: in the six badge-and-<br> tables of part 1 the rows whose"
                " title link points to a paper (27), not the 32 code projects the list marks '(Project)' (or, line 30,"
                " links only to GitHub); and all 19 rows of the plain 'Paper List' tables (repeats kept); title = the"
                " title link text without bold markers",
                "all 78 rows read by eye and sorted (27 + 19 papers, 32 projects), including the doubtful FoodSAM"
                " project row with an arXiv link (line 52), the empty link on line 103, the project-page title link"
                " on line 70 (arXiv id from its [[ArXiv]] link), the leading '<br>' on line 51; every title checked"
                " against its row")


if __name__ == "__main__":
    main()
