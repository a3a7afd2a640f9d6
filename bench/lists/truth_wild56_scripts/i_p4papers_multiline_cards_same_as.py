"""Wild56 truth for p4lang/papers README.md: "P4 papers and demos collections", a small collection of programmable
data-plane / P4 / SDN papers (SIGCOMM, NSDI, HotNets, SOSR, MICRO), at commit 57ed6e9 (2017-04-10).  That commit is
the head of the repository's pull request #1 (refs/pull/1/head, unmerged): master has no README.md list, only the
PR branch holds this file.

Shape: 109 lines, 8 KB.  Setext headings (title 1-2, ``Meetings`` 5-6, ``Papers`` 13-14, ``projects`` 105-106).
Meetings (8-11) are ``*`` bullets linking P4 workshop pages (not papers).  Papers (16-103) are multi-line cards: a
``*`` bullet whose text is the bare title (no link, no bold), then indented lines with the authors (often with
affiliations), the venue, and ``N pages [ pdf ](url), [ slide ](url)``; cards are separated by blank lines.  Projects
(108-109) are numbered links to GitHub/project sites (not papers).

Special cases:
- 25: ``same as Tiny Packet Programs for low-latency network control and monitoring, HotNets 2013``: a second paper
  named inside the Millions of Little Minions card: its own entry (25-25), title before ``, HotNets 2013``.
- 31: ``Same as: Programmable Packet Scheduling at Line Rate at SIGCOMM 2016，14 pages，[ pdf ](...)``: a second paper
  inside the Towards Programmable Packet Scheduling card: its own entry (31-31), title before `` at SIGCOMM``
  (full-width commas follow).
- 38: ``ClickNP Highly Flexible and High Performance Network Processing with Reconfigurable Hardware`` (colon missing)
  and 74 ``DC.p4-Programming the Forwarding Plane of a Data Center Switch`` are kept as written; 88 keeps the ``ﬁ``
  ligature of ``Identiﬁers``.
- 62: the pdf link target is the title text, ``[ pdf ](Packet Transactions: High-Level Programming for Line-Rate
  Switches)``.
- 84-86 has no venue line; 43-47 has two venue lines; 96-97 and 102-103 add ``website [...]`` lines.
- Title lines end in two spaces (hard breaks) in some cards and not in others.
- No arXiv ids or DOIs anywhere.

Decisions:
- Entry = every ``*`` bullet under ``Papers`` (16-103), spanning the card up to the blank line (17 cards), plus the two
  "same as" papers at 25 and 31: 19 entries.
- Title = the bullet text (trailing spaces stripped); for the "same as" lines the text after ``same as``/``Same as:``
  up to the venue.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "p4lang__papers__README@57ed6e9.md"
PART = "wild56_development"

SAME = re.compile(r"^\s+[Ss]ame as:? (?P<title>.+?)(?:, HotNets 2013| at SIGCOMM 2016)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[12] == "Papers" and lines[104] == "projects", (lines[12], lines[104])
    papers = []
    for n in range(15, 104):  # lines 15..103 (the Papers section)
        ln = lines[n - 1]
        if ln.startswith("* "):
            last = n
            while last < len(lines) and lines[last].strip():  # lines[last] is line last + 1
                last += 1
            papers.append(entry(lines, n, last, ln[2:].strip()))
        m = SAME.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    papers.sort(key=lambda p: (p["line"], p["end"]))
    assert len(papers) == 19, len(papers)
    by = {(p["line"], p["end"]): p for p in papers}
    assert by[(16, 19)]["title"] == "P4: Programming Protocol-Independent Packet Processors", by[(16, 19)]
    assert by[(21, 25)]["title"] == (
        "Millions of Little Minions: Using Packets for Low Latency Network Programming and Visibility"
    ), by[(21, 25)]
    assert by[(25, 25)]["title"] == "Tiny Packet Programs for low-latency network control and monitoring"
    assert by[(31, 31)]["title"] == "Programmable Packet Scheduling at Line Rate", by[(31, 31)]
    assert by[(27, 31)]["title"] == "Towards Programmable Packet Scheduling", by[(27, 31)]
    assert by[(43, 47)]["title"] == "A Cloud-Scale Acceleration Architecture", by[(43, 47)]
    assert by[(84, 86)]["title"] == "Automatically verifying reachability and well-formedness in P4 Networks"
    assert by[(88, 91)]["title"] == "Policy Routing using Process-Level Identiﬁers", by[(88, 91)]
    assert by[(99, 103)]["title"] == (
        "OpenState: Programming Platform-independent Stateful OpenFlow Applications Inside the Switch"
    ), by[(99, 103)]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '* ' bullet of the Papers section is one entry: a multi-line card (bare title, authors, venue,"
        " 'N pages [ pdf ](url)') spanning up to the blank line; title = the bullet text.  The 'same as ...' /"
        " 'Same as: ...' lines inside two cards (25, 31) name a second paper each and are entries of their own"
        " (title up to ', HotNets 2013' / ' at SIGCOMM 2016').  Meeting bullets and the numbered projects are not"
        " entries.",
        checked="Read the whole 109-line file and compared the -v output for all 19 entries: card spans (including"
        " the two-venue card 43-47, the no-venue card 84-86 and the website lines 96-97, 102-103), the two 'same"
        " as' papers, titles kept as written (38, 74, 88's ligature), and that no arXiv id or DOI is present.",
    )


if __name__ == "__main__":
    main()
