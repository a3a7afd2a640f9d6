"""Wild53 truth for Filochet/secbench PUBLICATIONS.md: the "research work using secbench" page of CEA's secbench
side-channel / fault-injection benchmarking framework, a project bibliography of the lab's own hardware-security
papers, newest commit (c151493, 2025-04-22).

Shape: 21 lines (the last empty), 3.6 KB.  ``# List of research work using secbench`` (1), two lines of prose (3-4,
pointing at ``PUBLICATIONS.bib``, a link to a file, not a paper), then 15 ``- `` bullets (6-20), one reference each,
in IEEE style as exported by a reference manager: ``Initials. Surname, ..., and Initials. Surname, “Title,” in
Venue, Publisher, Year, pp. x–y.`` sorted alphabetically by title.  The title sits in curly double quotes with the
IEEE comma *inside* the closing quote (``“... Disassembling,”``).  No links at all; three bullets end with a plain
``doi: 10.xxxx/...`` (8, 15, 20: two SciTePress ``10.5220/...``, one IEEE ``10.1109/DSD57027.2022.00069``).

Special cases:
- 13 ``C. Baisse et al.`` (et al. author form), 13 and 17 are Cryptology ePrint Archive preprints: still entries.
- 9 title with an inner colon (``...: A side-channel analysis on HQC KEM``), 12 a very long ACNS workshops venue.
- No arXiv ids; DOIs only from the three written ``doi:`` tails.

Decisions:
- Entry = each of the 15 bullets (one line each); title = the text between “ and ”, the IEEE comma just inside the
  closing quote dropped.
- Not entries: the heading, the prose and its PUBLICATIONS.bib link.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "Filochet__secbench__PUBLICATIONS@c151493.md"
PART = "wild53_development"

ITEM = re.compile(r"^- (?P<authors>[^“]+), “(?P<title>[^”]+?),” (?P<rest>.+)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# List of research work using secbench"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    assert len(papers) == 15, len(papers)
    assert [p["line"] for p in papers] == list(range(6, 21))
    t = {p["line"]: p for p in papers}
    assert t[6]["title"] == "A Bit-Level Approach to Side Channel Based Disassembling", t[6]
    assert t[8]["doi"] == "10.5220/0012813200003767", t[8]
    assert t[9]["title"].endswith("A side-channel analysis on HQC KEM"), t[9]
    assert t[13]["title"] == "Secret and Shared Keys Recovery on Hamming Quasi-Cyclic with SASCA", t[13]
    assert (t[20]["title"], t[20]["doi"]) == (
        "Towards Fine-grained Side-Channel Instruction Disassembly on a System-on-Chip", "10.1109/dsd57027.2022.00069")
    assert sum(1 for p in papers if p["doi"]) == 3
    assert not any(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- ' bullet (6-20) is one IEEE-style reference and one entry (15); title = the text inside the curly"
        " quotes “...,” with the IEEE comma inside the closing quote dropped; authors, venue, pages and the 'doi:'"
        " tail are not title; the heading and the prose with its PUBLICATIONS.bib link are not entries.",
        "Read all 21 lines; compared -v with all 15 bullets: titles complete (inner colons 9-11/14/15/18/19 kept),"
        " trailing comma gone, et-al author line 13 and ePrint preprints 13/17 kept, DOIs exactly on 8, 15, 20"
        " (10.5220/0012813200003767, 10.5220/0012787200003767, 10.1109/DSD57027.2022.00069, lower-cased by doi_of), no arXiv ids.",
    )


if __name__ == "__main__":
    main()
