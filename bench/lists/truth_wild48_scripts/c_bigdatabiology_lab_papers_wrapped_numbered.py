"""Wild48 truth for BigDataBiology/big-data-biology_org papers.md: the Jekyll "Publications" page of Luis Pedro
Coelho's Big Data Biology Lab (metagenomics, microbiome, antimicrobial peptides).  The newest commit (91ed734,
2021-11-10, "Move files around to fit elm-pages format") deleted papers.md (the site moved to elm-pages with one
file per paper under papers/), so the file is taken at the last commit that wrote it (90333db, 2021-11-06,
"ENH Update papers"; unchanged up to the deletion).

Shape: 117 lines, 7 KB.  Front matter (1-5), ``## List of Publications`` (7), ``Lab members in bold`` (9), then one
numbered list counting DOWN from ``14.`` (11) to ``1.`` (112-115), one item per paper separated by blank lines.  Every
item is hard-wrapped at ~80 columns with a 3- or 4-space hanging indent: a long author list (lab members in
``**bold**``, sometimes split across lines, ``\\*`` / ``*`` / ``†`` / ``⁺`` / ``#`` marks for equal contribution or
corresponding authors), then the title as the text of a Markdown link ``[Title](url)`` that itself wraps over
two or three lines, then the venue and year (``bioRxiv preprint (2021)``, ``Cell 2019``, ``Nature 581, 310–315
(2020).``).

Special cases:
- 50-53 (item 7): a broken link: the link text closes early and the URL opens on the next line,
  ``[Uncovering the genomic potential of the Amazon River microbiome to degrade]`` / ``(https://...) rainforest
  organic matter,`` so the last three words of the title sit after the URL.  The title is taken whole as written:
  link text + ``rainforest organic matter``.
- 41-43 (item 9) ``Voices of the New Generation`` is a short Nature Reviews MCB piece by the PI; it is on the
  publication list and is kept as an entry.
- 3 items are 40+-author consortium papers (5, 4, 3: lines 60-74, 76-88, 90-103) whose title starts on the 11th-12th
  wrapped line (71, 86, 100); 25: the author list ends with a comma before the link.
- Title case as written (``(MAGs)`` in 13, lower-case ``de novo`` in 12).

Decisions:
- Entry = every numbered item (14), its lines from the number to the last line before the blank line; title = the
  link text joined over its wrapped lines (plus the words after the broken URL of item 7).
- Not entries: front matter, heading, the ``Lab members in bold`` note.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "BigDataBiology__big-data-biology_org__papers@90333db.md"
PART = "wild48_development"

ITEM = re.compile(r"^(?P<num>\d+)\. \S")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]*(?:\([^)\s]*\))?[^)\s]*)\)")
BROKEN = re.compile(r"\[(?P<text>[^\]]+)\] \((?P<url>https?://[^)\s]+)\) (?P<rest>[^,]+),")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[6] == "## List of Publications"
    starts = [n for n, ln in enumerate(lines, 1) if ITEM.match(ln)]
    papers = []
    for i, first in enumerate(starts):
        last = first
        while last < len(lines) and lines[last].strip():
            last += 1
        assert i + 1 == len(starts) or last < starts[i + 1], (first, last)
        assert all(ln.startswith("   ") for ln in lines[first:last]), first
        text = " ".join(ln.strip() for ln in lines[first - 1 : last])
        assert int(ITEM.match(lines[first - 1]).group("num")) == 14 - i, first
        m = LINK.search(text)
        if m:
            title = m.group("text")
        else:
            b = BROKEN.search(text)
            assert b and first == 50, (first, text)
            title = f"{b.group('text')} {b.group('rest')}"
        papers.append(entry(lines, first, last, title))
    t = {p["line"]: p for p in papers}
    assert t[11]["title"] == "Drivers and Determinants of Strain Dynamics Following Faecal Microbiota Transplantation"
    assert t[20]["title"] == ("SemiBin: Incorporating information from reference genomes with semi-supervised deep"
                              " learning leads to better metagenome-assembled genomes (MAGs)"), t[20]
    assert t[50]["title"] == ("Uncovering the genomic potential of the Amazon River microbiome to degrade rainforest"
                              " organic matter"), t[50]
    assert t[41]["title"] == "Voices of the New Generation", t[41]
    assert t[60]["doi"] == "10.1038/s41586-020-2269-x", t[60]
    assert (t[60]["end"], t[112]["end"], t[50]["end"]) == (74, 115, 53), (t[60], t[112], t[50])
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every item of the single numbered list (14 down to 1) is an entry (14), spanning its hard-wrapped lines up to"
        " the blank line; title = the Markdown link text joined over its wrapped lines; for item 7 (50-53), whose link"
        " text closes early and whose URL opens on the next line, the words after the URL up to the comma"
        " ('rainforest organic matter') are added back; the short 'Voices of the New Generation' piece is kept; front"
        " matter, heading and the bold-members note are not entries.",
        "Read all 117 lines; compared -v for all 14 items: spans (first line to last before the blank), titles joined"
        " across 2-3 wrapped lines, the broken link of item 7, the consortium author lists of items 5/4/3, the comma"
        " before the link in item 12; ids: DOIs from doi.org, Springer /article/10.1186/ and bioRxiv /content/10.1101/"
        " links, none from Cell, PeerJ, Nature articles or Research Square links.",
    )


if __name__ == "__main__":
    main()
