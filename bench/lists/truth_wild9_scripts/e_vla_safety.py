"""Wild9 truth for LiQiiiii/Awesome-VLA-Safety README.md: Markdown tables whose first cell is a multi-field card.

Shape: an HTML header (centred <div> with <h2>/<h4> survey title, badge <div>), a blockquote
naming the authors' own survey with its author/affiliation lines, a 'Citation' BibTeX fence,
a contribution blockquote, three centred <p> figure blocks, a 'Quick Links' TOC, then 18
'####' subsections each holding one table '| Title & Authors | Introduction | Links |'.
Every body row is one paper: the first cell is an inline card '[![Star](badge)](github)<br>'
(optional) + '[Title](paper url) <br> Authors', the second an '<img ...>' teaser (or '—'), the
third '[Github](url) <br> [Paper](url)' or '[Paper](url)'; after the closing '|' a Markdown comment
'[//]: #04/19' (the date added) ends the line.
Entry = one body row (one line); title = the link text of the '[Title](url)' in the first cell
(after the optional Star badge), e.g. 'Generating Robot Constitutions \\& Benchmarks for Semantic
Safety' (the backslash escape renders as '&').  Papers listed in two subsections (BadRobot, VLATest,
SAFE, ...) are separate entries, each with the title as that row writes it.  Not entries: the
header (the list's own survey in the blockquote and its Citation BibTeX, as in the wild set),
the figure <p> blocks, the TOC.

Counts: 105 lines starting '|' = 18 header rows + 18 separator rows + 69 body rows (grep); every
body row matched the card pattern.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "LiQiiiii__Awesome-VLA-Safety__README@9ea365b.md"
LINES = read_lines(NAME)
CARD = re.compile(r"\|(?:\[!\[Star\]\([^)]*\)\]\([^)]*\)<br>)?\[((?:[^\[\]]|\[[^\]]*\])+)\]\((\S+?)\) <br> \S")


def main() -> None:
    papers = []
    heads = seps = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|"):
            continue
        if text.startswith("| Title & Authors | Introduction | Links |"):
            heads += 1
            continue
        if text.startswith("|:--"):
            seps += 1
            continue
        m = CARD.match(text)
        assert m, i
        assert text.count("<br>") >= 1 and "[Paper](" in text, i
        papers.append(entry(LINES, i, i, m.group(1)))
    assert (heads, seps, len(papers)) == (18, 18, 69), (heads, seps, len(papers))
    write_truth(NAME, "wild9_development", papers,
                "every body row of the 18 '| Title & Authors | Introduction | Links |' tables is an entry, title = the"
                " link text of '[Title](url)' in the first cell after the optional Star badge; the header survey"
                " blockquote, its BibTeX, the figure <p> blocks and the TOC are not entries",
                "105 '|' lines = 18 headers + 18 separators + 69 rows (grep), every row matched the card pattern and has a"
                " [Paper] link; header lines 1-92 read; ~20 rows over all subsections compared by eye (Star badge rows,"
                " the '\\&' title, a row with '—' for its image)")


if __name__ == "__main__":
    main()
