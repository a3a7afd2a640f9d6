"""Wild17 truth for olozhika/ArXivDaily_StarFormation, Arxiv_Daily_Notice/2026-07-07-Arxiv-Daily-Paper.md.

Shape: an automatically generated astrophysics arXiv digest (star formation / molecular clouds).
After a header (listing date, usage note, keyword and exclusion lists) and '### Today: 32papers',
each paper is a '#### Title' heading followed by field bullets ' - **Authors:** ...',
' - **Subjects:** Subjects:' plus a wrapped subject line, ' - **Arxiv link:** <abs url>',
' - **Pdf link:** <pdf url>', ' - **Abstract**' and one abstract line.  A signature line
('by olozhika (Xing Yuchen).') and the date close the file.

Entry: every '#### ' heading; its lines run from the heading to the last non-blank line before the
next '#### ' heading (for the last paper, before the signature).  Title = the heading text, kept as
written (one holds LaTeX, '$μ$-distortion').  The arXiv id comes from the abs link.

Counts: 32 '#### ' headings = the '32papers' the digest announces = 32 'Arxiv link' bullets; every
entry spans exactly 10 lines.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "olozhika__ArXivDaily_StarFormation__Arxiv_Daily_Notice__2026-07-07-Arxiv-Daily-Paper@53004c6.md"
PART = "wild17_development"


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("#### ")]
    sig = next(i for i, t in enumerate(lines, 1) if t.startswith("by olozhika"))
    papers = []
    for k, first in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else sig
        last = stop - 1
        while not lines[last - 1].strip():
            last -= 1
        papers.append(entry(lines, first, last, lines[first - 1][5:]))
    assert len(papers) == 32, len(papers)
    assert sum(1 for t in lines if "**Arxiv link:**" in t) == 32
    assert all(p["arxiv"] for p in papers)
    assert all(p["end"] - p["line"] == 9 for p in papers)
    write_truth(NAME, PART, papers,
                "every '#### Title' heading of the digest is an entry (heading to its abstract line);"
                " title = the heading text; arXiv id from the 'Arxiv link' bullet",
                "32 headings = the announced '32papers' = 32 'Arxiv link' bullets; every entry is 10 lines;"
                " all 32 titles read against the headings; the header, keyword lists and signature are not entries")


if __name__ == "__main__":
    main()
