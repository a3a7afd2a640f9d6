"""Wild39 truth for Nazeeefa/awesome-sequencing-tech-papers Sequencing_Tech_2020_Papers.md: the 2020 page of a
curated list of papers comparing or applying sequencing technologies (ONT, PacBio, Illumina, MGI) and the
bioinformatics behind them (assembly, SV calling, error-correction tools).

Shape: a ``**Key:**`` legend (1-14: abbreviations and the emoji tags 📚 review, 🧬 human, 🦠 prokaryote, 🌱 plant,
💉 medical, 🛠 tool), a contributing line, ``## 2020``, then one card per paper, cards separated by a bare
``#`` line (an empty ATX heading).  A card is ``**Title:** <emoji tags> [Title](url)``, then optional
``**Description:** ...`` and ``**Platforms:** ...`` paragraphs, blank lines between.  Tags before the link
include flags (🇸🇪, 🇰🇷) and animals (🐟, 🦁); three cards have no tag.  Titles carry italic species names
(``*Austropuccinia psidii*``, ``(*Larix sibirica Ledeb.*)``, ``*Fundulus genus*``) and double spaces (60);
the link text of the last card is wrapped over two lines (152-153); some title lines end with a space.
Links: MDPI, bioRxiv (``/content/10.1101/...v1``), Nature, Wiley (``/doi/10.1111/...``), OUP (GigaScience by
volume/article number, G3 by ``/doi/10.1093/...``), BMC, dx.doi.org and Genome Research pages.

Decisions:
- Every card is an entry (all 20 are papers: studies, reviews, a survey of error-correction tools, a
  bioRxiv data descriptor).  Span: the ``**Title:**`` line through the card's last non-blank line before
  the next ``#`` separator (or the end of the file).
- Title: the link text with markup removed (italics dropped, whitespace collapsed, the wrapped title joined);
  the emoji tags before the link are not part of it.
- Ids: DOIs that the URLs carry literally (bioRxiv without the version tail, Wiley, OUP G3 without OUP's
  article number, BMC, dx.doi.org); none for MDPI, Nature, OUP GigaScience volume URLs or Genome Research.
- The legend, the contributing line and the ``#`` separators are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "Nazeeefa__awesome-sequencing-tech-papers__Sequencing_Tech_2020_Papers@93ff1e0.md"
PART = "wild39_development"

CARD = re.compile(r"^\*\*Title:\*\* [^\[]*\[(.+?)\]\((\S+)\)\s*$", re.DOTALL)


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if ln.startswith("**Title:**")]
    papers = []
    for first in starts:
        k = first  # walk to the separator
        while k < len(lines) and lines[k] != "#":
            k += 1
        last = k
        while not lines[last - 1].strip():
            last -= 1
        head = lines[first - 1]
        if "](" not in head:  # the wrapped link text (152-153)
            head = head + "\n" + lines[first]
        m = CARD.match(head)
        assert m, first
        for x in lines[first:last]:
            assert not x.strip() or x.startswith(("**Description:**", "**Platforms:**")) or x in (
                "single molecule sequencing](https://genome.cshlp.org/content/30/9/1258)",
                "patients.",
            ), (first, x)
        papers.append(entry(lines, first, last, m.group(1)))
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '**Title:** <emoji tags> [Title](url)' card with its Description/Platforms paragraphs (up to the next"
        " '#' separator) is an entry; title = the link text without markup or emoji tags.",
        "Whole file read (159 lines): all 20 cards compared with the -v output, including the flag and animal tags"
        " (20, 92, 126, 144), the untagged cards (100, 132, 138), the italic species names (60, 84, 92), the double"
        " spaces in 60, the link text wrapped over 152-153 and the description wrapped onto 156, the legend (1-14)"
        " left out; DOIs checked for bioRxiv (v1/v2/v3 dropped), Wiley, OUP G3 (article number dropped), BMC and"
        " dx.doi.org, none for MDPI, Nature, GigaScience and Genome Research URLs.",
    )


if __name__ == "__main__":
    main()
