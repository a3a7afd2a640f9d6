"""Wild39 truth for fengjing57/team-meeting yangjianchao/README.md: one student's index of the papers he
presented at a Chinese computer-architecture group's weekly meeting (GPU simulators and performance models,
GPU memory-access optimisation), no links at all.

Shape: "### A. 模拟器相关" ("simulator-related", 1) and "### B. GPU访存优化相关：" ("GPU memory access", 56),
each followed by "##### <date>" headings in Chinese ("##### 2023年12月26日", later ones with a full-width
colon "：") and under each date a bullet list of two to five papers, one line each, "Title, VENUE year."
(e.g. "* Photon: A Fine-grained Sampled Simulation Methodology for GPU Workloads, MICRO 2023.").  The
first date block uses "- " bullets, all later ones "* ".  Some titles keep PDF ligatures ("Diﬀ", "Rooﬂine").
The venue is an acronym ("MICRO", "ASP-DAC", "ASPDAC") or a written-out name ("Journal of Parallel and
Distributed Computing 2017"); one venue has commas inside it ("An Instruction Rooﬂine Model for GPUs,
Performance Modeling, Benchmarking and Simulation of High Performance Computer Systems (PMBS) 2019.", 34).

Decisions:
- Entries: every bullet (45), each one paper; none is a book, tool or talk.
- Span: the bullet's single line.
- Title: the text before the last ", " of the bullet (the venue and year follow it), except on line 34,
  where the venue "Performance Modeling, Benchmarking and Simulation of High Performance Computer Systems
  (PMBS) 2019" holds two commas and the title is the text before its first ", ".  Ligatures are kept as
  written.  Titles containing a colon keep the system name before it ("PCCS: ...", "GCoM: ...").
- Ids: none (no links, DOIs or arXiv ids anywhere).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "fengjing57__team-meeting__yangjianchao__README@b1a9328.md"
PART = "wild39_development"

BULLET = re.compile(r"^[*-] (.+)$")
VENUE_WITH_COMMAS = 34  # "..., Performance Modeling, Benchmarking and Simulation of ... (PMBS) 2019."


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            assert not ln.strip() or ln.startswith("#"), (n, ln)
            continue
        text = m.group(1)
        assert re.search(r"\d{4}\.$", text), (n, text)
        if n == VENUE_WITH_COMMAS:
            title = text.split(", ", 1)[0]
        else:
            title = text.rsplit(", ", 1)[0]
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 45, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- '/'* ' bullet under the Chinese date headings is one paper; title = the text before the"
        " ', VENUE year.' tail (the last ', '; on line 34 the first, since that venue holds commas); no ids.",
        "All 79 lines read; all 45 bullets compared with the -v output (the '- ' bullets 5-6, the venue with"
        " commas on 34, the written-out venue on 27, ligature titles 6 and 34, the ':'-headed dates of part B);"
        " no link or id in the file.",
    )


if __name__ == "__main__":
    main()
