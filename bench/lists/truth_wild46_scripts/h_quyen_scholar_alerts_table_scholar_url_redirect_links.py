"""Wild46 truth for quyenquyenquyenquyen/scholar_alters README.md: a student's tool that parses Google Scholar
alert e-mails and appends the alerted papers to its README as a table (software engineering / LLM for code).
Taken at 21e4d5d (2025-04-22, "Daily Code Execution GitHub Action"), the last commit whose README holds the
table: the next commit (c29ed20, 2025-05-13) rewrote the README without it, and the newest (af905e6) still lacks
it.  Earlier commits held longer tables (up to 309 rows in 2024); each daily run replaced the rows.

Shape: 63 lines of setup prose with fenced JSON/shell examples (1-62), ``## Papers`` (64), header ``| Topic |
Branch | Papers | Related to |`` (66) and delimiter (67), then 28 rows (68-95) ``| LLM, Code | Generation |
[Title](https://scholar.google.com/scholar_url?url=<publisher URL>&hl=en&sa=X&d=...&scisig=...&oi=scholaralrt
&hist=...&html=&pos=N&folt=rel) | Richard Fang |``: Topic and Branch are tags the tool guessed (often empty),
Related to names the scholar whose alert brought the paper.  The link is Google Scholar's redirect; the
publisher URL sits unencoded in its ``url=`` parameter (arXiv PDFs, Springer and ACM DL URLs with DOIs, IEEE
Xplore, ScienceDirect pii, SciTePress, IGI Global chapter, an EBSCOhost URL percent-encoded, authors' PDFs).
Titles as Scholar gives them: final period (72), Scholar's broken quote ``Transforming" Lazy" Large`` (85),
``Let's< think> about`` (82), ``%3F`` after an arXiv id (79).

Decisions:
- An entry is every data row (28): each row is one alerted scholarly work (journal and conference papers,
  arXiv preprints, an IGI Global book chapter at 70); title = the link text, final period dropped (72), Scholar's
  quirks kept as written.  82: ``< think>`` is literal text (``<`` followed by a space opens no HTML tag, so
  Markdown renders it), so the title keeps it; the helper's tag stripping would delete it, so the title is set
  from the link text by hand.
- Ids from the row: the publisher URL inside the redirect gives the arXiv id (arxiv.org/pdf/ID, 79 with its
  ``%3F`` dropped) or the DOI (Springer ``/article/10.1007/...``, ACM ``/doi/pdf|abs/10.1145/...``; the DOI ends at
  the ``&`` of the next parameter); none for IEEE, ScienceDirect, SciTePress, IGI, EBSCO, personal PDFs.
- Not entries: the setup prose and code blocks, headings, header and delimiter rows.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "quyenquyenquyenquyen__scholar_alters__README@21e4d5d.md"
PART = "wild46_development"

ROW = re.compile(
    r"^\| (?P<topic>[^|]*?) ?\| (?P<branch>[^|]*?) ?\| \[(?P<t>[^\]]+)\]\((?P<url>https://scholar\.google\.com/"
    r"scholar_url\?url=[^)\s]+)\) \| (?P<rel>[A-Z][A-Za-z -]+) \|$"
)


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 96 and lines[95] == "", len(lines)
    assert lines[63] == "## Papers" and lines[65] == "| Topic | Branch | Papers | Related to |"
    assert lines[66] == "| --- | --- | --- | --- |"
    assert not any(ln.startswith("|") for ln in lines[:65])
    papers = []
    for n in range(68, 96):
        m = ROW.match(lines[n - 1])
        assert m, (n, lines[n - 1][:150])
        p = entry(lines, n, n, m.group("t"))
        if n == 82:
            assert p["title"] == "DeepSeek-R1 Thoughtology: Let's about LLM Reasoning", p["title"]
            p["title"] = "DeepSeek-R1 Thoughtology: Let's< think> about LLM Reasoning"
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert by[72]["title"] == "Smart Contract Vulnerability Detection Using Large Language Models and Graph Structural Analysis"
    assert by[85]["title"] == 'LLMigrate: Transforming" Lazy" Large Language Models into Efficient Source Code Migrators'
    assert by[79]["arxiv"] == "2503.19595"
    assert {n: p["doi"] for n, p in by.items() if p["doi"]} == {
        68: "10.1007/s10515-025-00512-w", 80: "10.1145/3723876", 84: "10.1007/s10664-025-10642-0",
        86: "10.1145/3689031.3696089", 89: "10.1145/3730580", 91: "10.1145/3719006"}
    assert sum(1 for p in papers if p["arxiv"]) == 13
    assert not any(p["arxiv"] and p["doi"] for p in papers)
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each data row of the Google Scholar alert table is an entry (28), title = the Papers link text (final"
        " period dropped, Scholar's quirks kept, the literal '< think>' of 82 kept), ids from the publisher URL"
        " inside the scholar_url redirect (arXiv PDF ids, Springer/ACM DOIs ending at the next '&'); setup prose,"
        " code blocks, headings, header and delimiter rows are not entries.",
        "Whole 95-line file read; every row matched by the row pattern (topic, branch, scholar_url link, related"
        " scholar); -v output compared with all 28 rows: DOIs of 68, 80, 84, 86, 89, 91 checked against their"
        " URLs, arXiv ids of the 13 arxiv.org/pdf rows (79 with %3F), no id for 69-70, 72-74, 87, 93-95"
        " (SciTePress, IGI chapter, EBSCO percent-encoded URL, IEEE, ScienceDirect, personal PDFs); titles of 72"
        " (final period), 82 ('< think>'), 85 (broken quotes).",
    )


if __name__ == "__main__":
    main()
