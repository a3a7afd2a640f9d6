"""Wild24 truth for Lupin1998/Awesome-MIM README.md: masked-modeling papers as HTML-laced Markdown cards.

Shape: after a badge line, an introduction, a figure and a linked table of contents (lines 1-57),
'##'/'###' topic sections (line 58 'Fundamental MIM Methods' to line 2286 'Survey') hold one card
per paper, cards separated by blank lines:
    * **Title**<br>
    *Author, Author*<br>
    Venue'Year [[Paper](url)]            (or the venue alone, links on the next lines)
    [[Code](url)] [[Project](url)] ...
       <details close>
       <summary>Name Framework</summary>
       <p align="center"><img width="90%" src="figure" /></p>
       </details>
The '<details>' block holding a framework figure is optional (there is none in most of 'Image
Generation', lines 1164-1197, where the venue stands alone on its line, e.g. line 1166).
A card's lines run from its '* **' line to the line before the next blank line; every one of the
298 cards has exactly one '[[Paper](...)]' link (arXiv, OpenReview, CVF, NeurIPS, PMLR, IEEE,
ACM, ...), checked below.  Section figures ('<p align="center">' blocks, e.g. lines 60-62) with
their one-paragraph captions and the '(back to top)' lines are not cards.
Entries: the 298 cards between lines 65 and 2299; title = the bold span of the card's first line.
Papers listed twice (e.g. 'Generative Pretraining from Pixels', lines 67 and 1200, in two
sections; seven such pairs, also AdaMAE, MST, NÜWA, i-MAE, 'How Mask Matters' and
'Architecture-Agnostic Masked Image Modeling') are separate entries.  The list's own survey card (line 2296, in
'Survey') is a card like the others and is an entry.
Not entries: the template card '* **TITLE**<br>' inside the ```markdown fence of 'Contribution'
(line 2305), the list's own BibTeX under 'Citation' (boilerplate), and the 'Related Project'
bullets (lines 2337-2350: GitHub repositories and toolboxes, not papers).
Count check: 299 lines start with '* **' in the file, minus the template = 298 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "Lupin1998__Awesome-MIM__README@70db16f.md"
PART = "wild24_development"
FIRST, LAST = 65, 2299
TEMPLATE = 2305


def main() -> None:
    lines = read_lines(NAME)
    assert lines[TEMPLATE - 1] == "* **TITLE**<br>"
    assert sum(1 for t in lines if t.startswith("* **")) == 299
    papers = []
    for i, text in enumerate(lines, 1):
        if not (FIRST <= i <= LAST and text.startswith("* **")):
            continue
        m = re.fullmatch(r"\* \*\*([^*]+)\*\*<br>", text)
        assert m, i
        assert re.fullmatch(r"\*[^*]+\*<br>\s*", lines[i]), (i, lines[i])  # the authors line
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        block = "\n".join(lines[i - 1:end])
        assert len(re.findall(r"\[\[Paper\]\(", block)) == 1, i
        assert block.count("* **") == 1, i
        papers.append(entry(lines, i, end, m.group(1)))
    assert len(papers) == 298, len(papers)
    write_truth(NAME, PART, papers,
                "every '* **Title**<br>' card between the introduction and the Contribution section is an entry"
                " (title = the bold span; lines = the card up to the blank line, incl. its authors line, venue and"
                " [[Paper]]/[[Code]] links and optional <details> figure); the template card in the Contribution"
                " code fence, the list's BibTeX and the Related Project repository bullets are not entries",
                "the card structure of all 298 cards checked by the script (bold first line, italic authors line,"
                " exactly one [[Paper]] link, one card per block); by eye: first and last card of every section,"
                " the link-on-own-line cards of Image Generation (1164-1197), the seven repeated titles, the"
                " survey section (2288-2298), titles with umlauts/hyphen forms (NÜWA, i-MAE), and ~25 sampled"
                " cards' arXiv ids against their Paper links")


if __name__ == "__main__":
    main()
