"""Wild44 truth for dongzhuoer/homesite content/post/paper/2020-42.md (newest commit 1f9d480): one weekly post of a
Chinese biologist's Hugo blog ("42周：Oct16 Science, Oct15 Nature, Oct15 Cell") listing the research papers of that
week's issues of Science, Nature and Cell -- cell biology, neuroscience, immunology, virology, structural biology,
clinical trials, and a few physics, chemistry, materials and astronomy papers.

Shape: 125 lines, LF, UTF-8.  YAML front matter (1-8), then four ``#`` sections: ``# Science - Research Articles``
(12; items 14-27), ``# Science - Reports`` (31; 33-52), ``# Nature`` (57; 59-89) and ``# Cell`` (93; 95-125).
Each paper is an ordered-list line ``N. Title`` (Science numbers ``1.``-``10.``, Nature and Cell zero-padded
``01.``-``17.``) with the English title as plain text -- no link, no authors, no venue, no id -- followed, for most
papers, by one indented line (3 or 4 spaces) of Chinese notes (what the paper found, sometimes a joke).  Special
cases: items without a note line (Nature 01 at 59, 06 at 68, 17 at 89; Cell 07 at 107), so the next item follows at once;
notes that point to the neighbouring paper (21 "与上一篇同一工作", 34 "还是一稿发两篇") -- still separate
papers; titles with an en dash (41, 45), a plus sign (24 "CART+"), Greek and chemical notation (73 "eIF2α",
47 "Fe(VI)", 89 "K+"), a colon (97, 95 "Activate: Randomized Clinical Trial ...").

Entries (50): every numbered item of the four sections (7 + 10 + 17 + 16); all are research papers (articles,
reports, letters) of the three journals.  Span = the item line and its indented note line when there is one.
Not entries: the front matter, the section headings.
Title = the text after the number (``N. ``), as written; the Chinese note is not part of it.  Ids: none (the file
has no link or id at all).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "dongzhuoer__homesite__content__post__paper__2020-42@1f9d480.md"
PART = "wild44_development"

ITEM = re.compile(r"^(\d+)\. (\S.*?)\s*$")
NOTE = re.compile(r"^ {3,4}\S")
CJK = re.compile(r"[\u4e00-\u9fff]")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 126 and lines[-1] == "", len(lines)  # 125 lines and the final newline
    heads = {i: ln for i, ln in enumerate(lines, 1) if ln.startswith("# ")}
    assert heads == {12: "# Science - Research Articles", 31: "# Science - Reports", 57: "# Nature", 93: "# Cell"}
    papers = []
    section = None
    numbers: dict[str, list[int]] = {}
    for i, ln in enumerate(lines, 1):
        if i in heads:
            section = heads[i]
            continue
        m = ITEM.match(ln)
        if not m:
            # anything else is the front matter, blank, or a note line directly under an item
            assert i <= 8 or not ln.strip() or (NOTE.match(ln) and ITEM.match(lines[i - 2])), (i, ln)
            continue
        assert section and not CJK.search(m.group(2)), (i, ln)
        numbers.setdefault(section, []).append(int(m.group(1)))
        last = i + 1 if i < len(lines) and NOTE.match(lines[i]) else i
        papers.append(entry(lines, i, last, m.group(2)))
    assert numbers == {
        "# Science - Research Articles": list(range(1, 8)),
        "# Science - Reports": list(range(1, 11)),
        "# Nature": list(range(1, 18)),
        "# Cell": list(range(1, 17)),
    }, numbers
    t = {p["line"]: p["title"] for p in papers}
    span = {p["line"]: p["end"] for p in papers}
    assert t[14] == "Apical stress fibers enable a scaling between cell mechanical response and area in epithelial tissue"
    assert t[24] == "Microbiota-modulated CART+ enteric neurons autonomously regulate blood glucose"
    assert t[41] == "Thermosensitive crystallization–boosted liquid thermocells for low-grade heat harvesting"
    assert t[51] == "Comprehensive quantification of fuel use by the failing and nonfailing human heart"
    assert t[59] == "H I 21-centimetre emission from an ensemble of galaxies at an average redshift of one"
    assert t[73] == "eIF2α controls memory consolidation via excitatory and somatostatin neurons"
    assert t[89] == "Structural basis for pH gating of the two-pore domain K+ channel TASK2"
    assert t[95] == "Activate: Randomized Clinical Trial of BCG Vaccination against Infection in the Elderly"
    assert t[124] == "Local Axonal Conduction Shapes the Spatiotemporal Properties of Neural Sequences"
    assert span[59] == 59 and span[68] == 68 and span[89] == 89 and span[107] == 107  # items without a note line
    assert sum(1 for p in papers if p["end"] == p["line"] + 1) == 46
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 50, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered item 'N. Title' of the four sections (Science research articles and reports, Nature, Cell) is "
        "an entry spanning its line and the indented Chinese note line under it when there is one; title = the text "
        "after the number as written (the note is not part of it); no ids (the file has no links).",
        "Whole file (125 lines) read against the -v output: the four section headings and that every numbered line "
        "lies under one of them, numbering 1-7, 1-10, 01-17, 01-16 with no gap; first and last item of each section "
        "(14/26, 33/51, 59/89, 95/124); the four items without a note (59, 68, 89, 107) span one line, the other "
        "46 two; notes referring to the previous paper (21, 34) kept as separate entries; titles with en dash (41, 45), "
        "CART+ (24), eIF2α (73), Fe(VI) (47), K+ (89), colon (95, 97); no line holds a URL, DOI or arXiv id.",
    )


if __name__ == "__main__":
    main()
