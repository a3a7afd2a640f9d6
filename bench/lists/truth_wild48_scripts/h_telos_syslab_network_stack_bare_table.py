"""Wild48 truth for TELOS-syslab/Network-Stack-Paper-List paper_list.md: the reading list of a systems lab's "SSR Net"
project (kernel-bypass networking, user-level TCP stacks, dataplane OSes, microsecond scheduling), newest commit
(9ead41a, 2025-06-16).  The repository's README.md only explains the columns; paper_list.md is the list.

Shape: 32 lines, 2.5 KB, one bare pipe table and nothing else: no heading, no prose, no links, no ids.
``| Name      | Source      | Familarity      |`` (1), an alignment row ``|----------|----------|----------|`` (2), then 30
data rows (3-32) ``| <title>  | <VENUE YY>  | <0-2>  |``; Familarity is how well the students know the paper (0 not
read, 1 read once, 2 read more than once).  The file has no final newline (line 32 ends the file).

Special cases:
- 20 ``ANALYZING AND OPTIMIZING THE LINUX NETWORKING STACK``: all upper case, and its Source cell is empty (``|   |``).
- 29 ``Ensō : a streaming interface for NIC-application communication``: the nickname is followed by a space before the
  colon; kept as written.
- 25 ``Shinjuku: preemptive scheduling for µsecond-scale tail latency`` (micro sign kept); 26 ``ghOSt: fast & flexible
  ...`` (a bare ampersand); 13 ``Kernel vs. User-level networking: ...`` (a dot inside the title).
- Venue cells are free text (``Proc. ACM Meas. Anal. Comput. Syst. 23`` 13, ``Eurosys 19`` 11).

Decisions:
- Entry = every data row (3-32), one line each; title = the Name cell as written (nickname prefixes such as
  ``IX:``, ``TAS:``, ``zIO:`` kept).
- Not entries: the header and alignment rows.
- No arXiv id or DOI anywhere in the file, so every entry has none.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "TELOS-syslab__Network-Stack-Paper-List__paper_list@9ead41a.md"
PART = "wild48_development"

HEAD = re.compile(r"^\| Name +\| Source +\| Familarity +\|$")
ALIGN = re.compile(r"^\|(?:-+\|)+$")
ROW = re.compile(r"^\| (?P<title>[^|]+?) +\| (?P<venue>[^|]*?) *\| (?P<fam>[012]) *\|$")


def main() -> None:
    lines = read_lines(NAME)
    assert HEAD.match(lines[0]), lines[0]
    assert ALIGN.match(lines[1]), lines[1]
    assert len(lines) == 32, len(lines)
    papers = []
    for n, ln in enumerate(lines[2:], 3):
        m = ROW.match(ln)
        assert m, (n, ln)
        title = m.group("title")
        assert not re.search(r"[\[\]<>*`]", title), (n, title)
        papers.append(entry(lines, n, n, title))
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == "Exokernel: An Operating System Architecture for Application-Level Resource Management"
    assert t[20]["title"] == "ANALYZING AND OPTIMIZING THE LINUX NETWORKING STACK", t[20]
    assert t[25]["title"] == "Shinjuku: preemptive scheduling for µsecond-scale tail latency", t[25]
    assert t[29]["title"] == "Ensō : a streaming interface for NIC-application communication", t[29]
    assert t[32]["title"] == "The demikernel datapath OS architecture for microsecond-scale datacenter systems", t[32]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the one pipe table (3-32) is an entry (30), title = the Name cell as written (nickname"
        " prefixes kept, the upper-case title 20 and 'Ensō :' 29 as they are); header and alignment rows are not"
        " entries; the file holds no link, arXiv id or DOI.",
        "Read all 32 lines; compared -v against every row 3-32: titles end before the Source cell, the empty Source"
        " cell 20, the micro sign 25, the ampersand 26, the space before the colon 29, the last row 32 without final"
        " newline; no ids anywhere.",
    )


if __name__ == "__main__":
    main()
