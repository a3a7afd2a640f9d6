"""Wild15 truth for YangLing0818/Diffusion-Models-Papers-Survey-Taxonomy README: companion list of
the survey 'Diffusion Models: A Comprehensive Survey of Methods and Applications' (ACM Computing
Surveys); bare title links only, no authors, venues or years.

Shape: a catalogue of anchor links, then three parts.  'Algorithm Taxonomy' writes each paper as
a paragraph that is only a link '[Title](url)', blank lines between (one or two, sometimes a
whitespace line), the link text often wrapped over two lines ('[Score-Based Generative
Modeling\\nthrough Stochastic Differential Equations](url)'); 'Application Taxonomy' and
'Connections with Other Generative Models' write '  - [Title](url)' bullets, under unlinked
sub-topic bullets ('  - Semantic Segmentation') in Application Taxonomy.  '<p id="..."></p >'
anchors sit between sections.  Entry = the link's lines (one or two); title = the link text
(a leading space and a final full stop are dropped).

Decisions: every paper link from the 'Algorithm Taxonomy' heading (line 69) to '## Citing' is an
entry; links point to arXiv, OpenReview, CVF, PMLR, NeurIPS, JMLR, ScienceDirect, IEEE Xplore, ADS
abstract pages, bioRxiv, an institutional repository and a lab PDF, all papers.  The survey
linked twice in the opening sentence (line 2, running prose), the catalogue's anchor links, the
unlinked sub-topic bullets and the cite-us BibTeX are not entries.  Papers repeated across
sections (many: e.g. 'Improving Diffusion-Based Image Synthesis with Context Prediction') are
separate entries.

Counts: 259 'https?://' link targets in the file (grep -o), less the two on line 2 = 257; per
part (grep -o '](http' over the line ranges 69-292, 293-544, 545-590) 73 in Algorithm Taxonomy
(18 of them wrapped over two lines: grep of lines opening '[' without ']') + 168 in Application
Taxonomy + 16 in Connections = 257.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "YangLing0818__Diffusion-Models-Papers-Survey-Taxonomy__README@a30a759.md"
LINES = read_lines(NAME)
LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")


def main() -> None:
    start = LINES.index("## Algorithm Taxonomy") + 1
    apps = LINES.index("## Application Taxonomy") + 1
    conn = LINES.index("## Connections with Other Generative Models") + 1
    stop = LINES.index("## Citing") + 1
    papers = []
    parts = [0, 0, 0]
    i = start
    while i < stop:
        text = LINES[i - 1]
        body = text.strip()
        body = body.removeprefix("- ")
        if not body.startswith("["):
            assert "](" not in text or text.startswith("<"), (i, text)
            i += 1
            continue
        last = i
        joined = body
        if "](" not in joined:  # the link text wraps onto the next line
            last = i + 1
            joined = joined + "\n" + LINES[i]
        m = LINK.match(joined)
        assert m and joined[m.end():].strip() == "", (i, joined)
        assert not text.startswith(" ") or text.lstrip().startswith("- "), (i, text)
        papers.append(entry(LINES, i, last, m.group(1)))
        parts[0 if i < apps else 1 if i < conn else 2] += 1
        i = last + 1
    assert parts == [73, 168, 16], parts
    assert sum(1 for p in papers if p["end"] > p["line"]) == 18
    assert len(papers) == 257
    write_truth(NAME, "wild15_development", papers,
                "every '[Title](url)' paper link from 'Algorithm Taxonomy' to 'Citing' is an entry, as a"
                " one- or two-line paragraph (link text wrapped) or a '- [Title](url)' bullet; title = the"
                " link text; the survey linked in the opening sentence, anchor links, unlinked sub-topic"
                " bullets and the BibTeX are not entries",
                "every entry's lines and title listed and compared with the file by eye for the Algorithm"
                " Taxonomy (all 73, all 18 wrapped links) and the Connections part (all 16), and about 60 of"
                " the Application bullets (first and last of each sub-topic, the ADS, bioRxiv, lab-PDF and"
                " 'web7.arxiv.org' links); total against grep of link targets; per-part counts by grep")


if __name__ == "__main__":
    main()
