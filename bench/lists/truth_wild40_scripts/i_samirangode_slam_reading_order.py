"""Wild40 truth for samirangode/awesome-SLAM-papers README.md: a student's short list of SLAM / visual and lidar
odometry papers (robotics), titles only, with a suggested reading order in parentheses, and a commented-out block
left over from a NeRF list.

Shape: an HTML-centred "# <p align='center'>`Awesome SLAM Papers`</p>" title and an intro (1-7), a
"<summary>Table of Content</summary>" line without "<details>" and a TOC of anchor links (11-21), then
"## " sections with ordered lists of bare titles (no links, authors or years):
- "## SLAM Basics" (25): "1. Probabilistic Robotics" (the textbook) and "2. Factorgraphs for Robot Perception"
  (Dellaert and Kaess's Foundations and Trends in Robotics article, name run together);
- "## SLAM/Tracking and Mapping" (29-40), "## Visual Odometry" (42-47), "## Visual-Inertial" (49-52),
  "## Lidar Odometry" (54-56), "## Lidar-Inertial" (58-61), "## iSAM" (63-67): "N. Title" records, many ending
  in the reading-order number "(2)" ... "(15)"; one title wraps onto an unindented second line ("1. LIO-SAM:
  Tightly-coupled Lidar Inertial Odometry via" / "Smoothing and Mapping", 59-60, a lazy continuation of the item);
  one record puts the system's nickname in brackets before the title ("4. (iSAM3) A Nonparametric Belief
  Solution to the Bayes Tree", 67);
- "## Others" (70): two bare lines without list markers (71, 72), which Markdown joins into one paragraph;
- "## Misc Resources" (74): one link to a web page of SLAM interview questions; "## TODO" (77): a to-do item;
- 80-150: an HTML comment "<!-- ... -->" holding NeRF cards copied from another list (bold titles, italic
  authors, "[[arXiv](...)]" links, tutorials and tools), not rendered.

Decisions:
- Entries: the papers of the rendered lists: "Factorgraphs for Robot Perception" (a journal survey article, kept)
  and every record of the six topic sections (27 records) and the two "Others" lines, each line one paper
  even though Markdown runs them into one paragraph (2 entries): 30.  Not entries: "Probabilistic Robotics"
  (a textbook), the TOC, the interview-questions web page, the TODO item, and everything inside the HTML
  comment (not shown by the list; its cards are a leftover of another list, not this list's records).
- Span: the record's line; 59-60 for the wrapped LIO-SAM title.
- Title: the record text without the list number, the trailing reading-order "(N)" and the leading "(iSAM3)"
  tag; "Factorgraphs" and the "Groundoptimized" typo kept as written; the wrapped title joined with a space.
- Ids: none (no links in the rendered records).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "samirangode__awesome-SLAM-papers__README@0217106.md"
PART = "wild40_development"

RECORD = re.compile(r"^\d+\. (?:\(iSAM3\) )?(.+?)(?: \(\d+\))?$")
TOPICS = ("## SLAM/Tracking", "## Visual Odometry", "## Visual-Inertial", "## Lidar Odometry", "## Lidar-Inertial",
          "## iSAM")
NOT_PAPERS = {26: "Probabilistic Robotics"}


def main() -> None:
    lines = read_lines(NAME)
    comment = lines.index("<!-- ### `New to NeRF`") + 1
    assert comment == 80 and lines[149].endswith("-->"), comment
    papers = []
    section = None
    n = 1
    while n < comment:
        ln = lines[n - 1]
        if ln.startswith("## "):
            section = ln
            n += 1
            continue
        if section is None or not ln.strip():
            n += 1
            continue
        if section.startswith(("## Misc", "## TODO")):
            assert ln.startswith("1. "), (n, ln)
            n += 1
            continue
        if section == "## Others":
            papers.append(entry(lines, n, n, ln))
            n += 1
            continue
        m = RECORD.match(ln)
        assert m, (n, ln)
        if n in NOT_PAPERS:
            assert m.group(1) == NOT_PAPERS[n], n
            n += 1
            continue
        assert section == "## SLAM Basics" or section.startswith(TOPICS), section
        last = n
        title = m.group(1)
        if n + 1 < comment and lines[n].strip() and not re.match(r"^(\d+\.|#)", lines[n]):
            last = n + 1
            title = f"{title} {lines[n].strip()}"
        papers.append(entry(lines, n, last, title))
        n = last + 1
    assert [p["line"] for p in papers if p["end"] != p["line"]] == [59], "wrapped"
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered title of the rendered topic sections (and 'Factorgraphs for Robot Perception') and each of"
        " the two bare 'Others' lines is one paper (30); the textbook, the web page, the TODO and the commented-out"
        " NeRF cards are not entries; title = the text without number, reading-order '(N)' and '(iSAM3)' tag.",
        "All 150 lines read; script asserts every rendered line is a heading, a record, an 'Others' line or a"
        " resource/TODO item, and that the comment runs 80-150; -v output compared line by line for all 30"
        " entries (the '(N)' suffixes, the wrapped LIO-SAM 59-60, the '(iSAM3)' record 67, the two 'Others'"
        " lines 71-72, the en-dash KISS-ICP title 56), and the excluded 26, 75, 78 and comment cards checked.",
    )


if __name__ == "__main__":
    main()
