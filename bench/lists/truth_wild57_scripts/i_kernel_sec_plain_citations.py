"""Wild57 truth for quentin-audinet/Master-Thesis literatures/README.md: the literature notes of a master thesis on
Linux kernel security (eBPF, kernel patching, kernel exploitation), newest commit (30fb018, 2023-12-09).

Shape: 29 lines (no newline after the last), 2 KB.  Three ``##`` headings (eBPF 1, "Kernel pathcing" 17, Kernel exploitation 25), each
followed by plain paragraphs, one work a line, no list markers:
``Title. X Surname, et al. VENUE YY [paper](url)``, e.g. ``PET: Prevent Discovered Errors from Being Triggered in
the Linux Kernel. Z Wang, et al. USENIX Security 2023 [paper](...)``.  Blank lines separate the paragraphs.

Special cases:
- Three lines are conference talks with a ``[slides]`` link instead of ``[paper]`` (11 DEFCON 27, 13 Blackhat USA,
  15 DEFCON 29); they are listed exactly like the papers and are kept as entries.
- Titles ending in punctuation keep it before the separating period: ``With Friends like eBPF, who needs enemies ?``
  (13, space before the question mark kept) and ``eBPF, I thought we were friends!`` (15).
- 11: a single author without "et al." (``J Dileo. DEFCON 27, 2019.``).
- 27: ``Playing for K(H)eaps: ...``: parentheses inside the title.
- Ids: arXiv from the arxiv.org/pdf link (9 -> 2302.10366); DOI from the dl.acm.org/doi/pdf link
  (29 -> 10.1145/3548606.3560585).

Decisions:
- Entry = every non-blank line that is not a heading (12 entries: 3, 5, 7, 9, 11, 13, 15, 19, 21, 23, 27, 29).
- Title = the text before the first ``. `` that is followed by the authors (an initial and a surname).
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "quentin-audinet__Master-Thesis__literatures__README@30fb018.md"
PART = "wild57_development"

TITLE = re.compile(r"^(.+?)\. [A-Z] [A-Z][\w-]+(?:,| ?\.)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.strip() or ln.startswith("#"):
            continue
        m = TITLE.match(ln)
        assert m, ln
        papers.append(entry(lines, n, n, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 12, len(papers)
    assert sorted(by) == [3, 5, 7, 9, 11, 13, 15, 19, 21, 23, 27, 29], sorted(by)
    assert by[3]["title"] == "PET: Prevent Discovered Errors from Being Triggered in the Linux Kernel", by[3]
    assert by[9]["arxiv"] == "2302.10366", by[9]
    assert by[11]["title"] == "Evil eBPF: Practical Abuses of an In-Kernel Bytecode Runtime", by[11]
    assert by[13]["title"] == "With Friends like eBPF, who needs enemies ?", by[13]
    assert by[15]["title"] == "eBPF, I thought we were friends!", by[15]
    assert by[27]["title"].startswith("Playing for K(H)eaps: Understanding"), by[27]
    assert by[29]["doi"] == "10.1145/3548606.3560585", by[29]
    write_truth(
        NAME,
        PART,
        papers,
        method="Plain paragraphs under ## headings, one work a line ('Title. X Surname, et al. VENUE YY [paper](url)'):"
        " every non-blank, non-heading line is one entry (12), including three conference talks with [slides]"
        " links.  Title = the text before the '. ' that introduces the authors; punctuation ending the title"
        " ('?', '!') is kept.",
        checked="Compared all 12 entries of the -v output with the file: titles (13 and 15 with ? and !, 27 with"
        " parentheses, 11 with one author), the arXiv id on 9 and the ACM DOI on 29.",
    )


if __name__ == "__main__":
    main()
