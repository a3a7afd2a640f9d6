"""Wild43 truth for AlloyTools/alloytools.github.io citations/case-studies.md: the Alloy project site's page
"case study applications" ("Selected papers that describe applications of Alloy"), a software-engineering /
formal-methods bibliography grouped by application area (teaching, security, access control, feature models,
software architecture, refactoring, program verification, databases, model-driven development, network
protocols, testing, configuration, requirements).

Shape: Jekyll front matter (1-4), one sentence (5), then 19 ``## Area`` headings, each followed by a pipe table
that has NO header row: its first line is the separator ``| ---- | ---- | ---- |`` and every further line is a
row ``| Title | Venue | Authors - Year [_- Publisher_] |``.  Two generations of rows are mixed: Google-Scholar
exports with a plain-text title (often ending in ``.``), a full venue and ``A & B & C et al. - 2014 _- Springer_``
authors; and newer rows whose title cell is a link ``[Title](url)`` (CiteSeerX, ACM DL, IEEE Xplore,
ResearchGate, Springer, HAL, arXiv PDF, lab pages) with a truncated venue ``... Systems and ..., 2010 - Springer``.
Cells are empty in places (``| |``); outer pipes are sometimes missing at the end; some rows are repeated in two
areas or twice in one area (Scholar and link versions of the same paper, 87/96, 88/97, 263/274, 271/276, ...).
Special rows: 126-127 is one row broken over two lines (the authors cell on 127); 47 has the period after the
link (``[The Same-Origin Policy](url).``); 241's link target is not a URL (``(SEW)``); 345 has no link; 226 is
``[Equals Checker ](ftp://.../EQ-UserManual.pdf)``, a tool's user manual.  Mojibake (``â€™``) in two cells
(187, 200) is left as is.  arXiv ids are written as plain text in the venue cell (``arXiv preprint
arXiv:1407.5074`` 34, 53, 198, 289, 314) or as arXiv PDF links (274, 332).

Decisions:
- Entries: every table row (275), the two-line row 126-127 as one entry; not entries: the separator lines,
  headings, front matter and the sentence, and row 226 (a tool's user manual, whose title is the tool's name:
  tools are not entries).  Kept: a chapter of the book "500 Lines or Less" (47, a written chapter with its
  authors), a student report (16), theses and tech reports, a LAP Lambert publication of a thesis-like text
  (357), an award note that names the paper (307), and an off-topic statistics paper found by Scholar (266);
  repeated rows are separate entries.
- Title: the first cell; its link text when it is a link, else the plain text; a final separator ``.`` is
  dropped, inner punctuation and the list's capitalisation kept.
- Ids: the arXiv id written in the row (plain ``arXiv:`` text or arxiv.org link); DOIs only where a row's URL
  holds one (ACM ``dl.acm.org/doi/10.…``, Springer chapter URLs); CiteSeerX ``doi=10.1.1.*`` query values are
  the helper's business and are checked below to be absent from the truth.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "AlloyTools__alloytools.github.io__citations__case-studies@6573921.md"
PART = "wild43_development"

SEP = re.compile(r"^\|\s*-+\s*\|\s*-+\s*\|\s*-+\s*\|\s*$")
LINKED = re.compile(r"^\s*\[(?P<t>[^\]]+)\]\((?P<u>[^)\s]*)\)\s*\.?\s*$")
NOT_PAPERS = {226}  # Equals Checker: a tool's user manual
CONTINUED = {126: 127}  # row broken over two lines


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    skip = set(CONTINUED.values())
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            in_table = False
            assert n <= 5 or not ln.strip() or ln.startswith("## "), (n, ln)
            continue
        if SEP.match(ln):
            assert lines[n - 2] == "", (n, "table must start after a blank line")
            in_table = True
            continue
        assert in_table, (n, ln)
        if n in skip or n in NOT_PAPERS:
            continue
        cells = ln.split("|")
        first = cells[1]
        m = LINKED.match(first)
        if m:
            title = m.group("t")
        else:
            assert "[" not in first and "](" not in first, (n, first)
            title = first
        title = re.sub(r"\s*\.\s*$", "", title.strip())
        last = CONTINUED.get(n, n)
        papers.append(entry(lines, n, last, title))
    assert len(papers) == 275, len(papers)
    for p in papers:
        assert not (p["doi"] or "").startswith("10.1.1."), p
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the 19 header-less pipe tables ('| Title | Venue | Authors - Year |', first line a"
        " '| --- |' separator) is an entry (275; row 126-127 broken over two lines is one); title = the first"
        " cell's link text or plain text, a final '.' dropped; the tool user-manual row 226 (Equals Checker) is not"
        " an entry; repeated rows are separate entries.",
        "Whole file read (359 lines): first and last row of each of the 19 tables compared with the -v output"
        " (10/17, 22/29, 34/35, 40/41, 46/72, 77/107, 112/118, 123/128, 133/136, 141/143, 148/168, 173/182,"
        " 187/232, 237/241, 247/276, 281/298, 303/332, 337/350, 355/359); the two-line row 126-127; the link"
        " followed by '.' (47); the non-URL link target (SEW) 241; the link-less row 345; plain titles ending in"
        " '.' (23-28, 46, 48-49, 52, 54-55, 58-62, 77-86, 148, 152, 177, 247, 306); the excluded manual 226; plain"
        " 'arXiv preprint arXiv:NNNN.NNNNN' ids (34, 53, 198, 289, 314) and arXiv PDF links (274, 332); DOIs"
        " from dl.acm.org/doi and Springer chapter URLs (94, 96, 128, 154, 157, 160, 161) and none from"
        " CiteSeerX doi= queries (asserted); ~25 random rows checked for title cell boundaries; count asserted.",
    )


if __name__ == "__main__":
    main()
