"""Wild27 truth for dill/RDistanceBook dsm/dsm-lit.md: a density-surface-modelling literature list (ecology, statistics).

Shape: YAML front matter, then eleven '# Heading:' sections; each record is a bullet '  * [X] ' or
'  * [ ] ' (a read / unread checkbox; lines 130 and 131 have no checkbox) holding one
Chicago-style reference: 'Authors. “Title.” Journal vol, no. n (date): pages. doi:10.xxx.' with the
title in curly quotes and a bare 'doi:' text (no links), sometimes followed by indented '    - '
note sub-bullets (quoted passages, comments), which belong to the record (its end line).
Title = the curly-quoted span; it closes at the first ” preceded by '.', ',', '?' or '!' (line 11
nests “Distribution” inside the title, line 9 and 141 nest ‘...’); the final '.' or ',' inside the
quotes is dropped, '?' kept ('...in Ecology?.' -> '...in Ecology?').
Special records (title not in curly quotes, written into SPECIAL by hand): line 60 (APA, title
after '(2014). '), 110-112 (IWC / CREEM reports, title after the authors up to ', Paper SC/' or
', Centre'; 111 keeps its glued quotes "Some'reference'dataset Results and“Preferred”Estimates"),
122 (APA), 128 (MathWorks annotated bibliography), 130 (Nature correspondence, no checkbox), 132
(APA without link), 133 ('(2007) Title. Research Report Series'), 140 (EPFL tech report).
Entries: every record whose subject is one scholarly work (journal papers, reports presented to the
IWC Scientific Committee, research reports, an arXiv preprint without id (line 70), a MathWorks
technical note (128), a book appendix chapter (141, “The ‘Delta Method’”)).  The same paper twice
(lines 107 and 139) gives two entries.  Not entries (NOT_ENTRIES): line 36 (Wood's GAM textbook),
62 (a web chart), 95 and 131 (blog posts), and the trailing 'AIC/thumbs' + tweet lines 145-146
(not list items).  No arXiv ids; DOIs are the bare 'doi:' texts (line 31's and 138's DOIs belong
to other papers but are what the file writes; 116's and 114's carry a '.s004'/'.s005'
supplement suffix as written).
Count check: 85 bullets ('  * ' at column 0; 83 with a checkbox), 4 not entries -> 81 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "dill__RDistanceBook__dsm__dsm-lit@ca23b69.md"
PART = "wild27_development"
NOT_ENTRIES = {36, 62, 95, 131}
SPECIAL = {
    60: "Using observation-level random effects to model overdispersion in count data in ecology and evolution",
    110: "Antarctic Minke Whale Abundance Estimates From the Second and Third Circumpolar IDCR/SOWER Surveys Using"
         " the SPLINTR Model",
    111: "Antarctic Minke Whale Abundance From the SPLINTR Model: Some'reference'dataset Results and“Preferred”Estimates"
         " From the Second and Third Circumpolar IDCR/SOWER Surveys",
    112: "Comparing Pre- and Post-Construction Distributions of Long-Tailed Ducks Clangula Hyemalis In and Around the"
         " Nysted Offshore Wind Farm, Denmark:a Quasi-Designed Experiment Accounting for Imperfect Detection, Local"
         " Surface Features and Autocorrelation",
    122: "Winter spatial distribution of threatened acridivorous avian predators: Implications for their conservation"
         " in a changing landscape",
    128: "Rainbow Color Map Critiques: an Overview and Annotated Bibliography",
    130: "Graphics: Scrap rainbow colour scales",
    132: "Rainbow color map (still) considered harmful",
    133: "Escaping RGBland: Selecting Colors for Statistical Graphics",
    140: "An Introduction to Error Propagation: Derivation, Meaning and Examples of Equation CY",
}
QUOTED = re.compile(r"“(.+?[.,?!])”")


def main() -> None:
    lines = read_lines(NAME)
    bullets = [i for i, t in enumerate(lines, 1) if t.startswith("  * ")]
    assert len(bullets) == 85, len(bullets)
    papers = []
    for i in bullets:
        end = i
        while end < len(lines) and lines[end].startswith("    - "):
            end += 1
        if i in NOT_ENTRIES:
            continue
        text = lines[i - 1]
        if i in SPECIAL:
            title = SPECIAL[i]
            assert title in text, i
        else:
            m = QUOTED.search(text)
            assert m, i
            title = m.group(1)
            if title.endswith((".", ",")):
                title = title[:-1]
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 81, len(papers)
    write_truth(NAME, PART, papers,
                "every checkbox bullet holding a reference to one scholarly work is an entry (with its note"
                " sub-bullets); title = the curly-quoted Chicago title without its final '.'/',' (kept '?'),"
                " or the hand-copied title for the ten unquoted references; a textbook, a web chart and two blog"
                " links are not entries",
                "all 85 bullets read by eye and sorted (81 entries, 4 not); every title compared with its line,"
                " the nested-quote titles (lines 9, 11, 141) and the '?.' titles checked; DOIs compared with the"
                " bare doi: texts; first and last entry of each of the eleven sections")


if __name__ == "__main__":
    main()
