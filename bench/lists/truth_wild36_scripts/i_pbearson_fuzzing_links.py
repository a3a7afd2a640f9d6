"""Wild36 truth for PBearson/Fuzzing_Works Links-And-Citations.md: a security PhD student's table of top-tier
fuzzing papers (S&P, CCS, USENIX Security, NDSS, 2016-2021) with their Google Scholar citation counts.

Shape: a "Note: Last updated" line, then a Markdown table "| Paper | Venue | Year | Citations |" (rows 5-55) and,
after an `<hr/>`, a "Top 10 (by citations)" table (rows 63-72) that repeats ten rows of the first one.  Every row's
Paper cell is a link whose text is the system's nickname (NTFuzz, AFLGo, Driller, TLS-Attacker, Perf-fuzz, ...),
not the paper's title; the link goes to IEEE Xplore, the ACM DL (`dl.acm.org/doi/10.1145/...`, which gives the DOI),
the USENIX presentation page or an NDSS page/PDF.  Two link targets lack their scheme (rows 42 and 52).

Decisions:
- Every row is an entry (a row names one paper), the Top-10 repeats included (repeated records are separate
  entries), except row 45 "OSS-Fuzz" (usenix.org/.../usenixsecurity17/.../serebryany): that is Serebryany's invited
  talk at USENIX Security 2017, not a paper, so it is not an entry.
- Title: None for a nickname (the entry names no title).  The one cell that is the paper's real, full title is
  "Evaluating Fuzz Testing" (Klees et al., CCS 2018; the repository README lists it under that title), rows 21 and
  68; its title is kept.  Nicknames that happen to be written like a title word ("Hawkeye", "Matryoshka",
  "Angora") are still nicknames: the papers' titles are longer ("Hawkeye: Towards a Desired Directed Grey-box
  Fuzzer", ...), as the repository README shows.
- Ids come from the row's own link only (DOIs from the ACM DL rows; no arXiv links).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "PBearson__Fuzzing_Works__Links-And-Citations@51e3a92.md"
PART = "wild36_development"

ROW = re.compile(r"^\| \[([^\]]+)\]\(([^)]*)\) \|")
TITLES = {"Evaluating Fuzz Testing"}  # cells that are the paper's real title
TALKS = {"OSS-Fuzz"}  # invited talk, not a paper


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        cell = m.group(1)
        if cell in TALKS:
            continue
        papers.append(entry(lines, n, n, cell if cell in TITLES else None))
    assert len(papers) == 50 + 10, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each table row '| [Nickname](url) | Venue | Year | Citations |' is an entry (the Top-10 repeats too), except"
        " the OSS-Fuzz row, an invited talk; title is None since the link text is the system's nickname, except the"
        " real title 'Evaluating Fuzz Testing'.",
        "All 61 rows read by eye against the repository README's full titles: every nickname confirmed to differ from"
        " its paper's title, 'Evaluating Fuzz Testing' confirmed as the full title, the OSS-Fuzz link confirmed as a"
        " USENIX Security '17 invited talk; the DOIs of the 14 ACM DL rows and the two scheme-less links checked.",
    )


if __name__ == "__main__":
    main()
