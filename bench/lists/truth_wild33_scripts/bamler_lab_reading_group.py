"""Wild33 truth for bamler-lab/bamler-lab.github.io reading_group.md: a Tübingen ML lab's reading-group schedule.

Shape: Jekyll page; two pipe tables (### 2024 lines 40-70, ### 2023 lines 75-94), one row per meeting:
Date | Moderator | Title of Paper & Link to Paper | talks.tue | comment | reading group. The third cell is
`[Title](url)` or a bare title. An entry is a row whose subject is a paper or thesis. Not entries: the
tutorial (line 43), conference-trend sessions (44, 70), Tropp's lecture notes read in two parts (48, 49),
"Introduction to Optimal Transport" (68), the show-and-tell session (77) and the talk "Probabilistic
Circuits" (82). Kept: two Bachelor's thesis presentations (78, 81, theses, no link) and the unlinked own paper
of line 79. Line 88 names two papers in one row (`<br/>`): two entries on the same line, the second has only
an OpenReview link, so its arXiv id is set to None by hand. Papers read in two parts (lines 57/60, 61/63)
are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "bamler-lab__bamler-lab.github.io__reading_group@b0ef80c.md"
PART = "wild33_development"

NOT_PAPERS = {43, 44, 48, 49, 68, 70, 77, 82}
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not re.match(r"\| 20\d\d/\d\d/\d\d \|", ln) or n in NOT_PAPERS:
            continue
        cell = ln.split("|")[3].strip()
        parts = re.split(r"<br/>(?:<br/>)?", cell)
        for k, part in enumerate(parts):
            m = LINK.search(part)
            title = m.group(1) if m else part
            e = entry(lines, n, n, title)
            if k > 0:
                e["arxiv"] = None  # second paper of line 88 has only an OpenReview link
            papers.append(e)
    assert len(papers) == 40, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each schedule row naming a paper or thesis is an entry (line 88 holds two); the title is the link text or "
        "bare text of the 'Title of Paper' cell; tutorial, lecture-note, trend, show-and-tell and talk rows are skipped.",
        "Every one of the 47 rows read by eye against the output: the 8 skipped rows, the two-paper row 88, "
        "the unlinked thesis and paper rows 78, 79, 81 and the two-part repeats.",
    )


if __name__ == "__main__":
    main()
