"""Wild38 truth for jungwonkang/references conferences/References_ICRA2021.md: a robotics researcher's personal
notes of the ICRA 2021 papers worth a look, one file of his "references" repository (which also keeps
per-project SLAM / perception reference files), written June 2021.

Shape: "# " title, an HTML comment block (3-6), then "### Topic" sections (General Information, Workshops, Best
papers, Odometry/SLAM by sensor set, Segmentation 2D/3D, Object Detection, Depth estimation/completion), each a
"- " list closed by "<br/>" lines (some sections have a "<br/>" plus blank line splitting the list in two).
A paper item is either a Markdown link "- [Title](url)" (arXiv abs/pdf, one "?context=cs" query, IEEE Xplore,
ResearchGate, or the paper's GitHub code page: 46 MULLS, 66 OV2SLAM) or a bare title "- Title".  Titles are
written as in the program ("OV2SLAM : A Fully ...", "CAROM - Vehicle Localization ...").  One paper carries a
nested bullet with its author's homepage (50-51).

Decisions:
- Entry = a "- " item of the paper sections (Best papers onward), through its nested bullet; 103 entries, plus the
  nested item 22 under the "Resilient and Long-Term Autonomy for Aerial Robotic Systems" workshop ("The flying
  Cartographer: Using a graph SLAM method for a long-term UAV navigation"), a titled workshop contribution: 104.
- Not entries: the "General Information" links (program, workshop schedule, 10-11) and the five workshop links
  (18-21, 23: workshops, not papers); the HTML comment; the "<br/>" lines.
- Repeated records are separate entries: CodeVIO 29/97 and VIODE 33/99 (Best papers and their topic section),
  "Bidirectional Trajectory Computation ..." 102/106 (listed twice in one section).
- Title = the link text or the bare item text, as written.
- Ids: arXiv from arXiv links ("2103.13090?context=cs" included); IEEE Xplore document numbers, ResearchGate and
  GitHub links give none; no DOI is written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "jungwonkang__references__conferences__References_ICRA2021@ce0f806.md"
PART = "wild38_development"

NON_PAPER_SECTIONS = {"General Information", "Workshops"}
WORKSHOP_PAPER = 22  # nested under a workshop link
LINK = re.compile(r"^- \[(?P<text>[^\]]+)\]\([^)]*\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    for n, text in enumerate(lines, 1):
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if n == WORKSHOP_PAPER:
            assert section == "Workshops" and text.startswith("  - The flying Cartographer"), text
            papers.append(entry(lines, n, n, text[4:]))
            continue
        if not text.startswith("- ") or section in NON_PAPER_SECTIONS:
            continue
        end = n
        while end < len(lines) and lines[end].startswith("  - "):
            end += 1
        m = LINK.match(text)
        title = m.group("text") if m else text[2:]
        assert "](" not in title and "http" not in title, (n, title)
        papers.append(entry(lines, n, end, title))
    assert len(papers) == 104, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- ' item of the paper sections (Best papers onward) is one entry, linked or bare, through its nested "
        "homepage bullet, plus the workshop paper nested under a workshop link (22); the program and workshop links "
        "are not entries; title = the link text or item text as written; repeated papers are separate entries.",
        "All 206 lines read by eye against the -v output: every section's first and last items, the split lists "
        "(after 43, 63), the nested bullets 22 and 51, the GitHub/ResearchGate/IEEE links without ids (30, 46, 55, "
        "66), the '?context=cs' arXiv link 56, the repeated records 29/97, 33/99, 102/106 and the excluded "
        "information and workshop links 10-11, 18-21, 23.",
    )


if __name__ == "__main__":
    main()
