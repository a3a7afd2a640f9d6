"""Wild40 truth for mattocci27/markdown-CV outputs/ref_citeproc.md: the publication list of a plant
ecologist's Markdown CV (Masatoshi Katabuchi: functional traits, tropical forests), as pandoc's citeproc
wrote it out in Markdown (Nature reference style) before the CV build pastes it in.

Shape: two lines of superscript citation markers (``^12^ ^34^ ... ^27^``, 1-2, the in-text citations
pandoc rendered: not entries), ``# Refs {#refs .unnumbered}`` (4) and an empty fenced div ``::: {#refs}``
/ ``:::`` (6-7).  Then 27 references, each written as an escaped number alone on its line (``1\\.``), a
blank line, and the reference paragraph hard-wrapped at ~72 columns: ``Authors (Surname, I. I., ... &
Surname, I.) Title. ***Journal*** vol, pages (year), doi:[10.x/y](https://doi.org/10.x/y).``  The number
is thus separated from its record by a blank line.  Titles wrap over up to three lines, the journal's
bold-italic run itself may wrap (22-23, 31-32, 65-66, 74-75, 128-129); species names are italic word by
word (``*Alpinia* *Roxburghii*`` 152, ``*Ceratosolen* *Constrictus*`` 242, ``*Ficus* *Fistulosa*``
243, 250); one title ends with '?' (3, 31); one has a spaced colon and a language note ``\\[in
Japanese\\]`` (16, 159-161) and no DOI; one is single-authored (11, 118).

Decisions:
- Every numbered reference is an entry (27, all journal articles; 11 is a software paper in Ecological
  Research and 16 a Japanese review article: both articles).  Span: the number line through the last
  line of the reference paragraph (the blank line between them is inside the span).
- Title: the text between the end of the author list and the bold-italic journal: the author list ends
  after ``& Surname, I. I.`` (or, for the single author of 11, after ``Katabuchi, M.``), initials in any
  of the forms ``J. W.``, ``Y.-J.``, ``S. I. S.``; the final '.' is dropped, '?' kept.  The language note
  ``[in Japanese]`` after title 16 is not part of the title.
- Ids: the doi.org link (26 entries; none in 16).  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "mattocci27__markdown-CV__outputs__ref_citeproc@8e35258.md"
PART = "wild40_development"

NUM = re.compile(r"^(\d+)\\\.$")
AUTH_END = re.compile(r"& [^,&]+, (?:[A-Z]\.(?:-[A-Z]\.)?\s)+")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for i, ln in enumerate(lines, 1):
        m = NUM.match(ln)
        if not m:
            continue
        numbers.append(int(m.group(1)))
        assert lines[i] == "" and lines[i + 1], i
        last = i + 2
        while last < len(lines) and lines[last].strip():
            last += 1
        text = " ".join(lines[i + 1 : last])
        if m.group(1) == "11":
            start = text.index("Katabuchi, M. ") + len("Katabuchi, M. ")
        else:
            a = AUTH_END.search(text)
            assert a, i
            start = a.end()
        title = text[start : text.index(" ***", start)]
        title = title.removesuffix(" \\[in Japanese\\].")
        papers.append(entry(lines, i, last, title))
    assert numbers == list(range(1, 28)), numbers
    t = {p["line"]: p["title"] for p in papers}
    assert t[9] == "Sources and consequences of mismatch between leaf disc and whole-leaf leaf mass per area (LMA)", t[9]
    assert t[26] == "Quantifying vulnerability to embolism in tropical trees and lianas using five methods: Can " \
        "discrepancies be explained by xylem structural traits?", t[26]
    assert t[116] == "LeafArea: An R package for rapid digital image analysis of leaf area", t[116]
    assert t[148] == "Impact of Striped-Squirrel Nectar-Robbing Behaviour on Gender Fitness in Alpinia Roxburghii Sweet " \
        "(Zingiberaceae)", t[148]
    assert t[155] == "Understanding of species niche, coexistence and extinction based on functional traits : " \
        "Approaches from community and physiological ecology for subalpine moorland plant communities", t[155]
    assert t[182] == "Relative importance of habitat use, range expansion, and speciation in local species diversity " \
        "of anolis lizards in cuba", t[182]
    assert t[239] == "Development of 17 microsatellite markers for Ceratosolen Constrictus, the pollinating fig wasp " \
        "of Ficus Fistulosa", t[239]
    assert t[247] == "Documenting the effect of foundress number in a dioecious fig, Ficus Fistulosa, in Malaysia", t[247]
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[9] == 15 and spans[54] == 67 and spans[155] == 162 and spans[247] == 252, spans
    d = {p["line"]: p["doi"] for p in papers}
    assert d[9] == "10.1002/ajb2.16038" and d[182] == "10.1890/es12-00383.1" and d[155] is None, d
    assert sum(1 for v in d.values() if v) == 26 and all(p["arxiv"] is None for p in papers)
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each escaped number line ('1\\.') with the reference paragraph after the blank line below it is an "
        "entry (27 journal articles), spanning number line to paragraph end; title = the text between the "
        "author list (ending '& Surname, I. I.', or the single author 'Katabuchi, M.') and the ***journal***, "
        "italics removed, final '.' and the '[in Japanese]' note dropped; ids = the doi.org link.",
        "All 252 lines read; the 27 numbers checked consecutive; every title compared with the -v output and "
        "the text, including the wrapped journals (22-23, 65-66, 74-75, 128-129), the '?' titles (3, 31), the "
        "word-by-word italic species names (152, 242-243, 250), the single-author 118, the Japanese review "
        "159-161 with its spaced colon, note and no DOI, and the lower-cased 'anolis lizards in cuba' (187); "
        "spans and DOIs of all 27.",
    )


if __name__ == "__main__":
    main()
