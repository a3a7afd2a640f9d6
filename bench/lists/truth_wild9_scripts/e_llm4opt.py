"""Wild9 truth for FeiLiu36/LLM4Opt README.md (LLM4AlgorithmDesign): papers in two kinds of Markdown table.

Shape: a header (the authors' survey as a bullet with its cite-us BibTeX fence under it, video
links), a bullet table of contents, then five two-column tables that are not paper lists
(Platform: code repositories; Course; Tutorial&Workshop; Competition; SpecialIssues: events and
calls, one tutorial row linking a tutorial report on arXiv, still an event row).  The papers:
  * 'Research Papers in Four Paradigms' (lines 99-275): four tables under '### LLM as Optimizer /
    Predictor / Extractor / Designer', header '| Title | Authors | Venue | Year |'; the Title cell
    is '[Title](url)', once plain text without a link (EvoPrompting, line 142).  Some rows lack
    the closing '|'.
  * 'Papers in Domains' (lines 276-388): ten tables (Review ... Industry), header
    '| Title | Publication with Date | Code | Paper |'; the Title cell is plain text and the paper
    link sits in the last cell ('[paper](url)'; the Code cell is often a bare '[code]').
Entry = one body row (one line); title = the Title cell (link text, or the plain cell).  Papers
repeated between the two halves (e.g. 'Large Language Models As Evolution Strategies') are
separate entries.  Not entries: the header bullet naming the authors' own survey and its BibTeX
(the list's own survey/cite-us, as in the wild set), the TOC, the five non-paper tables.

Counts: 142 body rows in the paradigm tables and 66 in the domain tables, by awk over lines
starting with '|' minus header and separator rows (208 in all).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "FeiLiu36__LLM4Opt__README@41c51cd.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    start = LINES.index('## <a name="PapersFourParadigms"></a>Research Papers in Four Paradigms') + 1
    domains = LINES.index("## Papers in Domains") + 1
    n_par = n_dom = 0
    for i in range(start, len(LINES) + 1):
        text = LINES[i - 1]
        if not text.startswith("|"):
            continue
        if re.match(r"\|\s*Title\s*\|", text) or re.match(r"\|\s*-+\s*\|", text):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split(" | ")]
        first = cells[0]
        if i < domains:
            assert len(cells) == 4, (i, cells)
            m = re.fullmatch(r"\[(.+?)\]\((\S+)\)", first)
            title = m.group(1) if m else first
            if not m:
                assert i == 142, i
            n_par += 1
        else:
            assert "](" not in first, i
            assert re.search(r"\[paper\]\(", text), i
            title = first
            n_dom += 1
        assert title and "[" not in title, i
        papers.append(entry(LINES, i, i, title))
    assert (n_par, n_dom) == (142, 66), (n_par, n_dom)
    write_truth(NAME, "wild9_development", papers,
                "every body row of the four 'Four Paradigms' tables ('| [Title](url) | Authors | Venue | Year |') and of"
                " the ten 'Papers in Domains' tables ('| Title | Publication with Date | Code | [paper](url) |') is an"
                " entry, title = the Title cell's link text or plain text; the header survey bullet and its BibTeX,"
                " the TOC and the Platform/Course/Tutorial/Competition/SpecialIssues tables are not entries",
                "row counts by awk (142 + 66), the one link-less title cell (line 142), cell count 4 in every paradigm"
                " row, a [paper] link in every domain row; non-paper tables and header read in full; ~25 rows"
                " compared by eye across both halves (titles with '?', '*', '&', all-caps L2MAC)")


if __name__ == "__main__":
    main()
