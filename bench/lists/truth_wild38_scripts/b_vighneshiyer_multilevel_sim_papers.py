"""Wild38 truth for vighneshiyer/research-notes multi-level-sim/papers.md: a Berkeley hardware PhD student's
topic note on sampled / multi-level processor simulation (SimPoint, SMARTS, LiveSim, warm-up, Sniper).

Shape: bold "## **Topic**" sections; papers are written three ways:
- "### Title (year)" headings, each followed by one "- url" bullet (24, 28, 32: the three SimPoint papers);
- column-0 paragraphs "Title (Venue’yy) ([paper](url)) ([slides](url))" followed, after a blank line, by
  "- " note bullets (39, 52, 61, 68, 94, 98, 100, 102, 111, 113, 117, 121; line 5 writes "Title (2008)[ url](url)");
  line 102 has its note bullets directly under it with no blank line;
- two plain bullets under the column-0 line "Cache modeling via trace sampling" (132, 133).
Bare nicknames stand for two papers: "MRRL" (96) and "pFSA (ISWC’15) ([paper](...))" (115).

Decisions:
- Entry = the paper's line through its note bullets (following "- "/indented lines, blank lines between
  allowed); a heading entry runs through its link bullet.  Lines 96 and 115 are entries with no title
  (a nickname only).
- Not entries: the "## **SimPoint**" section head with its bare link to the SimPoint book chapter
  (CHAPTER-simpoint.pdf, 11) and its method notes (a book chapter about the technique); "See **SimpleScalar**"
  (73, a tool); the comparison sections "LiveSim v SimPoint" / "SMARTS v SimPoint" (prose about papers
  already listed); "several more works not listed" (107); the group line "Cache modeling via trace sampling"
  (130, a topic, its two bullets are the papers).
- Title: the text before the final "(Venue’yy)"/"(year)" parenthetical and the links; "**" bold markup
  removed (68).  The nickname prefixes written into titles (ESESC:, LiveSim:, SMARTS:, BLRL:, MTR:,
  BarrierPoint:, LoopPoint:) are kept.  Line 32's heading has no year and is kept whole.
- Ids: links go to ScienceDirect pii, ieeexplore document numbers, university PDFs and a GitHub PDF: none
  is an arXiv id or a DOI, so every entry has none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "vighneshiyer__research-notes__multi-level-sim__papers@a3a1d8c.md"
PART = "wild38_development"

NOT_PAPERS = {11, 73, 84, 107, 130}  # SimPoint chapter link, tool, comparison prose, remark, group line
NICKNAME = {96, 115}  # MRRL, pFSA: papers named only by a nickname
BULLET_PAPERS = {132, 133}  # the two papers under "Cache modeling via trace sampling"
TAIL = re.compile(r"\s*\((?:[^()]*’\d\d|\d{4})\)\s*(?:\[.*|\(.*)?$")


def extent(lines: list[str], n: int) -> int:
    """Last line of the record starting on line n: its following "- " / indented note lines, blank lines
    between them allowed; stops at a heading or another column-0 text line."""
    end, j = n, n + 1
    while j <= len(lines):
        t = lines[j - 1]
        if not t.strip():
            j += 1
            continue
        if t.startswith(("- ", "  ")):
            end = j
            j += 1
            continue
        break
    return end


def title_of(text: str) -> str:
    text = re.sub(r"^#+\s*", "", text)
    m = TAIL.search(text)
    if m:
        text = text[: m.start()]
    return text.replace("**", "").strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    for n, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text
            continue
        if n in BULLET_PAPERS:
            papers.append(entry(lines, n, n, title_of(text[2:])))
            continue
        if not text.strip() or text.startswith(("- ", "  ", "# ")) or n in NOT_PAPERS:
            continue
        if "v SimPoint" in section:
            continue
        if text.startswith("### "):
            papers.append(entry(lines, n, extent(lines, n), title_of(text)))
            continue
        title = None if n in NICKNAME else title_of(text)
        papers.append(entry(lines, n, extent(lines, n), title))
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper line (a '### Title (year)' heading with its link bullet, a column-0 'Title (Venue’yy) ([paper]"
        "(url))' paragraph with its note bullets, or one of the two bullets under 'Cache modeling via trace "
        "sampling') is one entry; the nicknames MRRL and pFSA are entries without a title; the SimPoint book-chapter"
        " link, the SimpleScalar pointer, the comparison sections and the group line are not; title = the text "
        "before the venue/year parenthetical and the links, bold removed.",
        "All 133 lines read by eye against the -v output: the 20 entries and their extents (note bullets after a "
        "blank line, 102's bullets with none, the heading entries 24/28/32 through their link bullets), the "
        "nickname entries 96 and 115, the excluded SimPoint chapter section 9-22, line 73, the comparison sections "
        "75-90, line 107 and the group line 130, every title's tail cut (’yy venues, (year), line 5's bracket link, "
        "line 32 with no year), and that no link gives an arXiv id or DOI.",
    )


if __name__ == "__main__":
    main()
