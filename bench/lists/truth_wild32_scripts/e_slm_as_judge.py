"""Wild32 truth for anishh15/Awesome-SLM-as-a-Judge README.md: a survey's companion paper list in
Markdown tables.

Shape: pipe tables.  Paper tables (Latest Papers at lines 35-46, the 13 numbered Paper List sections
from line 134, Related Surveys at lines 392-399) have the title cell
``[**Title**](url)``, in some rows preceded by a GitHub-stars badge and ``<br>``
(``![Star](https://img.shields.io/github/stars/...) <br> [**Title**](url)``); the other cells hold venue,
date/year and ``[[pdf]](url) [[code]](url)`` links.  Every such row is one entry (one line), title = the
bold link text.  Benchmark tables (lines 354-387: Meta-Evaluation, Reasoning & Math, Code & Safety
benchmarks and Foundational NLP Evaluation Metrics, 16 rows) have rows ``| **Name** | description | [Author et al.,
YEAR](url) |``: each row is the benchmark's or metric's paper, named only by a nickname and an author-year
label, so it is an entry with title None.  Not entries: the Latest News table (lines 25-29), the badge
and website links at the top, the figures, the boilerplate BibTeX of the survey itself (lines 407-414) and
the row template inside the Contributing code fence (line 426).  Papers listed in both Latest Papers and a
section (e.g. CompassJudger-2, StepWiseR) are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "anishh15__Awesome-SLM-as-a-Judge__README@cc4888e.md"
PART = "wild32_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    header = None
    in_fence = False
    for i, ln in enumerate(lines, 1):
        if ln.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence or not ln.startswith("|"):
            if not ln.startswith("|"):
                header = None if ln.strip() else header
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if re.fullmatch(r"[-: ]+", "".join(cells)):
            continue
        if header is None:
            header = cells[0]
            continue
        if header == "Date":  # Latest News
            continue
        if header in ("Title", "Survey"):
            m = re.search(r"\[\*\*(.+?)\*\*\]\((https?://[^)]+)\)", cells[0])
            assert m, (i, ln)
            papers.append(entry(lines, i, i, m.group(1)))
        elif header in ("Benchmark", "Metric"):
            assert re.match(r"\*\*[^*]+\*\*$", cells[0]) and "](http" in cells[2], (i, ln)
            papers.append(entry(lines, i, i, None))
        else:
            raise AssertionError((i, header))
    assert len(papers) == 109, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the paper tables (Latest Papers, the 13 Paper List sections, Related Surveys) is one entry, "
        "title = the bold link text after an optional stars badge and <br>; each benchmark/metric row is the "
        "benchmark's paper with title None (named only by nickname and an 'Author et al., YEAR' link); news rows, "
        "the survey's own BibTeX and the Contributing template row are not entries.",
        "All rows checked by eye: first and last row of every table, every badge+<br> row, the 16 benchmark "
        "and metric rows (arXiv or ACL Anthology links), the Related Surveys rows and the news table skipped.",
    )


if __name__ == "__main__":
    main()
