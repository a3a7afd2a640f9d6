"""Wild44 truth for gwu-cs-iot/collaboration syllabus.md: the syllabus of George Washington University's graduate
course "Internet of Things - systems and security" (Spring '20, Gabe Parmer): one Markdown table row per class
meeting whose Description cell names, for the research-discussion meetings, the discussion leaders and the papers
discussed, each as "Na. *Title* ([pdf](url))" (N = the discussion number, a/b = first or second paper of the day).

Shape (59 lines and a final newline): a title, two paragraphs (1-9), "## Syllabus"
(11) and one table (13-59): header (13-14), then rows "| T 1.14 | description | due |".  Lectures, guest lectures,
hackathon and project-feedback rows name no paper; discussion rows (20-42) read "Discussion leader: Name
([presentation](url)) 2a. *Title* ([pdf](url)); Discussion leader: Name ... 2b. *Title* ([pdf](url))| Paper reviews |".
After an empty row and "| | IoT Korea Abroad Version | |" (45) the course is repeated (47-59) with a subset of the
same papers (1a, 3a/3b, 9a/9b, 4a/4b, 8a/8b, 5a/5b) and other discussion leaders.
Special cases: two papers per row on most discussion rows, separated by ";" or only by a space (21, 35), a row with
one paper and a retrospective (42); a paper without a pdf link (13a FRAME, 38); "(presentation)" written without a
link (39, 42); the leader's "([presentation](...))" placed after the title (11b, 36); titles written with slips
kept as written ("Monitoring Megawatt Loads:A Flexible", "Security  of Embedded Firmwares" with two spaces, which the
markup cleaning collapses, "Wide-AreaNetworking", "Decision-driven Execution- A Distributed"); the security-lecture
rows (27, 52) whose Due cell says "Read (but don't review) *The Internet of Things Is Wildly Insecure — And Often
Unpatchable*, *It's Time for IoT Security's Next Big Step*, and *Dealing with Infrastructure Disruption: IoT
Security*"; links are relative ("/papers/...") or github.com blob URLs of course-hosted PDFs (one on a student's fork,
16a); no arXiv id or DOI anywhere.

Decisions:
- Entry = each "Na. *Title*" / "Nb. *Title*" in a row's Description cell (43 entries: 32 in the Spring rows 20-42,
  11 in the Korea rows 49-58); two on one row give two entries on that row's line; the Korea repeats are separate
  entries (repeated records are kept).
- Title = the italic text, as written (numbering "Na." and the italics dropped; slips kept).
- Not entries: the three italic readings of the security-lecture rows (27, 52): the first is Bruce Schneier's Wired
  op-ed and the three are given together, unlinked and "not reviewed", as general-audience background for a lecture,
  inside a sentence of the Due cell, not as records of the list; the slides ("presentation") and the course-material
  links (McKinsey and Scientific American articles, a YouTube video, surveys, forms, project pages).
- Ids: none (every link is a course-hosted PDF); each entry takes its ids from its own line, which gives none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "gwu-cs-iot__collaboration__syllabus@62b3619.md"
PART = "wild44_development"

ROW = re.compile(r"^\| [TR] \d+\.\d+ \| ")
PAPER = re.compile(r"(?P<num>\d+[ab])\. \*(?P<title>[^*]+)\*")
PRESS = re.compile(r"Read \(but don't review\) \*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    nums = []
    press_rows = 0
    for n, text in enumerate(lines, 1):
        found = list(PAPER.finditer(text))
        if PRESS.search(text):
            press_rows += 1
            assert not found, (n, text)
            continue
        if not found:
            continue
        assert ROW.match(text), (n, text)
        description = text.split("|")[2]
        for m in found:
            assert m.group(0) in description, (n, m.group(0))
            papers.append(entry(lines, n, n, m.group("title")))
            nums.append(m.group("num"))
    assert press_rows == 2, press_rows
    spring = [p for p in papers if p["line"] < 45]
    korea = [p for p in papers if p["line"] > 45]
    assert len(spring) == 32 and len(korea) == 11, (len(spring), len(korea))
    assert nums[:32] == [f"{i}{x}" for i in range(1, 17) for x in "ab" if f"{i}{x}" != "1b"] + ["17a"], nums[:32]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 43, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered paper 'Na. *Title*' in a discussion row's Description cell is an entry on that row's line (two"
        " per row on most rows; the Korea Abroad repeats kept as separate entries); title = the italic text as written;"
        " the three unlinked press/magazine readings of the security-lecture rows, slides and course links are not"
        " entries; no ids (43).",
        "Whole file read (59 lines) against the -v output: every table row, the 32 Spring papers 1a-17a in order (no"
        " 1b), the 11 Korea repeats (49-58), the rows with two papers separated by a space only (21, 35), the row with"
        " one paper and a retrospective (42), the paper without a pdf link (38), the presentation link after the title"
        " (36), title slips kept (23, 31 with two spaces collapsed, 41, 37), the two security-lecture rows (27, 52)"
        " left out, no arXiv/DOI in any link.",
    )


if __name__ == "__main__":
    main()
