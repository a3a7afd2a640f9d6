"""Wild35 truth for Romero027/sysnet-reading-list README.md: a PhD student's systems/networking reading list
(middleboxes and NFV, network abstractions, eBPF/XDP, transport, microservices and service mesh, network stack
and RPC, workload interference, network architecture, containers).

Shape: "- [**Title**](url), _Venue 'YY_" list items under "###" sections, many followed by an indented note item
("  - Autoscaling of stateful network functions") that belongs to the paper above and is inside its span. Line 205
has a stray leading space (" - [**DeepDive: ...") and is still an entry; lines 91 and 109 have an empty link
target "()". The index at lines 5-13 (bold anchor links) and the section heading at 74 that links the awesome-ebpf
repository are not entries. Title = the bold link text.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "Romero027__sysnet-reading-list__README@325001a.md"
PART = "wild35_development"

ITEM = re.compile(r"^ ?- \[\*\*(.+?)\*\*\]\(")
NOTE = re.compile(r"^ {2,}- ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        m = ITEM.match(lines[n - 1])
        if not m:
            n += 1
            continue
        end = n
        while end < len(lines) and NOTE.match(lines[end]):
            end += 1
        papers.append(entry(lines, n, end, m.group(1)))
        n = end + 1
    assert len(papers) == 187, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [**Title**](url), _Venue_' item is an entry spanning its indented note items; title is the bold"
        " link text.",
        "First and last entry of each of the 9 sections, the stray-indent item at 205, the two empty-link items,"
        " every multi-line span and a random sample of 25 entries checked by eye; index and section heading links"
        " confirmed as non-entries.",
    )


if __name__ == "__main__":
    main()
