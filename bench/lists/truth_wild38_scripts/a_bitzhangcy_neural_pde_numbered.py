"""Wild38 truth for bitzhangcy/Neural-PDE-Solver README.md: a researcher's large literature list on
neural PDE solvers (PINNs, DeepONet, neural operators, ...) and their mechanisms and applications,
newest commit (2026).

Shape: a bilingual (English/Chinese) "Looking for Collaborators" note, an HTML ``<table>`` of contents
(section links in ``<td>`` cells), then ``##``/``###`` sections whose headings are links
(``### [PINN](#content)``).  Each paper is a numbered item (every number written ``1.``, Markdown
auto-numbering) ``1. **Title.** Venue, Year. [paper](url)``, a blank line, and an indented italic
author paragraph ``   *A, B, and C.*``.  Each item is an entry spanning the numbered line through its
author paragraph; the title is the bold text with the separator after it (a final ``.``, once ``,``)
dropped (``?`` kept).  Decisions:
- The collaborators note (3-27) and the contents table (29-151) are not entries.
- Line 1803-1804 is a record inside an HTML comment (``<!-- 1. **Learning Data-Efficient ...`` ``-->``):
  not rendered, not an entry.
- Stray author lines without a record: 597 (its own paragraph after the 593 record: not an entry; the
  593 record ends at 595) and 6134 (a second author line in the same paragraph as 6133: inside the 6131
  record's span, which ends at 6134).
- 6011-6012: the bold title is hard-wrapped over two lines (joined with a space).
- Link labels other than ``[paper]`` (``[book]`` on a Journal of Scientific Computing article in the
  survey section, ``[Ph.D.]`` on a thesis, ``[paper](...)/[Github](...)``) do not change the decision:
  all items are scholarly works, all entries.  Two records are numbered ``2.`` (1082, 1086): same shape.
- Ids: arXiv ids from arxiv.org links (version suffixes dropped); DOIs only where a URL writes one
  (doi.org, publisher ``/doi/`` paths, link.springer.com, Wiley, ACS, AIP ...); ScienceDirect ``pii``
  URLs, OpenReview and proceedings pages give none.  Three links write ``arxiv.org/abs/:ID`` with a
  stray colon (2260, 3989, 3993): the id is still written there and is set by hand (3993's link
  repeats 3989's id; kept, as the entry's own lines give it).  Items whose
  venue says ``arXiv`` but whose link is not an arXiv URL (e.g. 1090 OpenReview, 1607 a faculty PDF)
  have no arXiv id.
1520 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "bitzhangcy__Neural-PDE-Solver__README@90e1fc0.md"
PART = "wild38_development"

WRAPPED = 6011  # bold title continues on the next line
COLON_ARXIV = {2260: "2306.14511", 3989: "2301.07609", 3993: "2301.07609"}  # 'arxiv.org/abs/:ID'


def is_author(ln: str) -> bool:
    return re.fullmatch(r"\s*\*[^*].*\*\s*", ln) is not None


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, ln in enumerate(lines, 1) if re.match(r"^\d+\. \*\*", ln)]
    papers = []
    for s in starts:
        head = lines[s - 1] + (" " + lines[s].strip() if s == WRAPPED else "")
        m = re.match(r"^\d+\. \*\*(.+?)\*\*", head)
        title = re.sub(r"[.,]$", "", m.group(1).strip())
        j = s + (2 if s == WRAPPED else 1)
        while not lines[j - 1].strip():
            j += 1
        assert is_author(lines[j - 1]), (s, j, lines[j - 1][:80])
        while j < len(lines) and is_author(lines[j]):
            j += 1  # author paragraph continues (6134)
        p = entry(lines, s, j, title)
        if s in COLON_ARXIV:
            assert p["arxiv"] is None and f"arxiv.org/abs/:{COLON_ARXIV[s]}" in lines[s - 1]
            p["arxiv"] = COLON_ARXIV[s]
        papers.append(p)
    assert len(papers) == 1520, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered item '1. **Title.** Venue, Year. [paper](url)' with its indented italic author paragraph is an entry (title = bold text, final '.'/',' dropped, wrapped title 6011-6012 joined); the collaborators note, the HTML contents table, the commented-out record 1803 and the stray author line 597 are not entries.",
                "Checked the structure over all 1520 items by script (every numbered line followed, after one blank line, by an italic author paragraph; spans 2 lines after the title line except 6011-6014 and 6131-6134; titles all found in their lines; bold endings 1506 '.', 10 '?', one ',' and four without separator) and by eye: the head (1-160: collaborators note, contents table, first survey items), the first and last item of every section around the 65 headings, the special cases 593-597 (stray author line), 1799-1806 (commented-out record), 1082/1086 ('2.' numbering), 2991 (',' ending), 6011-6014 (wrapped title), 6126-6136 (doubled author line), the [book]/[Ph.D.]/[Github] link labels, 20 random items (seed 38) title by title against the -v output, all 95 DOIs against their URLs (SIAM, APS, Springer, ACM incl. 10.5555, Wiley, T&F, AIAA, PNAS, Science, IOP, ACS, JOSS, Royal Society), and the arXiv-less items that mention arXiv (1090, 1607, 3969, 4694) and the three 'abs/:ID' links; every non-blank, non-heading line after 152 not inside an entry listed (only 597, 1803, 1804).")


if __name__ == "__main__":
    main()
