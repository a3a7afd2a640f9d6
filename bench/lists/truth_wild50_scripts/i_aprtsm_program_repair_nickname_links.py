"""Wild50 truth for APRTSM/apr-dissection reading-list.md: a research team's reading list on automated program repair
(APR) and patch-correctness assessment (software engineering / program analysis), newest commit (6d64fa6,
2024-02-14).

Shape: 46 lines, 2.8 KB, no heading.  Top-level bullets ``- [Link text](url)`` followed by an optional year and an
optional reading tag in capitals (``READ-PATCHES`` 1, ``READ-STUDY`` 4, ``READ-ALGORITHM`` 12, ``READ-BENCHMARK`` 20),
then optional two-space-indented note bullets (``  - ...``), and a separator line that is empty or a single space
(8, 11, 14, 19, 22, 24).

Special cases:
- The first five papers are named only by a system / benchmark nickname, not by a title: ``RepairThemAll`` (1, the
  arXiv 1905.11973 study), ``ODS`` (4, IEEE stamp link), ``DL4PatchCorrectness`` (9), ``GumTree`` (12, HAL
  document) and ``BFS small medium`` (20).  They are entries with title None (the list names no title).
- ``[Coming](https://github.com/SpoonLabs/coming)  2018`` (15) is a tool's GitHub repository ("A tool to mine
  patterns from github", 16): not an entry.
- ``- - Uses 3 patch datasets ...`` (10): a note written as a doubled bullet at column 0, belonging to 9; not an
  entry.
- ``BERT: Pre-training of Deep Bidirectional Transformers ...`` (44) is off-topic (NLP) but a paper: an entry.
- Notes mention other works by name (``RepairThemAll`` 7, ``repairthemall`` 10, ``ODS's`` 18): not entries.

Decisions:
- Entry = every top-level ``- [text](url)`` bullet except the tool repository (16); it spans its note lines
  (1-2, 4-7, 9-10, 12-13, 20-21, 33-34, 36-37, 39-40).  Title = the link text; None for the five nickname-only links.
- Not entries: notes, the Coming tool, separator lines.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "APRTSM__apr-dissection__reading-list@6d64fa6.md"
PART = "wild50_development"

TOP = re.compile(
    r"^- \[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)(?: +(?P<year>(?:19|20)\d\d))?(?: (?P<tag>READ-[A-Z]+))?$"
)
NICKNAMES = {1: "RepairThemAll", 4: "ODS", 9: "DL4PatchCorrectness", 12: "GumTree", 20: "BFS small medium"}
TOOL = 15


def main() -> None:
    lines = read_lines(NAME)
    starts = []
    for n, ln in enumerate(lines, 1):
        m = TOP.match(ln)
        if m:
            starts.append((n, m))
        elif ln.startswith("- ") and not ln.startswith("- - "):
            raise AssertionError((n, ln))
    papers = []
    for i, (n, m) in enumerate(starts):
        nxt = starts[i + 1][0] if i + 1 < len(starts) else len(lines) + 1
        last = nxt - 1
        while not lines[last - 1].strip():
            last -= 1
        for k in range(n + 1, last + 1):
            assert lines[k - 1].startswith(("  - ", "- - ")), (k, lines[k - 1])
        if n == TOOL:
            assert m.group("url") == "https://github.com/SpoonLabs/coming", m.group(0)
            continue
        if n in NICKNAMES:
            assert m.group("text") == NICKNAMES[n], (n, m.group("text"))
            title = None
        else:
            title = m.group("text")
        papers.append(entry(lines, n, last, title))
    t = {p["line"]: p for p in papers}
    assert [(p["line"], p["end"]) for p in papers if p["end"] > p["line"]] == [
        (1, 2), (4, 7), (9, 10), (12, 13), (20, 21), (33, 34), (36, 37), (39, 40)]
    assert t[1]["arxiv"] == "1905.11973" and t[1]["title"] is None, t[1]
    assert t[9]["doi"] == "10.1145/3324884.3416532", t[9]
    assert t[23]["title"] == "Automatic Software Repair: A Bibliography", t[23]
    assert t[44]["arxiv"] == "1810.04805", t[44]
    assert t[46]["title"] == "Automated Patch Correctness Assessment: How Far are We?", t[46]
    assert TOOL not in t
    assert len(papers) == 16, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every top-level '- [text](url) [year] [READ-TAG]' bullet is an entry (16), spanning its two-space note"
        " bullets (and the doubled '- - ' note on 10), except the GitHub tool repository 'Coming' (15); title = the"
        " link text, None for the five papers named only by a nickname (RepairThemAll 1, ODS 4, DL4PatchCorrectness"
        " 9, GumTree 12, BFS small medium 20); notes and separator lines are not entries.",
        "Read all 46 lines; compared -v for all 16 entries: the nickname-only links as None, Coming (15) left out as a"
        " code repository, the '- - ' note (10) kept inside entry 9, note spans 1-2/4-7/9-10/12-13/20-21/33-34/36-37/"
        "39-40; ids: arXiv 1905.11973 (1) and 1810.04805 (44), DOIs from dl.acm.org/doi/pdf links (9, 20, 23, 27, 31,"
        " 33, 36, 42, 46) and the Springer article 39; none from the IEEE stamp (4), HAL (12) or personal PDFs.",
    )


if __name__ == "__main__":
    main()
