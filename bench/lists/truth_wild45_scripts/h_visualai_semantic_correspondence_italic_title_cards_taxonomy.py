"""Wild45 truth for Visual-AI/Semantic-Correspondence paper_list.md: the paper list accompanying a lab's survey /
benchmark of semantic correspondence (HKU Visual AI Lab), papers grouped by a taxonomy of headings, each paper a
multi-line bullet card; newest commit 75b404e (2025-12-11; the list last changed in 67388a5, 2025-10-08).  Not a
table (the lab's tables are in the paper): taken for its card shape.

Shape: ``# Semantic Correspondence Methods Paper List`` (1), ``## 🏠 About`` prose and a taxonomy image (3-6),
``## 📚 Contents`` TOC bullets (8-23, links to anchors), ``---`` (25), then the taxonomy: ``## Handcrafted
Descriptors`` (27), ``## Architectural Improvement`` (111) with a stray line ``Early CNN methods`` (112), ``###`` /
``####`` sub-headings (Feature Assembly, Feature Adaptation, Cost Volume-Based, Flow Field-Based, Parameterized
Transformation-Based, Other Improvements), ``## Training Strategy Improvement`` (438) with four ``###`` headings (two
headings read ``### Other Improvements``).  A card is ``- *Title*  `` (italic title, two trailing spaces), an author
line, a bold venue line ``**CVPR 2024**.`` (``**CVPR 2025 Oral**.``, ``**arXiv preprint 2024**.``), then link lines
``[[Paper]](url)`` ``[[Project Page]](url)`` ``[[Code]](url)`` (sometimes on the venue line), cards separated by
blank lines; 102 cards.  Variants: a comma after the italic title (535 ``*Semantic Matching by Weakly Supervised 2D
Point Set Registration*,``); the FCSS card (127, 456, 523) gives two venues, ``**CVPR 2017**. [[Paper]](CVF)`` and
``**TPAMI 2019**. [[Paper]](IEEE)`` (523 with commas instead of periods); the Handcrafted section lists its first
eight papers and then seven of them again (28-70 and 72-109: Flexible Object Models, Sift Flow, ... Proposal Flow:
Semantic Correspondences from Object Proposals); several papers recur in other sections (FCSS three times, ...).
Paper hosts: arXiv abs, CVF open access PDFs, IEEE Xplore documents (one ``?denied=`` query), NeurIPS proceedings,
ECVA, OpenReview; no DOI is written.

Decisions:
- An entry is every card (102); repeated cards (the duplicated Handcrafted run, FCSS x3, ...) are separate entries
  (repeated records).  The FCSS card is one entry: it names one title; the TPAMI 2019 line is the journal version
  of the same work listed as a second venue on the same record (as wild12 lkuper's 'extended TOPLAS version').
- Title = the italic text of the card's first line (the trailing comma on 535 is outside the italics).
- The entry spans the card from its title line to its last non-blank line (author, venue and link lines); ids are
  the first the card gives (the Paper link; Project Page / Code links hold none).
- Not entries: headings, the About prose and image, the Contents TOC bullets (anchor links), ``---``, the stray
  ``Early CNN methods`` line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "Visual-AI__Semantic-Correspondence__paper_list@75b404e.md"
PART = "wild45_development"

CARD = re.compile(r"^- \*(?P<t>[^*]+)\*,? *$")
VENUE = re.compile(r"^ {2}\*\*(?P<v>[^*]+)\*\*[.,]")
LINK = re.compile(r"^ {2}(?:\*\*[^*]+\*\*[.,] *)?(?:\[\[(?:Paper|Project Page|Code)\]\]\([^)]+\) *)+$")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 681 and lines[26] == "## Handcrafted Descriptors", len(lines)
    papers = []
    n = 27
    while n < len(lines):
        ln = lines[n - 1]
        m = CARD.match(ln)
        if not m:
            assert not ln.startswith("- *"), n
            if n > 27:
                assert not ln.strip() or ln.startswith("#") or ln == "Early CNN methods", (n, ln[:80])
            n += 1
            continue
        last = n
        while last < len(lines) and lines[last].strip() and not lines[last].startswith(("- ", "#")):
            last += 1
        body = lines[n:last]
        assert body and not VENUE.match(body[0]) and sum(1 for b in body if VENUE.match(b)) >= 1, n
        for b in body[1:]:
            assert VENUE.match(b) or LINK.match(b), (n, b[:80])
        papers.append(entry(lines, n, last, m.group("t").strip()))
        n = last + 1
    by = {p["line"]: p for p in papers}
    titles = [p["title"] for p in papers]
    assert by[28]["title"] == "A Maximum Entropy Framework for Part-Based Texture and Object Recognition"
    assert by[535]["title"] == "Semantic Matching by Weakly Supervised 2D Point Set Registration"
    assert titles.count("FCSS: Fully Convolutional Self-Similarity for Dense Semantic Correspondence") == 3
    assert by[127]["end"] == 132 and by[127]["arxiv"] is None
    assert titles.count("Sift Flow: Dense Correspondence Across Scenes and Its Applications") == 2
    assert not any(p["doi"] for p in papers)
    assert len(papers) == 102, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- *Title*' card under the taxonomy headings is an entry (102), spanning its title, author, bold venue"
        " and link lines, title = the italic text, ids from the card (first the Paper link); repeated cards are"
        " separate entries; the FCSS card with CVPR 2017 and TPAMI 2019 venues is one entry (one title, journal"
        " version on the same record); headings, About prose, the Contents TOC and the stray 'Early CNN methods'"
        " line are not entries.",
        "Whole 681-line file walked card by card (every card's body lines are a venue line or link lines, every"
        " other line a heading, blank, or the stray line); -v output compared with the first and last card of every"
        " section, the duplicated Handcrafted run 28-109, the three FCSS cards 127/456/523 (two venues, commas on"
        " 523), the comma-titled card 535, cards with links on the venue line (62, 68, 74, 95, 129, 186, 396),"
        " 'Oral' and 'arXiv preprint' venues, the last card (678-681), and ~20 other cards; arXiv ids match the"
        " Paper links; no DOI written.",
    )


if __name__ == "__main__":
    main()
