"""Wild37 truth for TerenceCYJ/VP-SLAM-SC-papers README.md: a robotics/vision student's list of papers on
visual positioning (camera relocalization), SLAM and visual odometry, SfM and spatial cognition, grouped by
venue and year ("论文统计与分析", paper statistics and analysis).

Shape: a table of contents (3-15, " - [...](#...)" lines indented one space, several naming sections that do
not exist in the file: Theses, Datasets, Workshops, Challenges); "## arXiv Papers", "## Journal Papers",
"## Conference Papers" with "### 2018 ICRA"-style venue headings and "#####" topic headings (Visual
Positioning, SLAM/VO, SfM, Semantic SLAM, Lidar SLAM, ...); some venue headings are empty (2018 IROS, 2017
IROS, 2017 Others).  Each paper is a top-level bullet "- Title [[Paper](url)] [[Review](...)] [[Code](...)]
[[Project site](...)]" with an indented sub-bullet "    - Authors, VENUE, YEAR" and sometimes a second one
"    - Keywords: ...".  In the arXiv section the title is preceded by an id link "[\\[arXiv:1812.11209\\]](abs
url)".  Special cases: two titles wrap before their bracket links (25-26, 48-49: the "[[Paper]...]" part is on
the next line, indented one space); "[[Paper]()]" links are empty (many ICRA 2018 entries) and some such
entries have no author sub-bullet, a blank line following instead (215, 221, 223, 233, 254, 265); "[[Paoer]" typo
(87); 305 and 314/335 glue "[[Paper]" to the title; a Baidu Scholar link (107) wraps an arXiv URL
percent-encoded.

Decisions:
- An entry is every top-level "- " bullet after the table of contents (136): all are papers (dataset papers
  such as NavigationNet and the Multi Vehicle Stereo Event Camera Dataset are papers).  Its span is the bullet
  line, a wrapped continuation line starting with " [[" and the indented sub-bullets below it (authors,
  keywords), up to the next bullet, heading or blank line.
- Not entries: the table-of-contents lines, headings, the Chinese subtitle line 2.
- Repeats are separate entries (Cooperative Holistic Scene Understanding at 38 and 70; Feature-constrained
  Active Visual SLAM at 265 and 281).
- Title: the bullet text after "- " without the arXiv id link, up to the first "[[" (the bracket links), trimmed;
  written as in the file (typos such as "Esitimation", "basedVisual", "Ef cient", full-width colon in
  "CodeSLAM：Learning", "⋆" after "VO/VSLAM" kept).
- Ids: arXiv ids from the entry's own lines with percent-encoding decoded first, so the Baidu Scholar link of
  107 ("...sc_vurl=http%3A%2F%2Farxiv.org%2Fpdf%2F1712.05773...") gives 1712.05773; IEEE Xplore document
  numbers, ResearchGate and CVF links carry no DOI.
"""
import re
import sys
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import arxiv_of, entry, read_lines, write_truth

NAME = "TerenceCYJ__VP-SLAM-SC-papers__README@fe3c0ef.md"
PART = "wild37_development"

ARXIV_TAG = re.compile(r"^\[\\\[arXiv:[^\]]*\\\]\]\([^)]*\)\s*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 17 or not ln.startswith("- "):
            continue
        end = n
        while end < len(lines):
            nxt = lines[end]  # line end + 1
            if nxt.startswith(" [[") or re.match(r"^ {2,}- ", nxt):
                end += 1
            else:
                break
        text = ARXIV_TAG.sub("", ln[2:].strip())
        title = text.split("[[", 1)[0].strip()
        e = entry(lines, n, end, title)
        e["arxiv"] = arxiv_of(unquote("\n".join(lines[n - 1:end])))
        papers.append(e)
    assert len(papers) == 136, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each top-level '- ' bullet after the table of contents is an entry (its wrapped ' [[Paper]' continuation"
        " line and indented author/keyword sub-bullets included; repeats kept); title is the bullet text without"
        " the arXiv id link and up to the first '[[' bracket link.",
        "The whole file read by eye; the -v output compared for the first and last entry of every venue/topic"
        " section, ~25 random entries, both wrapped titles (25-26, 48-49), every '[[Paper]()]' entry without an"
        " author line (spans end at the blank line), the titles glued to '[[Paper]' (305, 314, 335), the"
        " '[[Paoer]' typo line 87, the Keywords sub-bullets (119, 122), the two repeats, and the arXiv ids of the"
        " arXiv section taken from the tag link, the decoded Baidu link of 107; TOC lines 4-15 confirmed excluded.",
    )


if __name__ == "__main__":
    main()
