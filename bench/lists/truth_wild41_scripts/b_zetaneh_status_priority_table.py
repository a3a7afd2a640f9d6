"""Wild41 truth for zetaneh/phd-llm-compression-research papers/01-quantization/reading_list.md: a PhD student's
to-read list for the "Quantization" topic of an LLM-compression thesis repository, filled by the owner's arXiv
scraping script ("Enhanced scraping ..." commits), so most rows are recent arXiv preprints from all fields (quantum
physics, robotics, astronomy ...) that only matched a keyword.

Shape (46 lines and a final newline): "# Reading List - Quantization", a "## Status Legend" of three emoji bullets
(Not Started / In Progress / Completed), "## Progress Overview" with "**Last Updated:** 2025-06-20", then
"## Papers" with one pipe table "| Status | Priority | Paper | Venue | Year | Link |" (header 19, separator 20) and
26 rows (21-46): "| <red circle> | <star> | Title | ArXiv | 2025 | [2506.15683v1](http://arxiv.org/abs/2506.15683v1) |".
Special cases:
- the title is plain text (no link); the link text is the versioned arXiv id, the URL an http arXiv abs URL;
- titles with a colon nickname ("PhantomHunter: ...", "GenRecal: ...", "CC-LEARN: ...", "CAWR: ...", "J3DAI: ...",
  "AutoRule: ..."), a "!" ("Wavefunction branches demand a definition!"), a "1st Order" and a hyphenated title;
- every row has the same status (not started) and priority; the legend bullets above the table are not papers.

Decisions:
- Entry = each table row after the separator (26 entries, one line each); the header, separator and legend are
  not entries.
- Title = the Paper cell as written ("!" kept); status, priority, venue, year and the link cell are not part of it.
- arXiv id from the row's arxiv.org URL (version dropped); no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "zetaneh__phd-llm-compression-research__papers__01-quantization__reading_list@4626f30.md"
PART = "wild41_development"

ROW = re.compile(r"^\| (?P<status>[^|]+) \| (?P<prio>[^|]+) \| (?P<title>[^|]+?) \| ArXiv \| 2025 \| "
                 r"\[(?P<id>\d{4}\.\d{5}v\d)\]\(http://arxiv\.org/abs/(?P=id)\) \|$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    assert lines[18] == "| Status | Priority | Paper | Venue | Year | Link |", lines[18]
    assert lines[19].startswith("|--------|")
    for n, text in enumerate(lines, 1):
        if not text.startswith("| ") or n <= 20:
            continue
        m = ROW.match(text)
        assert m, (n, text)
        papers.append(entry(lines, n, n, m.group("title")))
    assert [p["line"] for p in papers] == list(range(21, 47)), [p["line"] for p in papers]
    assert all(p["arxiv"] for p in papers)
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the single 'Status | Priority | Paper | Venue | Year | Link' table is an entry (26, lines 21-46);"
        " title = the Paper cell as written; the legend bullets, header and separator are not entries; arXiv id"
        " from the row's arxiv.org/abs link (version dropped).",
        "Whole file read (46 lines) against the -v output: the legend bullets (4-6) and table header/separator"
        " (19-20) skipped, first and last rows (21, 46), the colon-nickname titles (PhantomHunter, GenRecal,"
        " CC-LEARN, CAWR, J3DAI, AutoRule), the '!' title, every arXiv id against its link text, and all 26 titles"
        " against the Paper cells.",
    )


if __name__ == "__main__":
    main()
