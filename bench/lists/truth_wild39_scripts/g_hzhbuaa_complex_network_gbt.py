"""Wild39 truth for hzhbuaa/Complex-Network-Papers README.md: a personal reading list of complex-network
papers (network modeling, contagion and opinion dynamics, collective intelligence), mostly physics journals
(PRL, PRE, PRX, Nature Communications, PNAS, Physics Reports).

Shape: ``#`` headings for every level (``# 1 Network Modeling and Analysis``, ``# 1.1 Pairwise Network``; some
sections empty: 1.1), then one paragraph per reference, each on a single line and separated by blank lines:
``**[n]** Authors. "**Title[J]**". Journal, year, vol(issue): pages. [[html]](url)`` -- a Chinese GB/T 7714
style reference with the document-type code ``[J]`` written inside the bold, quoted title.  The numbering
restarts at [1] in every subsection.  The link label is ``[[html]]`` or ``[[pdf]]``.  One title contains an
en dash (``Reaction–diffusion``); one entry gives only a year for its venue (line 147, a PsyArXiv preprint);
one is an arXiv preprint (line 109, ``arXiv preprint arXiv:2304.12559`` plus an arXiv link).  Section ``# 5
Dataset and Package`` (lines 165-175) lists six datasets and packages with the same ``**[n]**`` numbering but
no author, no quoted title and no paper.

Decisions:
- Every ``**[n]**`` paragraph under sections 1-4 is an entry (all are journal articles or preprints);
  span = its line.  Title = the text of the ``"**...**"`` span with the GB/T type code ``[J]`` dropped (it is
  a document-type marker, not part of the title).
- The six ``**[n]**`` lines of section 5 are not entries (datasets, a Python package, a data repository).
- Ids come from the entry's own line: DOIs that the publisher URLs carry literally (APS, PNAS, Science,
  IOP, Springer, Frontiers, SAGE, doi.org), none for Nature, ScienceDirect pii, AIP, Cell or OSF URLs;
  the arXiv id for line 109.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "hzhbuaa__Complex-Network-Papers__README@33b043e.md"
PART = "wild39_development"

REF = re.compile(r'^\*\*\[(\d+)\]\*\* (.+?) "\*\*(.+?)\*\*"\. (.*)$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    for n, ln in enumerate(lines, 1):
        if ln.startswith("# "):
            section = ln
            continue
        if not ln.startswith("**["):
            assert not ln.strip() or n == 1, n
            continue
        if section.startswith("# 5 "):
            assert '"**' not in ln, n  # datasets and packages, no quoted title
            continue
        m = REF.match(ln)
        assert m, n
        title = m.group(3)
        assert title.endswith("[J]"), n
        papers.append(entry(lines, n, n, title.removesuffix("[J]")))
    assert len(papers) == 63, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '**[n]** Authors. \"**Title[J]**\". Journal...' paragraph under sections 1-4 is an entry on its line;"
        " title = the bold quoted span without the GB/T type code '[J]'; the six numbered dataset/package lines of"
        " section 5 are not entries.",
        "Whole file read (176 lines): every section's first and last reference (8-10, 14, 20-24, 28, 32-48, 52-62,"
        " 66-96, 103-113, 117-133, 137-141, 147-149, 153-161) against the -v output, the en-dash title (32), the"
        " arXiv preprint (109), the year-only PsyArXiv entry (147), the Cell pdf URL with parentheses (117), the"
        " empty section 1.1, and the section-5 dataset lines (165-175) left out; DOIs checked for APS, PNAS,"
        " Science, Frontiers (/full dropped), IOP, Springer, SAGE and none for Nature/ScienceDirect/AIP.",
    )


if __name__ == "__main__":
    main()
