"""Wild33 truth for yucheol-choi/awesome-quantum-compiler README.md: quantum compilation papers.

Shape: one ``+ `` bullet per paper, one line each:
``+ [Title](url) Authors [[GitHub]](..) [[Youtube]](..) <img src="...badge/VENUE-YEAR-green.svg">`` or, in
the survey/foundations blocks, ``... Authors <img ...Citations-N+...> (Year)``.  Sections are HTML
``<h3>/<h4 id=..>`` headings with ``> `` quoted sub-headings.  The title is the first link's text; a
``[Survey]`` tag written inside the link text (lines 199, 219, 244) is dropped.  Special cases: line 190
has an empty link target ``]()``; lines 66 and 99 link to ``arxiv.org/pdf/...`` without a scheme; some
records have no authors (lines 76, 78, 138, 188, 199, 219).  Not entries: line 5 (two surveys named in
running prose), line 178 (links to a researcher's Google Scholar page and blog), and the "Top Conference
Deadline" bullets (lines 288-295).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "yucheol-choi__awesome-quantum-compiler__README@9f441d3.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^\+ \[(.+?)\]\((?:[^()]|\([^()]*\))*\)", ln)
        if not m:
            continue
        title = m.group(1)
        if title.startswith("[Gidney"):  # line 178: researcher links, not a paper
            continue
        title = re.sub(r"^\[Survey\]\s*", "", title)
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 178, len(papers)
    write_truth(NAME, PART, papers,
                "Each '+ [Title](url) ...' bullet is one paper; title is the first link text without a leading [Survey] tag; "
                "line 178 (scholar/blog links) and the conference-deadline bullets are not entries.",
                "First and last entry of every section, all special cases (lines 5, 66, 99, 178, 190, 199, 219, 244, "
                "288-295) and a random sample of 25 entries checked by eye.")


if __name__ == "__main__":
    main()
