"""Wild7 truth for SydCS/Awesome-Awesomes-and-Surveys-in-Deep-Learning README.md: padded Markdown tables of surveys.

Shape: badges, a nested table of contents, then 18 sections ('##' / '###'), each one
whitespace-padded Markdown table 'Paper | Venue | Repo'.  A row's Paper cell is either a link
'[Survey title](url)' or (three times) a bare title; the Venue cell may be empty; the Repo cell
links a GitHub awesome-list, usually with a star badge ('![Star](img.shields.io/...)'); one row
(line 39) stops after the Venue cell.  68 rows
have an EMPTY Paper cell and only a repository (one of them with a venue, 'IJCAI 2025', line
293): they name no scholarly work, only a code/awesome-list repository, so they are not entries.
The file ends with a '## Tutorials' section of bare link lines '[Tutorial title](arXiv url)'
(blank-line separated or run together in pairs/triples); each line links one tutorial/review
preprint (arXiv, once Optimization Online) and is an entry of its own line.

Entry: every table row with a non-empty Paper cell (155 linked + 3 bare titles = 158) and every
link line of the Tutorials section (24); 182 in all.  Title: the Paper cell's link text (or the
bare text), the tutorial link's text; trailing spaces inside the brackets dropped by the
helper.  No decisions by outside knowledge: tutorial monographs on arXiv are kept as the file
gives them (as preprints), the TMLR review linked to a blog page (line 177) is an entry.
Count checks: 262 table lines = 18 headers + 18 rules + 155 '| [' rows + 3 bare-title rows +
68 empty-Paper rows (each counted with grep); 24 lines starting '[' after '## Tutorials'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "SydCS__Awesome-Awesomes-and-Surveys-in-Deep-Learning__README@fdc7c51.md"
PART = "wild7_development"
LINES = read_lines(NAME)

LINK = re.compile(r"^\[(.+?)\]\((\S+?)\)$")


def main() -> None:
    papers = []
    tut = LINES.index("## Tutorials") + 1
    heads = rules = empty = bare = linked = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("|"):
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            assert len(cells) == 3 or (i == 39 and len(cells) == 2), (i, cells)
            paper, _venue, repo = (cells + [""])[:3]
            if paper == "Paper":
                heads += 1
                continue
            if set(paper) == {"-"}:
                rules += 1
                continue
            if not paper:
                assert repo.startswith("["), i  # a repository only
                empty += 1
                continue
            m = LINK.match(paper)
            if m:
                linked += 1
                title = m.group(1)
            else:
                assert "](" not in paper and "[" not in paper, i
                bare += 1
                title = paper
            papers.append(entry(LINES, i, i, title))
        elif i > tut and text.startswith("["):
            m = LINK.match(text)
            assert m, i
            papers.append(entry(LINES, i, i, m.group(1)))
    assert (heads, rules, linked, bare, empty) == (18, 18, 155, 3, 68), (heads, rules, linked, bare, empty)
    assert len(papers) == 182, len(papers)
    write_truth(NAME, PART, papers,
                "every table row whose Paper cell is non-empty is an entry (title = the link text or bare title),"
                " plus every '[title](url)' line of the Tutorials section; rows with an empty Paper cell that only"
                " link an awesome-list repository are not entries",
                "262 table lines split into 18 headers, 18 rules, 155 linked rows, 3 bare-title rows and 68"
                " repository-only rows, each count checked with grep; 24 tutorial link lines; titles of the first"
                " and last rows of every section, the 3 bare titles, the blog-linked TMLR review and all 24"
                " tutorials read by eye; arXiv ids and the Nature/ACL/openreview links (no DOI written)")


if __name__ == "__main__":
    main()
