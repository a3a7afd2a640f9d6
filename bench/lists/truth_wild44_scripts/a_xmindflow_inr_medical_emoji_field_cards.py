"""Wild44 truth for xmindflow/Awesome-Implicit-Neural-Representations-in-Medical-imaging README.md: the paper list
that goes with a lab's survey of implicit neural representations (INRs, neural fields) in medical imaging;
newest commit (b3357f8, 2023-12-06).

Shape: 758 lines.  Line 1 is the survey title with an HTML ``<span>`` venue; badges (4-6); an intro (8), line 10
announces the authors' own review ("Our review paper published on arXiv: [title](arXiv 2307.16142)") and
``#### Citation`` (12) gives its BibTeX in a ``python`` fence (14-22).  ``# Introduction`` (24) prose with three
``*`` bullets of INR advantages (28-30); ``# papers`` (37) with a taxonomy ``<img>``, a nested anchor-link TOC
(43-69), "(Each section is ordered by the publication dates)".  Sections ``## Image Reconstruction`` (74),
``## Image Segmentation`` (409), ``## Image Registration`` (514), ``## Neural Rendering`` (597), ``## Image
Compression`` (695), `` ## Image Synthesis`` (739, written with a leading space), each with ``###``/``####``
subsections (some headings end with ``:``), ``[<sub>Return to List</sub>](#return-to-list)`` links and thin
``<img>`` section bars.  Every record is one item of a single running numbered list (1-86 across all sections):
``N. 📜 **Title**`` (71 has two spaces after the emoji), then indented sub-bullets, each opened by an emoji --
``🗓️``/``📅 Publication Date``, ``📖 Proceedings:``/``Journal:``/``Conference:``/``Preprint:`` venue (144 labels the
authors ``📖 Authors:``), ``🧑‍🔬 Authors:``, ``📄 [PDF](url)``, ``💻``/``🖥️ [GitHub](url)``, ``📌 Highlight:`` (a
one-line summary, empty on 746/753) -- indented by 3 to 7 spaces and sometimes wrapped in ``*...*``.  Titles end
with ``.`` in many records (9, 21, 29-31, 38-41, 47, 48, 63, 64, 70-86).  Repeated records: 5 and 21 (the same
SPIE "Streak artifacts ..." paper, 21 with a final ``.``), 36 and 42 ("Going Off-Grid ...").  The PDF links point to
arXiv abs, CVF, IEEE Xplore, MDPI, PMC (277), Hindawi, a SPIE page whose URL holds ``10.1117/12.2610722.short``
(113, again 215), a Brown neural-fields page (84), an ADS abstract (139, a bibcode, not an arXiv URL), OpenReview, Springer.

Decisions:
- Entry = each numbered ``📜`` item (86), from its number line through its last indented sub-bullet (the first blank
  or whitespace-only line ends it).  Title = the bold text, a final ``.`` dropped.
- Repeated records (5/21, 36/42) are separate entries.
- Not entries: the own review announced on line 10 and its BibTeX (14-22) -- the list's own boilerplate citation;
  intro bullets, the TOC, Return-to-List links, images.
- Ids from the item's own lines: arXiv abs ids; DOIs where a URL holds one literally (Springer, ACM, the SPIE URLs
  113/215 whose ``.short`` page suffix is dropped: 10.1117/12.2610722); none for CVF, IEEE Xplore, MDPI, PMC, Hindawi,
  OpenReview or the ADS bibcode.  Two pairs of different papers share a PDF link (46/47 both arXiv 2307.12299,
  57/58 both 2304.03209, list errors); each entry keeps the id its own lines give.
"""
import re

from _wild44 import entry, read_lines, write_truth

NAME = "xmindflow__Awesome-Implicit-Neural-Representations-in-Medical-imaging__README@b3357f8.md"
PART = "wild44_development"

ITEM = re.compile(r"^(?P<n>\d+)\. 📜\s+\*\*(?P<t>.+?)\*\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    n = 0
    while n < len(lines):
        ln = lines[n]
        n += 1
        m = ITEM.match(ln)
        if not m:
            assert "📜" not in ln, n
            continue
        first = last = n
        while last < len(lines) and lines[last].strip() and lines[last].startswith(" "):
            assert lines[last].lstrip().startswith("- "), (last + 1, lines[last])
            last += 1
        p = entry(lines, first, last, m.group("t"))
        if p["doi"] and p["doi"].endswith(".short"):
            assert first in (109, 211), first
            p["doi"] = p["doi"].removesuffix(".short")
        papers.append(p)
        numbers.append(int(m.group("n")))
        n = last
    assert numbers == list(range(1, 87)), numbers
    t = {p["line"]: p for p in papers}
    assert t[109]["title"] == t[211]["title"] == (
        "Streak artifacts reduction algorithm using an implicit neural representation in sparse-view CT")
    assert t[318]["title"] == t[367]["title"]
    assert t[109]["doi"] == t[211]["doi"] == "10.1117/12.2610722", t[109]["doi"]
    assert (t[80]["line"], t[80]["end"]) == (80, 85)
    assert t[748]["end"] == 753, t[748]
    assert len(papers) == 86, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered '📜 **Title**' item of the running 1-86 list is an entry, from its number line through its"
        " last indented emoji sub-bullet (date, venue, authors, PDF, GitHub, highlight); title = the bold text"
        " without a final '.'; repeated records (5/21, 36/42) kept; the own review (line 10) and its BibTeX fence are"
        " the list's boilerplate, not entries.",
        "Listed all 86 items with their spans; read first/last item of every subsection against -v (80/154, 166/273,"
        " 287/294, 305/324, 335/348, 360/399, 413/427, 437/444, 456, 467/475, 486/494, 504, 518/547, 558/572, 580/587,"
        " 603, 613/621, 630, 640, 649/657, 667, 676, 685, 697/728, 741/748), the two-space emoji on 71 (613), the"
        " 'Authors' under a book emoji 144, spans ending before whitespace-only lines (160, 279-280) and before the"
        " closing <img> (756), empty highlights 746/753, titles ending in '.' (dropped) and '(STINR-MR).', repeats"
        " 5/21 and 36/42; ids: arXiv abs links, the SPIE DOI 10.1117/12.2610722 without '.short' (5 and 21), no arXiv from the"
        " ADS bibcode 139, none from CVF/IEEE/MDPI/PMC/Hindawi/OpenReview;"
        " DOIs from ACM 177, Springer chapter/article 204/456/475, Wiley 427, bioRxiv 630 (v1 and text fragment"
        " dropped); the shared arXiv links 387/392 and 486/494 kept as written.",
    )


if __name__ == "__main__":
    main()
