"""Wild33 truth for secretflow/secretflow docs/awesome-pets/papers/tools/zkp.md: zero-knowledge proof papers.

Shape: one bullet per paper over three soft-wrapped lines with no hard line breaks (so the rendered item
runs title, authors and venue together):
``- Title`` / ``  *Authors*`` / ``  Venue Year, [paper](url), Key``.  The paper link is mostly an IACR
eprint URL (no arXiv id), sometimes dl.acm.org/doi or link.springer.com/chapter (DOIs), one doi.org link
(line 546); a few items add a second link ("older version", "homepage", a design document) on the same line.
An entry is a top-level ``- `` item whose next line is an italic author line; its span runs to the venue
line (the last non-blank line before the blank).  Not entries: the table of contents (lines 14-33), the
two "See more at [zkproof proposals]" bullets (lines 491, 605), prose and quote lines.
Special cases: line 47's annotation "(**Invention of zero-knowledge**)" is dropped from the title;
LaTeX in titles ($\\varSigma$, $\\mathsf{Mac’n’Cheese}$, lines 189, 383, 387, 439) is kept as written;
"Proofs, Arguments, and Zero-Knowledge" (Thaler, line 41) is kept as an entry (a survey monograph, not a
textbook in the list's sense); the IETF RFC 8235 item and the ZKProof workshop proposals are kept as
technical documents; the "ZKP Standard Efforts" section appears twice (lines 468-491 and 582-605),
and papers listed in several sections are separate entries each time.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "secretflow__secretflow__docs__awesome-pets__papers__tools__zkp@1b51502.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("- ") or i >= n:
            continue
        if not re.match(r"^\s+\*[^*].*\*\s*$", lines[i]):  # next line (1-based i+1) is the author line
            continue
        j = i
        while j < n and lines[j].strip():  # lines[j] is line j+1
            j += 1
        title = ln[2:].strip()
        title = re.sub(r"\s*\(\*\*Invention of zero-knowledge\*\*\)$", "", title)
        papers.append(entry(lines, i, j, title))
    assert len(papers) == 127, len(papers)
    write_truth(NAME, PART, papers,
                "Each top-level bullet followed by an italic author line is one paper (span: bullet to venue line); "
                "the title is the bullet text, minus line 47's bold annotation.",
                "Every section's first and last entry, all special cases (lines 41, 47, 189, 439, 471-489 and the repeated "
                "standards section 585-603, See-more bullets) and a sample of 25 entries checked by eye.")


if __name__ == "__main__":
    main()
